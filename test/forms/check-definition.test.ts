import { describe, expect, it } from 'vitest';
import { checkDefinition } from '../../forms/check-definition';
import { readShippedForms } from '../../forms/form-store';

const base = readShippedForms().find((form) => form.key === 'liaison-designation')!;
const variant = (change: (copy: Record<string, any>) => void) => {
  const copy = structuredClone(base) as unknown as Record<string, any>;
  change(copy);
  return copy;
};

describe('form definition checks', () => {
  it('accepts every shipped definition', () => {
    for (const form of readShippedForms()) expect(checkDefinition(form), form.key).toEqual([]);
  });

  it.each([
    ['a schema that does not compile', (d: Record<string, any>) => (d.schema.properties.mobile.type = 'strin'), '/schema', /does not compile/],
    ['a schema with a broken pattern', (d: Record<string, any>) => (d.schema.properties.mobile.pattern = '(['), '/schema', /does not compile/],
    ['a uiSchema naming a missing field', (d: Record<string, any>) => (d.uiSchema.phone = { 'ui:widget': 'text' }), '/uiSchema/phone', /not a field/],
    ['a ui:order naming a missing field', (d: Record<string, any>) => d.uiSchema['ui:order'].push('fax'), '/uiSchema/ui:order', /"fax"/],
    ['params that do not fit the process type', (d: Record<string, any>) => (d.process.params.settleAfter = 'soon'), '/process/params/settleAfter', /pattern/],
    ['an unknown process type', (d: Record<string, any>) => (d.process.processType = 'lottery'), '/process/processType', /unknown process type/],
    ['a missing English title', (d: Record<string, any>) => delete d.title.en, '/title/en', /required/],
    ['an unknown audience role', (d: Record<string, any>) => (d.audience = ['mayor']), '/audience/0', /allowed values/],
  ])('refuses %s, naming the path', (_what, change, path, message) => {
    const problems = checkDefinition(variant(change));
    expect(problems.map((p) => p.path)).toContain(path);
    expect(problems.find((p) => p.path === path)!.message).toMatch(message);
  });
});
