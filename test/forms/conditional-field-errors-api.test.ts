// A black-box finding: the builder keeps a conditional field (急需原因, shown once 是否急需 is ticked) in the root's
// `allOf[].if/then`, outside `properties`, and a submission leaving it empty was refused with "field4：请填写此项". The
// 422's details name the field by its title in the reader's language, for the published form and in the admin's
// test-submit of the preview, as for any required field — never by its key.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Locale } from '#core/domain/locale';
import type { FormDefinition } from '#forms/form-definition';
import { receiptForm } from '../fixtures/receipt-form';
import { adminAppForSuite, signedIn } from '../helpers/admin-app';

const KEY = 'urgent-needs';

function urgentNeeds(): FormDefinition {
  return {
    ...receiptForm(),
    key: KEY,
    version: 1,
    title: { 'zh-CN': '急需物资登记', en: 'Urgent needs' },
    schema: {
      type: 'object',
      required: ['field1'],
      properties: {
        field1: { type: 'string', title: '企业名称' },
        field3: { type: 'boolean', title: '是否急需' },
        workers: {
          type: 'array',
          title: '返岗人员',
          items: {
            type: 'object',
            properties: { fever: { type: 'boolean', title: '是否发热' } },
            dependencies: { fever: { properties: { clinic: { type: 'string', title: '就诊医院' } }, required: ['clinic'] } },
          },
        },
      },
      allOf: [
        {
          if: { properties: { field3: { const: true } }, required: ['field3'] },
          then: { properties: { field4: { type: 'string', title: '急需原因' } }, required: ['field4'] },
        },
      ],
    },
    uiSchema: { 'ui:order': ['field1', 'field3', 'field4', 'workers'] },
    i18n: {
      en: {
        '/field1': 'Enterprise',
        '/field3': 'Urgent',
        '/allOf/0/then/field4': 'Reason',
        '/workers': 'Workers back',
        '/workers/items/fever': 'Fever',
        '/workers/items/clinic': 'Clinic',
      },
    },
  };
}

const DATA = { field1: '闽江建工', field3: true, workers: [{ fever: true }] };
const DETAILS: Record<Locale, { path: string; message: string }[]> = {
  'zh-CN': [
    { path: '/data/field4', message: '请填写「急需原因」' },
    { path: '/data/workers/0/clinic', message: '请填写「就诊医院」' },
  ],
  en: [
    { path: '/data/field4', message: 'Enter “Reason”' },
    { path: '/data/workers/0/clinic', message: 'Enter “Clinic”' },
  ],
};

describe('a conditional required field left empty, at the API', () => {
  const suite = adminAppForSuite();

  it('publishes the form with its conditional fields', async () => {
    expect((await suite.admin.request('PUT', `/api/admin/forms/${KEY}/draft`, urgentNeeds())).status).toBe(200);
    expect((await suite.admin.request('POST', `/api/admin/forms/${KEY}/publish`)).body).toMatchObject({ version: 1 });
  });

  it.each(['zh-CN', 'en'] as const)('refuses the submission naming the field by its %s title', async (locale) => {
    const enterprise = await signedIn(suite.app, 'ent01');
    enterprise.locale = locale;
    const submissionId = randomUUID();
    const refused = await enterprise.request('POST', `/api/forms/${KEY}/submissions`, { submissionId, data: DATA });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('invalid_form');
    expect(refused.body.error.details).toEqual(DETAILS[locale]);
    expect(JSON.stringify(refused.body)).not.toMatch(/field4：|field4:|此项|this field/i);
    expect(await suite.app.db('submissions').where({ id: submissionId }).first()).toBeUndefined();
  });

  it.each(['zh-CN', 'en'] as const)('names it by its %s title in the preview’s test-submit too', async (locale) => {
    suite.admin.locale = locale;
    try {
      const answer = await suite.admin.request('POST', `/api/admin/forms/${KEY}/test-submit`, { data: DATA, definition: urgentNeeds() });
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toEqual(DETAILS[locale].map((detail) => ({ ...detail, path: detail.path.replace(/^\/data/, '') })));
    } finally {
      suite.admin.locale = 'zh-CN';
    }
  });
});
