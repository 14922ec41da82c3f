// The dashboard's groups of figures, in the order they are shown. Adding a group: write its provider in
// core/stores/dashboard/figures/ (a FigureProvider returning a FigureGroup whose `key` is the key below) and add one line here.
import type { FigureProvider } from '#core/dashboard/figure-group';
import { dailyReportFigures } from '#core/stores/dashboard/figures/daily-report-figures';
import { difficultyFigures } from '#core/stores/dashboard/figures/difficulty-figures';
import { enterpriseFigures } from '#core/stores/dashboard/figures/enterprise-figures';
import { gateFigures } from '#core/stores/dashboard/figures/gate-figures';
import { visitFigures } from '#core/stores/dashboard/figures/visit-figures';

/** A registered group: its key (also the `groups=` filter and export name) and its provider. */
export interface RegisteredGroup {
  key: string;
  provide: FigureProvider;
}

/** Every group of figures. */
export const FIGURE_GROUPS: readonly RegisteredGroup[] = [
  { key: 'enterprises', provide: enterpriseFigures },
  { key: 'daily-reports', provide: dailyReportFigures },
  { key: 'difficulties', provide: difficultyFigures },
  { key: 'gate', provide: gateFigures },
  { key: 'visits', provide: visitFigures },
];
