// Choice lists in a real browser say a choice is still to be made: the enterprise's 问题类别 on the fill page and the
// cadre's 办结方式 when deciding a task first read 请选择 / Choose…, where rjsf left an empty box.
import { describe, expect, it } from 'vitest';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { journeyChromium, switchLanguage, useBrowserJourney } from '../helpers/browser';
import { account, cadreTask, difficultyCase } from './work-list-fixtures';

const executable = journeyChromium();
const STEP = { timeout: 30_000 };
const OUTCOME = {
  type: 'object',
  properties: {
    outcome: {
      type: 'string',
      title: '办结方式',
      oneOf: [
        { const: 'solved-on-site', title: '现场解决' },
        { const: 'coordinated', title: '协调解决' },
      ],
    },
  },
};

describe.skipIf(!executable)('choice lists before a choice is made (chromium)', () => {
  const journey = useBrowserJourney<BareApp>(executable, () => startBareApp());

  it('reads 请选择 / Choose… first in the enterprise’s category list', async () => {
    const page = await journey.open('ent01');
    await page.goto(`${journey.system.baseUrl}/#/forms/difficulty-report`);
    const category = page.getByLabel('问题类别');
    await category.waitFor(STEP);
    expect(await category.locator('option').first().textContent()).toBe('请选择');
    await switchLanguage(page, 'en');
    const english = page.getByLabel('Category');
    await english.waitFor(STEP);
    expect(await english.locator('option').first().textContent()).toBe('Choose…');
    await switchLanguage(page, 'zh-CN');
    await page.close();
  });

  it('reads 请选择 first in a decision’s choice list', async () => {
    const { db } = journey.system;
    const enterpriseId = (await account(db, 'ent01')).enterpriseId!;
    const submissionId = await difficultyCase(db, 'ent01', {
      summary: '施工许可证延期办理',
      caseNumber: 'KN-20261204-0501',
      status: 'received',
    });
    const taskId = await cadreTask(db, { submissionId, enterpriseId, assigneeId: (await account(db, 'cadre1')).userId, dueInHours: 6 });
    await db('tasks')
      .where({ id: taskId })
      .update({ completion_schema: JSON.stringify(OUTCOME) });
    const page = await journey.open('cadre1');
    await page.goto(`${journey.system.baseUrl}/#/tasks/${encodeURIComponent(taskId)}`);
    const decision = page.getByRole('group', { name: '办理方式' });
    await decision.waitFor(STEP);
    await decision.getByLabel('已解决').check();
    const outcome = page.locator('.decision__form select');
    await outcome.waitFor(STEP);
    expect(await outcome.locator('option').allTextContents()).toEqual(['请选择', '现场解决', '协调解决']);
    await page.close();
  });
});
