// Issue 20: a case whose process cannot go on shows up to administrators instead of retrying in silence. Against the
// dev server and a worker: forms published before today's definition checks (written straight into the database, as
// an old deployment holds them) fail for good on an unreadable time limit or a missing template; a database that
// refuses one case's write keeps a step retrying; a ladder without rungs keeps its workflow task failing. Each shows in
// GET /api/admin/stuck-cases under its case number and form title, with a sentence that says what to do; the admin
// page lists them in Chinese without English words, raw keys or ids.
import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import type { LocalizedText } from '#core/domain/locale';
import type { FormDefinition } from '#forms/form-definition';
import { toRow } from '#core/stores/forms/form-store';
import { processWorkflowId } from '#core/domain/process-start';
import { createStuckCases, SCAN_FRESH_MS } from '#web/server/stuck/stuck-cases';
import type { StuckCase } from '#web/server/stuck/stuck-types';
import { journeyChromium, seriousAxeViolations, signIn, switchLanguage } from '../helpers/browser';
import { launchBrowser } from '#scripts/kit/chromium';
import { screenshot } from '../helpers/screenshots';
import { eventually } from '#scripts/kit/eventually';
import { HttpSession } from '#scripts/kit/http-session';
import { knownValues, languageProblems, seenTexts } from '../helpers/language-scan';
import { startSystem, type RunningSystem } from '../helpers/running-system';
import { testDatabases } from '../helpers/test-db';
import { RECEIPT_FORM_KEY, receiptForm } from '../fixtures/receipt-form';

const valid = { liaisonName: '张三', position: '安全员', mobile: '13800138000', email: 'zhangsan@example.com' };
const LIST = '/api/admin/stuck-cases?fresh=true&limit=100';
const executable = journeyChromium();

/** A receipt-type form under its own key and title, with `process` as an older deployment published it. */
function oldForm(key: string, title: LocalizedText, process: FormDefinition['process']): FormDefinition {
  return { ...receiptForm(), key, title, process };
}

/** Makes the database refuse every status change of one submission, as a full disk would, on SQLite or PostgreSQL. */
async function refuseStatusChange(db: Knex, submissionId: string): Promise<void> {
  const message = 'disk I/O error while recording the case';
  if (db.client.config.client === 'pg') {
    await db.raw(
      `create function stuck_refuses() returns trigger language plpgsql as $$
       begin if new.id = '${submissionId}' then raise exception '${message}'; end if; return new; end $$`,
    );
    await db.raw('create trigger stuck_refuses before update of status on submissions for each row execute function stuck_refuses()');
  } else
    await db.raw(
      `create trigger stuck_refuses before update of status on submissions when new.id = '${submissionId}'
       begin select raise(abort, '${message}'); end`,
    );
}

