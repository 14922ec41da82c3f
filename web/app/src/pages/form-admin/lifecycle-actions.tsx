// Publish, retire and discard: each asks first; publishing says how many running instances stay on older versions.
import { useState } from 'react';
import { formAdminApi, type StoredDefinition } from '../../api/form-admin-api';
import { ErrorNotice } from '../../components/error-notice';
import { useAction } from '../../hooks/use-action';
import { useI18n } from '../../i18n/use-i18n';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { formAdminZhCn } from '../../i18n/messages/form-admin-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(formAdminZhCn);

/** Props of LifecycleActions. */
export interface LifecycleActionsProps {
  formKey: string;
  versions: StoredDefinition[];
  running: Record<string, number>;
  /** Unsaved edits block publishing: what is published must be what was checked and saved. */
  dirty: boolean;
  onDone: (message: string, resetEditor: boolean) => void;
}

type Pending = 'publish' | 'retire' | 'discard' | null;

/** The lifecycle buttons of the editor with their confirmation dialogs. */
export function LifecycleActions({ formKey, versions, running, dirty, onDone }: LifecycleActionsProps) {
  const { t } = useI18n();
  const [pending, setPending] = useState<Pending>(null);
  const lifecycle = useAction();
  const { busy, error } = lifecycle;
  const draft = versions.find((v) => v.status === 'draft');
  const published = versions.some((v) => v.status === 'published');
  const pinned = Object.entries(running)
    .filter(([, n]) => n > 0)
    .sort(([a], [b]) => Number(a) - Number(b));
  const pinnedTotal = pinned.reduce((sum, [, n]) => sum + n, 0);

  const run = (action: Exclude<Pending, null>) =>
    lifecycle.run(async () => {
      if (action === 'publish') {
        const answer = await formAdminApi.publish(formKey);
        onDone(t('formAdmin.published', { version: answer.version }), false);
      } else if (action === 'retire') {
        await formAdminApi.retire(formKey);
        onDone(t('formAdmin.retired'), false);
      } else {
        await formAdminApi.discardDraft(formKey);
        onDone(t('formAdmin.discarded'), true);
      }
      setPending(null);
    });

  return (
    <div className="lifecycle-actions">
      <div className="form-admin-toolbar">
        <button type="button" className="button button--primary" disabled={!draft || dirty} onClick={() => setPending('publish')}>
          {t('formAdmin.publish')}
        </button>
        <button type="button" className="button button--quiet" disabled={!draft} onClick={() => setPending('discard')}>
          {t('formAdmin.discard')}
        </button>
        <button type="button" className="button button--quiet" disabled={!published} onClick={() => setPending('retire')}>
          {t('formAdmin.retire')}
        </button>
      </div>
      {dirty && draft && <p className="field__hint">{t('formAdmin.saveBeforePublish')}</p>}
      {!draft && <p className="field__hint">{t('formAdmin.noDraft')}</p>}
      {error !== null && pending === null && <ErrorNotice error={error} />}
      {pending === 'publish' && draft && (
        <ConfirmDialog
          title={t('formAdmin.publishTitle', { version: draft.version })}
          confirmLabel={t('formAdmin.publish')}
          busyLabel={t('formAdmin.publishing')}
          busy={busy}
          onConfirm={() => void run('publish')}
          onCancel={() => setPending(null)}
        >
          <p>{t('formAdmin.publishText', { version: draft.version })}</p>
          {pinnedTotal === 0 ? (
            <p>{t('formAdmin.publishNoneRunning')}</p>
          ) : (
            <>
              <p>{t('formAdmin.publishPinned', { count: pinnedTotal })}</p>
              <ul>
                {pinned.map(([version, n]) => (
                  <li key={version}>{t('formAdmin.pinnedVersion', { version, count: n })}</li>
                ))}
              </ul>
            </>
          )}
          {error !== null && <ErrorNotice error={error} />}
        </ConfirmDialog>
      )}
      {pending === 'retire' && (
        <ConfirmDialog
          title={t('formAdmin.retireTitle')}
          confirmLabel={t('formAdmin.retire')}
          busyLabel={t('common.saving')}
          busy={busy}
          danger
          onConfirm={() => void run('retire')}
          onCancel={() => setPending(null)}
        >
          <p>{t('formAdmin.retireText', { count: pinnedTotal })}</p>
          {error !== null && <ErrorNotice error={error} />}
        </ConfirmDialog>
      )}
      {pending === 'discard' && (
        <ConfirmDialog
          title={t('formAdmin.discardTitle')}
          confirmLabel={t('formAdmin.discard')}
          busyLabel={t('common.saving')}
          busy={busy}
          danger
          onConfirm={() => void run('discard')}
          onCancel={() => setPending(null)}
        >
          <p>{t('formAdmin.discardText')}</p>
          {error !== null && <ErrorNotice error={error} />}
        </ConfirmDialog>
      )}
    </div>
  );
}
