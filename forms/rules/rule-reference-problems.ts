// Check of a definition's rules against the ladder itself (what JSON Schema cannot say): each named rung is a rung of the
// ladder, each working group exists. Called by forms/check-definition.ts once the params fit their schema. Whether each
// condition's field is a field of the form is a publish-time reference check (forms/references/field-references.ts),
// answered with the definition's other broken names in the admin's language.
import { WORKING_GROUPS } from '#core/org/org-types';
import type { FormDefinition } from '../form-definition';
import type { FieldError } from '../form-validator';
import type { Rule } from './rule-types';

const GROUP_KEYS: readonly string[] = WORKING_GROUPS.map((group) => group.key);

/** Every broken reference in `params.rules`, by JSON pointer into the definition. */
export function ruleReferenceProblems(form: Pick<FormDefinition, 'schema' | 'process'>): FieldError[] {
  // A monitoring definition's `rules` are rules on readings (forms/process-types.ts), not this table.
  if (form.process.processType !== 'ladder') return [];
  const params = form.process.params as { rules?: Rule[]; stages?: { name: string }[] };
  if (!params.rules?.length) return [];
  const rungs = (params.stages ?? []).map((stage) => stage.name);
  const problems: FieldError[] = [];
  const rungProblem = (path: string, name: string) =>
    rungs.includes(name) ? [] : [{ path, message: `"${name}" is not a rung of this ladder; rungs: ${rungs.join(', ')}` }];
  params.rules.forEach((rule, index) => {
    const at = `/process/params/rules/${index}`;
    if (rule.then.startAt) problems.push(...rungProblem(`${at}/then/startAt`, rule.then.startAt));
    for (const name of Object.keys(rule.then.sla ?? {})) problems.push(...rungProblem(`${at}/then/sla/${name}`, name));
    const group = rule.then.workingGroupKey;
    if (group && !GROUP_KEYS.includes(group))
      problems.push({ path: `${at}/then/workingGroupKey`, message: `"${group}" is not a working group; groups: ${GROUP_KEYS.join(', ')}` });
  });
  return problems;
}
