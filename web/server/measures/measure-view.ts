// A stored measure as the API answers it: the row with its category and status in the reader's language.
import type { Locale } from '#core/domain/locale';
import type { Measure } from '#core/domain/measure';
import type { MeasureRow } from '#core/stores/measure-store';
import { MEASURE_CATEGORIES, MEASURE_STATUSES } from './measure-schemas';

/** The measure with its words; a code the lists do not know reads as itself. */
export function measureView(row: MeasureRow, locale: Locale): Measure {
  return {
    id: row.id,
    enterpriseId: row.enterpriseId,
    measure: row.measure,
    category: row.category,
    categoryText: MEASURE_CATEGORIES[row.category]?.[locale] ?? row.category,
    responsible: row.responsible,
    dueOn: row.dueOn,
    status: row.status,
    statusText: MEASURE_STATUSES[row.status]?.[locale] ?? row.status,
    outcome: row.outcome,
    createdBy: row.createdByName,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
