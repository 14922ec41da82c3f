import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { receiptForm, RECEIPT_FORM_KEY } from '../fixtures/receipt-form';
import { eventually } from '#scripts/kit/eventually';
import { HttpSession } from '#scripts/kit/http-session';
import { startSystem, type RunningSystem } from '../helpers/running-system';
import { testDatabases } from '../helpers/test-db';
import { SAMPLE_PNG } from '#scripts/kit/sample-files';

const SHIPPED = receiptForm();
const PNG = SAMPLE_PNG;
const valid = { liaisonName: '张三', mobile: '13800138000', email: 'z@example.com' };

describe.each(testDatabases())('forms as data on $name', (database) => {
  let system: RunningSystem;
  let admin: HttpSession;
  let enterprise: HttpSession;
  const submit = (key: string, data: unknown, submissionId = randomUUID()) =>
    enterprise.request('POST', `/api/forms/${key}/submissions`, { submissionId, data });

  beforeAll(async () => {
    system = await startSystem(database);
    admin = new HttpSession(system.baseUrl);
    await admin.login('admin', DEMO_PASSWORD);
    enterprise = new HttpSession(system.baseUrl);
    await enterprise.login('ent01', DEMO_PASSWORD);
  });
  afterAll(async () => {
    await system?.stop();
  });

  it('pins running workflows to their version while a new required field applies to new submissions', async () => {
    const quick = structuredClone(SHIPPED);
    quick.process.params.settleAfter = '4 seconds';
    expect((await admin.request('PUT', `/api/admin/forms/${RECEIPT_FORM_KEY}/draft`, quick)).status).toBe(200);
    expect((await admin.request('POST', `/api/admin/forms/${RECEIPT_FORM_KEY}/publish`)).body).toMatchObject({ version: 2 });
    const old = await submit(RECEIPT_FORM_KEY, { ...valid, note: '旧版本的备注' });
    expect(old.body.submission.formVersion).toBe(2);

    const stricter = structuredClone(SHIPPED);
    stricter.process.params.settleAfter = '1 hour';
    stricter.schema.required = [...(stricter.schema.required ?? []), 'position'];
    delete (stricter.schema.properties as Record<string, unknown>).note;
    stricter.uiSchema['ui:order'] = (stricter.uiSchema['ui:order'] as string[]).filter((name) => name !== 'note');
    delete stricter.uiSchema.note;
    delete stricter.i18n.en!['/note'];
    expect((await admin.request('PUT', `/api/admin/forms/${RECEIPT_FORM_KEY}/draft`, stricter)).status).toBe(200);
    expect((await admin.request('GET', `/api/admin/forms/${RECEIPT_FORM_KEY}`)).body.running).toMatchObject({ 2: 1 });
    const published = await admin.request('POST', `/api/admin/forms/${RECEIPT_FORM_KEY}/publish`);
    expect(published.body).toMatchObject({ version: 3, running: { 2: 1 } });

    const missing = await submit(RECEIPT_FORM_KEY, valid);
    expect(missing.status).toBe(422);
    expect(missing.body.error.details).toEqual([{ path: '/data/position', message: '请填写「职务」' }]);
    const fresh = await submit(RECEIPT_FORM_KEY, { ...valid, position: '安全员' });
    expect(fresh).toMatchObject({ status: 202, body: { submission: { formVersion: 3 } } });

    // The version-2 instance keeps its 4-second hold and settles; the version-3 one holds for an hour.
    // Settled is recorded just before the last email and the workflow's end: wait for the end itself.
    const oldStatus = await eventually(
      async () => (await enterprise.request('GET', `/api/submissions/${old.body.submission.id}`)).body.submission.workflowStatus,
      (status) => status === 'COMPLETED',
      30_000,
      250,
    );
    expect(oldStatus).toBe('COMPLETED');
    const finished = await enterprise.request('GET', `/api/submissions/${old.body.submission.id}`);
    expect(finished.body.submission).toMatchObject({ formVersion: 2, workflowStatus: 'COMPLETED', data: { note: '旧版本的备注' } });
    expect(finished.body.submission.timeline.map((e: { kind: string }) => e.kind)).toEqual([
      'status.submitted',
      'status.received',
      'email',
      'status.settled',
      'email',
    ]);
    expect((await enterprise.request('GET', `/api/submissions/${fresh.body.submission.id}`)).body.submission).toMatchObject({
      workflowStatus: 'RUNNING',
    });

    const csv = await admin.request('GET', `/api/admin/forms/${RECEIPT_FORM_KEY}/export.csv`);
    const [header, ...lines] = (csv.body as string)
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    // Columns titled as the form titles its fields, never by stored names.
    expect(header).toBe('案件编号,表单版本,企业,提交人,用户名,状态,提交时间（北京时间）,联络员姓名,职务,手机号码,电子邮箱,备注,系统编号');
    expect(lines.find((line) => line.endsWith(old.body.submission.id))).toContain(',旧版本的备注,');
    expect(lines.find((line) => line.endsWith(fresh.body.submission.id))).toContain(',安全员,');
  });

  it.each([
    ['a schema that does not compile', (d: any) => (d.schema.properties.mobile.type = 'strin'), '/schema/properties/mobile/type'],
    ['params that do not fit the process type', (d: any) => (d.process.params.settleAfter = 'whenever'), '/process/params/settleAfter'],
    ['a uiSchema naming a missing field', (d: any) => (d.uiSchema.fax = {}), '/uiSchema/fax'],
    [
      'a ladder rung whose SLA the runtime cannot read',
      (d: any) =>
        (d.process = {
          processType: 'ladder',
          params: {
            stages: [
              {
                name: 'cadre',
                title: { 'zh-CN': '包挂干部', en: 'Cadre' },
                actor: 'cadre-of-enterprise',
                sla: '20 fortnights',
                actions: ['resolve'],
                onBreach: 'expire',
              },
            ],
          },
        }),
      '/process/params/stages/0/sla',
    ],
  ])('cannot save or publish %s', async (_what, change, path) => {
    const broken = { ...structuredClone(SHIPPED), key: 'broken-form' } as any;
    change(broken);
    const saved = await admin.request('PUT', '/api/admin/forms/broken-form/draft', broken);
    expect(saved.status).toBe(422);
    expect(saved.body.error.details.map((d: { path: string }) => d.path)).toContain(path);
    expect((await admin.request('POST', '/api/admin/forms/broken-form/publish')).status).toBe(404);
    expect((await admin.request('POST', '/api/admin/forms/check', broken)).body.problems.map((d: { path: string }) => d.path)).toContain(
      path,
    );
  });

  it('refuses to publish a draft that became invalid after it was saved', async () => {
    expect((await admin.request('PUT', '/api/admin/forms/soon-broken/draft', { ...SHIPPED, key: 'soon-broken' })).status).toBe(200);
    const row = await system.db('form_definitions').where({ key: 'soon-broken', status: 'draft' }).first();
    await system
      .db('form_definitions')
      .where({ id: row.id })
      .update({ process: JSON.stringify({ processType: 'receipt', params: {} }) });
    expect((await admin.request('POST', '/api/admin/forms/soon-broken/publish')).status).toBe(422);
    expect((await system.db('form_definitions').where({ id: row.id }).first()).status).toBe('draft');
  });

  it('creates a new form as a draft from a starter definition, once per key', async () => {
    const body = { key: 'material-shortage', title: { 'zh-CN': '物资短缺报告', en: 'Material shortage report' }, processType: 'ladder' };
    const created = await admin.request('POST', '/api/admin/forms', body);
    expect(created).toMatchObject({
      status: 201,
      body: { draft: { key: 'material-shortage', version: 1, status: 'draft', process: { processType: 'ladder' } } },
    });
    expect((await admin.request('POST', '/api/admin/forms', body)).body.error).toMatchObject({
      code: 'form_exists',
      details: [{ path: '/key' }],
    });
    const list = await admin.request('GET', '/api/admin/forms');
    expect(list.body.forms.find((f: { key: string }) => f.key === 'material-shortage')).toMatchObject({
      status: 'draft-only',
      hasDraft: true,
      latestVersion: null,
      running: 0,
    });
    expect(list.body.processTypes.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['receipt', 'ladder']));
    expect((await admin.request('POST', '/api/admin/forms/material-shortage/publish')).body).toMatchObject({ version: 1 });
  });

  it('test-submits sample data against the stored draft, or against an edited definition before it is saved', async () => {
    const edited = structuredClone(SHIPPED) as any;
    edited.schema.required = [...edited.schema.required, 'position'];
    const stored = await admin.request('POST', `/api/admin/forms/${RECEIPT_FORM_KEY}/test-submit`, {
      data: { ...valid, position: '安全员' },
    });
    expect(stored.body).toMatchObject({ status: 'published', errors: [] });
    const unsaved = await admin.request('POST', `/api/admin/forms/${RECEIPT_FORM_KEY}/test-submit`, { data: valid, definition: edited });
    expect(unsaved.body).toMatchObject({ status: 'unsaved', errors: [{ path: '/position' }] });
    // The preview asks in the language it shows the form in, whatever the admin's own.
    const english = await admin.request('POST', `/api/admin/forms/${RECEIPT_FORM_KEY}/test-submit?lang=en`, {
      data: valid,
      definition: edited,
    });
    expect(english.body.errors).toEqual([{ path: '/position', message: expect.stringContaining('Position') }]);
    edited.process.params = {};
    expect(
      (await admin.request('POST', `/api/admin/forms/${RECEIPT_FORM_KEY}/test-submit`, { data: valid, definition: edited })).status,
    ).toBe(422);
  });

  it('retires a form: no new submissions', async () => {
    const form = { ...structuredClone(SHIPPED), key: 'retire-me' };
    await admin.request('PUT', '/api/admin/forms/retire-me/draft', form);
    await admin.request('POST', '/api/admin/forms/retire-me/publish');
    expect((await submit('retire-me', valid)).status).toBe(202);
    expect((await admin.request('POST', '/api/admin/forms/retire-me/retire')).status).toBe(204);
    expect((await submit('retire-me', valid)).status).toBe(404);
    expect((await enterprise.request('GET', '/api/forms')).body.forms.map((f: { key: string }) => f.key)).not.toContain('retire-me');
  });

  it('saves a draft and resumes it with the same submission id; submitting clears it', async () => {
    const submissionId = randomUUID();
    expect((await enterprise.request('GET', `/api/forms/${RECEIPT_FORM_KEY}/my-draft`)).body.draft).toBeNull();
    await enterprise.request('PUT', `/api/forms/${RECEIPT_FORM_KEY}/my-draft`, { submissionId, data: { liaisonName: '写了一半' } });
    const other = new HttpSession(system.baseUrl);
    await other.login('ent01', DEMO_PASSWORD);
    expect((await other.request('GET', `/api/forms/${RECEIPT_FORM_KEY}/my-draft`)).body.draft).toMatchObject({
      submissionId,
      data: { liaisonName: '写了一半' },
    });
    expect((await submit(RECEIPT_FORM_KEY, { ...valid, position: '安全员' }, submissionId)).status).toBe(202);
    expect((await other.request('GET', `/api/forms/${RECEIPT_FORM_KEY}/my-draft`)).body.draft).toBeNull();
  });

  it('takes files as uploads only: type sniffed, size limited, referenced by id, never as data URLs', async () => {
    const withFile = structuredClone(SHIPPED) as any;
    withFile.key = 'evidence-form';
    withFile.schema.properties.evidence = { type: 'string', title: '证明材料', format: 'upload-ref' };
    withFile.schema.required = [...withFile.schema.required, 'evidence'];
    await admin.request('PUT', '/api/admin/forms/evidence-form/draft', withFile);
    await admin.request('POST', '/api/admin/forms/evidence-form/publish');

    expect(
      (await enterprise.request('POST', '/api/uploads', new TextEncoder().encode('#!/bin/sh\necho hi'), { contentType: 'image/png' }))
        .status,
    ).toBe(415);
    expect(
      (await enterprise.request('POST', '/api/uploads', new Uint8Array(6 * 1024 * 1024).fill(0x89), { contentType: 'image/png' })).status,
    ).toBe(413);
    const uploaded = await enterprise.request('POST', '/api/uploads', PNG, {
      contentType: 'image/png',
      headers: { 'x-file-name': encodeURIComponent('现场照片.png') },
    });
    expect(uploaded).toMatchObject({ status: 201, body: { upload: { fileName: '现场照片.png', size: PNG.length } } });
    const ref = uploaded.body.upload.ref;

    expect(
      (await submit('evidence-form', { ...valid, evidence: 'data:image/png;base64,iVBORw0KGgo=' })).body.error.details.map(
        (d: { path: string }) => d.path,
      ),
    ).toContain('/data/evidence');
    const stranger = new HttpSession(system.baseUrl);
    await stranger.login('ent06', DEMO_PASSWORD);
    const stolen = await stranger.request('POST', '/api/forms/evidence-form/submissions', {
      submissionId: randomUUID(),
      data: { ...valid, evidence: ref },
    });
    // Said at the field, without the file's id (the usual cause is a file cleared after a draft sat unused).
    expect(stolen).toMatchObject({ status: 422, body: { error: { details: [{ path: '/data/evidence' }] } } });
    expect(stolen.body.error.details[0].message).toBe('这个文件已失效（上传后长期未使用已被清理，或不是本账号上传的），请重新上传');
    expect(JSON.stringify(stolen.body)).not.toContain(uploaded.body.upload.id);
    expect((await stranger.request('GET', `/api/uploads/${uploaded.body.upload.id}`)).status).toBe(404);
    expect((await submit('evidence-form', { ...valid, evidence: ref })).status).toBe(202);
    const own = await enterprise.request('GET', `/api/uploads/${uploaded.body.upload.id}`);
    expect(own.status).toBe(200);
    expect(own.headers.get('x-content-type-options')).toBe('nosniff');
    // Someone's attachment stays out of the browser's cache, for the next person at a shared computer.
    expect(own.headers.get('cache-control')).toBe('private, no-store');
  });

  it('answers an oversized body with 413 and a message', async () => {
    const answer = await submit(RECEIPT_FORM_KEY, { ...valid, note: 'x'.repeat(300_000) });
    expect(answer).toMatchObject({ status: 413, body: { error: { code: 'too_large', message: '请求体过大' } } });
  });

  it('answers a body nested thousands of levels deep with 400 and a message, not a 500 from a stack overflow', async () => {
    // Written as text: JSON.stringify of such a value would overflow this test's own stack first.
    const deep = `{"submissionId":"${randomUUID()}","data":${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}}`;
    const draft = await enterprise.request('PUT', `/api/forms/${RECEIPT_FORM_KEY}/my-draft`, deep, {
      contentType: 'application/json',
    });
    expect(draft).toMatchObject({ status: 400, body: { error: { code: 'too_deep', message: '请求内容嵌套层级过深（最多 32 层）' } } });
    // An ordinary nested answer (a repeating group of records) still goes through.
    const ordinary = await enterprise.request('PUT', `/api/forms/${RECEIPT_FORM_KEY}/my-draft`, {
      submissionId: randomUUID(),
      data: { liaisonName: '写了一半', items: [{ a: { b: [{ c: 1 }] } }] },
    });
    expect(ordinary.status).toBeLessThan(300);
  });
});
