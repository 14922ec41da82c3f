// The sentences the stuck list says: each known failure type becomes what to do, in both languages, quoting the value
// or template at fault; anything else says where to look. Table-driven, on the messages the activities really throw.
import { describe, expect, it } from 'vitest';
import { DurationFault } from '#core/domain/duration';
import { TemplateMissingError } from '#core/mail/template-renderer';
import { summariseFailure } from '#web/server/stuck/stuck-scan';
import { failedReason, retryingReason, stepOf, workflowTaskReason } from '#web/server/stuck/stuck-reasons';

describe('stuck-case reasons', () => {
  it.each([
    ['an SLA', new DurationFault('SLA', '20 secs', 'a duration such as "4 hours", "end-of-day" or "N working days"').message, '20 secs'],
    ['a hold', new DurationFault('settleAfter', 'twenty secs', 'a duration such as "4 hours"').message, 'twenty secs'],
  ])('tells an admin to correct %s in the form definition, quoting it', (_what, message, value) => {
    const reason = failedReason({ type: 'ConfigurationFault', message });
    expect(reason['zh-CN']).toBe(`流程参数中的时限“${value}”无法识别：请在表单定义中改正后重新发布`);
    expect(reason.en).toBe(
      `The time limit “${value}” in the process parameters cannot be read: correct it in the form definition and publish it again`,
    );
  });

  it.each([
    ['email template no-such-receipt/zh-CN.subject.hbs not found', 'no-such-receipt'],
    ['template name "Bad Name" is not valid', 'Bad Name'],
    ['SMS template refused: a variable is unknown', null],
    ['SMS template quarantine-start/en.sms.hbs not found', 'quarantine-start'],
    ['robot template overdue-alert/zh-CN.markdown.hbs not found', 'overdue-alert'],
  ])('names the missing template of "%s"', (message, name) => {
    const reason = failedReason({ type: 'TemplateMissing', message: new TemplateMissingError(message).message });
    expect(reason['zh-CN']).toContain(name ? `消息模板“${name}”不存在` : '消息模板不存在');
    expect(reason.en).toContain(name ? `template “${name}” the process uses does not exist` : 'template the process uses does not exist');
  });

  it('sends any other failure to the worker logs, in both languages', () => {
    const reason = failedReason({ type: 'TypeError', message: 'x is undefined' });
    expect(reason['zh-CN']).toContain('处理进程的日志');
    expect(reason.en).toContain('worker logs');
  });

  it('counts the attempts of a retrying step and names the step in words', () => {
    const reason = retryingReason('markSubmission', 4, { type: null, message: 'SQLITE_BUSY' });
    expect(reason['zh-CN']).toMatch(/^“记录案件状态”已尝试 4 次仍未成功/);
    expect(reason.en).toMatch(/^Recording the case status has failed 4 times/);
    expect(stepOf('someNewActivity')).toEqual({ 'zh-CN': '流程中的一个步骤', en: 'a step of the process' });
  });

  it('says a failing workflow task after a deploy is the new code not fitting the case', () => {
    expect(workflowTaskReason(3, true)['zh-CN']).toContain('不兼容');
    expect(workflowTaskReason(3, false)['zh-CN']).not.toContain('不兼容');
  });

  it('reads the innermost cause of an activity failure', () => {
    const summary = summariseFailure({
      message: 'Activity task failed',
      activityFailureInfo: {},
      cause: { message: 'template name "x" is not valid', applicationFailureInfo: { type: 'TemplateMissing' } },
    });
    expect(summary).toEqual({ type: 'TemplateMissing', message: 'template name "x" is not valid' });
  });
});
