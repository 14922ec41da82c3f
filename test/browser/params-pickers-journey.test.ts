// In a real browser (zh-CN): the admin's parameter editor picks by name what the params store as ids and keys. With no
// group robot registered, a rung's robots say where to register one; once one is, the admin ticks it, ticks the HQ
// duty officer for the ladder's overdue alert (the list narrowed to the alert's role), sees a user id that exists
// nowhere kept and marked until removing it, and ticks two enterprises by name for a collection's listed target. The
// saved params, read back through the API, hold the user's id, the robot's key and the enterprises' ids. The editor is
// checked in zh-CN and en (no raw keys, axe-core) and shot in both languages.
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { auditPage, journeyChromium, switchLanguage, useBrowserJourney, SCREENSHOTS } from '../helpers/browser';
import { startJourneySystem } from '../helpers/running-system';
import { languageFindings } from '../helpers/language-findings';

const executable = journeyChromium();
const STEP = { timeout: 30_000 };

async function newForm(admin: Page, base: string, key: string, starter: string): Promise<void> {
  await admin.goto(`${base}/#/admin/forms`);
  await admin.getByRole('button', { name: '新建表单' }).click();
  await admin.getByLabel('表单标识').fill(key);
  await admin.getByLabel('中文标题').fill(`参数选择 ${key}`);
  await admin.getByLabel('英文标题').fill(`Pickers ${key}`);
  await admin.getByLabel('从哪种流程开始').selectOption(starter);
  await admin.getByRole('button', { name: '新建表单' }).last().click();
  await admin.getByRole('tab', { name: '表单编辑' }).waitFor(STEP);
}

/** What the language scan finds in each language besides the admin's own words (the form's key and titles); ends in zh-CN. */
function pickerFindings(page: Page, key: string): Promise<string[]> {
  return languageFindings(page, [key, `参数选择 ${key}`, `Pickers ${key}`, '市场监管科管理员', 'admin']);
}

async function apiJson(admin: Page, url: string): Promise<any> {
  const answer = await admin.request.get(url);
  expect(answer.status()).toBe(200);
  return answer.json();
}

async function savedDraftParams(admin: Page, base: string, key: string): Promise<Record<string, any>> {
  await admin.getByRole('button', { name: '保存草稿' }).click();
  await admin.getByText(/草稿已保存/).waitFor(STEP);
  const { versions } = await apiJson(admin, `${base}/api/admin/forms/${key}`);
  return versions.find((version: { status: string }) => version.status === 'draft').process.params;
}

