// Schema-aware form data: values that satisfy a form's JSON Schema most of the time, with hostile values mixed in
// at any field, so the fuzzer reaches past validation into the workflows, templates and projections.
import fc from 'fast-check';
import { hostileString } from './hostile-values';

// JSON Schema is loosely typed by nature; the generator reads only the keywords it knows.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Schema = Record<string, any>;

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** A resident ID number with a valid check digit (GB 11643). */
const residentId = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 3, maxLength: 3 }).map((digits) => {
  const body = `37010219900101${digits.join('')}`;
  const sum = [...body].reduce((acc, d, i) => acc + Number(d) * ID_WEIGHTS[i]!, 0);
  return body + '10X98765432'[sum % 11];
});

const FORMATS: Record<string, fc.Arbitrary<string>> = {
  email: fc.emailAddress(),
  'mobile-cn': fc.integer({ min: 0, max: 99_999_999 }).map((n) => `139${String(n).padStart(8, '0')}`),
  'resident-id': residentId,
  date: fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  'date-time': fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString()),
};

function stringFor(schema: Schema): fc.Arbitrary<string> {
  if (schema.format && FORMATS[schema.format]) return FORMATS[schema.format]!;
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.max(minLength, Math.min(schema.maxLength ?? 200, 2_000));
  return fc.oneof(
    fc.string({ unit: 'grapheme', minLength, maxLength }),
    hostileString.filter((s) => s.length >= minLength && s.length <= maxLength),
  );
}

function choices(schema: Schema): unknown[] | undefined {
  if (Array.isArray(schema.enum)) return schema.enum;
  if ('const' in schema) return [schema.const];
  const options = schema.oneOf ?? schema.anyOf;
  if (Array.isArray(options) && options.every((o: Schema) => 'const' in o)) return options.map((o: Schema) => o.const);
  return undefined;
}

/** A value that fits `schema` (as far as this generator understands JSON Schema). */
export function valueFor(schema: Schema): fc.Arbitrary<unknown> {
  const fixed = choices(schema);
  if (fixed?.length) return fc.constantFrom(...fixed);
  switch (schema.type) {
    case 'string':
      return stringFor(schema);
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -1_000, max: schema.maximum ?? 1_000_000 });
    case 'number':
      return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'array': {
      const minLength = schema.minItems ?? 0;
      const items = schema.items && !Array.isArray(schema.items) ? valueFor(schema.items) : fc.anything();
      return fc.array(items, { minLength, maxLength: Math.max(minLength, Math.min(schema.maxItems ?? 3, 5)) });
    }
    case 'object':
    case undefined:
      if (!schema.properties) return fc.constant({});
      return fc.record(
        Object.fromEntries(Object.entries(schema.properties as Record<string, Schema>).map(([key, sub]) => [key, valueFor(sub)])),
        { requiredKeys: schema.required ?? [] },
      );
    default:
      return fc.anything();
  }
}

/** Valid-looking data most of the time; otherwise the same with one field hostile, or something else entirely. */
export function formData(schema: Schema): fc.Arbitrary<unknown> {
  const fields = Object.keys(schema.properties ?? {});
  return fc.oneof(
    { weight: 5, arbitrary: valueFor(schema) },
    {
      weight: 4,
      arbitrary: fc
        .tuple(valueFor(schema), fields.length ? fc.constantFrom(...fields) : fc.constant('x'), fc.oneof(hostileString, fc.anything()))
        .map(([data, field, bad]) => ({ ...(data as object), [field]: bad })),
    },
    { weight: 1, arbitrary: fc.oneof(fc.anything(), fc.constant(JSON.parse('{"__proto__":{"admin":true}}')), fc.constant(null)) },
  );
}
