// The task page's process timeline writes what each decision recorded through the action's own form: "上报理由：…",
// never a key such as `note`.
import { describe, expect, it } from 'vitest';
import type { RJSFSchema } from '@rjsf/utils';
import { readFileSync } from 'node:fs';
import type { FormDefinition } from '#forms/form-definition';
import type { RequiredByAction } from '#forms/present/decision-form';
import type { TaskTimeline, TimelineTask } from '#web/app/src/api/inbox-types';
import { timelineEntries } from '#web/app/src/pages/inbox/timeline-entries';

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
      'zh-CN': '规则 1：紧急 → 优先级 3，包挂干部办理时限 2 小时',
      en: 'Rule 1: Urgent → priority 3, Assigned cadre deadline 2 hours',
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
});
