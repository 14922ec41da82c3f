// What the task page, the case page and the bulletin say is true: an inspection body is named as itself (never as the
// service class), its actions by the readiness process's own words, a pass to the next level as 核查通过，已报送下一级核查
// (never 已上报), a closed task's time beside its time limit, an escalation's decider as 上报人, a resolved case as 已解决
// to everyone but the enterprise asked to confirm it, one opinion box where a form asks for its own, and the objection
// form's promise about the mobile as the bulletin keeps it.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderIn } from '../helpers/render-in-locale';
import type { RJSFSchema } from '@rjsf/utils';
import { createElement } from 'react';
import { glossaryMessages, roleName } from '#core/domain/glossary';
import type { Locale } from '#core/domain/locale';
import type { FormDefinition } from '#forms/form-definition';
import { stageActionLabels } from '#forms/present/action-labels';
import { actionForm, hasOwnOpinion, type RequiredByAction } from '#forms/present/decision-form';
import { adoptServerTimeZone } from '#web/app/src/format/server-time-zone';
import { addZhCnMessages, loadDictionary } from '#web/app/src/i18n/loaded-dictionaries';
import { caseViewZhCn } from '#web/app/src/i18n/messages/case-messages';
import { creditZhCn } from '#web/app/src/i18n/messages/credit-messages';
import { inboxListZhCn } from '#web/app/src/i18n/messages/inbox-list-messages';
import { inboxZhCn } from '#web/app/src/i18n/messages/inbox-messages';
import { translate } from '#web/app/src/i18n/translate';
import type { MessageKey } from '#web/app/src/i18n/zh-cn-messages';
import { resolvedWordKeys } from '#web/app/src/pages/case/resolved-words';
import { closedLine, decidedByKey, taskResultWord } from '#web/app/src/pages/inbox/closed-words';
import { ownStatusWords } from '#forms/present/case-words';
import { formAdminZhCn } from '#web/app/src/i18n/messages/form-admin-messages';
import { SubmissionTimeline } from '#web/app/src/pages/submission-timeline';
import { caseEventText } from '#web/app/src/pages/case/case-event-text';
import { offeredTo, openedFor } from '#web/app/src/pages/inbox/holder-words';

const tOf = (locale: Locale) => (key: string, params?: Record<string, string | number>) => translate(locale, key as MessageKey, params);
const shipped = (key: string) =>
  JSON.parse(readFileSync(new URL(`../../forms/definitions/${key}.json`, import.meta.url), 'utf8')) as FormDefinition;
const ladder = (key: string) => shipped(key).process.params as { completion: { schema: RJSFSchema; requiredByAction: RequiredByAction } };

beforeAll(async () => {
  [inboxZhCn, inboxListZhCn, caseViewZhCn, creditZhCn, formAdminZhCn].forEach(addZhCnMessages);
  adoptServerTimeZone('Asia/Shanghai');
  await loadDictionary('en');
});

describe('an inspection body named as itself', () => {
  it('calls an inspector 检查组成员 in the header and home, never 企业服务专班', () => {
    expect(roleName('special_class', true)).toEqual({ 'zh-CN': '检查组成员', en: 'Inspection team member' });
    expect(roleName('special_class')).toEqual({ 'zh-CN': '企业服务专班', en: 'Enterprise service class' });
    expect(glossaryMessages('zh-CN')['role.inspector']).toBe('检查组成员');
  });

  it('offers a body’s task to the body alone, a working group’s to the class and the group', () => {
    const town = { name: '镇（街道）检查组', inspection: true };
    expect(offeredTo(tOf('zh-CN'), 'special_class', town)).toBe('镇（街道）检查组（任一成员）');
    expect(offeredTo(tOf('en'), 'special_class', { name: 'Town/street inspection team', inspection: true })).toBe(
      'Town/street inspection team (any member)',
    );
    expect(offeredTo(tOf('zh-CN'), 'special_class', { name: '原材料供应组', inspection: false })).toBe(
      '企业服务专班 · 原材料供应组（任一成员）',
    );
    expect(openedFor(tOf('zh-CN'), 'special_class', town)).toBe('镇（街道）检查组');
  });

  it('words the readiness inspection’s actions as passes, not escalations, in both languages', () => {
    const params = shipped('resumption-readiness').process.params;
    // v7: the town/street pass clears to resume (seed 003); the levels above supervise.
    expect(stageActionLabels(params, 'town', 'zh-CN')).toEqual({
      escalate: '核查通过，准予复工，报送联合检查组督导',
      return: '退回整改',
      reject: '不予通过',
    });
    expect(stageActionLabels(params, 'town', 'en')).toMatchObject({ escalate: 'Pass: cleared to resume, on to the joint team' });
    expect(stageActionLabels(params, 'regulator', 'en')).toMatchObject({ approve: 'Pass' });
    // A ladder that names none keeps the usual words.
    expect(stageActionLabels(shipped('difficulty-report').process.params, 'cadre', 'zh-CN')).toEqual({});
  });
});

