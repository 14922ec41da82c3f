// The dashboard's groups of figures, in the order they are shown. Adding a group: write its provider in
// core/stores/dashboard/figures/ (a FigureProvider returning a FigureGroup whose `key` is the key below) and add one line here.
import type { FigureProvider } from '#core/dashboard/figure-group';
import { dailyReportFigures } from '#core/stores/dashboard/figures/daily-report-figures';
import { difficultyFigures } from '#core/stores/dashboard/figures/difficulty-figures';
import { enterpriseFigures } from '#core/stores/dashboard/figures/enterprise-figures';
import { gateFigures } from '#core/stores/dashboard/figures/gate-figures';
import { visitFigures } from '#core/stores/dashboard/figures/visit-figures';
import { processFigures } from '#core/stores/dashboard/figures/process-figures';
import { DAILY_FORM } from '#core/stores/dashboard/figures/daily-report-rows';
import { DIFFICULTY_FORM } from '#core/stores/dashboard/figures/difficulty-rows';
import { VISIT_FORM_KEY } from '#core/domain/visit-form-key';
import { PROCESS_TYPES, startsWorkflow } from '#forms/process-types';
import { GATE_FORM_KEY } from '../gate/gate-form';

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
  // Every other live process (an administrator's new one included): the forms above have sections of their own.
  {
    key: 'processes',
    provide: processFigures({
      ownSections: [DAILY_FORM, DIFFICULTY_FORM, GATE_FORM_KEY, VISIT_FORM_KEY],
      workflowTypes: Object.keys(PROCESS_TYPES).filter(startsWorkflow),
    }),
  },
];
