// What the evaluation's routes read from the query string, declared so a misspelt or malformed parameter is answered
// 422 at its name rather than ignored (a misspelt `?form=` would rank the current year without a word).
import type { RJSFSchema } from '@rjsf/utils';
import { PAGE_QUERY_PROPERTIES } from '../route-contract';

// `from`/`to` stay plain text here: figureRange checks them (and their defaults) and answers 422 at `?from`/`?to`.
const PERIOD_PROPERTIES = {
  from: { type: 'string', title: 'First local date of the period (YYYY-MM-DD; 1 January of this year, or 29 days before a given `to`)' },
  to: { type: 'string', title: 'Last local date of the period (YYYY-MM-DD; today unless given)' },
} satisfies RJSFSchema['properties'];

/** The query of GET /api/evaluation: the period, the focus filter and paging. */
export const RANKING_QUERY: RJSFSchema = {
  type: 'object',
  properties: {
    ...PAGE_QUERY_PROPERTIES,
    ...PERIOD_PROPERTIES,
    focus: { type: 'boolean', title: 'Only focus enterprises (true) or only the others (false)' },
  },
  additionalProperties: false,
};

/** The query of GET /api/evaluation/export.csv: the period, and `lang` because a download link cannot set
 * Accept-Language (the app picks it up: create-app.ts). */
export const EXPORT_QUERY: RJSFSchema = {
  type: 'object',
  properties: { ...PERIOD_PROPERTIES, lang: { type: 'string', maxLength: 16, title: 'The language of the words (zh-CN, en)' } },
  additionalProperties: false,
};

/** The query of GET /api/evaluation/enterprises/:id: the period its rank is counted in. */
export const BREAKDOWN_QUERY: RJSFSchema = { type: 'object', properties: { ...PERIOD_PROPERTIES }, additionalProperties: false };

/** The evaluation's query as read by its contract. */
export interface EvaluationQuery {
  from?: string;
  to?: string;
  focus?: boolean;
  limit?: number;
  offset?: number;
}
