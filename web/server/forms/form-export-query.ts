// What a form's CSV export reads from the query string, declared so a misspelt or malformed parameter is answered 422
// at its name rather than ignored (`?full=true` gave the masked export without a word).
import type { RJSFSchema } from '@rjsf/utils';

/** The query of GET /api/admin/forms/:key/export.csv. */
// `reason` is plain text here: the route wants 4 to 500 characters once trimmed, and says so in the caller's language.
export const FORM_EXPORT_QUERY: RJSFSchema = {
  type: 'object',
  properties: {
    full: { type: 'boolean', title: 'The audited full export: personal fields in clear (needs `reason`)' },
    reason: { type: 'string', title: 'Why the full export is needed (4 to 500 characters), kept in the audit log' },
    lang: { type: 'string', maxLength: 16, title: 'The language of the words (zh-CN, en)' },
  },
  additionalProperties: false,
};

/** The export's query as read by its contract. */
export interface FormExportQuery {
  full?: boolean;
  reason?: string;
}
