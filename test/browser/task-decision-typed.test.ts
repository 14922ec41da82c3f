// A cadre deciding a task in a real browser: what was typed into one action's form (已解决) is still there after
// looking at another action (上报) and coming back; each action keeps its own entries.
import { describe, expect, it } from 'vitest';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { journeyChromium, useBrowserJourney } from '../helpers/browser';
import { account, cadreTask, difficultyCase } from './work-list-fixtures';

const executable = journeyChromium();
const PHONE = { width: 390, height: 844 };
const STEP = { timeout: 30_000 };

describe.skipIf(!executable)('the decision area of a task (chromium)', () => {
  const journey = useBrowserJourney<BareApp>(executable, () => startBareApp());
  let taskId = '';

  it('has an open difficulty task for cadre1', async () => {
    const { db } = journey.system;
    const cadre = await account(db, 'cadre1');
    const enterpriseId = (await account(db, 'ent01')).enterpriseId!;
    const submissionId = await difficultyCase(db, 'ent01', {
      summary: '施工许可证延期办理',
      caseNumber: 'KN-20261204-0401',
      status: 'received',
    });
    taskId = await cadreTask(db, { submissionId, enterpriseId, assigneeId: cadre.userId, dueInHours: 6 });
    expect(taskId).not.toBe('');
  });

  it('keeps what was typed under 已解决 while 上报 is looked at, and 上报’s own entry while 已解决 is', async () => {
    const page = await journey.open('cadre1', PHONE);
    await page.goto(`${journey.system.baseUrl}/#/tasks/${encodeURIComponent(taskId)}`);
    const decision = page.getByRole('group', { name: '办理方式' });
    await decision.waitFor(STEP);
    // The fixture's tasks ask every action for one text, worded by the action (说明, 上报理由).
    const note = page.locator('.decision__form textarea').first();
    await decision.getByLabel('已解决').check();
    await note.fill('已联系审批局，明日办结');
    await decision.getByLabel('上报').check();
    expect(await note.inputValue()).toBe('');
    await note.fill('需审批局协调');
    await decision.getByLabel('已解决').check();
    expect(await note.inputValue()).toBe('已联系审批局，明日办结');
    await decision.getByLabel('上报').check();
    expect(await note.inputValue()).toBe('需审批局协调');
    await page.close();
  });
});
