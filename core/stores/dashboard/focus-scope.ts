// The dashboard's "重点企业" view (000 §II.4: municipal government investment platforms and first-class general
// contractors get closer attention): the reader's scope narrowed to focus enterprises, so every group of figures —
// the key figures, the daily-report compliance grid, open cases — counts them alone.
import type { Db } from '../db-types';
import type { FigureScope } from '#core/dashboard/figure-group';

/** `scope` as is, or (when `focusOnly`) only its focus enterprises, as a list of ids. */
export async function focusScope(db: Db, scope: FigureScope, focusOnly: boolean): Promise<FigureScope> {
  if (!focusOnly) return scope;
  const query = db('enterprises').where('focus', true).orderBy('id');
  if (scope !== 'all') query.whereIn('id', scope);
  return (await query.pluck('id')).map(Number);
}
