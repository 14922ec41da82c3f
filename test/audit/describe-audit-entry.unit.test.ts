// An audit entry's summary reads as what happened: facts by their names, ids as the names of what they point at, codes
// as words, instants in the server's zone, unchanged values left out, and personal numbers masked.
import { describe, expect, it } from 'vitest';
import type { Locale } from '#core/domain/locale';
import { emptyAuditRefs, type AuditNames } from '#core/stores/audit-names';
import { addSummaryRefs, describeAuditEntry, maskedSummary, type DescribedEntry } from '#web/server/audit/describe-audit-entry';
import { templateTargetName } from '#web/server/audit/template-target-name';

const NAMES: AuditNames = {
  users: new Map([[19, '王建国']]),
  enterprises: new Map([[15, '宏达建设有限公司']]),
  projects: new Map([[7, '滨江一期']]),
  workingGroups: new Map([[2, { 'zh-CN': '要素保障组', en: 'Supplies group' }]]),
  forms: new Map([
    ['daily-report', { 'zh-CN': '项目动态每日报送', en: 'Daily progress report' }],
    ['site-report', { 'zh-CN': '工地周报', en: 'Weekly site report' }],
  ]),
  submissions: new Map([['4b1c0a6e-0000-4000-8000-000000000001', 'KN-20261205-0001']]),
  tasks: new Map(),
  robots: new Map([[3, '要素保障组群']]),
  webhooks: new Map([[4, '市大数据平台']]),
  templatePurposes: new Map(),
  uploads: new Map(),
  categories: new Map([['materials', { 'zh-CN': '生产生活物资', en: 'Production and living materials' }]]),
  hotlineCalls: new Map(),
  visits: new Map(),
};

const describeIn = (locale: Locale, entry: DescribedEntry) =>
  describeAuditEntry(entry, { names: NAMES, locale, timeZone: 'Asia/Shanghai' });

