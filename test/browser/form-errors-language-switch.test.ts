// A form sent with fields missing lists its problems at the fields and above the buttons. Switching the language then
// words them again in the new language, at the fields and in the summary: the summary had kept 请选择「问题类别」 under
// English titles (Category: 请选择「问题类别」) while the fields lost their messages. So do a cadre's decision forms. The focus stays on the language switch.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { journeyChromium, switchLanguage, useBrowserJourney } from '../helpers/browser';
import { account, cadreTask, difficultyCase } from './work-list-fixtures';

const executable = journeyChromium();
const STEP = { timeout: 30_000 };
const HAN = /\p{Script=Han}/u;

/** The summary's items and the messages under the fields. */
async function problems(page: Page): Promise<{ summary: string[]; fields: string[] }> {
  const summary = await page.locator('.notice--error .problem-list li').allInnerTexts();
  const fields = await page.locator('#root_category__error, #root_summary__error').allInnerTexts();
  return { summary, fields };
}

describe.skipIf(!executable)('a form’s problems after a change of language (chromium)', () => {
  const journey = useBrowserJourney<BareApp>(executable, () => startBareApp({ pages: true }));

  it('words the difficulty report’s missing fields again in English and back in Chinese', async () => {
    const page = await journey.open('ent01');
    await page.goto(`${journey.system.baseUrl}/#/forms/difficulty-report`);
    await page.getByLabel('问题描述').waitFor(STEP);
    await page.getByRole('button', { name: '提交', exact: true }).click();
    await page.getByText('请选择「问题类别」').first().waitFor(STEP);
    expect(await problems(page)).toEqual({
      summary: ['请选择「问题类别」', '请填写「问题描述」'],
      fields: ['请选择「问题类别」', '请填写「问题描述」'],
    });

    await page.getByLabel('语言').focus();
    await switchLanguage(page, 'en');
    await page.locator('#root_category__error').waitFor(STEP);
    const english = await problems(page);
    expect(english.summary).toHaveLength(2);
    expect(english.fields).toHaveLength(2);
    for (const text of [...english.summary, ...english.fields]) expect(text).not.toMatch(HAN);
    expect(english.summary[0]).toContain('Category');
    // Worded again, not sent again: the focus stays on the language switch, not moved to the first field.
    expect(await page.evaluate(() => document.activeElement?.id ?? '')).not.toMatch(/^root_/);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');

    await switchLanguage(page, 'zh-CN');
    await page.getByText('请选择「问题类别」').first().waitFor(STEP);
    expect(await problems(page)).toEqual({
      summary: ['请选择「问题类别」', '请填写「问题描述」'],
      fields: ['请选择「问题类别」', '请填写「问题描述」'],
    });
    await page.close();
  });

  it('words a decision’s missing reason again in English', async () => {
    const { db } = journey.system;
    const enterpriseId = (await account(db, 'ent01')).enterpriseId!;
    const submissionId = await difficultyCase(db, 'ent01', {
      summary: '塔吊司机未返岗',
      caseNumber: 'KN-20261204-0502',
      status: 'received',
    });
    const taskId = await cadreTask(db, { submissionId, enterpriseId, assigneeId: (await account(db, 'cadre1')).userId, dueInHours: 6 });
    // A return needs its reason, as the ladder's cadre rung asks.
    const note = { type: 'string' };
    await db('tasks')
      .where({ id: taskId })
      .update({
        completion_schema: JSON.stringify({ type: 'object', properties: { note }, 'x-required-by-action': { return: ['note'] } }),
      });
    const page = await journey.open('cadre1');
    await page.goto(`${journey.system.baseUrl}/#/tasks/${encodeURIComponent(taskId)}`);
    await page.getByRole('radio', { name: '退回修改', exact: true }).check();
    await page.getByRole('button', { name: '退回修改', exact: true }).click();
    const atField = page.locator('#root_note__error');
    await atField.waitFor(STEP);
    expect(await atField.innerText()).toBe('请填写「退回修改：需企业补充的内容」');

    await page.getByLabel('语言').focus();
    await switchLanguage(page, 'en');
    await atField.waitFor(STEP);
    const summary = await page.locator('.notice--error .problem-list li').allInnerTexts();
    expect(summary).toHaveLength(1);
    for (const text of [...summary, await atField.innerText()]) expect(text).not.toMatch(HAN);
    expect(await page.evaluate(() => document.activeElement?.id ?? '')).not.toMatch(/^root_/);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
    await switchLanguage(page, 'zh-CN');
    await page.close();
  });
});
