// Messages of the admin's stuck-case page (loaded with its chunk; the navigation label lives in the main dictionary).
// The zh-CN object defines the keys; en is typed against it so both sets stay identical.

/** zh-CN messages of this feature. */
export const stuckZhCn = {
  'stuck.title': '卡住的案件',
  'stuck.intro':
    '流程无法继续的案件：某个步骤反复失败仍在重试、流程推进反复出错，或近七天内因错误而终止。每条都写明原因和处理办法；原因消除后，仍在重试的案件会自动继续。',
  'stuck.empty': '没有卡住的案件：所有流程都在正常推进。',
  'stuck.refresh': '重新检查',
  'stuck.checkedAt': '检查时间',
  'stuck.truncated': '运行中的流程太多，本次只检查了其中一部分。',
  'stuck.case': '案件',
  'stuck.reason': '原因和处理办法',
  'stuck.since': '开始时间',
  'stuck.attempts': '已尝试',
  'stuck.attemptCount': '{n} 次',
  'stuck.nextAttempt': '下次重试',
  'stuck.kind.activity-retrying': '步骤反复失败',
  'stuck.kind.workflow-task-failing': '流程推进出错',
  'stuck.kind.failed': '已终止',
  'stuck.technical': '技术信息（供运维人员）',
  'stuck.noCase': '非案件流程',
};

/** en messages of this feature. */
export const stuckEn: Record<keyof typeof stuckZhCn, string> = {
  'stuck.title': 'Stuck cases',
  'stuck.intro':
    'Cases whose process cannot go on: a step keeps failing and is being retried, the process keeps failing to take its next step, or it ended with an error in the last seven days. Each says why and what to do; a case still being retried goes on by itself once the cause is gone.',
  'stuck.empty': 'Nothing is stuck: every process is moving.',
  'stuck.refresh': 'Check again',
  'stuck.checkedAt': 'Checked at',
  'stuck.truncated': 'Too many processes are running: this check looked at only some of them.',
  'stuck.case': 'Case',
  'stuck.reason': 'Why, and what to do',
  'stuck.since': 'Since',
  'stuck.attempts': 'Attempts',
  'stuck.attemptCount': '{n}',
  'stuck.nextAttempt': 'Next attempt',
  'stuck.kind.activity-retrying': 'Step keeps failing',
  'stuck.kind.workflow-task-failing': 'Process step failing',
  'stuck.kind.failed': 'Ended',
  'stuck.technical': 'Technical note (for IT)',
  'stuck.noCase': 'Not a case',
};
