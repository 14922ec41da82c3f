// The server's problems with the params (JSON pointers relative to them, `/stages/0/sla`) where the generated editor
// shows them: at their field as rjsf `extraErrors`, in the list above the form by place ("第 1 级 › 办理时限"), and as
// the element to scroll to and focus.
import { ErrorSchemaBuilder, type ErrorSchema, type RJSFSchema } from '@rjsf/utils';
import type { ErrorDetail } from '../../../api/api-types';
import { pointerSegments } from '../../../form/pointer-segments';
import type { I18n } from '../../../i18n/i18n-context';

/** The editor's rjsf idPrefix; rjsf joins it and a field's path segments with "_". */
export const PARAMS_ID_PREFIX = 'params';

/** The problems as rjsf `extraErrors`, each at its field; one about the params as a whole lands at the root. */
export function paramsExtraErrors(problems: readonly ErrorDetail[]): ErrorSchema {
  const builder = new ErrorSchemaBuilder();
  for (const problem of problems) {
    const segments = pointerSegments(problem.path);
    builder.addErrors(problem.message, segments.length ? segments : undefined);
  }
  return builder.ErrorSchema;
}

function child(node: RJSFSchema | undefined, segment: string): RJSFSchema | undefined {
  const next = /^\d+$/.test(segment) ? node?.items : node?.properties?.[segment];
  return next && typeof next === 'object' && !Array.isArray(next) ? (next as RJSFSchema) : undefined;
}

/** Where a problem is, in words: the titles along its path, a rung by its number ("第 2 级 › 办理时限"), an item of
 * another list by its number within that list; empty for the params as a whole. */
export function problemPlace(segments: readonly string[], schema: RJSFSchema | undefined, t: I18n['t']): string {
  const names: string[] = [];
  let node = schema;
  segments.forEach((segment, index) => {
    node = child(node, segment);
    if (!/^\d+$/.test(segment)) {
      names.push(typeof node?.title === 'string' ? node.title : segment);
      return;
    }
    const n = Number(segment) + 1;
    // The list's title and the item's number read as one name: "第 2 级", "提醒时间（第 1 项）".
    const list = names.pop() ?? '';
    names.push(segments[index - 1] === 'stages' ? t('params.rung', { n }) : t('params.itemOf', { list, n }));
  });
  return names.join(' › ');
}

/** The element of the field at `segments`, else of the nearest enclosing field the editor draws. */
export function problemElement(segments: readonly string[], root: Pick<Document, 'getElementById'> = document): HTMLElement | null {
  for (let depth = segments.length; depth >= 0; depth -= 1) {
    const element = root.getElementById([PARAMS_ID_PREFIX, ...segments.slice(0, depth)].join('_'));
    if (element) return element;
  }
  return null;
}

/** Brings the field at `segments` into view and focuses it (or its first control, when it is a group). */
export function focusProblem(segments: readonly string[]): void {
  const element = problemElement(segments);
  if (!element) return;
  element.scrollIntoView({ block: 'center' });
  const control = element.matches('select, input, textarea, button')
    ? element
    : element.querySelector<HTMLElement>('select, input, textarea, button');
  control?.focus({ preventScroll: true });
}
