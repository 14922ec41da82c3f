// A 422 from the server names fields by path. A field the form lists gets its message at the field; a name the form
// does not list (a page older than the form it sent) cannot be shown at any field, so its message goes above the form,
// and the same message said twice there shows once.
import type { RJSFSchema } from '@rjsf/utils';
import { describe, expect, it } from 'vitest';
import { toExtraErrors } from '#web/app/src/form/to-extra-errors';

const SCHEMA: RJSFSchema = {
  type: 'object',
  properties: {
    masks: { type: 'integer', title: '口罩库存（只）' },
    workers: { type: 'array', items: { type: 'object', properties: { name: { type: 'string', title: '姓名' } } } },
  },
};
const EXTRA = '表单中有多余的内容，请刷新页面后重新填写';

describe('the server’s field errors on the form', () => {
  it('puts a listed field’s message at the field, items included', () => {
    const errors = toExtraErrors(
      [
        { path: '/data/masks', message: '不能小于 0' },
        { path: '/data/workers/1/name', message: '请填写「姓名」' },
      ],
      SCHEMA,
    );
    expect(errors).toEqual({ masks: { __errors: ['不能小于 0'] }, workers: { 1: { name: { __errors: ['请填写「姓名」'] } } } });
  });

  it('puts names the form does not list above the form, once', () => {
    const errors = toExtraErrors(
      [
        { path: '/data/projectsTotal', message: EXTRA },
        { path: '/data/masksTotal', message: EXTRA },
        { path: '/data/masks', message: '请填写整数' },
      ],
      SCHEMA,
    );
    expect(errors).toEqual({ __errors: [EXTRA], masks: { __errors: ['请填写整数'] } });
  });
});
