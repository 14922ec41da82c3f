// The task page's process timeline writes what each decision recorded through the action's own form: "上报理由：…",
// never a key such as `note`.
import { beforeAll, describe, expect, it } from 'vitest';
import type { RJSFSchema } from '@rjsf/utils';
import { readFileSync } from 'node:fs';
import type { FormDefinition } from '#forms/form-definition';
import type { RequiredByAction } from '#forms/present/decision-form';
import type { TaskTimeline, TimelineTask } from '#web/app/src/api/inbox-types';
import { timelineEntries } from '#web/app/src/pages/inbox/timeline-entries';
import { loadDictionary } from '#web/app/src/i18n/loaded-dictionaries';
import { translate } from '#web/app/src/i18n/translate';
import type { MessageKey } from '#web/app/src/i18n/zh-cn-messages';

const difficulty = JSON.parse(
  readFileSync(new URL('../../forms/definitions/difficulty-report.json', import.meta.url), 'utf8'),
) as FormDefinition;
const completion = (difficulty.process.params as { completion: { schema: RJSFSchema; requiredByAction: RequiredByAction } }).completion;

const task = (outcome: TimelineTask['outcome'], data: Record<string, unknown>): TimelineTask => ({
  id: `t-${outcome}`,
  step: 'cadre',
  title: { 'zh-CN': '困难问题反映 · 包挂干部办理', en: 'Difficulty report · Assigned cadre' },
  status: 'done',
  assigneeName: '王建国',
  candidateRole: null,
  candidateGroupId: null,
  candidateGroup: null,
  createdAt: '2026-12-04T01:00:00.000Z',
  dueAt: '2026-12-04T16:00:00.000Z',
  closedAt: '2026-12-04T02:00:00.000Z',
  decidedByName: '王建国',
  outcome,
  comment: null,
  data,
});

const words = (locale: 'zh-CN' | 'en') => ({
  t: (key: string, params?: Record<string, unknown>) => `${key}${params ? JSON.stringify(params) : ''}`,
  pick: (text: Record<string, string> | null | undefined) => text?.[locale] ?? '',
  locale,
});

