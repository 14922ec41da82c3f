import { describe, expect, it } from 'vitest';
import { readShippedForms } from '#forms/shipped-forms';
import { buildDefinition, problemsByPlace, sameState, toEditorState } from '#web/app/src/pages/form-admin/editor-state';

const SHIPPED = readShippedForms().find((form) => form.key === 'liaison-designation')!;

describe('form editor state', () => {
  it('turns a definition into texts and back unchanged', () => {
    const built = buildDefinition(toEditorState(SHIPPED));
    expect(built).toEqual({
      ok: true,
      definition: {
        title: SHIPPED.title,
        description: SHIPPED.description,
        guidance: SHIPPED.guidance,
        audience: SHIPPED.audience,
        schema: SHIPPED.schema,
        uiSchema: SHIPPED.uiSchema,
        i18n: SHIPPED.i18n,
        process: SHIPPED.process,
      },
    });
  });

  it('reports a syntax error for each box that does not parse, by line and column', () => {
    const state = toEditorState(SHIPPED);
    state.texts.schema = '{\n  "type": "object",\n}';
    state.texts.params = '{ settleAfter: 1 }';
    const built = buildDefinition(state);
    expect(built.ok).toBe(false);
    if (!built.ok) {
      expect(Object.keys(built.syntax).sort()).toEqual(['params', 'schema']);
      expect(built.syntax.schema).toMatchObject({ line: 3, column: 1 });
      expect(built.syntax.params).toMatchObject({ line: 1, column: 3 });
    }
  });

  it('sends each server problem to the box it concerns, with a path relative to that box', () => {
    const grouped = problemsByPlace([
      { path: '/schema', message: 'does not compile' },
      { path: '/uiSchema/fax', message: 'not a field' },
      { path: '/process/params/settleAfter', message: 'pattern' },
      { path: '/process/processType', message: 'unknown' },
      { path: '/i18n/en/~1note', message: 'too long' },
      { path: '/title/en', message: 'required' },
      { path: '/schemaVersion', message: 'odd' },
    ]);
    expect(grouped.schema).toEqual([{ path: '', message: 'does not compile' }]);
    expect(grouped.uiSchema).toEqual([{ path: '/fax', message: 'not a field' }]);
    expect(grouped.params).toEqual([{ path: '/settleAfter', message: 'pattern' }]);
    expect(grouped.i18n).toEqual([{ path: '/~1note', message: 'too long' }]);
    expect(grouped.fields.map((p) => p.path)).toEqual(['/process/processType', '/title/en', '/schemaVersion']);
  });

  it('tells an edited state from an untouched one', () => {
    const state = toEditorState(SHIPPED);
    expect(sameState(state, toEditorState(SHIPPED))).toBe(true);
    expect(sameState({ ...state, audience: ['gate'] }, state)).toBe(false);
  });
});
