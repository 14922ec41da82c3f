// A cadre without signal (issue 23), on a phone (390×844) in chromium against the built app: after one online visit
// the visit log keeps working offline, a visit with a problem to file is queued encrypted, a reload offline still
// shows it as 待同步 1 with the list's "数据截至 …" stamp, and back online it is recorded once with one difficulty report;
// syncing again sends nothing. The answers the phone keeps for the page name no enterprise in clear.
import { describe, expect, it } from 'vitest';
import { journeyChromium, signIn, useBrowserJourney } from '../helpers/browser';
import { eventually } from '#scripts/kit/eventually';
import { storedFieldData } from '../helpers/field-vault';
import { OFFLINE_PHONE } from '../helpers/offline-phone';
import { startSystem } from '../helpers/running-system';
import { testDatabases } from '../helpers/test-db';

const executable = journeyChromium();
const STEP = { timeout: 45_000 };

describe.skipIf(!executable)('a cadre without signal (chromium)', () => {
  const journey = useBrowserJourney(executable, () => startSystem(testDatabases()[0]!));

  it('queues a visit offline, survives a reload, and records it and its difficulty report once when the signal returns', async () => {
    const { db, baseUrl, config } = journey.system;
    const page = await journey.browser.newPage(OFFLINE_PHONE);
    await signIn(page, baseUrl, 'cadre1');
    const fetchedFrom = Date.now();
    await page.goto(`${baseUrl}/#/visits`);
    await page.getByRole('heading', { name: '走访记录', level: 1 }).waitFor(STEP);
    // The one online visit: the worker controls the page, the list and the definition are kept, the key is here.
    await eventually(
      () =>
        page.evaluate(async () => {
          if (!navigator.serviceWorker.controller) return false;
          const kept = await new Promise<string[]>((resolve) => {
            const open = indexedDB.open('fugong-field-vault');
            open.onupgradeneeded = () => open.transaction?.abort();
            open.onerror = () => resolve([]);
            open.onsuccess = () => {
              const paths = open.result.transaction('answers').objectStore('answers').getAllKeys();
              paths.onsuccess = () => resolve(paths.result.map(String));
            };
          });
          const cached = kept.map((path) => path.split('?')[0]);
          const keys = await new Promise<number>((resolve) => {
            const open = indexedDB.open('fugong-offline');
            open.onsuccess = () => {
              const count = open.result.transaction('keys').objectStore('keys').count();
              count.onsuccess = () => resolve(count.result);
            };
            open.onerror = () => resolve(0);
          });
          return cached.includes('/api/visits/form') && cached.includes('/api/visits') && keys > 0;
        }),
      Boolean,
      30_000,
    );
    const fetchedTo = Date.now();
    // Kept sealed: neither the enterprises the definition offers nor the cadre's name in clear on the phone.
    const cadre = await db('users').where({ username: 'cadre1' }).first('id', 'display_name');
    const enterprises = (
      await db('cadre_assignments as a')
        .join('enterprises as e', 'e.id', 'a.enterprise_id')
        .where({ 'a.cadre_id': cadre.id })
        .whereNull('a.ended_at')
        .select('e.name')
    ).map((row) => String(row.name));
    const kept = await storedFieldData(page);
    expect(kept.paths).toEqual(expect.arrayContaining(['/api/session', '/api/visits/form', '/api/visits?offset=0']));
    expect(kept.caches).not.toContain('fugong-field-data');
    expect(enterprises.length).toBeGreaterThan(0);
    expect([...enterprises, String(cadre.display_name)].filter((name) => kept.text.includes(name))).toEqual([]);

    await page.context().setOffline(true);
    const people = `离线走访${String(Date.now()).slice(-6)}`;
    const problem = `消毒液缺口${String(Date.now()).slice(-4)}升`;
    await page.getByRole('button', { name: '记录走访' }).click();
    const form = page.locator('form.rjsf');
    const enterprise = form.getByLabel('走访企业');
    await enterprise.waitFor(STEP);
    await enterprise.selectOption({ index: 1 });
    const enterpriseName = (await enterprise.locator('option:checked').innerText()).trim();
    await form.getByLabel('走访对象').fill(people);
    await form.getByLabel('征求意见（条）').fill('1');
    await form.getByLabel('意见内容').fill('希望协调防疫物资');
    await form.getByRole('button', { name: '添加一项' }).click();
    await form.getByLabel('处理方式').selectOption({ label: '带回协调' });
    await form.getByLabel('问题类别').selectOption({ index: 1 });
    await form.getByLabel('问题描述').fill(problem);
    await page.getByLabel('同时将带回协调的问题转为困难问题上报').check();
    await page.getByRole('button', { name: '保存走访记录' }).click();
    await page.getByText('没有网络：走访记录已加密保存在本机，恢复网络后自动同步。').waitFor(STEP);
    await page.getByText('待同步 1').waitFor(STEP);

    // A reload without signal: the page, its definition and the queue are all still there.
    await page.reload();
    await page.getByRole('heading', { name: '走访记录', level: 1 }).waitFor(STEP);
    await page.getByText('待同步 1').waitFor(STEP);
    expect(await page.getByRole('listitem').filter({ hasText: enterpriseName }).textContent()).toContain('待同步');
    // The list shown is the kept one, stamped with when it was fetched (in the server's zone).
    const stamp = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium', timeStyle: 'short', timeZone: config.timeZone });
    const minutes = new Set<string>();
    for (let at = fetchedFrom - (fetchedFrom % 60_000); at <= fetchedTo; at += 60_000) minutes.add(`数据截至 ${stamp.format(at)}`);
    expect([...minutes]).toContain((await page.getByText(/^数据截至/).textContent())?.trim());
    await page.getByRole('button', { name: '记录走访' }).click();
    await page.locator('form.rjsf').getByLabel('走访企业').waitFor(STEP);
    // The kept definition opens: it offers the enterprise by name.
    expect(await page.locator('form.rjsf').getByLabel('走访企业').locator('option', { hasText: enterpriseName }).count()).toBe(1);
    await page.getByRole('button', { name: '取消' }).click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // What the phone keeps is encrypted: neither the people met nor the problem in the stored item.
    const stored = await page.evaluate(
      () =>
        new Promise<{ text: string; kind: string; formVersion: number; deviceTime: string }[]>((resolve) => {
          const open = indexedDB.open('fugong-offline');
          open.onsuccess = () => {
            const all = open.result.transaction('queue').objectStore('queue').getAll();
            all.onsuccess = () =>
              resolve(
                all.result.map((item: { sealed: ArrayBuffer; kind: string; formVersion: number; deviceTime: string }) => ({
                  text: new TextDecoder().decode(item.sealed),
                  kind: item.kind,
                  formVersion: item.formVersion,
                  deviceTime: item.deviceTime,
                })),
              );
          };
        }),
    );
    expect(stored.map((item) => [item.kind, item.formVersion])).toEqual([['visit', 1]]);
    expect(stored[0]!.text).not.toContain(people);
    expect(stored[0]!.text).not.toContain(problem);
    const visitsOf = () => db('visits').where({ people_met: people }).select('id', 'client_id', 'device_time', 'form_version');
    expect(await visitsOf()).toEqual([]);

    await page.context().setOffline(false);
    await page.getByText('待同步 1').waitFor({ state: 'detached', ...STEP });
    const [visit] = await eventually(visitsOf, (rows) => rows.length === 1, 30_000);
    expect(visit!.client_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(visit!.device_time).toBe(stored[0]!.deviceTime);
    expect(visit!.form_version).toBe(1);
    await page
      .getByRole('listitem')
      .filter({ hasText: enterpriseName })
      .getByText('已同步：走访记录已保存，已上报困难问题 1 条')
      .waitFor(STEP);
    // The visit list above the queue shows it without a reload: sending marks the visits read out of date.
    await page.getByRole('table').getByRole('row').filter({ hasText: people }).waitFor(STEP);
    const reportsOf = () => db('visit_problems').where({ visit_id: visit!.id, kind: 'coordinate' }).whereNotNull('submission_id');
    const [filed] = await reportsOf();
    expect((await db('submissions').where({ id: filed!.submission_id })).map((row) => row.form_key)).toEqual(['difficulty-report']);

    // Syncing again (the page comes back online again, then reloads) sends nothing twice.
    await page.context().setOffline(true);
    await page.context().setOffline(false);
    await page.reload();
    await page.getByRole('heading', { name: '走访记录', level: 1 }).waitFor(STEP);
    await page.getByRole('listitem').filter({ hasText: enterpriseName }).getByText('已同步', { exact: false }).waitFor(STEP);
    expect(await visitsOf()).toHaveLength(1);
    expect(await reportsOf()).toHaveLength(1);
    const audits = async (action: string) =>
      Number(
        (
          await db('audit_log')
            .where({ action, target_id: String(visit!.id) })
            .count<{ n: number }[]>({ n: '*' })
        )[0]!.n,
      );
    expect(await audits('visit.create')).toBe(1);
    expect(await audits('visit.problem-filed')).toBe(1);

    // Signing out drops the kept answers with their key: nothing on the phone opens them afterwards.
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.getByLabel('用户名').waitFor(STEP);
    const left = await eventually(
      () => storedFieldData(page),
      (stored) => stored.paths.length === 0 && stored.keys === 0,
      15_000,
    );
    expect({ paths: left.paths, keys: left.keys }).toEqual({ paths: [], keys: 0 });
  });
});