describe('process timeline entries', () => {
  beforeAll(() => loadDictionary('en'));

  it('titles what a decision recorded as the action’s form does, choices by their titles', () => {
    const timeline: TaskTimeline = {
      submission: null,
      tasks: [
        task('escalate', { note: '需专班协调钢材供应' }),
        task('resolve', { resolution: '已联系钢厂', outcome: 'solved-on-site', department: '' }),
      ],
      events: [],
    };
    const entries = timelineEntries(words('zh-CN') as never, timeline, 'x', completion);
    const notes = entries.flatMap((entry) => entry.notes ?? []);
    expect(notes).toEqual(['上报理由：需专班协调钢材供应', '办理结果：已联系钢厂', '办结方式：现场解决']);
    const en = timelineEntries(words('en') as never, timeline, 'x', completion).flatMap((entry) => entry.notes ?? []);
    expect(en).toEqual(['Why escalate: 需专班协调钢材供应', 'Resolution: 已联系钢厂', 'How it was resolved: resolved on site']);
  });

  it('writes a matched rule on the timeline in the reader’s language, where the ladder recorded it', () => {
    const line = {
      'zh-CN': '规则 1：紧急 → 定为特急，包挂干部办理时限 2 小时',
      en: 'Rule 1: Urgent → marked critical, Assigned cadre deadline 2 hours',
    };
    const timeline: TaskTimeline = {
      submission: null,
      tasks: [{ ...task('resolve', {}), createdAt: '2026-12-04T01:00:01.000Z' }],
      events: [{ at: '2026-12-04T01:00:00.500Z', kind: 'ladder.rule', detail: { row: 1, line } }],
    };
    for (const locale of ['zh-CN', 'en'] as const) {
      const entries = timelineEntries(words(locale) as never, timeline, 'x', completion);
      expect(entries.map((entry) => entry.text)[0]).toBe(line[locale]);
      expect(entries).toHaveLength(3);
    }
  });

  it('shows what the enterprise said between the rungs (its answer to a return, its reason to reopen), not the decisions twice', () => {
    const timeline: TaskTimeline = {
      submission: null,
      tasks: [
        task('return', { note: '请补充工人名单' }),
        { ...task('resolve', {}), id: 't-second', createdAt: '2026-12-04T03:00:00.000Z', closedAt: '2026-12-04T04:00:00.000Z' },
      ],
      events: [
        { at: '2026-12-04T02:00:00.000Z', kind: 'ladder.return', detail: { stage: 'cadre', note: '请补充工人名单' } },
        { at: '2026-12-04T02:30:00.000Z', kind: 'ladder.reply', detail: { stage: 'cadre', text: '工人30名，自湖北孝感出发' } },
        { at: '2026-12-04T05:00:00.000Z', kind: 'ladder.reopen', detail: { stage: 'cadre', reason: '钢筋只到了5吨' } },
      ],
    };
    const texts = timelineEntries(words('zh-CN') as never, timeline, 'x', completion).map((entry) => entry.text);
    const reply = texts.find((text) => text.startsWith('event.ladder.reply'));
    expect(reply).toContain('工人30名，自湖北孝感出发');
    expect(texts.find((text) => text.startsWith('event.ladder.reopen'))).toContain('钢筋只到了5吨');
    // The return is its task's closing line already.
    expect(texts.filter((text) => text.startsWith('event.ladder.return'))).toEqual([]);
    // In time order: the return's task closes, the reply, the next task, the reopening.
    expect(texts.indexOf(reply!)).toBeGreaterThan(texts.findIndex((text) => text.startsWith('task.tl.decided')));
  });

  it('says what each message was and to whom: a text to its masked number, a group by name, staff without either', () => {
    const sent = (kind: string, detail: Record<string, unknown>) => ({ at: '2026-12-04T03:00:00.000Z', kind, detail });
    const zh = { subjectLocale: 'zh-CN' };
    const timeline: TaskTimeline = {
      submission: null,
      tasks: [],
      events: [
        sent('sms', { channel: 'sms', to: '139****1234', subject: '（内容可能含个人信息，已隐藏）', status: 'outbox' }),
        sent('robot', { channel: 'wecom-robot', to: '物资保障专班群', subject: '新的困难问题', purpose: 'task-assigned', ...zh }),
        sent('email', {
          channel: 'email',
          to: 'ent01@demo.fugong.local',
          subject: '【复工】已收到',
          purpose: 'submission-received',
          ...zh,
        }),
        sent('email', { channel: 'email', recipient: 'staff', to: null, subject: null, purpose: null, status: 'sent' }),
      ],
    };
    const real = (locale: 'zh-CN' | 'en') => ({
      ...words(locale),
      t: (key: string, params?: Record<string, string | number>) => translate(locale, key as MessageKey, params),
    });
    const lines = (locale: 'zh-CN' | 'en') =>
      timelineEntries(real(locale) as never, timeline, 'x').map((entry) => [entry.text, entry.quote ?? entry.asSent?.label ?? null]);
    expect(lines('zh-CN')).toEqual([
      ['已发送短信至 139****1234，内容：', '（内容可能含个人信息，已隐藏）'],
      ['已在群聊“物资保障专班群”发布新待办通知，标题：', '新的困难问题'],
      ['已发送受理回执邮件至 ent01@demo.fugong.local，主题：', '【复工】已收到'],
      ['已通知办理人员', null],
    ]);
    // The masked text message carries no language: it is read as the reader's, as before.
    expect(lines('en')).toEqual([
      ['Text message sent to 139****1234: ', '（内容可能含个人信息，已隐藏）'],
      ['New task notice posted to the group “物资保障专班群”', 'As sent (in Chinese)'],
      ['Receipt email sent to ent01@demo.fugong.local', 'As sent (in Chinese)'],
      ['Staff notified', null],
    ]);
  });

  it('says who filed a report for an enterprise, and "the enterprise" when it filed its own', () => {
    const origin = (filedBy: { name: string; role: 'cadre' } | null) => ({
      submission: {
        id: 's',
        caseNumber: 'BY-20261205-0001',
        formKey: 'commendation',
        formTitle: { 'zh-CN': '表扬推荐', en: 'Commendation' },
        status: 'received',
        data: {},
        createdAt: '2026-12-05T01:00:00.000Z',
        filedBy,
      },
      tasks: [],
      events: [],
    });
    const real = (locale: 'zh-CN' | 'en') => ({
      ...words(locale),
      t: (key: string, params?: Record<string, string | number>) => translate(locale, key as MessageKey, params),
    });
    const first = (timeline: TaskTimeline, locale: 'zh-CN' | 'en') => timelineEntries(real(locale) as never, timeline, 'x')[0]!.text;
    expect(first(origin({ name: '王建国', role: 'cadre' }), 'zh-CN')).toBe('王建国 提交「表扬推荐」');
    expect(first(origin({ name: '王建国', role: 'cadre' }), 'en')).toBe('王建国 filed “Commendation”');
    expect(first(origin(null), 'zh-CN')).toBe('企业提交「表扬推荐」');
  });

  it('says which working group or inspection body a step was opened for, as the server names it with the task', () => {
    const offered = (step: string, title: string, candidateGroup: TimelineTask['candidateGroup']): TimelineTask => ({
      ...task(null, {}),
      step,
      title: { 'zh-CN': title, en: title },
      status: 'open',
      assigneeName: null,
      candidateRole: 'special_class',
      candidateGroupId: 3,
      candidateGroup,
    });
    const opened = (one: TimelineTask, locale: 'zh-CN' | 'en') => {
      const real = {
        ...words(locale),
        t: (key: string, params?: Record<string, string | number>) => translate(locale, key as MessageKey, params),
      };
      return timelineEntries(real as never, { submission: null, tasks: [one], events: [] }, 'x')[0]!.text;
    };
    const materials = { name: { 'zh-CN': '原材料供应组', en: 'Raw material supply' }, kind: 'service' } as const;
    const group = offered('group', '困难问题反映 · 专班工作组协调', materials);
    expect(opened(group, 'zh-CN')).toBe('进入「专班工作组协调」环节，办理人：企业服务专班 · 原材料供应组');
    const town = { name: { 'zh-CN': '镇（街道）检查组', en: 'Town/street inspection team' }, kind: 'inspection' } as const;
    const inspection = offered('town', '复工复产条件核查 · 镇（街道）检查组核查', town);
    expect(opened(inspection, 'zh-CN')).toBe('进入「镇（街道）检查组核查」环节，办理人：镇（街道）检查组');
    expect(opened(inspection, 'en')).toContain('opened for Town/street inspection team');
  });
});