describe('an inspection passed on to the next level', () => {
  // The words the server sends with an inspection's case and its tasks, and none with a difficulty report's.
  const own = (locale: Locale) => ownStatusWords(shipped('resumption-readiness').process, locale);
  const labels = (locale: Locale) => stageActionLabels(shipped('resumption-readiness').process.params, 'town', locale);

  it('says on the task page what the pass came to, decided by 经办人, not 上报人', () => {
    expect(taskResultWord(tOf('zh-CN'), 'escalate', labels('zh-CN'), own('zh-CN'))).toBe('核查通过，已报送下一级核查');
    expect(taskResultWord(tOf('en'), 'escalate', labels('en'), own('en'))).toBe('Passed, sent on to the next inspection');
    expect(tOf('zh-CN')(decidedByKey('escalate', own('zh-CN')))).toBe('经办人');
    expect(tOf('en')(decidedByKey('escalate', own('en')))).toBe('Decided by');
    // A difficulty report's escalation keeps the ladder's words.
    expect(taskResultWord(tOf('zh-CN'), 'escalate', {}, ownStatusWords(shipped('difficulty-report').process, 'zh-CN'))).toBe(
      '已上报上一级',
    );
    expect(tOf('zh-CN')(decidedByKey('escalate', {}))).toBe('上报人');
  });

  // The case page's timeline: the rung's task closing and the ladder's line of the decision, with the body's findings.
  const timeline = (locale: Locale, statusWords: Record<string, string>) => {
    const title = { 'zh-CN': '复工复产条件核查 · 镇（街道）检查组核查', en: 'Readiness · Town/street inspection' };
    const events = [
      { at: '2026-12-06T03:42:00.000Z', kind: 'task.closed', detail: { step: 'town', title, status: 'done', action: 'escalate' } },
      { at: '2026-12-06T03:42:01.000Z', kind: 'ladder.escalate', detail: { stage: 'town', findings: '四个到位已落实' } },
    ];
    const stageTitles = { town: title[locale === 'en' ? 'en' : 'zh-CN'].split(' · ')[1]! };
    const element = createElement(SubmissionTimeline, { events, stageTitles, statusWords });
    const html = renderIn(element, locale);
    // Each entry's words, without its time.
    return [...html.matchAll(/<div>(.*?)<\/div>/g)].map((match) => match[1]!);
  };

  it('says so on the case page’s timeline in both languages, where a difficulty report says 上报上一级', () => {
    expect(timeline('zh-CN', own('zh-CN'))).toEqual([
      '复工复产条件核查 · 镇（街道）检查组核查：核查通过，已报送下一级核查',
      '镇（街道）检查组核查：核查通过，已报送下一级核查。说明：四个到位已落实',
    ]);
    expect(timeline('en', own('en'))).toEqual([
      'Readiness · Town/street inspection: Passed, sent on to the next inspection',
      'Town/street inspection: Passed, sent on to the next inspection. Note: 四个到位已落实',
    ]);
    expect(timeline('zh-CN', {})).toEqual([
      '复工复产条件核查 · 镇（街道）检查组核查：已上报上一级',
      '镇（街道）检查组核查：上报上一级。说明：—',
    ]);
  });

  it('words the case page’s lines of a failure and a return as the inspection’s statuses too', () => {
    const line = (kind: string, statusWords: Record<string, string>) =>
      caseEventText(
        tOf('zh-CN'),
        { at: '', kind, detail: { stage: 'town', note: '隔离室未设置' } },
        { town: '镇（街道）检查组核查' },
        statusWords,
      );
    expect(line('ladder.reject', own('zh-CN'))).toBe('镇（街道）检查组核查：不予通过。说明：隔离室未设置');
    expect(line('ladder.return', own('zh-CN'))).toBe('镇（街道）检查组核查：退回整改。说明：隔离室未设置');
    expect(line('ladder.reject', {})).toBe('镇（街道）检查组核查：不予受理。说明：隔离室未设置');
  });
});

