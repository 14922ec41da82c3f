// Edits of the builder's field tree: moving among siblings, renaming and removing a field a condition names.
import { describe, expect, it } from 'vitest';
import { addField, moveField, removeField, updateField } from '#web/app/src/pages/form-admin/builder/field-tree';
import { newField } from '#web/app/src/pages/form-admin/builder/new-field';
import { namesAreSound } from '#web/app/src/pages/form-admin/builder/use-builder-form';

const names = (fields: { name: string }[]) => fields.map((field) => field.name);

describe('form builder field tree', () => {
  const urgent = { ...newField('yesNo', []), name: 'urgent' };
  const reason = { ...newField('text', []), name: 'reason', condition: { field: 'urgent', equals: true } };
  const section = { ...newField('section', []), name: 'site' };
  const fields = addField(
    addField([urgent, reason, section], { ...newField('text', []), name: 'a' }, section.id),
    newField('date', ['a']),
    section.id,
  );

  it('adds a field inside a section', () => {
    expect(names(fields[2]!.children)).toEqual(['a', 'field1']);
  });

  it.each([
    [0, 2, ['reason', 'site', 'urgent']],
    [2, 0, ['site', 'urgent', 'reason']],
    [1, 1, ['urgent', 'reason', 'site']],
    [0, 3, ['urgent', 'reason', 'site']],
  ])('moves the field at %i to %i', (from, to, expected) => {
    expect(names(moveField(fields, fields[from]!.id, to))).toEqual(expected);
  });

  it('moves a field within its section only', () => {
    const moved = moveField(fields, fields[2]!.children[1]!.id, 0);
    expect(names(moved[2]!.children)).toEqual(['field1', 'a']);
    expect(names(moved)).toEqual(names(fields));
  });

  it('carries a new name into the conditions on the field', () => {
    const renamed = updateField(fields, urgent.id, { name: 'isUrgent' });
    expect(renamed[1]!.condition).toEqual({ field: 'isUrgent', equals: true });
  });

  it('shows a conditional field always once the field of its condition is removed', () => {
    const left = removeField(fields, urgent.id);
    expect(names(left)).toEqual(['reason', 'site']);
    expect(left[0]!.condition).toBeNull();
  });

  it.each([
    ['unique names', ['a', 'b'], ['c'], true],
    ['a name taken at the same level', ['a', 'a'], [], false],
    ['the same name at two levels', ['a', 'b'], ['a'], true],
    ['a name with a space', ['a b'], [], false],
    ['a name taken inside a section', ['a'], ['c', 'c'], false],
  ])('judges %s', (_case, top, inner, sound) => {
    const section = { ...newField('section', []), name: 'site', children: inner.map((name) => ({ ...newField('text', []), name })) };
    expect(namesAreSound([...top.map((name) => ({ ...newField('text', []), name })), section])).toBe(sound);
  });
});
