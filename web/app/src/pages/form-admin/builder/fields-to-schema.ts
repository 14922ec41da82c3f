// Writes the builder's field tree back into a definition's schema, uiSchema and English texts: titles and help in
// both languages at their pointers, `required` lists, `ui:order` in the order the admin sees, and each conditional
// field as an rjsf `if/then` (shown only when its condition holds; the server's AJV checks the same schema).
import type { BuilderField, BuilderForm, FormParts } from './field-model';
import type { Json } from './json-shapes';
import { joinUnit } from './unit-in-title';

type Texts = Record<string, string>;

function set(target: Json | Texts, key: string, value: unknown): void {
  if (value !== '' && value !== undefined) (target as Json)[key] = value;
}

/** The schema and uiSchema of the fields of a section, a group's item or the form. */
function writeChildren(fields: BuilderField[], pointer: string, texts: Texts) {
  const properties: Json = {};
  const ui: Json = {};
  for (const field of fields) {
    const written = writeField(field, `${pointer}/${field.name}`, texts);
    properties[field.name] = written.schema;
    if (Object.keys(written.ui).length) ui[field.name] = written.ui;
  }
  const required = fields.filter((field) => field.required).map((field) => field.name);
  return { properties, required, ui };
}

function kindKeywords(field: BuilderField, pointer: string, texts: Texts): { schema: Json; ui: Json } {
  const options = (prefix: string) => {
    field.options.forEach((option, index) => set(texts, `${prefix}/${index}`, option.title.en));
    return field.options.map((option) => ({ const: option.value, title: option.title['zh-CN'] }));
  };
  switch (field.kind) {
    case 'other':
      return { schema: {}, ui: {} };
    case 'text':
    case 'yesNo':
      return { schema: { type: field.kind === 'yesNo' ? 'boolean' : 'string' }, ui: {} };
    case 'longText':
      return { schema: { type: 'string' }, ui: { 'ui:widget': 'textarea' } };
    case 'number': {
      const schema: Json = { type: field.integer ? 'integer' : 'number' };
      set(schema, 'minimum', field.minimum);
      set(schema, 'maximum', field.maximum);
      return { schema, ui: {} };
    }
    case 'date':
      return { schema: { type: 'string', format: 'date' }, ui: {} };
    case 'residentId':
    case 'mobile':
    case 'creditCode': {
      const format = { residentId: 'resident-id', mobile: 'mobile-cn', creditCode: 'credit-code' }[field.kind];
      return { schema: { type: 'string', format }, ui: {} };
    }
    case 'choice':
      return { schema: { type: 'string', oneOf: options(`${pointer}/oneOf`) }, ui: {} };
    case 'multiChoice':
      return { schema: { type: 'array', uniqueItems: true, items: { type: 'string', oneOf: options(`${pointer}/items/oneOf`) } }, ui: {} };
    case 'file':
      return field.multiple
        ? { schema: { type: 'array', items: { type: 'string', format: 'upload-ref' } }, ui: {} }
        : { schema: { type: 'string', format: 'upload-ref' }, ui: {} };
    case 'signature':
      return { schema: { type: 'string', format: 'upload-ref', 'x-widget': 'signature' }, ui: {} };
    case 'section':
    case 'group': {
      const group = field.kind === 'group';
      const inner = writeChildren(field.children, group ? `${pointer}/items` : pointer, texts);
      const node: Json = { type: 'object', properties: inner.properties };
      if (inner.required.length) node.required = inner.required;
      const ownUi = group ? ((field.uiRest.items as Json | undefined) ?? {}) : {};
      const nodeUi: Json = { ...ownUi, ...inner.ui };
      if (field.ordered) nodeUi['ui:order'] = field.children.map((child) => child.name);
      if (!group) return { schema: node, ui: nodeUi };
      return { schema: { type: 'array', items: node }, ui: Object.keys(nodeUi).length ? { items: nodeUi } : {} };
    }
  }
}

/** One field's schema and uiSchema; its English texts go into `texts` under `pointer`. */
export function writeField(field: BuilderField, pointer: string, texts: Texts): { schema: Json; ui: Json } {
  const number = field.kind === 'number';
  const title = (locale: 'zh-CN' | 'en') => (number ? joinUnit(field.title[locale], field.unit[locale], locale) : field.title[locale]);
  const own = kindKeywords(field, pointer, texts);
  const schema: Json = { ...field.schemaRest, ...own.schema };
  set(schema, 'title', title('zh-CN'));
  set(schema, 'description', field.help['zh-CN']);
  if (field.personal) schema['x-personal'] = field.personal;
  set(texts, pointer, title('en'));
  if (field.help['zh-CN']) set(texts, `${pointer}/description`, field.help.en);
  const uiRest =
    field.kind === 'group' ? Object.fromEntries(Object.entries(field.uiRest).filter(([key]) => key !== 'items')) : field.uiRest;
  return { schema, ui: { ...uiRest, ...own.ui } };
}

/** The schema, uiSchema and English texts of a whole form. */
export function formToParts(form: BuilderForm): FormParts {
  const texts: Texts = { ...form.i18nRest };
  const plain = form.fields.filter((field) => !field.condition);
  const shown = form.fields.filter((field) => field.condition);
  const root = writeChildren(plain, '', texts);
  const schema: Json = { type: 'object', ...form.rootRest, properties: root.properties };
  if (root.required.length) schema.required = root.required;
  const uiSchema: Json = { ...form.uiRootRest, 'ui:order': form.fields.map((field) => field.name), ...root.ui };
  const rules = Array.isArray(form.rootRest.allOf) ? [...(form.rootRest.allOf as unknown[])] : [];
  for (const field of shown) {
    const { field: source, equals } = field.condition!;
    const written = writeField(field, `/allOf/${rules.length}/then/${field.name}`, texts);
    const then: Json = { properties: { [field.name]: written.schema } };
    if (field.required) then.required = [field.name];
    rules.push({ if: { properties: { [source]: { const: equals } }, required: [source] }, then });
    if (Object.keys(written.ui).length) uiSchema[field.name] = written.ui;
  }
  if (rules.length) schema.allOf = rules;
  if (shown.length && schema.additionalProperties === false) {
    delete schema.additionalProperties;
    schema.propertyNames = { enum: form.fields.map((field) => field.name) };
  }
  return { schema, uiSchema, i18n: texts };
}
