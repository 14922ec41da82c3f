// Who may start a form: the roles its audience names, less the kinds of account it leaves out (the service class's
// inspection team members, whose accounts hold the special_class role).
import { describe, expect, it } from 'vitest';
import { checkDefinition } from '#forms/check-definition';
import { inAudience, leftOutOfAudience } from '#forms/form-audience';
import { readShippedForms } from '#forms/shipped-forms';

const nomination = { audience: ['enterprise', 'cadre', 'special_class'] as const, audienceExcludes: ['inspector'] as const };
const open = { audience: ['special_class'] as const };

describe('a form’s audience', () => {
  it.each([
    ['a service class member', nomination, { role: 'special_class', inspectionBody: false }, true, false],
    ['an inspection team member, left out', nomination, { role: 'special_class', inspectionBody: true }, false, true],
    ['an inspection team member, not left out', open, { role: 'special_class', inspectionBody: true }, true, false],
    ['a cadre', nomination, { role: 'cadre', inspectionBody: false }, true, false],
    ['a role the audience does not name', nomination, { role: 'gate', inspectionBody: false }, false, false],
  ] as const)('%s: may start it %s, left out %s', (_who, form, member, may, leftOut) => {
    const audience = {
      audience: [...form.audience],
      ...('audienceExcludes' in form ? { audienceExcludes: [...form.audienceExcludes] } : {}),
    };
    expect(inAudience(audience, member)).toBe(may);
    expect(leftOutOfAudience(audience, member)).toBe(leftOut);
  });

  it('leaves inspectors out of the shipped nomination and good-practice article forms only', () => {
    const leaving = readShippedForms()
      .filter((form) => leftOutOfAudience(form, { role: 'special_class', inspectionBody: true }))
      .map((form) => `${form.key}@${form.version}`);
    expect(leaving).toEqual(['commendation@6', 'good-practice-article@3']);
  });

  it('refuses a definition that leaves out a kind of account nobody knows', () => {
    const form = readShippedForms().find((f) => f.key === 'commendation')!;
    const problems = checkDefinition({ ...form, audienceExcludes: ['visitor' as 'inspector'] });
    expect(problems.map((p) => p.path)).toEqual(['/audienceExcludes/0']);
  });
});
