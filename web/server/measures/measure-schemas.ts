// The per-enterprise service measures of 000 §III.1 ("一企一策"、精准服务措施): what a cadre plans for one enterprise
// against its difficulties in personnel, raw materials or epidemic-prevention supplies, who carries it, by when, and
// how it ended. Words in both languages for every value shown.
import type { RJSFSchema } from '@rjsf/utils';
import type { LocalizedText } from '#core/domain/locale';
import { withEnglishTitles } from '../route-contract';

/** What a measure addresses (000 §III.1: personnel, raw materials, epidemic-prevention supplies). */
export const MEASURE_CATEGORIES: Readonly<Record<string, LocalizedText>> = {
  personnel: { 'zh-CN': '人员', en: 'Personnel' },
  materials: { 'zh-CN': '原材料', en: 'Raw materials' },
  epidemic_supplies: { 'zh-CN': '防疫物资', en: 'Epidemic-prevention supplies' },
  other: { 'zh-CN': '其他', en: 'Other' },
};

/** Where a measure stands; done and dropped say how it ended, in the outcome. */
export const MEASURE_STATUSES: Readonly<Record<string, LocalizedText>> = {
  planned: { 'zh-CN': '已制定', en: 'Planned' },
  'in-progress': { 'zh-CN': '推进中', en: 'In progress' },
  done: { 'zh-CN': '已落实', en: 'Done' },
  dropped: { 'zh-CN': '不再实施', en: 'Dropped' },
};

/** The statuses that close a measure and ask for its outcome. */
export const CLOSING_STATUSES = ['done', 'dropped'];

// A calendar date that exists (`format: 'date'`): a pattern of digits let 2026-02-31 through, kept and shown as a due date.
const DATE = { type: 'string', format: 'date', title: '完成期限' } as const;

/** A new measure. */
export const MEASURE_CREATE: RJSFSchema = withEnglishTitles(
  {
    type: 'object',
    required: ['measure', 'category', 'responsible', 'dueOn'],
    properties: {
      measure: { type: 'string', title: '措施', minLength: 2, maxLength: 500 },
      category: { type: 'string', title: '类别', enum: Object.keys(MEASURE_CATEGORIES) },
      responsible: { type: 'string', title: '责任人', minLength: 1, maxLength: 100 },
      dueOn: DATE,
    },
    additionalProperties: false,
  },
  {
    '/measure': 'Measure',
    '/category': 'Category',
    '/responsible': 'Person responsible',
    '/dueOn': 'Due date',
  },
);

/** A change of a measure: its status (with the outcome when it closes), its responsible person or its due date. */
export const MEASURE_UPDATE: RJSFSchema = withEnglishTitles(
  {
    type: 'object',
    minProperties: 1,
    properties: {
      status: { type: 'string', title: '状态', enum: Object.keys(MEASURE_STATUSES) },
      outcome: { type: 'string', title: '落实情况', minLength: 2, maxLength: 1000 },
      responsible: { type: 'string', title: '责任人', minLength: 1, maxLength: 100 },
      dueOn: DATE,
    },
    additionalProperties: false,
  },
  {
    '/status': 'Status',
    '/outcome': 'Outcome',
    '/responsible': 'Person responsible',
    '/dueOn': 'Due date',
  },
);

/** Body of MEASURE_CREATE. */
export interface MeasureInput {
  measure: string;
  category: string;
  responsible: string;
  dueOn: string;
}

/** Body of MEASURE_UPDATE. */
export interface MeasureChange {
  status?: string;
  outcome?: string;
  responsible?: string;
  dueOn?: string;
}
