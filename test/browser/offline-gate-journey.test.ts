// A gate officer without signal (issue 23), on a phone (390×844) in chromium against the built app: after one online
// visit the gate page keeps working offline, five checks are decided on the phone (one fever → quarantine) and queued,
// a reload offline still shows them as 5 待同步, and back online each reaches the register exactly once, the fever's
// quarantine starts its monitoring workflow, the fever alert goes out (a text to the worker, a markdown alert to HQ's
// robot), and syncing again sends nothing twice. The answers the phone keeps for the page name no one in clear. An
// admin checking the worker's text in the outbox reads what it said with the name and the mobile masked.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createSecretBox } from '#core/codec/secret-box';
import { parsePayloadKeys } from '#core/codec/payload-keys';
import { maskMobile, maskName } from '#core/privacy/mask';
import { insertRobot } from '#core/stores/notify/robot-store';
import { auditPage, journeyChromium, signIn, switchLanguage, useBrowserJourney } from '../helpers/browser';
import { eventually } from '#scripts/kit/eventually';
import { storedFieldData } from '../helpers/field-vault';
import { drawSignature } from '../helpers/signature-pad';
import { OFFLINE_PHONE } from '../helpers/offline-phone';
import { startSystem } from '../helpers/running-system';
import { TEST_PAYLOAD_KEYS } from '../helpers/test-codec';
import { testDatabases } from '../helpers/test-db';
import { freshResidentId } from '#scripts/kit/fresh-resident-id';
import { languageFindings } from '../helpers/language-findings';
import { screenshot } from '../helpers/screenshots';

const executable = journeyChromium();
const STEP = { timeout: 45_000 };

