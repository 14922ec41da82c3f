// What the three pickers read from rjsf's props alike: the stored list and the server's problems with its items.
import type { FieldProps } from '@rjsf/utils';

/** The stored list (none when the params hold something else) and each item's problems, by its place. */
export function pickedList<V extends string | number>({
  formData,
  errorSchema,
}: Pick<FieldProps, 'formData' | 'errorSchema'>): {
  values: V[];
  itemErrors: (string[] | undefined)[];
} {
  const values = Array.isArray(formData) ? (formData as V[]) : [];
  const errorsOf = errorSchema as Record<number, { __errors?: string[] } | undefined> | undefined;
  return { values, itemErrors: values.map((_, index) => errorsOf?.[index]?.__errors) };
}
