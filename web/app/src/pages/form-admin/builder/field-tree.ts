// Edits of the field tree, each returning a new tree: change, remove, move among siblings, add. Renaming or removing
// a field also mends the conditions that name it, so a condition never points at a field that is gone.
import type { BuilderField } from './field-model';

/** The field with `id`, anywhere in the tree. */
export function findField(fields: readonly BuilderField[], id: string): BuilderField | undefined {
  for (const field of fields) {
    if (field.id === id) return field;
    const inner = findField(field.children, id);
    if (inner) return inner;
  }
  return undefined;
}

/** The list that holds the field `id` (the top level or a section's children). */
export function siblingsOf(fields: readonly BuilderField[], id: string): readonly BuilderField[] | undefined {
  if (fields.some((field) => field.id === id)) return fields;
  for (const field of fields) {
    const found = siblingsOf(field.children, id);
    if (found) return found;
  }
  return undefined;
}

function mapTree(fields: BuilderField[], change: (list: BuilderField[]) => BuilderField[]): BuilderField[] {
  return change(fields).map((field) => (field.children.length ? { ...field, children: mapTree(field.children, change) } : field));
}

/** The tree with the field `id` replaced by `change(field)`; a new name is carried into conditions on it. */
export function updateField(fields: BuilderField[], id: string, change: Partial<BuilderField>): BuilderField[] {
  const old = findField(fields, id);
  const updated = mapTree(fields, (list) => list.map((field) => (field.id === id ? { ...field, ...change } : field)));
  if (!old || change.name === undefined || change.name === old.name || !fields.some((field) => field.id === id)) return updated;
  return updated.map((field) =>
    field.condition?.field === old.name ? { ...field, condition: { ...field.condition, field: change.name! } } : field,
  );
}

/** The tree without the field `id`; top-level fields shown on its condition are shown always. */
export function removeField(fields: BuilderField[], id: string): BuilderField[] {
  const gone = fields.find((field) => field.id === id)?.name;
  const kept = mapTree(fields, (list) => list.filter((field) => field.id !== id));
  return gone === undefined ? kept : kept.map((field) => (field.condition?.field === gone ? { ...field, condition: null } : field));
}

/** The tree with the field `id` moved to index `to` among its siblings. */
export function moveField(fields: BuilderField[], id: string, to: number): BuilderField[] {
  return mapTree(fields, (list) => {
    const from = list.findIndex((field) => field.id === id);
    if (from < 0 || to < 0 || to >= list.length || to === from) return list;
    const next = [...list];
    const [moved] = next.splice(from, 1);
    next.splice(to, 0, moved!);
    return next;
  });
}

/** The tree with `field` added at the end of the top level, or of the section or group `parentId`. */
export function addField(fields: BuilderField[], field: BuilderField, parentId: string | null): BuilderField[] {
  if (parentId === null) return [...fields, field];
  return mapTree(fields, (list) => list.map((item) => (item.id === parentId ? { ...item, children: [...item.children, field] } : item)));
}