describe.skipIf(!executable)('a gate officer without signal (chromium)', () => {
  const journey = useBrowserJourney(executable, () => startSystem(testDatabases()[0]!));
  /** The quarantined worker the first test texted, for the admin's look at the outbox. */
  let texted: { name: string; mobile: string } | undefined;

  /** Records one worker at the gate; the decision shows at once. */
  async function checkWorker(page: Page, name: string, temperature: string, mobile?: string): Promise<void> {
    const next = page.getByRole('button', { name: '检查下一位' });
    if (await next.isVisible()) await next.click();
    await page.getByLabel('身份证号').fill(freshResidentId());
    await page.getByRole('button', { name: '查找' }).click();
    await page.getByText('没有网络，无法查询：请按新登记人员填写').waitFor(STEP);
    await page.getByLabel('姓名').fill(name);
    if (mobile) await page.getByLabel(/^手机号/).fill(mobile);
    await page.getByLabel('人员通道').check();
    await page.getByLabel('施工区').check();
    await page.getByLabel('体温（℃）').fill(temperature);
    await page.getByLabel('健康证明有效').check();
    await drawSignature(page);
    for (const step of ['测温', '消毒', '信息登记', '扫码', '领取告知书', '人车分流入场'])
      await page.getByRole('checkbox', { name: new RegExp(`${step}$`) }).check();
    await page.getByRole('button', { name: '提交检查结果' }).click();
  }

  it('decides and queues five checks offline, survives a reload, and syncs each exactly once when the signal returns', async () => {
    const { db, baseUrl } = journey.system;
    // HQ's group robot, which hears every quarantine's start (no provider URL: its messages stay in the outbox).
    const box = createSecretBox(parsePayloadKeys(TEST_PAYLOAD_KEYS, 'test'), 'robot');
    await insertRobot(
      db,
      box,
      { key: 'hq-gate-journey', name: '指挥部群', channel: 'wecom-robot', audience: 'hq', secret: { token: 'journey-hq-token' } },
      new Date().toISOString(),
    );
    const page = await journey.browser.newPage(OFFLINE_PHONE);
    await signIn(page, baseUrl, 'gate1');
    await page.goto(`${baseUrl}/#/gate`);
    await page.getByLabel('身份证号').waitFor(STEP);
    // The one online visit: the worker controls the page, the answers are cached, the queue's key is on the phone.
    await eventually(
      () =>
        page.evaluate(async () => {
          if (!navigator.serviceWorker.controller) return false;
          const kept = await new Promise<number>((resolve) => {
            const open = indexedDB.open('fugong-field-vault');
            open.onupgradeneeded = () => open.transaction?.abort();
            open.onerror = () => resolve(0);
            open.onsuccess = () => {
              const count = open.result.transaction('answers').objectStore('answers').count();
              count.onsuccess = () => resolve(count.result);
            };
          });
          const keys = await new Promise<number>((resolve) => {
            const open = indexedDB.open('fugong-offline');
            open.onsuccess = () => {
              const count = open.result.transaction('keys').objectStore('keys').count();
              count.onsuccess = () => resolve(count.result);
            };
            open.onerror = () => resolve(0);
          });
          return kept >= 3 && keys > 0;
        }),
      Boolean,
      30_000,
    );
    // Kept sealed: the site's enterprise and the register's workers are not in clear on the phone.
    const gate = await db('users').where({ username: 'gate1' }).first('project_id');
    const site = await db('projects as p')
      .join('enterprises as e', 'e.id', 'p.enterprise_id')
      .where('p.id', gate.project_id)
      .first('p.name as project', 'e.name as enterprise');
    const kept = await storedFieldData(page);
    expect(kept.paths).toEqual(expect.arrayContaining(['/api/session', '/api/gate/setup', '/api/gate/register']));
    expect(kept.caches).not.toContain('fugong-field-data');
    expect([String(site.project), String(site.enterprise)].filter((name) => kept.text.includes(name))).toEqual([]);

    await page.context().setOffline(true);
    const tag = String(Date.now()).slice(-5);
    const names = [1, 2, 3, 4].map((n) => `离线${tag}-${n}`);
    for (const name of names) {
      await checkWorker(page, name, '36.5');
      await page.getByText('放行：请从人员通道进场').waitFor(STEP);
      await page.getByText('本机判定（未联网），已存入待同步').waitFor();
    }
    const feverish = `发热${tag}`;
    const mobile = `137${String(Date.now()).slice(-8)}`;
    await checkWorker(page, feverish, '37.9', mobile);
    await page.getByText('隔离：请带至隔离区，观察 14 天').waitFor(STEP);
    await page.getByText('待同步 5').waitFor(STEP);

    // A reload without signal: the page, its definition and the queue are all still there.
    await page.reload();
    await page.getByLabel('身份证号').waitFor(STEP);
    await page.getByText('待同步 5').waitFor(STEP);
    await page.getByText(/^数据截至/).waitFor();
    // The kept answers open for the signed-in officer: the site and its enterprise by name.
    await page.getByText(`${site.project}（${site.enterprise}）`, { exact: false }).waitFor(STEP);
    expect(await page.getByRole('listitem').filter({ hasText: feverish }).textContent()).toContain('待同步');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // What the phone keeps is encrypted: no name in the stored items.
    const stored = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const open = indexedDB.open('fugong-offline');
          open.onsuccess = () => {
            const all = open.result.transaction('queue').objectStore('queue').getAll();
            all.onsuccess = () =>
              resolve(all.result.map((item: { sealed: ArrayBuffer }) => new TextDecoder().decode(item.sealed)).join('\n'));
          };
        }),
    );
    const allNames = [...names, feverish];
    expect(stored.length).toBeGreaterThan(100);
    for (const name of allNames) expect(stored).not.toContain(name);
    const checksOf = () =>
      db('gate_checks as g')
        .join('workers as w', 'w.id', 'g.worker_id')
        .whereIn('w.name', allNames)
        .select('w.name', 'g.id', 'g.outcome', 'g.device_time', 'g.form_version');
    expect(await checksOf()).toEqual([]);

    await page.context().setOffline(false);
    await page.getByText('待同步 5').waitFor({ state: 'detached', ...STEP });
    const synced = await eventually(checksOf, (rows) => rows.length === 5, 30_000);
    expect(synced.map((row) => row.name).sort()).toEqual([...allNames].sort());
    expect(synced.filter((row) => row.outcome === 'quarantined').map((row) => row.name)).toEqual([feverish]);
    expect(synced.every((row) => row.device_time !== null)).toBe(true);
    await page.getByRole('listitem').filter({ hasText: feverish }).getByText('已同步：隔离中').waitFor(STEP);

    // The quarantine's monitoring workflow started (its first activity wrote the started event) and its check-ins run.
    const quarantineId = synced.find((row) => row.name === feverish)!.id as string;
    await eventually(
      async () => db('submission_events').where({ submission_id: quarantineId, kind: 'quarantine.started' }).first('id'),
      Boolean,
      30_000,
    );
    expect(await db('quarantines').where({ id: quarantineId }).first('status')).toEqual({ status: 'active' });

    // The fever alert goes out: the worker's text and HQ's robot alert, each queued once (the check-in reminders that
    // may follow have other keys).
    const alertsOf = () =>
      db('outbox')
        .where({ submission_id: quarantineId })
        .where('idempotency_key', 'like', '%/started/channels/%')
        .orderBy('channel')
        .select('channel', 'template', 'to_address', 'text_body');
    const alerts = await eventually(alertsOf, (rows) => rows.length >= 2, 30_000);
    expect(alerts.map((row) => [row.channel, row.template, row.to_address])).toEqual([
      ['sms', 'quarantine-alert', `sms:${mobile}`],
      ['wecom-robot', 'quarantine-alert', 'robot:hq-gate-journey'],
    ]);
    expect(alerts[0]!.text_body).toMatch(new RegExp(`^${feverish}您好：您在.+入场检查后需隔离观察至`));
    texted = { name: feverish, mobile };
    expect(alerts[1]!.text_body).toContain('### 隔离观察开始');
    expect(alerts[1]!.text_body).toContain('人员 发\\*\\*\\*');
    expect(alerts[1]!.text_body).not.toContain(feverish);
    expect(alerts[1]!.text_body).not.toContain(mobile);

    // Syncing again (the officer taps nothing, the page comes back online again) sends nothing twice.
    await page.context().setOffline(true);
    await page.context().setOffline(false);
    await page.reload();
    await page.getByLabel('身份证号').waitFor(STEP);
    const audits = await db('audit_log')
      .where({ action: 'gate.check' })
      .whereIn(
        'target_id',
        synced.map((row) => row.id),
      )
      .count<{ n: number }[]>({ n: '*' });
    expect(Number(audits[0]!.n)).toBe(5);
    expect((await checksOf()).length).toBe(5);
    expect(await alertsOf()).toEqual(alerts);

    // The register lists each of them once (the fevered worker also heads a card under 待测温 while a check-in slot is
    // open, which depends on the hour the test runs at: only the list of people counts).
    await page.goto(`${baseUrl}/#/register`);
    const people = page.getByRole('region', { name: /^人员/ });
    for (const name of allNames) await expect.poll(() => people.getByText(name, { exact: true }).count(), { timeout: 30_000 }).toBe(1);
  });

  it('an admin reads the worker’s text in the outbox with the name and mobile masked, in zh-CN and in English', async () => {
    if (!texted) throw new Error('the first test texted no worker');
    const { name, mobile } = texted;
    const page = await journey.open('admin');
    await page.goto(`${journey.system.baseUrl}/#/admin/outbox`);
    // The list names the text by its masked words, as the detail shows them.
    const started = new RegExp(`^${maskName(name).replaceAll('*', '\\*')}您好：您在.+入场检查后需隔离观察至`);
    await page.getByRole('button', { name: started }).first().click(STEP);
    await page.getByText('按发出时的模板和内容显示，其中的人员姓名已遮挡。').waitFor(STEP);
    await page.locator('.message-view__text').getByText(started).waitFor();
    const shown = await page.locator('main').innerText();
    expect(await page.locator('.message-view').innerText()).toContain(maskMobile(mobile));
    for (const secret of [name, mobile]) expect(shown).not.toContain(secret);
    await screenshot(page, { journey: 'offline-gate', page: 'admin-outbox-masked-text' });
    const problems = await auditPage(page, 'outbox: a masked text');
    // The admin's display name in the header is the account's own words, not the page's.
    const admin = await journey.system.db('users').where({ username: 'admin' }).first('display_name');
    problems.push(...(await languageFindings(page, [admin.display_name])));
    expect(problems).toEqual([]);
    // HQ's robot alert is listed as sent to the group by the robot's registered name, not its key.
    const robotRow = page
      .getByRole('row')
      .filter({ has: page.getByRole('button', { name: /^隔离观察开始 · / }) })
      .first();
    expect(await robotRow.innerText()).toContain('指挥部群');
    expect(await robotRow.innerText()).not.toContain('hq-gate-journey');
    await switchLanguage(page, 'en');
    await page.getByText('Shown from the template and values it was sent with; the person’s name in it is masked.').waitFor();
    // HQ's robot alert is about the worker's record too: the admin reads it as the group did, the name masked.
    await page
      .getByRole('button', { name: /^隔离观察开始 · / })
      .first()
      .click(STEP);
    // The message as the group read it once the chat rendered its markdown: the masked name with its asterisks, no
    // backslash escapes, heading marks or link syntax.
    const robotText = page.locator('.message-view__text');
    await robotText.getByText(`人员 ${maskName(name)} 经门岗检查开始隔离观察`).waitFor(STEP);
    for (const mark of ['\\', '###', '](']) expect(await robotText.innerText()).not.toContain(mark);
    const english = await page.locator('main').innerText();
    for (const hidden of [name, mobile, '（内容可能含个人信息，已隐藏）', '(hidden: may contain personal data)'])
      expect(english).not.toContain(hidden);
    await screenshot(page, { journey: 'offline-gate', page: 'admin-outbox-masked-text' });
    await page.close();
  });
});
