// Previous / next under a paged list, with where the page sits in the whole list; nothing when one page holds it all.
import type { Page } from '../api/paging';
import { useI18n } from '../i18n/use-i18n';

/** Props of `Pager`. */
export interface PagerProps {
  page: Page;
  /** How many rows the page shows (the last page may hold fewer than `limit`). */
  shown: number;
  onOffset: (offset: number) => void;
}

/** The pager of a list. */
export function Pager({ page, shown, onOffset }: PagerProps) {
  const { t } = useI18n();
  if (page.offset === 0 && page.total <= page.limit) return null;
  return (
    <nav
      className="toolbar pager"
      aria-label={t('pager.showing', { total: page.total, first: page.offset + 1, last: page.offset + shown })}
    >
      <p className="muted">{t('pager.showing', { total: page.total, first: page.offset + 1, last: page.offset + shown })}</p>
      <button
        type="button"
        className="button button--quiet"
        disabled={page.offset === 0}
        onClick={() => onOffset(Math.max(0, page.offset - page.limit))}
      >
        {t('pager.previous')}
      </button>
      <button
        type="button"
        className="button button--quiet"
        disabled={page.offset + shown >= page.total}
        onClick={() => onOffset(page.offset + page.limit)}
      >
        {t('pager.next')}
      </button>
    </nav>
  );
}
