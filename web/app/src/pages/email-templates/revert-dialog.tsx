// Asks before an edited template is thrown away and the shipped text comes back.
import { ConfirmDialog } from '../../components/confirm-dialog';
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
  return (
    <ConfirmDialog
      title={t('emailTemplates.revertTitle')}
      confirmLabel={t('emailTemplates.revert')}
      busyLabel={t('emailTemplates.reverting')}
      busy={busy}
      danger
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <p>{t('emailTemplates.revertBody', { what })}</p>
    </ConfirmDialog>
  );
}