describe.each(testDatabases())('the stuck-case list on $name (dev server, worker)', (database) => {
  let system: RunningSystem;
  let admin: HttpSession;
  let enterprise: HttpSession;
  const submitted: Record<'badSla' | 'noTemplate' | 'retrying' | 'noRungs', { id: string; caseNumber: string }> = {} as never;

  async function publishAsOld(definition: FormDefinition) {
    await system.db('form_definitions').insert({
      ...toRow(definition),
      status: 'published',
      source: 'admin',
      author: 'admin',
      created_at: new Date().toISOString(),
    });
  }

  async function submit(formKey: string): Promise<{ id: string; caseNumber: string }> {
    const id = randomUUID();
    const answer = await enterprise.request('POST', `/api/forms/${formKey}/submissions`, { submissionId: id, data: valid });
    expect(answer.status, JSON.stringify(answer.body)).toBe(202);
    return { id, caseNumber: answer.body.submission.caseNumber as string };
  }

  async function stuckList(): Promise<StuckCase[]> {
    const answer = await admin.request('GET', LIST);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    return answer.body.items as StuckCase[];
  }

  const itemOf = (items: StuckCase[], id: string) => items.find((item) => item.case?.submissionId === id);

  beforeAll(async () => {
    system = await startSystem(database);
    admin = new HttpSession(system.baseUrl);
    await admin.login('admin', DEMO_PASSWORD);
    enterprise = new HttpSession(system.baseUrl);
    await enterprise.login('ent01', DEMO_PASSWORD);
    const receipt = receiptForm().process.params as Record<string, unknown>;
    await publishAsOld(
      oldForm(
        'stuck-bad-hold',
        { 'zh-CN': '时限写错的回执', en: 'Receipt with a bad hold' },
        {
          processType: 'receipt',
          params: { ...receipt, settleAfter: 'twenty secs' },
        },
      ),
    );
    await publishAsOld(
      oldForm(
        'stuck-no-template',
        { 'zh-CN': '模板缺失的回执', en: 'Receipt with no template' },
        {
          processType: 'receipt',
          params: { ...receipt, receiptTemplate: 'no-such-receipt' },
        },
      ),
    );
    await publishAsOld(
      oldForm(
        'stuck-no-rungs',
        { 'zh-CN': '没有层级的阶梯', en: 'Ladder with no rungs' },
        { processType: 'ladder', params: { stages: null } },
      ),
    );
    submitted.badSla = await submit('stuck-bad-hold');
    submitted.noTemplate = await submit('stuck-no-template');
    submitted.noRungs = await submit('stuck-no-rungs');
    // The database refuses this one case's first status change, as a full disk or a broken migration would: the step
    // that records it fails retryably, again and again.
    const retrying = randomUUID();
    await refuseStatusChange(system.db, retrying);
    const answer = await enterprise.request('POST', `/api/forms/${RECEIPT_FORM_KEY}/submissions`, { submissionId: retrying, data: valid });
    expect(answer.status, JSON.stringify(answer.body)).toBe(202);
    submitted.retrying = { id: retrying, caseNumber: answer.body.submission.caseNumber as string };
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('lists a run that failed on an unreadable time limit under its case, saying to correct the form definition', async () => {
    const items = await eventually(stuckList, (list) => Boolean(itemOf(list, submitted.badSla.id)));
    expect(itemOf(items, submitted.badSla.id)).toMatchObject({
      kind: 'failed',
      case: { caseNumber: submitted.badSla.caseNumber, formTitle: { 'zh-CN': '时限写错的回执' } },
      reason: {
        'zh-CN': '流程参数中的时限“twenty secs”无法识别：请在表单定义中改正后重新发布',
        en: expect.stringContaining('“twenty secs”'),
      },
      failureType: 'ConfigurationFault',
      since: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });
  });

  it('lists a run that failed on a missing template, naming the template', async () => {
    const items = await eventually(stuckList, (list) => Boolean(itemOf(list, submitted.noTemplate.id)));
    expect(itemOf(items, submitted.noTemplate.id)).toMatchObject({
      kind: 'failed',
      case: { caseNumber: submitted.noTemplate.caseNumber, formTitle: { 'zh-CN': '模板缺失的回执' } },
      reason: { 'zh-CN': expect.stringContaining('消息模板“no-such-receipt”不存在') },
      failureType: 'TemplateMissing',
    });
  });

  it('lists a step that keeps failing with its attempt count, the failure and the next attempt', async () => {
    const items = await eventually(stuckList, (list) => (itemOf(list, submitted.retrying.id)?.attempt ?? 0) >= 3);
    const item = itemOf(items, submitted.retrying.id);
    expect(item).toMatchObject({
      kind: 'activity-retrying',
      case: { caseNumber: submitted.retrying.caseNumber },
      step: { 'zh-CN': '记录案件状态' },
      technical: expect.stringContaining('disk I/O error while recording the case'),
      reason: { 'zh-CN': expect.stringMatching(/^“记录案件状态”已尝试 \d+ 次仍未成功/) },
    });
    expect(item!.attempt).toBeGreaterThanOrEqual(3);
    expect(Date.parse(item!.nextAttemptAt!)).toBeGreaterThan(Date.parse(item!.since!));
  });

  it('keeps failure messages sealed in Temporal: what the server stores reads "Encoded failure"', async () => {
    const namespace = system.client.options.namespace;
    const service = system.client.workflowService;
    const retrying = await eventually(
      () => service.describeWorkflowExecution({ namespace, execution: { workflowId: processWorkflowId(submitted.retrying.id) } }),
      (described) => Boolean(described.pendingActivities?.some((activity) => activity.lastFailure)),
    );
    const lastFailure = retrying.pendingActivities!.find((activity) => activity.lastFailure)!.lastFailure!;
    const failed = await service.getWorkflowExecutionHistoryReverse({
      namespace,
      execution: { workflowId: processWorkflowId(submitted.badSla.id) },
      maximumPageSize: 1,
    });
    const closing = failed.history!.events![0]!.workflowExecutionFailedEventAttributes!.failure!;
    for (const failure of [lastFailure, closing]) {
      const raw = JSON.stringify(failure);
      expect(failure.message).toBe('Encoded failure');
      expect(failure.encodedAttributes?.metadata?.encoding).toBeDefined();
      expect(Buffer.from(failure.encodedAttributes!.metadata!.encoding!).toString()).not.toBe('json/plain');
      for (const words of ['disk I/O error', 'twenty secs', 'stuck-scan', 'activities/']) expect(raw).not.toContain(words);
    }
  });

  it('lists a run whose workflow task keeps failing', async () => {
    const items = await eventually(stuckList, (list) => itemOf(list, submitted.noRungs.id)?.kind === 'workflow-task-failing');
    const item = itemOf(items, submitted.noRungs.id);
    expect(item).toMatchObject({
      kind: 'workflow-task-failing',
      case: { caseNumber: submitted.noRungs.caseNumber, formTitle: { 'zh-CN': '没有层级的阶梯' } },
      reason: { 'zh-CN': expect.stringContaining('流程推进已连续失败') },
      technical: expect.stringMatching(/null|undefined/),
    });
    expect(item!.attempt).toBeGreaterThan(1);
  });

  it('never names a workflow id, and leaves out cases that run well', async () => {
    const healthy = await submit(RECEIPT_FORM_KEY);
    const answer = await admin.request('GET', LIST);
    expect(answer.body.page).toEqual({ limit: 100, offset: 0, total: answer.body.items.length });
    expect(itemOf(answer.body.items as StuckCase[], healthy.id)).toBeUndefined();
    expect(JSON.stringify(answer.body)).not.toContain('submission-');
  });

  it('pages the list', async () => {
    const all = await admin.request('GET', '/api/admin/stuck-cases?limit=100');
    const second = await admin.request('GET', '/api/admin/stuck-cases?limit=1&offset=1');
    expect(second.body.page).toEqual({ limit: 1, offset: 1, total: all.body.page.total });
    expect(second.body.items).toEqual(all.body.items.slice(1, 2));
  });

  it('refuses anyone but an administrator, and unknown query parameters', async () => {
    for (const username of ['hq', 'cadre1', 'ent01']) {
      const session = new HttpSession(system.baseUrl);
      await session.login(username, DEMO_PASSWORD);
      const answer = await session.request('GET', '/api/admin/stuck-cases');
      expect(answer.status).toBe(403);
      expect(answer.body.error.code).toBe('forbidden');
    }
    const unknown = await admin.request('GET', '/api/admin/stuck-cases?workflowId=x');
    expect(unknown).toMatchObject({ status: 422, body: { error: { code: 'invalid_body', details: [{ path: '?workflowId' }] } } });
  });

  it('answers from its last scan for a few seconds, scans again when asked or when it is older', async () => {
    let lists = 0;
    const service = system.client.workflowService;
    const counting = new Proxy(service, {
      get(target, name) {
        if (name === 'listWorkflowExecutions') lists++;
        const value: unknown = Reflect.get(target, name);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    let clock = Date.parse('2026-12-04T10:00:00Z');
    const stuck = createStuckCases({
      db: system.db,
      temporal: { workflowService: counting, options: system.client.options } as unknown as Client,
      namespace: system.config.temporal.namespace,
      taskQueue: system.config.temporal.taskQueue,
      now: () => new Date(clock),
    });
    const first = await stuck.list(7, false);
    expect(lists).toBe(2); // the running runs and the failed ones
    expect(itemOf(first.items, submitted.badSla.id)).toBeDefined();
    expect(await stuck.list(7, false)).toEqual(first);
    expect(lists).toBe(2);
    await stuck.list(7, true);
    expect(lists).toBe(4);
    clock += SCAN_FRESH_MS + 1;
    await stuck.list(7, false);
    expect(lists).toBe(6);
  });

  it('says the engine cannot be reached when it does not answer, and tries again next time', async () => {
    let lists = 0;
    const down = {
      workflowService: {
        listWorkflowExecutions: () => {
          lists++;
          return Promise.reject(new Error('14 UNAVAILABLE: connection refused'));
        },
      },
    } as unknown as Client;
    const stuck = createStuckCases({ db: system.db, temporal: down, namespace: 'default', taskQueue: 'q', now: () => new Date() });
    await expect(stuck.list(7, false)).rejects.toMatchObject({
      statusCode: 503,
      code: 'temporal_unreachable',
      text: { 'zh-CN': '工作流引擎无法连接，暂时无法列出卡住的案件' },
    });
    await expect(stuck.list(7, false)).rejects.toMatchObject({ statusCode: 503 });
    expect(lists).toBe(4);
  });

  describe.skipIf(!executable || database.name !== 'sqlite')('the admin page 卡住的案件', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchBrowser(executable!);
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('lists the stuck cases in Chinese by case number and form, with the reason and a link to each case', async () => {
      const page = await browser.newPage();
      await signIn(page, system.baseUrl, 'admin');
      await page.getByRole('link', { name: '卡住的案件' }).click();
      await page.getByRole('heading', { name: '卡住的案件', level: 1 }).waitFor();
      const row = page.getByRole('row').filter({ hasText: submitted.badSla.caseNumber });
      await row.waitFor();
      expect(await row.innerText()).toContain('流程参数中的时限“twenty secs”无法识别：请在表单定义中改正后重新发布');
      expect(await row.getByRole('link', { name: submitted.badSla.caseNumber }).getAttribute('href')).toBe(
        `#/submissions/${submitted.badSla.id}`,
      );
      const problems = languageProblems(await seenTexts(page), 'zh-CN', {
        userData: [...Object.values(submitted).map((s) => s.caseNumber), 'twenty secs', 'no-such-receipt'],
        values: knownValues(),
      });
      expect(problems).toEqual([]);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await screenshot(page, { journey: 'admin', page: 'stuck cases' });
      await switchLanguage(page, 'en');
      await row.getByText('The time limit “twenty secs” in the process parameters cannot be read').waitFor();
      // The signed-in administrator's own name in the header is data, as written.
      const { display_name: name } = await system.db('users').where({ username: 'admin' }).first('display_name');
      const english = languageProblems(await seenTexts(page), 'en', { userData: [name as string], values: knownValues() });
      expect(english).toEqual([]);
      await page.close();
    });
  });
});
