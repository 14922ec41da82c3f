// The active parts of an inbox filter, one chip each, and the filter with one part taken away (the chip's ×).
import { DEFAULT_FILTER, type InboxFilter } from './inbox-filter';

/** A narrowing part of the filter: which field, and its raw value (a label is looked up by the chip). */
export interface FilterChip {
  field: 'q' | 'enterpriseId' | 'category' | 'status' | 'overdue' | 'focus' | 'dueBefore' | 'sort';
  value: string;
}

/** The chips of a filter, in the order the filter form lists its fields; the tab is not a chip. */
export function filterChips(filter: InboxFilter): FilterChip[] {
  const chips: FilterChip[] = [];
  if (filter.q.trim()) chips.push({ field: 'q', value: filter.q.trim() });
  if (filter.enterpriseId) chips.push({ field: 'enterpriseId', value: filter.enterpriseId });
  if (filter.category) chips.push({ field: 'category', value: filter.category });
  if (filter.status) chips.push({ field: 'status', value: filter.status });
  if (filter.dueBefore) chips.push({ field: 'dueBefore', value: filter.dueBefore });
  if (filter.overdue) chips.push({ field: 'overdue', value: '1' });
  if (filter.focus) chips.push({ field: 'focus', value: '1' });
  if (filter.sort !== DEFAULT_FILTER.sort) chips.push({ field: 'sort', value: filter.sort });
  return chips;
}

/** `filter` without the part `chip` stands for. */
export function withoutChip(filter: InboxFilter, chip: FilterChip): InboxFilter {
  return { ...filter, [chip.field]: DEFAULT_FILTER[chip.field] };
}
