// The visit log is a form definition (issue 18): the shipped definition validates and is published at start; an admin
// adds a field through the admin forms API and a cadre's next visit carries it while older visits keep their version;
// a visit is checked with the same definition (field paths, both languages); readers see titles, never keys, and
// personal fields masked unless they need them; a problem still becomes a difficulty report in one click.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDefinition } from '#forms/check-definition';
import { readShippedForms } from '#forms/shipped-forms';
import { FREE_TEXT_MASK } from '#core/privacy/mask';
import { signedInOnce } from '#scripts/kit/http-session';
import { startSystem, type RunningSystem } from '../helpers/running-system';
import { testDatabases } from '../helpers/test-db';

type Field = { key: string; label: string; value: { kind: string; text?: string } };
const labels = (fields: Field[]) => fields.map((field) => field.label);
const valueOf = (fields: Field[], label: string) => fields.find((field) => field.label === label)?.value.text;

describe('the shipped visit-log definition', () => {
  it('passes every definition check, as a record with no workflow', () => {
    const shipped = readShippedForms().find((form) => form.key === 'visit-log')!;
    expect(checkDefinition(shipped)).toEqual([]);
    expect(shipped.process).toMatchObject({ processType: 'record', params: { records: 'visit', problems: { field: 'problems' } } });
  });

  it('is refused when its params name a field the form does not have', () => {
    const shipped = structuredClone(readShippedForms().find((form) => form.key === 'visit-log')!);
    delete (shipped.schema.properties as Record<string, unknown>).peopleMet;
    shipped.schema.required = ['enterpriseId', 'visitedOn'];
    shipped.uiSchema['ui:order'] = ['enterpriseId', 'visitedOn', 'opinionsCount', 'opinions', 'problems'];
    expect(checkDefinition(shipped)).toEqual([
      {
        path: '/process/params/columns/peopleMet',
        message: '"peopleMet" is not a text field of the form; fields: enterpriseId, visitedOn, opinionsCount, opinions, problems',
      },
    ]);
  });
});