describe.skipIf(!executable)('parameter pickers in a real browser (chromium)', () => {
  const journey = useBrowserJourney(executable, startJourneySystem);

  it('an admin picks the alert’s people, a rung’s robot and a list’s enterprises by name; the params keep ids and keys', async () => {
    const base = journey.system.baseUrl;
    const suffix = randomUUID().slice(0, 6);
    const ladderKey = `overdue-pickers-${suffix}`;
    const collectionKey = `listed-pickers-${suffix}`;
    const robotKey = `hq-group-${suffix}`;
    const admin = await journey.open('admin');
    const problems: string[] = [];

    await newForm(admin, base, ladderKey, 'ladder');
    const rungRobots = admin.locator('#params_stages_0_robots');
    const register = rungRobots.getByRole('link', { name: '前往“群机器人”页面登记' });
    await register.waitFor(STEP);
    expect(await register.getAttribute('href')).toBe('#/admin/robots');
    await rungRobots.screenshot({ path: `${SCREENSHOTS}params-pickers-no-robots-zh-cn.png` });

    const { csrfToken } = await apiJson(admin, `${base}/api/session`);
    const registered = await admin.request.post(`${base}/api/admin/robots`, {
      data: { key: robotKey, name: '指挥部工作群', channel: 'wecom-robot', audience: 'hq', webhook: randomUUID() },
      headers: { 'x-csrf-token': csrfToken, origin: base },
    });
    expect(registered.status()).toBe(201);
    await admin.reload();
    await rungRobots.getByRole('checkbox', { name: '指挥部工作群 · 企业微信' }).check(STEP);

    // The alert's role narrows the people listed to the HQ; the duty officer is ticked by name. The overdue alert and
    // its recipients are optional parts of the params, added first.
    await admin.locator('#params_overdue').getByRole('button', { name: '添加最后一级超时提醒' }).click();
    await admin.locator('#params_overdue_alert').getByRole('button', { name: '添加提醒对象' }).click();
    await admin.locator('#params_overdue_alert_role').selectOption({ label: '防控指挥部' });
    const people = admin.locator('#params_overdue_alert_userIds');
    await expect(people.getByRole('checkbox', { name: '只列出角色为“防控指挥部”的人员' }).isChecked()).resolves.toBe(true);
    expect(await people.getByRole('checkbox', { name: /包挂干部/ }).count()).toBe(0);
    await people.getByRole('checkbox', { name: '指挥部值班员 · 防控指挥部' }).check();

    // An id that names no one (typed in the JSON) stays on the form, marked, until the admin removes it.
    await admin.getByRole('tab', { name: 'JSON' }).click();
    const json = admin.locator('#params-panel-json textarea');
    const text = JSON.parse(await json.inputValue());
    text.overdue.alert.userIds.push(987654);
    await json.fill(JSON.stringify(text, null, 2));
    await admin.getByRole('tab', { name: '表单编辑' }).click();
    const unknown = people.getByRole('button', { name: '移除“987654（未知，请移除）”' });
    await unknown.waitFor(STEP);
    problems.push(...(await auditPage(admin, 'params pickers (ladder)')), ...(await pickerFindings(admin, ladderKey)));
    await people.screenshot({ path: `${SCREENSHOTS}params-pickers-people-zh-cn.png` });
    await unknown.click();
    await unknown.waitFor({ state: 'detached', ...STEP });
    await rungRobots.screenshot({ path: `${SCREENSHOTS}params-pickers-robots-zh-cn.png` });
    await switchLanguage(admin, 'en');
    await people.getByRole('checkbox', { name: 'List only people whose role is “Prevention and control HQ”' }).waitFor(STEP);
    await people.screenshot({ path: `${SCREENSHOTS}params-pickers-people-en.png` });
    await switchLanguage(admin, 'zh-CN');

    const hq = (await apiJson(admin, `${base}/api/users?role=hq`)).users.find((user: { username: string }) => user.username === 'hq');
    const ladder = await savedDraftParams(admin, base, ladderKey);
    expect(ladder.overdue).toEqual({ alert: { role: 'hq', userIds: [hq.id] } });
    expect(ladder.stages[0].robots).toEqual([robotKey]);
    // The names resolve at publish: the person is active, the robot registered and switched on.
    await admin.getByRole('button', { name: '发布', exact: true }).click();
    await admin.getByRole('dialog').getByRole('button', { name: '发布', exact: true }).click();
    await admin.getByText('已发布第 1 版。').waitFor(STEP);

    await newForm(admin, base, collectionKey, 'collection-once');
    await admin.locator('#params_target_kind').selectOption({ label: '指定企业' });
    const listed = admin.locator('#params_target_enterpriseIds');
    const filter = listed.getByRole('searchbox', { name: '筛选指定企业' });
    await filter.fill('鲁中建工');
    await listed.getByRole('checkbox', { name: /^鲁中建工集团有限公司/ }).check();
    await filter.fill('明湖');
    expect(await listed.getByRole('checkbox').count()).toBe(1);
    await listed.getByRole('checkbox', { name: /^明湖工程监理咨询有限公司/ }).check();
    await filter.fill('');
    problems.push(...(await auditPage(admin, 'params pickers (collection)')), ...(await pickerFindings(admin, collectionKey)));
    await admin.locator('#params_target').screenshot({ path: `${SCREENSHOTS}params-pickers-enterprises-zh-cn.png` });
    await switchLanguage(admin, 'en');
    await listed.getByRole('searchbox', { name: 'Filter Listed enterprises' }).waitFor(STEP);
    await admin.locator('#params_target').screenshot({ path: `${SCREENSHOTS}params-pickers-enterprises-en.png` });
    await switchLanguage(admin, 'zh-CN');

    const idOf = async (name: string) =>
      (await apiJson(admin, `${base}/api/enterprises?q=${encodeURIComponent(name)}`)).enterprises[0].id as number;
    const collection = await savedDraftParams(admin, base, collectionKey);
    expect(collection.target).toEqual({
      kind: 'list',
      enterpriseIds: [await idOf('鲁中建工集团有限公司'), await idOf('明湖工程监理咨询有限公司')],
    });
    await admin.close();
    expect(problems).toEqual([]);
  }, 300_000);
});
