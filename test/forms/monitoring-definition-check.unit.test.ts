// The monitoring process type takes two shapes of params: the gate check (entry rules and a signed commitment first)
// and any other followed subject (a worker, a site, a vehicle) with its readings. Each is checked as what it is.
import { describe, expect, it } from 'vitest';
import { checkDefinition } from '#forms/check-definition';
import { readShippedForms } from '#forms/shipped-forms';
import { workerHealthWatch } from '../fixtures/worker-health-watch';

const paramsOf = (form: ReturnType<typeof workerHealthWatch>) => form.process.params as Record<string, unknown>;
const paths = (form: unknown) => checkDefinition(form).map((problem) => problem.path);

describe('monitoring definitions', () => {
  it('accepts the shipped gate check and a health watch made from params', () => {
    expect(checkDefinition(readShippedForms().find((form) => form.key === 'gate-check'))).toEqual([]);
    expect(checkDefinition(workerHealthWatch())).toEqual([]);
  });

  it.each([
    [
      'a subject plan with gate entry rules',
      (p: Record<string, unknown>) => (p.entryRules = [{ field: 'x', op: '==', value: 1, then: 'quarantine' }]),
    ],
    ['a subject plan without readings', (p: Record<string, unknown>) => delete p.readings],
    [
      'a subject rule that refers to HQ (only gate quarantines do)',
      (p: Record<string, unknown>) => ((p.rules as { then: string }[])[0]!.then = 'refer-hq'),
    ],
    ['a subject of an unknown kind', (p: Record<string, unknown>) => ((p.subject as { kind: string }).kind = 'animal')],
  ])('refuses %s', (_name, change) => {
    const form = workerHealthWatch();
    change(paramsOf(form));
    expect(paths(form).some((path) => path.startsWith('/process/params'))).toBe(true);
  });

  it('refuses a gate check without its commitment, and one that also lists readings', () => {
    const gate = structuredClone(readShippedForms().find((form) => form.key === 'gate-check')!);
    const params = gate.process.params as Record<string, unknown>;
    delete params.commitment;
    expect(paths(gate).some((path) => path.startsWith('/process/params'))).toBe(true);
    const mixed = structuredClone(readShippedForms().find((form) => form.key === 'gate-check')!);
    (mixed.process.params as Record<string, unknown>).readings = paramsOf(workerHealthWatch()).readings;
    expect(paths(mixed).some((path) => path.startsWith('/process/params'))).toBe(true);
  });

  it('names the rule that reads no reading and the subject field that is not on the form, at their pointers', () => {
    const form = workerHealthWatch();
    (paramsOf(form).subject as { nameField: string }).nameField = 'fullName';
    (paramsOf(form).rules as { field: string }[])[0]!.field = 'pulse';
    expect(checkDefinition(form)).toEqual([
      { path: '/process/params/subject/nameField', message: expect.stringContaining('"fullName" is not a field of the form') },
      { path: '/process/params/rules/0/field', message: expect.stringContaining('"pulse" is not a reading of this plan') },
    ]);
  });
});
