// A submission, email or project status as a coloured, localized pill; the colour is never the only signal.
import { useI18n } from '../i18n/use-i18n';
import { isMessageKey } from '../i18n/is-message-key';

/** Props of StatusBadge: `kind` picks the dictionary (`status.*`, `emailStatus.*` or `projectStatus.*`); `label`, the
 * server's words for the status in the record's own process (a gate check's 劝返), wins over the dictionary. */
export interface StatusBadgeProps {
  status: string;
  kind?: 'status' | 'emailStatus' | 'projectStatus';
  label?: string;
}

/** A localized status label styled by its value. */
export function StatusBadge({ status, kind = 'status', label }: StatusBadgeProps) {
  const { t } = useI18n();
  const key = `${kind}.${status}`;
  return <span className={`badge badge--${status.replace(/[^a-z_]/gi, '')}`}>{label ?? (isMessageKey(key) ? t(key) : status)}</span>;
}
