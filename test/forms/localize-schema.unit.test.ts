import type { RJSFSchema } from '@rjsf/utils';
import { describe, expect, it } from 'vitest';
import { localizeSchema } from '#forms/form-definition';
import { readShippedForms } from '#forms/shipped-forms';

const HAN = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/;

/** Every title and description in a schema, with the path it sits at. */
function texts(node: unknown, path = ''): [string, string][] {
  if (!node || typeof node !== 'object') return [];
  const found: [string, string][] = [];
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'title' || key === 'description') && typeof value === 'string') found.push([`${path}/${key}`, value]);
    else if (typeof value === 'object') found.push(...texts(value, `${path}/${key}`));
  }
  return found;
}

describe('a form definition in English', () => {
  const schema: RJSFSchema = {
    type: 'object',
    properties: {
      notes: { type: 'string', title: '说明', description: '简要说明' },
      contact: { type: 'object', title: '联系人', properties: { description: { type: 'string', title: '职务描述' } } },
    },
  };

  it('words a field’s hint from `/field/description` and its title from `/field`', () => {
    const english = localizeSchema(schema, { '/notes': 'Notes', '/notes/description': 'In brief' });
    expect(english.properties!.notes).toEqual({ type: 'string', title: 'Notes', description: 'In brief' });
    expect(schema.properties!.notes).toEqual({ type: 'string', title: '说明', description: '简要说明' });
  });

  it('words a conditional field by its name when the schema declares it in a branch, not in `properties`', () => {
    const conditional: RJSFSchema = {
      type: 'object',
      properties: { field3: { type: 'boolean', title: '是否急需' } },
      allOf: [{ if: { properties: { field3: { const: true } } }, then: { properties: { field4: { type: 'string', title: '急需原因' } } } }],
    };
    const english = localizeSchema(conditional, { '/field4': 'Reason' });
    expect(english.allOf).toEqual([
      { if: { properties: { field3: { const: true } } }, then: { properties: { field4: { type: 'string', title: 'Reason' } } } },
    ]);
    expect(localizeSchema(conditional, { '/allOf/0/then/field4': 'Reason' }).allOf).toEqual(english.allOf);
  });

  it('reads `/field/description` as a property’s title when the field has a property of that name', () => {
    const english = localizeSchema(schema, { '/contact/description': 'Job description' });
    expect((english.properties!.contact as RJSFSchema).properties!.description).toEqual({ type: 'string', title: 'Job description' });
  });

  it.each(readShippedForms().map((form) => [form.key, form] as const))(
    '%s has no Chinese left in its English fields, hints and decision forms',
    (_key, form) => {
      const leftovers = texts(localizeSchema(form.schema, form.i18n?.en)).filter(([, text]) => HAN.test(text));
      const completion = (form.process.params as { completion?: { schema: RJSFSchema; i18n?: { en?: Record<string, string> } } })
        .completion;
      if (completion)
        leftovers.push(...texts(localizeSchema(completion.schema, completion.i18n?.en), '#completion').filter(([, t]) => HAN.test(t)));
      expect(leftovers).toEqual([]);
    },
  );
});
