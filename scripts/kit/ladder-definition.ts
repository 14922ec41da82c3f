// A two-rung ladder form used by the task tests and the codec benchmark: the enterprise's cadre, then the
// comprehensive-coordination group.
import { readShippedForms } from '#forms/shipped-forms';

/** A ladder definition with the given SLAs per rung. */
export function ladderForm(key: string, slas: [string, string] = ['1 hour', '1 hour']) {
  const base = readShippedForms().find((form) => form.key === 'liaison-designation')!;
  return {
    ...structuredClone(base),
    key,
    title: { 'zh-CN': '物资短缺报告', en: 'Material shortage report' },
    // Its own words: the liaison designation's name its parameters ({reminders}), which this ladder does not have.
    description: {
      'zh-CN': '企业报告物资短缺，包挂干部先办理，未办结的转专班。',
      en: 'An enterprise reports a shortage; its cadre acts first, then the working group.',
    },
    guidance: { 'zh-CN': '请说明短缺的物资和影响。', en: 'Say what is short and how it affects the work.' },
    schema: { type: 'object', required: ['summary'], properties: { summary: { type: 'string', title: '情况说明', minLength: 2 } } },
    uiSchema: {},
    i18n: { en: { '/summary': 'Summary' } },
    process: {
      processType: 'ladder',
      params: {
        stages: [
          {
            name: 'cadre',
            title: { 'zh-CN': '包挂干部办理', en: 'Cadre' },
            actor: 'cadre-of-enterprise',
            sla: slas[0],
            actions: ['resolve', 'escalate'],
            onBreach: 'escalate',
          },
          {
            name: 'group',
            title: { 'zh-CN': '专班办理', en: 'Working group' },
            actor: { role: 'special_class', workingGroupKey: 'coordination' },
            sla: slas[1],
            actions: ['resolve', 'reject'],
            onBreach: 'expire',
          },
        ],
        settledTemplate: 'submission-settled',
      },
    },
  };
}
