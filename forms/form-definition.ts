// The shape of a form definition: JSON Schema + uiSchema + process binding, with zh-CN and en texts.
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import type { LocalizedText } from '#core/domain/locale';
import type { Role } from '#core/org/org-types';
import { branches } from './present/schema-branches';

/** Process binding of a form: which process type runs a submission, with which parameters. */
export interface ProcessBinding {
  processType: string;
  params: Record<string, unknown>;
}

/** Who a form's audience may leave out of the roles it names: `inspector`, a member of an inspection body (P2's three
 * levels), whose account holds the special_class role of the service class's working groups. */
export const AUDIENCE_EXCLUSIONS = ['inspector'] as const;
/** One kind of account an audience leaves out. */
export type AudienceExclusion = (typeof AUDIENCE_EXCLUSIONS)[number];

/** A versioned form definition as shipped in forms/definitions and stored in the DB. */
export interface FormDefinition {
  key: string;
  version: number;
  /** Two to four capital letters that start its case numbers (`KN-20261204-0007`); absent: derived from the key. */
  casePrefix?: string;
  title: LocalizedText;
  /** What the form is for and how its process runs, written for administrators and the staff who handle it. */
  description: LocalizedText;
  /** What the filler reads above the form in place of `description`: what to fill, by when, what happens next, in
   * their terms (absent: the filler is told nothing; the description is for administrators). */
  guidance?: LocalizedText;
  audience: Role[];
  /** Accounts of the roles in `audience` the form is not for (absent: none). */
  audienceExcludes?: AudienceExclusion[];
  schema: RJSFSchema;
  uiSchema: UiSchema;
  /**
   * English texts by JSON pointer; the schema itself carries the Chinese ones. `/field` words a field's title,
   * `/field/description` its hint, `/field/oneOf/0` the label of one choice.
   */
  i18n: { en?: Record<string, string> };
  process: ProcessBinding;
}

function step(node: RJSFSchema | undefined, part: string): RJSFSchema | undefined {
  // A property by name, or a keyword path such as `oneOf/0` for the label of one choice; else a conditional field's
  // name (`/field4` for a field the schema declares in `allOf/0/then`), found in the first branch that declares it.
  const child: unknown =
    node?.properties?.[part] ??
    (node as Record<string, unknown> | undefined)?.[part] ??
    branches(node).find((branch) => branch.properties && Object.hasOwn(branch.properties, part))?.properties?.[part];
  return child && typeof child === 'object' ? (child as RJSFSchema) : undefined;
}

/** Returns a copy of the schema with field titles (and hints, at `…/description`) replaced from a pointer → text map. */
export function localizeSchema(schema: RJSFSchema, titles: Record<string, string> | undefined): RJSFSchema {
  if (!titles) return schema;
  const copy = structuredClone(schema);
  for (const [pointer, text] of Object.entries(titles)) {
    const parts = pointer.split('/').filter(Boolean);
    const last = parts.at(-1);
    let node: RJSFSchema | undefined = copy;
    for (const part of parts.slice(0, -1)) node = step(node, part);
    // A field's hint, unless the field has a property of that name (then the pointer names that property's title).
    if (last === 'description' && node && typeof node.description === 'string' && !node.properties?.description) {
      node.description = text;
      continue;
    }
    node = last === undefined ? node : step(node, last);
    if (node) node.title = text;
  }
  return copy;
}

/** For each top-level choice field (`oneOf` of consts) answered in `data`, `<field>Title`: the chosen option's title in
 * the schema's language, so templates can say 经验做法 rather than good_practice. */
export function choiceTitles(schema: RJSFSchema, data: Record<string, unknown>): Record<string, string> {
  const titles: Record<string, string> = {};
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const options = (property as RJSFSchema).oneOf as RJSFSchema[] | undefined;
    const chosen = options?.find((option) => option.const !== undefined && option.const === data[name]);
    if (chosen?.title) titles[`${name}Title`] = chosen.title;
  }
  return titles;
}
