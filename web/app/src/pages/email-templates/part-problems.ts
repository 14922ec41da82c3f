// The server names what is wrong by JSON pointer: `/subject`, `/html`, `/text` for the template parts, `/data/<name>`
// for a replaced sample value, `/to` for the test recipient. Each message belongs beside its own field.
import { ApiError } from '../../api/api-error';

/** Messages by field: `subject`, `html`, `text`, `to`, or `data.<name>`. */
export type PartProblems = Record<string, string[]>;

/** The field messages of a refused request; empty for errors that are not about fields. */
export function partProblems(error: unknown): PartProblems {
  if (!(error instanceof ApiError) || error.status !== 422) return {};
  const byField: PartProblems = {};
  for (const detail of error.details) {
    const [field, sub] = detail.path.split('/').slice(1);
    const key = field === 'data' && sub ? `data.${sub}` : (field ?? '');
    (byField[key] ??= []).push(detail.message);
  }
  return byField;
}

/** True when every message of `error` has a field to show it at, so no general notice is needed. */
export function onlyFieldProblems(error: unknown, fields: readonly string[]): boolean {
  const problems = partProblems(error);
  const keys = Object.keys(problems);
  return keys.length > 0 && keys.every((key) => fields.includes(key) || key.startsWith('data.'));
}