describe('described audit entries', () => {
  it.each([
    [
      'a cadre assigned, by name',
      { action: 'assignment.create', targetType: 'enterprise', summary: { before: { cadreId: null }, after: { cadreId: 19 } } },
      ['包挂干部：（空） → 王建国'],
      ['Assigned cadre: (empty) → 王建国'],
    ],
    [
      'an enterprise changed, unchanged columns left out, its type in words and its liaison’s mobile masked',
      {
        action: 'enterprise.update',
        targetType: 'enterprise',
        summary: {
          before: { name: '宏达', type: 'construction', liaison_mobile: '13912345678', focus: false },
          after: { name: '宏达', type: 'supervision', liaison_mobile: '13987654321', focus: true },
        },
      },
      ['企业类型：施工企业 → 监理企业', '联络员手机：139****5678 → 139****4321', '重点企业：否 → 是'],
      ['Enterprise type: Construction enterprise → Supervision enterprise', 'Liaison mobile: 139****5678 → 139****4321', 'Focus: No → Yes'],
    ],
    [
      'weights saved with one change: the others left out, forms by title',
      {
        action: 'evaluation.weights',
        targetType: 'settings',
        summary: {
          before: { creditPoint: 1, onTimeReport: 0.1, reportForms: ['daily-report'] },
          after: { creditPoint: 1, onTimeReport: 0.2, reportForms: ['daily-report', 'site-report'] },
        },
      },
      ['按时日报：0.1 → 0.2', '计入日报的表单：项目动态每日报送 → 项目动态每日报送、工地周报'],
      ['On-time reports: 0.1 → 0.2', 'Forms counted as daily reports: Daily progress report → Daily progress report, Weekly site report'],
    ],
    [
      'a save that changed nothing',
      {
        action: 'settings.update',
        targetType: 'settings',
        summary: { before: { maxEnterprisesPerCadre: 5 }, after: { maxEnterprisesPerCadre: 5 } },
      },
      ['未改动任何内容'],
      ['Nothing changed'],
    ],
    [
      'an import’s counts',
      { action: 'import.enterprises', targetType: 'import', summary: { rows: 3, created: 1, updated: 2 } },
      ['行数：3', '新增：1', '更新：2'],
      ['Rows: 3', 'Added: 1', 'Updated: 2'],
    ],
    [
      'a decision in the button’s words, its case being the target',
      {
        action: 'task.decide',
        targetType: 'task',
        summary: { action: 'escalate', submissionId: '4b1c0a6e-0000-4000-8000-000000000001' },
      },
      ['办理操作：上报'],
      ['Decision: Escalate'],
    ],
    [
      'an objection’s case by its number, a missing record by its id',
      {
        action: 'notice.objection',
        targetType: 'notice',
        summary: { submissionId: '4b1c0a6e-0000-4000-8000-000000000001', enterpriseId: 99 },
      },
      ['案件：KN-20261205-0001', '企业：#99'],
      ['Case: KN-20261205-0001', 'Enterprise: #99'],
    ],
    [
      'a changed end in the server’s zone, with a reason whose mobile is masked',
      {
        action: 'quarantine.change-end',
        targetType: 'quarantine',
        summary: { before: '2026-12-05T16:00:00.000Z', after: '2026-12-07T16:00:00.000Z', reason: '家属 13912345678 来电' },
      },
      ['结束时间：2026-12-06 00:00 → 2026-12-08 00:00', '原因：家属 139****5678 来电'],
      ['Ends at: 2026-12-06 00:00 → 2026-12-08 00:00', 'Reason: 家属 139****5678 来电'],
    ],
    [
      'a visit’s day as people write a date, not as the API stores it',
      { action: 'visit.create', targetType: 'visit', summary: { enterpriseId: 15, visitedOn: '2026-12-05' } },
      ['企业：宏达建设有限公司', '走访日期：2026年12月5日'],
      ['Enterprise: 宏达建设有限公司', 'Visited on: 5 Dec 2026'],
    ],
    [
      'a user made, with only the facts filled in',
      {
        action: 'user.create',
        targetType: 'user',
        summary: { after: { username: 'cadre9', displayName: '李四', role: 'cadre', enterpriseId: null, workingGroupId: 2 } },
      },
      ['用户名：cadre9', '姓名：李四', '角色：包挂干部', '工作组：要素保障组'],
      ['Username: cadre9', 'Name: 李四', 'Role: Assigned cadre', 'Working group: Supplies group'],
    ],
    [
      'a webhook subscribed: its events in words, the token of its URL masked',
      {
        action: 'webhook.subscribed',
        targetType: 'webhook',
        summary: {
          name: '市大数据平台',
          url: 'https://hooks.example.com/fugong/9f8e7d6c5b4a3210?token=s3cr3t-t0ken&site=1',
          kinds: ['submission.received', 'case.settled'],
        },
      },
      ['名称：市大数据平台', '推送地址：https://hooks.example.com/fugong/***?token=***&site=***', '事件：收到填报、案件办结'],
      ['Name: 市大数据平台', 'URL: https://hooks.example.com/fugong/***?token=***&site=***', 'Events: Submission received, Case settled'],
    ],
    [
      'a webhook moved and switched off',
      { action: 'webhook.changed', targetType: 'webhook', summary: { url: 'https://u:p@example.org/in?key=abc', active: false } },
      ['推送地址：https://example.org/in?key=***', '启用：否'],
      ['URL: https://example.org/in?key=***', 'Active: No'],
    ],
    [
      'a group robot registered: its channel and owner in words',
      {
        action: 'robot.registered',
        targetType: 'robot',
        summary: { key: 'supply-group', channel: 'wecom-robot', audience: 'working_group' },
      },
      ['标识：supply-group', '渠道：企业微信群机器人', '所属：工作专班'],
      ['Key: supply-group', 'Channel: WeCom group robot', 'Belongs to: Working group'],
    ],
    [
      'a group robot changed',
      { action: 'robot.changed', targetType: 'robot', summary: { per_minute: 10, secretReplaced: true } },
      ['每分钟最多条数：10', '已更换密钥：是'],
      ['Most messages a minute: 10', 'Secret replaced: Yes'],
    ],
    [
      'a robot’s test message',
      { action: 'robot.test-sent', targetType: 'robot', summary: { outcome: 'rate-limited' } },
      ['发送结果：群机器人限流，未送达'],
      ['Result: Rate-limited by the robot, not delivered'],
    ],
    [
      'a robot template saved, its text by name',
      {
        action: 'robot_template.save',
        targetType: 'robot_template',
        summary: { from: 'shipped', before: { markdown: '## 旧' }, after: { markdown: '## 新' } },
      },
      ['群消息正文：## 旧 → ## 新', '修改自：系统默认'],
      ['Group message text: ## 旧 → ## 新', 'Changed from: the shipped version'],
    ],
    [
      'a case confirmed without a reason: no reason line',
      { action: 'case.confirm', targetType: 'submission', summary: { reason: '' } },
      [],
      [],
    ],
    [
      'a task handed over from a role, the role in words',
      {
        action: 'task.reassign',
        targetType: 'task',
        summary: { before: { assigneeUserId: null, candidateRole: 'cadre' }, after: { assigneeUserId: 19 }, reason: '  ' },
      },
      ['办理人：（空） → 王建国', '办理角色：包挂干部 → （空）'],
      ['Handler: (empty) → 王建国', 'Handling role: Assigned cadre → (empty)'],
    ],
    [
      'a cadre hand-over by the system’s reason in the reader’s language, a typed reason as typed',
      {
        action: 'task.reassign',
        targetType: 'task',
        summary: { before: { assigneeUserId: null }, after: { assigneeUserId: 19 }, reason: '包挂关系变更，待办随企业移交新的包挂干部' },
      },
      ['办理人：（空） → 王建国', '原因：包挂关系变更，待办随企业移交新的包挂干部'],
      ['Handler: (empty) → 王建国', 'Reason: The enterprise changed cadre; its tasks moved with it'],
    ],
    [
      'a task reassigned by hand, its reason as typed in any language',
      {
        action: 'task.reassign',
        targetType: 'task',
        summary: { before: { assigneeUserId: null }, after: { assigneeUserId: 19 }, reason: '人手调整' },
      },
      ['办理人：（空） → 王建国', '原因：人手调整'],
      ['Handler: (empty) → 王建国', 'Reason: 人手调整'],
    ],
    [
      'a gate refusal by its reason in words',
      {
        action: 'gate.check-refused',
        targetType: 'gate_check',
        summary: { reason: 'quarantined_elsewhere', projectId: 7, workerName: '张**' },
      },
      ['原因：正在其他工地隔离观察，不得进场', '项目：滨江一期', '人员：张**'],
      ['Reason: In quarantine at another site; may not enter', 'Project: 滨江一期', 'Worker: 张**'],
    ],
    [
      'a form made from a starter of a process type, the type by its name',
      { action: 'form.create', targetType: 'form', summary: { processType: 'ladder' } },
      ['流程类型：逐级办理'],
      ['Process type: Escalation ladder'],
    ],
    [
      'a template created for a purpose, the purpose in words',
      { action: 'email_template.create', targetType: 'email_template', summary: { purpose: 'submission-received' } },
      ['用途：企业提交表单后的回执'],
      ['Purpose: Receipt sent to an enterprise after it submits a form'],
    ],
    [
      'an offline check-in, the queue item’s id left to IT',
      {
        action: 'quarantine.check-in-late',
        targetType: 'quarantine',
        summary: { clientId: '0b6c1e9e-0000-4000-8000-000000000001', clockSkewed: false },
      },
      ['设备时钟有偏差：否'],
      ['Device clock off: No'],
    ],
    [
      'a hotline call, its enterprise and difficulty category by name, never by id or key',
      { action: 'hotline.record', targetType: 'hotline_call', summary: { enterpriseId: 15, category: 'materials' } },
      ['企业：宏达建设有限公司', '类别：生产生活物资'],
      ['Enterprise: 宏达建设有限公司', 'Category: Production and living materials'],
    ],
  ] as const)('describes %s', (_name, entry, zh, en) => {
    expect(describeIn('zh-CN', entry)).toEqual(zh);
    expect(describeIn('en', entry)).toEqual(en);
  });

  it('describes nothing for an entry that recorded nothing', () => {
    expect(describeIn('zh-CN', { action: 'task.claim', targetType: 'task', summary: {} })).toEqual([]);
    expect(describeIn('zh-CN', { action: 'task.claim', targetType: 'task', summary: null })).toEqual([]);
  });

  it('collects the ids a summary names, for one read per kind', () => {
    const refs = emptyAuditRefs();
    addSummaryRefs(refs, { before: { cadreId: null }, after: { cadreId: 19 } });
    addSummaryRefs(refs, { before: { reportForms: ['daily-report'] }, after: { reportForms: ['site-report'] }, enterpriseId: '15' });
    addSummaryRefs(refs, { submissionId: 'abc', project_id: 7, working_group_id: 2, formKey: 'daily-report' });
    addSummaryRefs(refs, { enterpriseId: 15, category: 'materials' });
    expect(refs).toEqual({
      users: [19],
      enterprises: [15, 15],
      projects: [7],
      workingGroups: [2],
      forms: ['daily-report', 'site-report', 'daily-report'],
      submissions: ['abc'],
      tasks: [],
      robots: [],
      webhooks: [],
      templates: [],
      uploads: [],
      categories: ['materials'],
      hotlineCalls: [],
      visits: [],
    });
  });

  it('masks the mobiles of the stored summary it hands out, and leaves the rest as recorded', () => {
    const summary = {
      before: { liaison_mobile: '13912345678', name: '宏达' },
      after: { liaison_mobile: null },
      mobile: '139****5678',
      rows: 3,
    };
    expect(maskedSummary(summary)).toEqual({
      before: { liaison_mobile: '139****5678', name: '宏达' },
      after: { liaison_mobile: null },
      mobile: '139****5678',
      rows: 3,
    });
    expect(maskedSummary(null)).toBeNull();
    // An id keeps its digits though they read as a mobile; a number typed beside it does not.
    const workflowId = 'submission-0f2a1b3c-1d2e-4f5a-8b9c-a13912345678';
    expect(maskedSummary({ workflowId, reason: `${workflowId} 电话13912345678` })).toEqual({
      workflowId,
      reason: `${workflowId} 电话139****5678`,
    });
    // A webhook's address shows where it points, never its token, in the record IT reads too.
    expect(maskedSummary({ url: 'https://oapi.dingtalk.com/robot/send?access_token=abc123' })).toEqual({
      url: 'https://oapi.dingtalk.com/robot/send?access_token=***',
    });
  });
});

