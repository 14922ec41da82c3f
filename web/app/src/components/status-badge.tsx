// A submission, email or project status as a coloured, localized pill; the colour is never the only signal.
import { useI18n } from '../i18n/use-i18n';
import { isMessageKey } from '../i18n/is-message-key';

/** Props of StatusBadge: `kind` picks the dictionary (`status.*`, `emailStatus.*` or `projectStatus.*`). */
export interface StatusBadgeProps {
  status: string;
  kind?: 'status' | 'emailStatus' | 'projectStatus';
}

/** A localized status label styled by its value. */
export function StatusBadge({ status, kind = 'status' }: StatusBadgeProps) {
  const { t } = useI18n();
  const key = `${kind}.${status}`;
  return <span className={`badge badge--${status.replace(/[^a-z_]/gi, '')}`}>{isMessageKey(key) ? t(key) : status}</span>;
}