describe.each(testDatabases())('visit log as a form definition on $name', (database) => {
  let system: RunningSystem;
  let own: number;
  const as = signedInOnce(() => system.baseUrl);
  const visit = (extra: Record<string, unknown> = {}) => ({
    enterpriseId: own,
    visitedOn: '2026-02-11',
    peopleMet: '项目经理 李四',
    opinionsCount: 1,
    opinions: '希望协调运输车辆',
    problems: [{ kind: 'coordinate', category: 'transportation', description: '材料运输车辆不足' }],
    ...extra,
  });

  beforeAll(async () => {
    system = await startSystem(database);
    own = (await system.db('users').where({ username: 'ent01' }).first()).enterprise_id;
  });
  afterAll(async () => {
    await system?.stop();
  });

  it('is published at start and editable in the admin forms API like any other definition', async () => {
    const versions = (await (await as('admin')).request('GET', '/api/admin/forms/visit-log')).body.versions;
    expect(versions[0]).toMatchObject({ key: 'visit-log', version: 1, status: 'published', process: { processType: 'record' } });
    const form = (await (await as('cadre1')).request('GET', '/api/visits/form')).body.form;
    expect(form).toMatchObject({ key: 'visit-log', version: 1, schema: { properties: { peopleMet: { title: '走访对象' } } } });
    // The enterprise field offers the cadre's own enterprises by name.
    expect(form.schema.properties.enterpriseId.oneOf).toContainEqual({ const: own, title: expect.any(String) });
    const english = (await (await as('cadre1', 'en')).request('GET', '/api/visits/form')).body.form;
    expect(english.schema.properties.peopleMet.title).toBe('People met');
  });

  it('refuses a visit filed as an ordinary submission: a record is kept on its own page', async () => {
    const cadre = await as('cadre1');
    const filed = await cadre.request('POST', '/api/forms/visit-log/submissions', {
      submissionId: crypto.randomUUID(),
      data: visit(),
    });
    expect(filed.status).toBe(409);
    expect(filed.body.error.code).toBe('record_form');
  });

  it('answers a bad visit with 422 and the path of each wrong field, in Chinese and in English', async () => {
    const zh = await (await as('cadre1')).request('POST', '/api/visits', visit({ peopleMet: undefined, opinionsCount: -1 }));
    expect(zh.status).toBe(422);
    expect(zh.body.error.message).toBe('提交的内容有误，请按提示修改');
    expect(zh.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['/opinionsCount', '/peopleMet']);
    expect(JSON.stringify(zh.body.error.details)).toMatch(/走访对象|征求意见/);
    const en = await (
      await as('cadre1', 'en')
    ).request('POST', '/api/visits', visit({ problems: [{ kind: 'coordinate', description: '资金' }] }));
    expect(en.status).toBe(422);
    expect(en.body.error.message).toBe('Some fields need attention');
    expect(en.body.error.details).toEqual([{ path: '/problems/0/description', message: expect.stringMatching(/[A-Za-z]/) }]);
    expect(JSON.stringify(en.body.error.details)).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it("carries a field an admin added to the cadre's next visit, while older visits keep their version", async () => {
    const cadre = await as('cadre1');
    const before = (await cadre.request('POST', '/api/visits', visit())).body.visit;
    expect(before.formVersion).toBe(1);

    const admin = await as('admin');
    const published = (await admin.request('GET', '/api/admin/forms/visit-log')).body.versions[0];
    const draft = structuredClone(published);
    draft.schema.properties.safetyBriefing = {
      type: 'string',
      title: '安全交底情况',
      oneOf: [
        { const: 'done', title: '已交底' },
        { const: 'pending', title: '待交底' },
      ],
    };
    // Placed beside the people met, as the builder places a field dragged there: the schema keeps it last.
    draft.uiSchema['ui:order'].splice(draft.uiSchema['ui:order'].indexOf('peopleMet') + 1, 0, 'safetyBriefing');
    Object.assign(draft.i18n.en, {
      '/safetyBriefing': 'Safety briefing',
      '/safetyBriefing/oneOf/0': 'Briefed',
      '/safetyBriefing/oneOf/1': 'Not yet briefed',
    });
    expect((await admin.request('PUT', '/api/admin/forms/visit-log/draft', draft)).status).toBe(200);
    const publish = await admin.request('POST', '/api/admin/forms/visit-log/publish');
    expect(publish.status, JSON.stringify(publish.body)).toBe(200);
    expect(publish.body.version).toBe(2);

    expect((await cadre.request('GET', '/api/visits/form')).body.form).toMatchObject({
      version: 2,
      schema: { properties: { safetyBriefing: { title: '安全交底情况' } } },
    });
    const wrong = await cadre.request('POST', '/api/visits', visit({ safetyBriefing: 'maybe' }));
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.details.map((d: { path: string }) => d.path)).toEqual(['/safetyBriefing']);

    const after = (await cadre.request('POST', '/api/visits', visit({ safetyBriefing: 'done' }))).body.visit;
    expect(after.formVersion).toBe(2);
    expect(valueOf(after.fields, '安全交底情况')).toBe('已交底');
    // The visit reads in the form's order, not the schema's.
    expect(labels(after.fields)).toEqual(['走访对象', '安全交底情况', '征求意见（条）', '意见内容']);
    const stored = await system.db('visits').where({ id: after.id }).first();
    expect(Number(stored.form_version)).toBe(2);
    expect(JSON.parse(stored.data)).toMatchObject({ safetyBriefing: 'done', peopleMet: '项目经理 李四' });

    const english = (await (await as('cadre1', 'en')).request('GET', `/api/visits/${after.id}`)).body.visit;
    expect(valueOf(english.fields, 'Safety briefing')).toBe('Briefed');
    expect(english.problems[0]).toMatchObject({ kindTitle: 'Taken away to coordinate', categoryTitle: 'Transportation' });

    const old = (await cadre.request('GET', `/api/visits/${before.id}`)).body.visit;
    expect(old.formVersion).toBe(1);
    expect(labels(old.fields)).toEqual(['走访对象', '征求意见（条）', '意见内容']);
    expect(old.problems[0]).toMatchObject({ kindTitle: '带回协调', categoryTitle: '交通运输' });

    // The list shows every visit's fields by their titles, never by their keys.
    const list = (await (await as('hq')).request('GET', '/api/visits')).body.visits as { id: number; fields: Field[] }[];
    const keys = ['peopleMet', 'opinionsCount', 'opinions', 'safetyBriefing', 'enterpriseId', 'visitedOn', 'problems'];
    expect(list.flatMap((v) => labels(v.fields)).filter((label) => keys.includes(label))).toEqual([]);
    expect(labels(list.find((v) => v.id === after.id)!.fields)).toContain('安全交底情况');

    // A problem of the new version is still filed as the enterprise's difficulty report in one click.
    const filed = await cadre.request('POST', `/api/visits/${after.id}/problems/${after.problems[0].id}/difficulty`, {});
    expect(filed.status, JSON.stringify(filed.body)).toBe(201);
    const report = await system.db('submissions').where({ id: filed.body.submissionId }).first();
    expect(report).toMatchObject({ form_key: 'difficulty-report', enterprise_id: own });
    expect(JSON.parse(report.data)).toMatchObject({ category: 'transportation', summary: expect.stringContaining('材料运输车辆不足') });
  });

  it('masks the people met and the problems for a working group member, not for the enterprise, its cadre or HQ', async () => {
    const created = (await (await as('cadre1')).request('POST', '/api/visits', visit({ peopleMet: '安全员 王五' }))).body.visit;
    const read = async (username: string) => (await (await as(username)).request('GET', `/api/visits/${created.id}`)).body.visit;
    const group = await read('class-coordination');
    expect(valueOf(group.fields, '走访对象')).toBe(FREE_TEXT_MASK['zh-CN']);
    expect(group.problems[0].description).toBe(FREE_TEXT_MASK['zh-CN']);
    expect(JSON.stringify(group)).not.toContain('王五');
    const groupList = (await (await as('class-coordination')).request('GET', '/api/visits')).body.visits;
    expect(JSON.stringify(groupList)).not.toContain('王五');
    // The dashboard's visit records too: a working group member reads the period's visits with the people met masked.
    const records = '/api/dashboard/export.csv?from=2026-02-01&to=2026-02-28&group=visits&table=visit-records';
    const groupCsv = await (await as('class-coordination')).request('GET', records);
    expect(groupCsv.status).toBe(200);
    expect(String(groupCsv.body)).toContain(FREE_TEXT_MASK['zh-CN']);
    expect(String(groupCsv.body)).not.toContain('王五');
    const hqCsv = await (await as('hq')).request('GET', records);
    expect(String(hqCsv.body)).toContain('安全员 王五');
    for (const username of ['ent01', 'cadre1', 'hq']) {
      const shown = await read(username);
      expect(valueOf(shown.fields, '走访对象'), username).toBe('安全员 王五');
      expect(shown.problems[0].description, username).toBe('材料运输车辆不足');
    }
  });
});
