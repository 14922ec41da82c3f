// What the edited template renders to with the sample data: the subject, the HTML in a fully sandboxed frame, the text.
import type { TemplateTexts } from '../../api/email-template-api';
import { useI18n } from '../../i18n/use-i18n';

/** The rendered preview; email HTML is untrusted, so it only ever renders inside `<iframe sandbox="">`. */
export function TemplatePreview({ rendered, stale }: { rendered: TemplateTexts; stale: boolean }) {
  const { t } = useI18n();
  return (
    <section className="section template-preview" aria-labelledby="template-preview-title">
      <h3 id="template-preview-title">{t('emailTemplates.previewTitle')}</h3>
      {stale && <p className="hint">{t('emailTemplates.previewStale')}</p>}
      <dl className="meta">
        <div>
          <dt>{t('email.subject')}</dt>
          <dd className="break">{rendered.subject}</dd>
        </div>
      </dl>
      <h4>{t('outbox.html')}</h4>
      <iframe
        className="template-preview__html"
        sandbox=""
        srcDoc={rendered.html}
        title={t('outbox.htmlFrame')}
        referrerPolicy="no-referrer"
      />
      <h4>{t('outbox.text')}</h4>
      <pre className="template-preview__text">{rendered.text}</pre>
    </section>
  );
}
