// The "重点企业" row under the key figures: reported today, overdue and open cases of the focus enterprises (000 §II.4)
// in the reader's scope, read from the dashboard API narrowed to them (only the two groups these figures come from).
import type { DateRange } from '../../api/dashboard-api';
import { dashboardApi } from '../../api/dashboard-api';
import { useApiData } from '../../hooks/use-api-data';
import { queryKeys } from '../../api/query-keys';
import { reportingToday } from '../../format/reporting-today';
import { useI18n } from '../../i18n/use-i18n';
import { summaryFigures } from './dashboard-summary';
import { SummaryRow } from './summary-row';

const FOCUS_FIGURES = ['reportedToday', 'overdueToday', 'openCases'];

/** The focus enterprises' row; nothing while it loads or when the reader has no focus enterprise. */
export function FocusSummaryRow({ range }: { range: DateRange }) {
  const { t, locale } = useI18n();
  const focus = useApiData(
    (signal) => dashboardApi.figures(range, signal, { focus: true, groups: ['daily-reports', 'difficulties'] }),
    [range.from, range.to, locale],
    queryKeys.focusFigures,
  );
  if (!focus.data || !focus.data.scope.enterprises) return null;
  const figures = summaryFigures(focus.data.groups, reportingToday()).filter((figure) => FOCUS_FIGURES.includes(figure.key));
  return figures.length > 0 ? <SummaryRow figures={figures} title={t('dashboard.focusRow')} /> : null;
}
