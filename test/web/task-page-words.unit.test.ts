// A cadre's task page says how a task ended in result words ("Escalated to the next level", not the button's
// "Escalate"), names no claimer of a task nobody claimed once it is over, shows the enterprise's latest answer to a
// return above the decision, and the case page's messages table is named by its heading alone.
import { createElement } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderIn, textIn } from '../helpers/render-in-locale';
import { STATUS_NAMES } from '#core/domain/glossary';
import type { TaskAction } from '#core/domain/human-task';
import type { DecidableTask } from '#web/app/src/api/inbox-types';
import { formAdminEn, formAdminZhCn } from '#web/app/src/i18n/messages/form-admin-messages';
import { loadDictionary } from '#web/app/src/i18n/loaded-dictionaries';
import { translate } from '#web/app/src/i18n/translate';
import { EmailList } from '#web/app/src/pages/email-list';
import { taskResultWord } from '#web/app/src/pages/inbox/closed-words';
import { TaskFacts } from '#web/app/src/pages/inbox/task-facts';
import { TaskLatestReply } from '#web/app/src/pages/inbox/task-latest-reply';
import { timelineEntries } from '#web/app/src/pages/inbox/timeline-entries';
import { decidableTask } from '../fixtures/decidable-task';

type Locale = 'zh-CN' | 'en';

const rendered = textIn;

const facts = (t: DecidableTask, locale: Locale) => rendered(createElement(TaskFacts, { task: t, categoryName: () => undefined }), locale);

