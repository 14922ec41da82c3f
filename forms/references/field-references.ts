// Fields of the form that params name — a ladder's urgent field, a collection's liaison fields, a monitoring
// process's rules on readings and at entry — must be fields of the form's schema, or the rule silently never fires.
import type { ReferenceChecker } from './reference-check';
import { formFieldNames } from './form-fields';
import { walkParams } from './walk-params';

// Pointers (under /process/params) whose string value names a field of the form.
const NAMES_A_FIELD = [
  /^\/process\/params\/urgent\/field$/,
  /^\/process\/params\/liaisonFields\/[a-z]+$/,
  /^\/process\/params\/(rules|entryRules)\/\d+\/field$/,
  // A ladder's rules on form data: each condition on a submitted field.
  /^\/process\/params\/rules\/\d+\/when\/\d+\/field$/,
];

// Facts the server adds to the data before entry rules run, not fields anyone fills: the gate sets whether the current
// commitment was signed from the signature's hash (core/gate/record-gate-check.ts).
const COMPUTED_FACTS = new Set(['commitmentSigned']);

// A monitoring process of any subject (params.readings) tests its readings, not the form's fields: its rules are
// checked against the readings it declares (forms/monitoring-references.ts).
const RULES_ON_READINGS = /^\/process\/params\/rules\/\d+\/field$/;

/** Each field name in the params that the form's schema does not declare. */
export const paramFieldReferences: ReferenceChecker = (definition) => {
  const fields = new Set([...formFieldNames(definition.schema), ...COMPUTED_FACTS]);
  const onReadings = Array.isArray((definition.process.params as { readings?: unknown }).readings);
  return walkParams(definition.process.params)
    .filter(({ path }) => !(onReadings && RULES_ON_READINGS.test(path)))
    .filter(({ path, value }) => NAMES_A_FIELD.some((pattern) => pattern.test(path)) && typeof value === 'string' && !fields.has(value))
    .map(({ value, path }) => ({
      path,
      message: { 'zh-CN': `表单没有字段「${String(value)}」`, en: `The form has no field "${String(value)}"` },
    }));
};
