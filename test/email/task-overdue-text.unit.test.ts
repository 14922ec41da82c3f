// The overdue notice tells the person whose task ran out of time what the process did with it — escalated to whom, or
// closed and why — in both languages, with the case number and the link; data written before it knew says what it did.
import { describe, expect, it } from 'vitest';
import type { Locale } from '#core/domain/locale';
import { sampleDataFor } from '#core/mail/sample-data';
import { createTemplateRenderer } from '#core/mail/template-renderer';

const renderer = createTemplateRenderer('Asia/Shanghai');
const TASK = {
  taskTitle: '物资短缺报告 · 包挂干部办理',
  dueAt: '2026-12-05T16:00:00.000Z',
  taskId: 'submission-1/0-0-cadre',
  caseNumber: 'KN-20261205-0001',
  appLink: 'https://fugong.example.gov.cn/#/tasks/submission-1%2F0-0-cadre',
};
const render = (locale: Locale, facts: Record<string, unknown>) =>
  renderer.render('task-overdue', locale, { recipientName: '张三', ...TASK, ...facts, locale });

// The HTML body as a reader sees it: tags dropped, the entities Handlebars escapes with read back.
const readable = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replaceAll('&quot;', '"')
    .replaceAll('&#x3D;', '=')
    .replaceAll('&amp;', '&');

const CASES: [string, Locale, Record<string, unknown>, string][] = [
  [
    'escalated',
    'zh-CN',
    { escalated: true, escalatedTo: '企业服务专班（综合协调组）', closed: false, closeReason: '' },
    '已于 2026年12月5日 24:00 超过办理时限，已升级至「企业服务专班（综合协调组）」继续办理。',
  ],
  [
    'escalated',
    'en',
    { escalated: true, escalatedTo: 'Prevention and control HQ', closed: false, closeReason: '' },
    'passed its deadline of 5 Dec 2026, end of day; it has been escalated to Prevention and control HQ.',
  ],
  [
    'closed',
    'zh-CN',
    { escalated: false, escalatedTo: '', closed: true, closeReason: '超时未办理，案件已按流程规定以“已超期”结束' },
    '已于 2026年12月5日 24:00 超过办理时限，已关闭：超时未办理，案件已按流程规定以“已超期”结束。',
  ],
  [
    'closed',
    'en',
    { escalated: false, escalatedTo: '', closed: true, closeReason: 'nobody acted on it in time, so the case has ended as "Expired"' },
    'passed its deadline of 5 Dec 2026, end of day and has been closed: nobody acted on it in time, so the case has ended as "Expired".',
  ],
];

describe('task-overdue email', () => {
  it.each(CASES)('%s (%s): says what the process did, with the case number and the link', (_kind, locale, facts, sentence) => {
    const { subject, text, html } = render(locale, facts);
    expect(text).toContain(sentence);
    expect(readable(html)).toContain(sentence);
    expect(text).not.toMatch(/升级或关闭|escalated or closed/);
    expect(subject).toContain('KN-20261205-0001');
    expect(text).toContain('KN-20261205-0001');
    expect(text).toContain(TASK.appLink);
    expect(html).toContain(`href="${TASK.appLink.replaceAll('=', '&#x3D;')}"`);
    expect(text).not.toMatch(/\n\s*\n\s*\n/);
  });

  it('still renders what a message queued before the outcome was passed on says: the process handled it', () => {
    expect(render('zh-CN', {}).text).toContain('超过办理时限，系统已按流程规定处理（升级或关闭）。');
    expect(render('en', {}).text).toContain('the process has escalated or closed it as its rules say.');
  });

  it('previews with sample data that names where the task went, in both languages', () => {
    expect(render('zh-CN', sampleDataFor('task-overdue', 'zh-CN')).text).toContain('已升级至「企业服务专班（综合协调组）」继续办理');
    expect(render('en', sampleDataFor('task-overdue', 'en')).text).toContain(
      'escalated to Enterprise service class (Comprehensive coordination)',
    );
  });
});