describe('template targets by name', () => {
  const names = { templatePurposes: new Map([['receipt-2', 'submission-received']]) };
  it.each([
    [
      'robot_template',
      'submission-received/zh-CN',
      '企业提交表单后的回执（中文）',
      'Receipt sent to an enterprise after it submits a form (中文)',
    ],
    [
      'sms_template',
      'submission-received/en',
      '企业提交表单后的回执（English）',
      'Receipt sent to an enterprise after it submits a form (English)',
    ],
    [
      'email_template',
      'receipt-2',
      '企业提交表单后的回执 · 自建：receipt-2',
      'Receipt sent to an enterprise after it submits a form · created: receipt-2',
    ],
  ])('names a %s %s by its purpose', (targetType, targetId, zh, en) => {
    expect(templateTargetName({ targetType, targetId }, names, 'zh-CN')).toBe(zh);
    expect(templateTargetName({ targetType, targetId }, names, 'en')).toBe(en);
  });

  it('names no template it does not know, and no other target', () => {
    expect(templateTargetName({ targetType: 'email_template', targetId: 'no-such/en' }, names, 'zh-CN')).toBeUndefined();
    expect(templateTargetName({ targetType: 'robot', targetId: '3' }, names, 'zh-CN')).toBeUndefined();
  });
});