describe('task page words', () => {
  beforeAll(() => loadDictionary('en'));

  it.each([
    ['escalate', '已上报上一级', 'Escalated to the next level'],
    ['resolve', '已解决', 'Resolved'],
    ['return', '已退回企业补充材料', 'Returned to the enterprise for more information'],
    ['approve', '已批准', 'Approved'],
    ['reject', '不予受理', 'Rejected'],
  ])('a task decided with %s reads its outcome as a result', (action, zh, en) => {
    const decided = decidableTask({ outcome: { kind: 'decided', action } });
    expect(facts(decided, 'zh-CN')).toContain(`办理结果 ${zh}`);
    expect(facts(decided, 'en')).toContain(`Outcome ${en}`);
    expect(facts(decided, 'en')).not.toMatch(/Outcome (Escalate|Return for rework|Approve|Reject) /);
    expect(translate('en', 'task.decided', { result: taskResultWord(translate.bind(null, 'en'), action) })).toBe(`Sent. Outcome: ${en}.`);
    expect(translate('zh-CN', 'task.decided', { result: taskResultWord(translate.bind(null, 'zh-CN'), action) })).toBe(
      `已提交，办理结果：${zh}。`,
    );
  });

  it('keeps the words a rung gives its actions (an inspection’s pass)', () => {
    const labels: Partial<Record<TaskAction, string>> = { escalate: '核查通过，报送下一级核查' };
    expect(facts(decidableTask({ actionLabels: labels }), 'zh-CN')).toContain('办理结果 核查通过，报送下一级核查');
  });

  it('names the inspection body or working group a task was offered to, as the task names it', () => {
    const offered = (candidateGroup: DecidableTask['candidateGroup']) =>
      decidableTask({ assigneeUserId: null, assigneeName: null, candidateRole: 'special_class', candidateGroupId: 3, candidateGroup });
    const town = offered({ name: { 'zh-CN': '镇（街道）检查组', en: 'Town/street inspection team' }, kind: 'inspection' });
    expect(facts(town, 'zh-CN')).toContain('办理人 镇（街道）检查组（任一成员）');
    expect(facts(town, 'en')).toContain('Handled by Town/street inspection team (any member)');
    const materials = offered({ name: { 'zh-CN': '原材料供应组', en: 'Raw material supply' }, kind: 'service' });
    expect(facts(materials, 'zh-CN')).toContain('办理人 企业服务专班 · 原材料供应组（任一成员）');
  });

  it('names no claimer of a decided task nobody claimed, and the claimer of one that was', () => {
    expect(facts(decidableTask({}), 'zh-CN')).not.toContain('认领人');
    expect(facts(decidableTask({}), 'en')).not.toContain('Claimed by');
    expect(facts(decidableTask({ claimedBy: 8, claimedByName: '李明' }), 'zh-CN')).toContain('认领人 李明');
    expect(facts(decidableTask({ status: 'open', outcome: null, closedAt: null, decidedByName: null }), 'zh-CN')).toContain(
      '认领人 未认领',
    );
  });

  it('shows the enterprise’s latest answer and when it came', () => {
    const events = [
      { at: '2026-12-06T03:38:00.000Z', kind: 'ladder.return', detail: { stage: 'cadre', note: '请补充型号' } },
      { at: '2026-12-06T03:39:00.000Z', kind: 'ladder.reply', detail: { stage: 'cadre', text: '钢材型号 XY-100' } },
      { at: '2026-12-06T03:45:00.000Z', kind: 'ladder.reply', detail: { stage: 'cadre', text: '另需吊车一台' } },
    ];
    const zh = rendered(createElement(TaskLatestReply, { events }), 'zh-CN');
    expect(zh).toContain('企业最新答复');
    expect(zh).toContain('答复内容 另需吊车一台');
    expect(zh).toContain('答复时间 2026年12月6日');
    expect(zh).not.toContain('XY-100');
    const en = rendered(createElement(TaskLatestReply, { events }), 'en');
    expect(en).toContain('The enterprise’s latest answer');
    expect(en).toContain('Answer 另需吊车一台');
    expect(rendered(createElement(TaskLatestReply, { events: events.slice(0, 1) }), 'zh-CN').trim()).toBe('');
  });

  it('shows the files of the latest answer with their sizes, each a download link, and in the timeline under it', () => {
    const files = [
      { id: '0b6c3f0e-1d2a-4c5b-9e8f-7a6b5c4d3e2f', fileName: '施工许可证.pdf', contentType: 'application/pdf', size: 12_650 },
      { id: '1c7d4a1f-2e3b-4d6c-8f9a-8b7c6d5e4f3a', fileName: '现场照片.png', contentType: 'image/png', size: 2_400_000 },
    ];
    const events = [{ at: '2026-12-06T03:45:00.000Z', kind: 'ladder.reply', detail: { stage: 'cadre', text: '见附件', files } }];
    const card = createElement(TaskLatestReply, { events });
    expect(rendered(card, 'zh-CN')).toContain('附件 施工许可证.pdf （12 KB） 现场照片.png （2.3 MB）');
    expect(rendered(card, 'en')).toContain('Files 施工许可证.pdf (12 KB) 现场照片.png (2.3 MB)');
    const html = renderIn(card);
    expect(html).toContain(`href="/api/uploads/${files[0]!.id}" download=""`);
    const t = translate.bind(null, 'zh-CN');
    const timeline = { submission: null, tasks: [], events };
    const entries = timelineEntries({ t, pick: () => '', locale: 'zh-CN' }, timeline as never, 't1');
    expect(entries.map((entry) => [entry.text, entry.files?.map((file) => file.fileName)])).toEqual([
      ['企业已补充材料：见附件', ['施工许可证.pdf', '现场照片.png']],
    ]);
  });

  it('names the messages table by its heading, not by a caption repeating it', () => {
    const email = {
      id: 1,
      to: 'ent01@demo.fugong.local',
      subject: '【复工】已收到',
      status: 'sent',
      createdAt: '2026-12-06T03:39:00.000Z',
      purpose: 'receipt',
      channel: 'email',
    };
    const html = renderIn(createElement(EmailList, { emails: [email as never], labelledBy: 'submission-emails' }));
    expect(html).not.toContain('已发送的通知');
    expect(html).toContain('aria-labelledby="submission-emails"');
  });

  it('calls a rejected case 不予受理 in the submission’s timeline as the glossary and the case page do', () => {
    expect(formAdminZhCn['submissionTimeline.statusName.rejected']).toBe(STATUS_NAMES.rejected['zh-CN']);
    expect(formAdminZhCn['submissionTimeline.action.reject']).toBe(STATUS_NAMES.rejected['zh-CN']);
    expect(formAdminEn['submissionTimeline.statusName.rejected']).toBe(STATUS_NAMES.rejected.en);
  });

  it.each([
    ['zh-CN', '「包挂干部办理」环节：王建国，已上报上一级'],
    ['en', 'Step “Assigned cadre”, 王建国: Escalated to the next level'],
  ] as const)('writes a decision on the timeline as what it came to (%s)', (locale, line) => {
    const decided = {
      id: 't1',
      step: 'cadre',
      title: { 'zh-CN': '困难问题反映 · 包挂干部办理', en: 'Difficulty report · Assigned cadre' },
      status: 'done',
      assigneeName: '王建国',
      candidateRole: null,
      candidateGroupId: null,
      createdAt: '2026-12-06T03:41:00.000Z',
      dueAt: '2026-12-06T16:00:00.000Z',
      closedAt: '2026-12-06T03:42:00.000Z',
      decidedByName: '王建国',
      outcome: 'escalate',
      comment: null,
      data: {},
    };
    const words = { t: translate.bind(null, locale), pick: (text: Record<string, string>) => text[locale], locale };
    const texts = timelineEntries(words as never, { submission: null, tasks: [decided as never], events: [] }, 'x').map((e) => e.text);
    expect(texts).toContain(line);
  });

  it('writes a failed inspection as 不予通过 where its case words it so, in its status line and its rung’s ending', () => {
    const rejected = {
      id: 't2',
      step: 'town',
      title: { 'zh-CN': '复工复产条件核查 · 镇（街道）检查组核查', en: 'Readiness · Town/street inspection team' },
      status: 'done',
      assigneeName: '赵检查',
      candidateRole: null,
      candidateGroupId: null,
      createdAt: '2026-12-06T03:41:00.000Z',
      dueAt: '2026-12-08T16:00:00.000Z',
      closedAt: '2026-12-06T03:42:00.000Z',
      decidedByName: '赵检查',
      outcome: 'reject',
      comment: null,
      data: {},
    };
    const words = { t: translate.bind(null, 'zh-CN'), pick: (text: Record<string, string>) => text['zh-CN'], locale: 'zh-CN' };
    const submission = {
      formTitle: { 'zh-CN': '复工复产条件核查', en: 'Readiness' },
      createdAt: '2026-12-06T03:40:00.000Z',
      filedBy: null,
      statusWords: { rejected: '不予通过' },
    };
    const events = [{ at: '2026-12-06T03:42:01.000Z', kind: 'status.rejected', detail: {} }];
    const texts = timelineEntries(words as never, { submission: submission as never, tasks: [rejected as never], events }, 'x').map(
      (e) => e.text,
    );
    expect(texts).toContain('流程状态变为：不予通过');
    expect(texts.join('\n')).toMatch(/赵检查，不予通过/);
    expect(texts.join('\n')).not.toContain('不予受理');
  });
});
