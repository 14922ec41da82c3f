// Shown while a page loads; announced politely to screen readers.
import { useI18n } from '../i18n/use-i18n';

/** A spinner with a "loading" text (or the given one). */
export function LoadingIndicator({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" /> {label ?? t('common.loading')}
    </p>
  );
}