describe('a closed task', () => {
  const task = { closedAt: '2026-12-06T00:40:00.000Z', dueAt: '2026-12-06T16:00:00.000Z' };

  it('says when it was handled beside its time limit, which ends at 24:00', () => {
    expect(closedLine(tOf('zh-CN'), 'zh-CN', { ...task, decided: true })).toBe('已办理（2026年12月6日 08:40）· 时限为 2026年12月6日 24:00');
    expect(closedLine(tOf('zh-CN'), 'zh-CN', { ...task, decided: false })).toMatch(/^已结束（2026年12月6日 08:40）· 时限为 /);
    expect(closedLine(tOf('en'), 'en', { ...task, decided: true })).toMatch(/^Handled .+ · time limit /);
  });

  it('names who escalated as 上报人, never 办结人', () => {
    expect(tOf('zh-CN')(decidedByKey('escalate'))).toBe('上报人');
    expect(tOf('zh-CN')(decidedByKey('resolve'))).toBe('经办人');
    expect(tOf('en')(decidedByKey('escalate'))).toBe('Escalated by');
  });

  it('heads the 已办理 tab with what it lists', () => {
    expect(tOf('zh-CN')('inboxList.count.done', { count: 6 })).toBe('我和我所在组已办理的 6 项');
  });
});

describe('a resolved case awaiting the enterprise', () => {
  it('asks the enterprise to answer, and tells HQ it waits for the enterprise', () => {
    const say = (mayAnswer: boolean) => Object.values(resolvedWordKeys(mayAnswer)).map((key) => tOf('zh-CN')(key));
    expect(say(false)).toEqual(['已解决，等待企业确认。', '等待企业确认，截止', '逾期未答复视为确认。']);
    expect(say(true)).toEqual(['请确认问题是否已解决', '请在此时间前答复', '逾期未答复视为已解决。']);
    expect(say(false).join('')).not.toContain('已办结');
  });
});

describe('one opinion box', () => {
  it.each([
    ['an inspection’s pass', 'resumption-readiness', 'escalate', true],
    ['an inspection’s return', 'resumption-readiness', 'return', true],
    ['a commendation review', 'commendation', 'escalate', true],
    ['a cadre’s escalation', 'difficulty-report', 'escalate', true],
    ['an article’s approval', 'good-practice-article', 'approve', true],
  ] as const)('offers no generic comment beside %s’s own opinion field', (_, key, action, own) => {
    const { schema, requiredByAction } = ladder(key).completion;
    expect(hasOwnOpinion(actionForm(schema, requiredByAction, action, 'zh-CN'))).toBe(own);
  });

  it('keeps the comment box where the form asks for no opinion of its own', () => {
    const schema: RJSFSchema = {
      type: 'object',
      properties: { agree: { type: 'boolean', title: '同意' }, note: { type: 'string' } },
    };
    expect(hasOwnOpinion(actionForm(schema, { return: ['note'] }, 'approve', 'zh-CN'))).toBe(false);
  });
});

describe('the objection form', () => {
  it('promises the bulletin shows no number, as the bulletin does', () => {
    expect(tOf('zh-CN')('notice.contactHint')).not.toContain('139****5678');
    expect(tOf('zh-CN')('notice.contactHint')).toContain('公示栏不显示');
  });
});
