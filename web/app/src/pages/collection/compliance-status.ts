// How each compliance status shows: an icon and a word besides the colour, so colour is never the only signal.
// Icons are inline SVG (components/icon.tsx): the shipped fonts drew ⏱ as an empty box.
import type { ComplianceStatus } from '../../api/collection-api';
import type { IconName } from '../../components/icon';

/** The icon shown in a cell of each status (the word comes from the dictionary). */
export const STATUS_ICON: Record<ComplianceStatus, IconName> = {
  on_time: 'check',
  late: 'clock',
  missed: 'cross',
  expected: 'dots',
  not_required: 'dash',
};

/** Statuses in legend order. */
export const STATUSES: readonly ComplianceStatus[] = ['on_time', 'late', 'missed', 'expected', 'not_required'];
