// A saved draft holds only the files its form can take: one per file field, in a list no more than the list's maxItems
// (ten when it names none); references elsewhere in the data, or past those counts, hold nothing.
import { randomUUID } from 'node:crypto';
import type { RJSFSchema } from '@rjsf/utils';
import { describe, expect, it } from 'vitest';
import { draftHeldUploads, UNBOUNDED_LIST_ITEMS } from '#forms/draft-held-uploads';
import { readShippedForms } from '#forms/shipped-forms';

const ids = (n: number) => Array.from({ length: n }, () => randomUUID());
const refs = (list: string[]) => list.map((id) => `upload:${id}`);
const SCHEMA: RJSFSchema = {
  type: 'object',
  properties: {
    licence: { type: 'string', format: 'upload-ref' },
    note: { type: 'string' },
    photos: { type: 'array', maxItems: 3, items: { type: 'string', format: 'upload-ref' } },
    extras: { type: 'array', items: { type: 'string', format: 'upload-ref' } },
    sites: { type: 'array', maxItems: 2, items: { type: 'object', properties: { plan: { type: 'string', format: 'upload-ref' } } } },
  },
  dependencies: { licence: { properties: { permit: { type: 'string', format: 'upload-ref' } } } },
};

describe('files a draft holds', () => {
  it('holds a file field’s file, a conditional file field’s, and a list’s up to its maxItems', () => {
    const [licence, permit, ...photos] = ids(6);
    const data = { licence: `upload:${licence}`, permit: `upload:${permit}`, photos: refs(photos) };
    expect(draftHeldUploads(SCHEMA, data)).toEqual([licence, permit, ...photos.slice(0, 3)]);
  });

  it('holds no file named outside a file field, however many', () => {
    const loose = ids(50);
    const data = { note: refs(loose).join(' '), other: refs(loose), photos: [{ nested: refs(loose) }] };
    expect(draftHeldUploads(SCHEMA, data)).toEqual([]);
  });

  it('holds ten files of a list with no maxItems, and a group’s files for as many rows as the group takes', () => {
    const extras = ids(40);
    const plans = ids(5);
    const held = draftHeldUploads(SCHEMA, { extras: refs(extras), sites: refs(plans).map((plan) => ({ plan })) });
    expect(held).toEqual([...extras.slice(0, UNBOUNDED_LIST_ITEMS), ...plans.slice(0, 2)]);
  });

  it('counts a file named twice once', () => {
    const [one] = ids(1);
    expect(draftHeldUploads(SCHEMA, { licence: `upload:${one}`, photos: [`upload:${one}`] })).toEqual([one]);
  });

  it('lets the shipped readiness form’s draft hold its twelve evidence fields and nothing more', () => {
    const form = readShippedForms().find((shipped) => shipped.key === 'resumption-readiness')!;
    const files = ids(13);
    // Every field filled, each file field with a file of its own.
    const fill = (node: RJSFSchema): unknown =>
      node.format === 'upload-ref'
        ? `upload:${files.shift()}`
        : Object.fromEntries(Object.entries(node.properties ?? {}).map(([key, child]) => [key, fill(child as RJSFSchema)]));
    const data = fill(form.schema) as Record<string, unknown>;
    expect(draftHeldUploads(form.schema, { ...data, spare: `upload:${files[0]}` })).toHaveLength(12);
  });
});
