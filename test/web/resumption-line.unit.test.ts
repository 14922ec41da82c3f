// The enterprise home's resumption line (web/app/src/pages/enterprise-todo.tsx): seed 003 "达到要求才能复工" — the
// enterprise reads that it may not resume until the town/street team finds the requirements met, where its inspection
// stands, and, once cleared, when and by whom.
import { createElement } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Todo, TodoResumption } from '#web/app/src/api/todo-api';
import { addZhCnMessages, loadDictionary } from '#web/app/src/i18n/loaded-dictionaries';
import { enterpriseHomeZhCn } from '#web/app/src/i18n/messages/enterprise-home-messages';
import { TodoList } from '#web/app/src/pages/enterprise-todo';
import { textIn } from '../helpers/render-in-locale';

const TOWN = { 'zh-CN': '镇（街道）检查组核查', en: 'Town/street inspection team' };
const JOINT = { 'zh-CN': '复工联合检查组核查', en: 'Joint inspection team' };
const BASE: TodoResumption = {
  formKey: 'resumption-readiness',
  formTitle: { 'zh-CN': '复工复产情况摸排及防控条件核查', en: 'Resumption survey and readiness inspection' },
  clearingStage: TOWN,
  cleared: null,
  suspended: null,
  check: null,
};
const todo = (resumption: TodoResumption): Todo => ({
  today: '2027-02-12',
  resumption,
  reports: [],
  cases: [],
  page: { offset: 0, limit: 20, total: 0 },
});
const list = (resumption: TodoResumption) => createElement(TodoList, { todo: todo(resumption) });
const check = (status: string, stage: typeof TOWN | null) => ({
  id: 'c0ffee00-0000-4000-8000-000000000002',
  caseNumber: null,
  status,
  stage,
});

describe('the enterprise home says whether it may resume', () => {
  beforeAll(async () => {
    addZhCnMessages(enterpriseHomeZhCn);
    await loadDictionary('en');
  });

  it('says the condition and that nothing is filed yet, in both languages', () => {
    const zh = textIn(list(BASE), 'zh-CN');
    expect(zh).toContain('尚未准予复工：须经「镇（街道）检查组核查」确认“四个到位”“八个一”达到要求后，方可复工');
    expect(zh).toContain('尚未提交「复工复产情况摸排及防控条件核查」');
    expect(zh).toContain('立即填报');
    const en = textIn(list(BASE), 'en');
    expect(en).toContain('Not yet cleared to resume: you may resume once “Town/street inspection team” finds');
  });

  it('says where the inspection stands: with the town team, returned for rework, failed', () => {
    expect(textIn(list({ ...BASE, check: check('received', TOWN) }), 'zh-CN')).toContain('当前环节：镇（街道）检查组核查');
    expect(textIn(list({ ...BASE, check: check('returned', TOWN) }), 'zh-CN')).toContain('核查退回整改');
    const failed = textIn(list({ ...BASE, check: check('rejected', null) }), 'zh-CN');
    expect(failed).toContain('上次核查未通过：请整改后重新提交');
    expect(failed).toContain('立即填报');
  });

  it('once cleared, says when and by which body, and the follow-up inspection still under way', () => {
    const cleared = { at: '2027-02-10T02:00:00.000Z', body: { 'zh-CN': '镇（街道）检查组', en: 'Town/street inspection team' } };
    const zh = textIn(list({ ...BASE, cleared, check: check('received', JOINT) }), 'zh-CN');
    expect(zh).toMatch(/已准予复工：2027年2月10日 \d\d:\d\d 经镇（街道）检查组核查通过/);
    expect(zh).toContain('后续督导环节：复工联合检查组核查');
    expect(zh).not.toContain('尚未准予复工');
  });

  it('once a later level failed it, says the clearance is suspended, by whom and when, and how to regain it', () => {
    const suspended = {
      at: '2027-02-11T06:30:00.000Z',
      body: { 'zh-CN': '复工联合检查组', en: 'Joint inspection team' },
      caseId: 'c0ffee00-0000-4000-8000-000000000002',
      caseNumber: 'FG-20270211-0002',
    };
    const failed = { ...BASE, suspended, check: check('rejected', null) };
    const zh = textIn(list(failed), 'zh-CN');
    expect(zh).toMatch(/准予复工已暂停：2027年2月11日 \d\d:\d\d 复工联合检查组核查不予通过/);
    expect(zh).toContain(
      '恢复复工：请按核查意见整改后重新提交「复工复产情况摸排及防控条件核查」，经「镇（街道）检查组核查」核查通过后恢复准予复工',
    );
    expect(zh).toContain('查看不予通过的理由');
    expect(zh).toContain('立即填报');
    expect(zh).not.toContain('已准予复工：');
    const en = textIn(list(failed), 'en');
    expect(en).toContain('Clearance to resume suspended: the Joint inspection team failed the inspection');
    expect(en).toContain('a pass by “Town/street inspection team” restores the clearance');
    // Filed again: where the new case stands, instead of the way back.
    const refiled = textIn(list({ ...BASE, suspended, check: check('received', TOWN) }), 'zh-CN');
    expect(refiled).toContain('准予复工已暂停');
    expect(refiled).toContain('当前环节：镇（街道）检查组核查');
    expect(refiled).not.toContain('立即填报');
  });
});
