// The forms a user may fill, as short cards: the title, one line on what the form is for, and the button.
import type { FormSummary } from '../api/api-types';
import { useI18n } from '../i18n/use-i18n';
import type { Route } from '../routing/route';
import { routeHref } from '../routing/route-href';
import { formCardLine } from './form-card-line';
import './enterprise-home.css';

// Forms with a page of their own: the gate check is filled on the phone-first gate page, which signs and checks first;
// the visit log is a record kept on the visits page, beside the visits already made.
const DEDICATED_PAGES: Record<string, Route> = { 'gate-check': { name: 'gate' }, 'visit-log': { name: 'visits' } };

/** A grid of form cards, each linking to its form page. */
export function FormCards({ forms }: { forms: FormSummary[] }) {
  const { t, pick } = useI18n();
  if (forms.length === 0) return <p className="empty">{t('home.formsEmpty')}</p>;
  return (
    <ul className="cards">
      {forms.map((form) => {
        const title = pick(form.title);
        return (
          <li key={form.key} className="card form-card">
            <h3>{title}</h3>
            <p className="form-card__description form-card__description--short">{formCardLine(pick(form.description))}</p>
            <a
              className="button button--primary"
              href={routeHref(DEDICATED_PAGES[form.key] ?? { name: 'form', key: form.key })}
              aria-label={t('home.fillNamed', { title })}
            >
              {t('home.fill')}
            </a>
          </li>
        );
      })}
    </ul>
  );
}
