// Asks before an edited template is thrown away; a native modal <dialog> traps focus and Escape cancels.
import { useEffect, useId, useRef } from 'react';
import { BusyButton } from '../../components/busy-button';
import { useI18n } from '../../i18n/use-i18n';

/** Props of RevertDialog. */
export interface RevertDialogProps {
  /** The template and language, as the admin knows them. */
  what: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** The confirmation shown while mounted. */
export function RevertDialog({ what, busy, onConfirm, onCancel }: RevertDialogProps) {
  const { t } = useI18n();
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
    return () => dialog?.close?.();
  }, []);
  return (
    <dialog
      ref={ref}
      className="template-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <h2 id={`${id}-title`}>{t('emailTemplates.revertTitle')}</h2>
      <p id={`${id}-body`}>{t('emailTemplates.revertBody', { what })}</p>
      <div className="form-actions">
        <BusyButton type="button" busy={busy} label={t('emailTemplates.revert')} busyLabel={t('emailTemplates.reverting')} variant="danger" onClick={onConfirm} />
        <button type="button" className="button button--quiet" disabled={busy} onClick={onCancel}>{t('common.cancel')}</button>
      </div>
    </dialog>
  );
}
