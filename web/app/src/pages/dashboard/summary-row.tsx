// The dashboard's first row: the few figures someone opening it wants at a glance (SummaryFigure), each a card.
import { useId } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import type { MessageKey } from '../../i18n/zh-cn-messages';
import type { SummaryFigure } from './dashboard-summary';

const LABEL: Record<SummaryFigure['key'], MessageKey> = {
  reportedToday: 'dashboard.summary.reportedToday',
  overdueToday: 'dashboard.summary.overdueToday',
  openCases: 'dashboard.summary.openCases',
  breaches: 'dashboard.summary.breaches',
  resumed: 'dashboard.summary.resumed',
  inQuarantine: 'dashboard.summary.inQuarantine',
};

/** The summary cards, in a labelled list; `title` shows a row of a part of the scope (重点企业) under its name. */
export function SummaryRow({ figures, title }: { figures: readonly SummaryFigure[]; title?: string }) {
  const { t, locale } = useI18n();
  const headingId = useId();
  const number = (value: number) => value.toLocaleString(locale);
  return (
    <section className="dashboard-summary" aria-labelledby={headingId}>
      <h2 id={headingId} className={title ? 'dashboard-summary__title' : 'visually-hidden'}>
        {title ?? t('dashboard.summary.heading')}
      </h2>
      <ul className="summary-cards">
        {figures.map((figure) => (
          <li key={figure.key} className={figure.alert ? 'summary-card summary-card--alert' : 'summary-card'}>
            <span className="summary-card__label">{t(LABEL[figure.key])}</span>
            {figure.noRound ? (
              <span className="summary-card__detail">{t('dashboard.summary.noRound')}</span>
            ) : (
              <span className="summary-card__value">
                {number(figure.value)}
                {figure.of !== undefined && <span className="summary-card__of"> / {number(figure.of)}</span>}
              </span>
            )}
            {figure.pending !== undefined && figure.pending > 0 && (
              <span className="summary-card__detail">{t('dashboard.summary.pending', { count: number(figure.pending) })}</span>
            )}
            {figure.parts && figure.parts.length > 0 && (
              <span className="summary-card__detail">{figure.parts.map((part) => `${part.label} ${number(part.value)}`).join(' · ')}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
