// What JSON Schema cannot say about a monitoring definition that follows a subject: the field naming each subject
// must be a field of its form, and each rule must read one of the plan's readings.
import type { FieldError } from './form-validator';
import type { FormDefinition } from './form-definition';
import { followsSubject, type AnyMonitoringParams } from '#core/domain/monitoring-params';

/** Broken references of a subject-monitoring definition, by JSON pointer; empty for any other definition. */
export function monitoringReferenceProblems(form: FormDefinition): FieldError[] {
  if (form.process.processType !== 'monitoring') return [];
  const params = form.process.params as unknown as AnyMonitoringParams;
  if (!followsSubject(params)) return [];
  const problems: FieldError[] = [];
  const fields = Object.keys((form.schema.properties ?? {}) as object);
  if (!fields.includes(params.subject.nameField))
    problems.push({
      path: '/process/params/subject/nameField',
      message: `"${params.subject.nameField}" is not a field of the form; fields: ${fields.join(', ')}`,
    });
  const keys = params.readings.map((reading) => reading.key);
  params.rules.forEach((rule, i) => {
    if (!keys.includes(rule.field))
      problems.push({
        path: `/process/params/rules/${i}/field`,
        message: `"${rule.field}" is not a reading of this plan; readings: ${keys.join(', ')}`,
      });
  });
  return problems;
}
