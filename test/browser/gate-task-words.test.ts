// HQ's tasks about a gate check, in a real browser: the inbox row and the task page name the worker (the resident ID
// masked) and say 隔离观察 as the gate check's own row does; the step reads 门岗离线判定复核 / 发热转诊, not a machine
// name or the worker's temperature; the home page's card of what waits names them the same way — in zh-CN and en, with
// axe clean and no raw keys.
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { publicId } from '#core/domain/public-id';
import { maskIdNumber } from '#core/privacy/mask';
import { freshResidentId } from '#scripts/kit/fresh-resident-id';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { auditPage, journeyChromium, rawKeysOn, switchLanguage, useBrowserJourney, SCREENSHOTS } from '../helpers/browser';
import { fullPageShot } from '../helpers/screenshots';
import { gateTaskForHq, quarantinedAtGate, type GateWorker } from '../helpers/gate-task-fixtures';

const executable = journeyChromium();
const STEP = { timeout: 30_000 };
const CASE_NUMBER = 'MG-20261206-0002';

describe.skipIf(!executable)('a gate check’s tasks in HQ’s inbox (chromium)', () => {
  const journey = useBrowserJourney<BareApp>(executable, () => startBareApp());
  const worker: GateWorker = { name: `门岗测试${randomUUID().slice(0, 4)}`, residentId: freshResidentId(), mobile: '13912345678' };
  const ids: Record<'offline-review' | 'referral', string> = { 'offline-review': '', referral: '' };
  const masked = () => maskIdNumber(worker.residentId);

  async function inbox(page: Page): Promise<void> {
    await page.goto(`${journey.system.baseUrl}/#/inbox`);
    await page.getByRole('heading', { name: '待办', exact: true }).waitFor(STEP);
  }

  it('lists each task by the worker and 隔离观察, its step in words', async () => {
    const check = await quarantinedAtGate(journey.system.db, worker, CASE_NUMBER);
    for (const step of ['offline-review', 'referral'] as const)
      ids[step] = await gateTaskForHq(journey.system.db, { ...check, workerName: worker.name }, step);
    const page = await journey.open('hq');
    await inbox(page);
    const review = page.getByRole('row').filter({ hasText: '门岗离线判定「放行」与系统复核「隔离观察」不一致' });
    await review.waitFor(STEP);
    const referral = page.getByRole('row').filter({ hasText: '隔离人员发热转诊' });
    for (const [row, step] of [
      [review, '门岗离线判定复核'],
      [referral, '发热转诊'],
    ] as const) {
      const text = await row.innerText();
      expect(text).toContain(`${worker.name}（${masked()}） · 隔离观察`);
      expect(text).toContain(step);
      expect(text).toContain(CASE_NUMBER);
      expect(text).not.toContain(worker.residentId);
      expect(text).not.toContain('offline-review');
    }
    expect(await rawKeysOn(page)).toEqual([]);
    await fullPageShot(page, `${SCREENSHOTS}inbox-gate-check-tasks.png`);
    expect(await auditPage(page, 'inbox (gate check tasks)')).toEqual([]);

    await switchLanguage(page, 'en');
    const english = page.getByRole('row').filter({ hasText: `${worker.name} (${masked()}) · In quarantine` });
    await english.getByText('Review of an offline gate decision').waitFor(STEP);
    await english.getByText('Fever referral', { exact: true }).waitFor(STEP);
    expect(await english.count()).toBe(2);
    await switchLanguage(page, 'zh-CN');
    await page.close();
  });

  it('says the same under the task page’s title', async () => {
    const page = await journey.open('hq');
    await page.goto(`${journey.system.baseUrl}/#/tasks/${publicId(ids.referral)}`);
    await page.getByRole('heading', { name: `隔离人员发热转诊 · ${worker.name}（38.6 ℃）` }).waitFor(STEP);
    await page.getByText(`${worker.name}（${masked()}） · 隔离观察`, { exact: true }).waitFor(STEP);
    const step = page.locator('dl.meta > div').filter({ has: page.getByText('环节', { exact: true }) });
    expect(await step.innerText()).toContain('发热转诊');
    expect(await step.innerText()).not.toContain('38.6 ℃');
    await fullPageShot(page, `${SCREENSHOTS}task-gate-check-referral.png`);
    expect(await auditPage(page, 'task page (gate check referral)')).toEqual([]);
    await switchLanguage(page, 'en');
    await page.getByText(`${worker.name} (${masked()}) · In quarantine`, { exact: true }).waitFor(STEP);
    await switchLanguage(page, 'zh-CN');
    await page.close();
  });

  it('says the same on the home page’s card of what waits', async () => {
    const page = await journey.open('hq');
    await page.goto(`${journey.system.baseUrl}/#/`);
    const card = page.locator('section.inbox-summary');
    const review = card.getByRole('listitem').filter({ hasText: '门岗离线判定「放行」与系统复核「隔离观察」不一致' });
    await review.getByText(`${worker.name}（${masked()}） · 隔离观察`, { exact: true }).waitFor(STEP);
    expect(await auditPage(page, 'home (gate check tasks)')).toEqual([]);
    await page.close();
  });
});
