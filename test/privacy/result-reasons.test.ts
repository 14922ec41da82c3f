// A gate check that sends a worker into quarantine keeps the rule that decided it in the submission's result ("体温
// 不低于 37.3"). Whoever may not read the worker's health (HQ, admins, the cadre; the enterprise reads no gate check) must
// not learn the fever from the result either: the API's reasons, the result's sentence and the quarantine's timeline
// event say that a rule about the temperature held, masked as the temperature itself reads; the site's gate officer
// reads it all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '#core/domain/locale';
import { recordGateCheck } from '#core/gate/record-gate-check';
import { signedIn } from '#scripts/kit/http-session';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { GATE_CHECK, GATE_PARAMS, demoGateOfficer, feverGateCheck } from '../helpers/gate-quarantine';

const MASKED: Record<Locale, { reason: Record<string, unknown>; text: RegExp }> = {
  'zh-CN': {
    reason: { field: 'temperature', value: '（健康信息已隐藏）', then: 'quarantine' },
    text: /^隔离观察中，预计 \d{4}年\d{1,2}月\d{1,2}日 (\d{2}:\d{2}|24:00) 解除$/,
  },
  en: {
    reason: { field: 'temperature', value: '(health data hidden)', then: 'quarantine' },
    text: /^In quarantine until \d{1,2} [A-Z][a-z]{2} \d{4}, (\d{2}:\d{2}|24:00)$/,
  },
};
/** The rule's threshold as a number of its own (not the seconds of a timestamp, "…:37.312Z"), or its operator. */
const RULE_SHOWN = /(?<![\d.])37\.3(?!\d)|">="/;

describe('a quarantine’s reasons and the personal-data policy', () => {
  let app: BareApp;
  let submissionId: string;

  beforeAll(async () => {
    app = await startBareApp();
    const { db } = app;
    const gate = await demoGateOfficer(db);
    const newest = (await db('form_definitions').where({ key: GATE_CHECK.key }).max('version as version').first()) as { version: number };
    const formVersion = Number(newest.version);
    const input = await feverGateCheck(db, gate, { name: '隔离测试工人' }, { params: GATE_PARAMS, formVersion, submitterName: '门岗' });
    submissionId = input.submissionId;
    // What the monitoring workflow's first steps write (workflows/monitoring-workflow.ts), without a Temporal server.
    const at = new Date().toISOString();
    const record = await recordGateCheck(db, {
      checkId: submissionId,
      projectId: gate.project_id,
      officerId: gate.id,
      formVersion,
      data: input.data,
      params: GATE_PARAMS,
      at,
    });
    expect(record.reasons).toEqual([{ field: 'temperature', op: '>=', value: 37.3, then: 'quarantine' }]);
    const { startedAt, endsAt } = record.quarantine!;
    const result = { outcome: 'quarantined', reasons: record.reasons, releasedAt: null, endsAt, checkIns: 0, missed: 0, changes: [] };
    await db('submissions')
      .where({ id: submissionId })
      .update({ status: 'received', result: JSON.stringify({ ...result, startedAt }), updated_at: at });
    await db('submission_events').insert({
      submission_id: submissionId,
      kind: 'quarantine.started',
      detail: JSON.stringify({ startedAt, endsAt, reasons: record.reasons }),
      at,
    });
  });
  afterAll(async () => {
    await app?.stop();
  });

  // The enterprise is not among them: a gate check is its site register's record, outside the enterprise's scope.
  const readers = ['hq', 'admin', 'cadre1'].flatMap((username) => (['zh-CN', 'en'] as const).map((locale) => ({ username, locale })));

  it.each(readers)('keeps the rule’s operator and value from $username ($locale) on the submission page', async ({ username, locale }) => {
    const answer = await (await signedIn(app.baseUrl, username, { locale })).request('GET', `/api/submissions/${submissionId}`);
    expect(answer.status).toBe(200);
    const { submission } = answer.body;
    expect(submission.data.temperature).toBe(MASKED[locale].reason.value);
    expect(submission.result.reasons).toEqual([MASKED[locale].reason]);
    expect(submission.resultText).toMatch(MASKED[locale].text);
    const started = submission.timeline.find((event: { kind: string }) => event.kind === 'quarantine.started');
    expect(started.detail.reasons).toEqual([MASKED[locale].reason]);
    expect(JSON.stringify(answer.body)).not.toMatch(RULE_SHOWN);
  });

  it('answers the enterprise whose site it is 404, like any record outside its scope', async () => {
    const answer = await (await signedIn(app.baseUrl, 'ent01', { locale: 'zh-CN' })).request('GET', `/api/submissions/${submissionId}`);
    expect(answer.status).toBe(404);
    expect(JSON.stringify(answer.body)).not.toMatch(RULE_SHOWN);
  });

  it('keeps them from the submissions list too', async () => {
    const answer = await (
      await signedIn(app.baseUrl, 'hq', { locale: 'zh-CN' })
    ).request('GET', `/api/submissions?formKey=${GATE_CHECK.key}&limit=100`);
    const listed = answer.body.submissions.find((s: { id: string }) => s.id === submissionId);
    expect(listed.result.reasons).toEqual([MASKED['zh-CN'].reason]);
    expect(JSON.stringify(listed)).not.toMatch(RULE_SHOWN);
  });

  it('shows the site’s gate officer the rule in full, in both languages', async () => {
    const zh = (await (await signedIn(app.baseUrl, 'gate1', { locale: 'zh-CN' })).request('GET', `/api/submissions/${submissionId}`)).body
      .submission;
    expect(zh.result.reasons).toEqual([{ field: 'temperature', op: '>=', value: 37.3, then: 'quarantine' }]);
    expect(zh.resultText).toMatch(/^隔离观察中（体温（℃） 不低于 37\.3），预计 .+ 解除$/);
    const started = zh.timeline.find((event: { kind: string }) => event.kind === 'quarantine.started');
    expect(started.detail.reasons[0]).toMatchObject({ op: '>=', value: 37.3 });
    const en = (await (await signedIn(app.baseUrl, 'gate1', { locale: 'en' })).request('GET', `/api/submissions/${submissionId}`)).body
      .submission;
    expect(en.resultText).toMatch(/^In quarantine \(Temperature \(°C\) at least 37\.3\) until /);
  });
});
