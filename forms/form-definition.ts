// The shape of a form definition: JSON Schema + uiSchema + process binding, with zh-CN and en texts.
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import type { LocalizedText } from '../core/domain/locale';
import type { Role } from '../core/org/org-types';

/** Process binding of a form: which process type runs a submission, with which parameters. */
export interface ProcessBinding {
  processType: string;
  params: Record<string, unknown>;
}

/** A versioned form definition as shipped in forms/definitions and stored in the DB. */
export interface FormDefinition {
  key: string;
  version: number;
  /** Two to four capital letters that start its case numbers (`KN-20261204-0007`); absent: derived from the key. */
  casePrefix?: string;
  title: LocalizedText;
  description: LocalizedText;
  audience: Role[];
  schema: RJSFSchema;
  uiSchema: UiSchema;
  /** English field titles by JSON pointer; the schema itself carries the Chinese ones. */
  i18n: { en?: Record<string, string> };
  process: ProcessBinding;
}

/** Returns a copy of the schema with field titles replaced from a pointer → title map. */
export function localizeSchema(schema: RJSFSchema, titles: Record<string, string> | undefined): RJSFSchema {
  if (!titles) return schema;
  const copy = structuredClone(schema);
  for (const [pointer, title] of Object.entries(titles)) {
    let node: RJSFSchema | undefined = copy;
    for (const part of pointer.split('/').filter(Boolean)) {
      // A property by name, or a keyword path such as `oneOf/0` for the label of one choice.
      const child: unknown = node?.properties?.[part] ?? (node as Record<string, unknown> | undefined)?.[part];
      node = child && typeof child === 'object' ? (child as RJSFSchema) : undefined;
    }
    if (node) node.title = title;
  }
  return copy;
}
