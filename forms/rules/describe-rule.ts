// A matched rule row in words, in both languages, for the case timeline and the editor's "try these values" box:
// "规则 3：紧急 → 定为特急，包挂干部办理时限 2 小时" / "Rule 3: Urgent → marked critical, Assigned cadre deadline 2 hours";
// and a row's conditions in words for the rules table, a choice by its title ("主要物资类别 等于 体温计", never "option3").
// Pure: the ladder's activity and the browser both use it.
import type { Locale, LocalizedText } from '#core/domain/locale';
import { parseSla } from '#core/domain/duration';
import { ENTERPRISE_TYPE_NAMES, PRIORITY_NAMES, priorityLevel } from '#core/domain/glossary';
import { WORKING_GROUPS, type EnterpriseType } from '#core/org/org-types';
import { valueWords, type RuleFields } from './rule-fields';
import type { RuleCondition, RuleOutcome } from './rule-types';

/** Rung titles by rung name, as the definition names them. */
export type StageTitles = Record<string, LocalizedText>;

const WORDS = {
  'zh-CN': {
    rule: (row: number, label: string) => `规则 ${row}：${label}`,
    priority: (p: number) => `定为${PRIORITY_NAMES[priorityLevel(p)]['zh-CN']}`,
    startAt: (stage: string) => `从「${stage}」开始`,
    group: (group: string) => `由${group}办理`,
    sla: (stage: string, sla: string) => `${stage}时限 ${sla}`,
    notify: '另行通知',
    sep: '，',
    hours: (n: number) => `${n} 小时`,
    minutes: (n: number) => `${n} 分钟`,
    days: (n: number) => `${n} 天`,
    workingDays: (n: number) => `${n} 个工作日`,
    endOfDay: '当天办结',
    nothing: '不改变办理方式',
    focus: '重点企业',
    type: '企业类型',
    time: '提交时间',
    and: '，且',
    list: '、',
    ops: { equals: '等于', 'not-equals': '不等于', in: '属于其中之一', '>=': '不小于', '<=': '不大于', '>': '大于', '<': '小于' },
  },
  en: {
    rule: (row: number, label: string) => `Rule ${row}: ${label}`,
    priority: (p: number) => `marked ${PRIORITY_NAMES[priorityLevel(p)].en.toLowerCase()}`,
    startAt: (stage: string) => `starts at "${stage}"`,
    group: (group: string) => `handled by ${group}`,
    sla: (stage: string, sla: string) => `${stage} deadline ${sla}`,
    notify: 'extra notice',
    sep: ', ',
    hours: (n: number) => `${n} hour${n === 1 ? '' : 's'}`,
    minutes: (n: number) => `${n} minute${n === 1 ? '' : 's'}`,
    days: (n: number) => `${n} day${n === 1 ? '' : 's'}`,
    workingDays: (n: number) => `${n} working day${n === 1 ? '' : 's'}`,
    endOfDay: 'by the end of the day',
    nothing: 'no change to how it is handled',
    focus: 'Focus enterprise',
    type: 'Enterprise type',
    time: 'Time submitted',
    and: ' and ',
    list: ', ',
    ops: {
      equals: 'equals',
      'not-equals': 'does not equal',
      in: 'is one of',
      '>=': 'at least',
      '<=': 'at most',
      '>': 'more than',
      '<': 'less than',
    },
  },
} as const;

/** An SLA in words ("2 hours" → "2 小时"); text outside the grammar is shown as written. */
export function slaWords(sla: string, locale: Locale): string {
  const words = WORDS[locale];
  const parsed = parseSla(sla);
  if (!parsed) return sla;
  if (parsed.kind === 'end-of-day') return words.endOfDay;
  if (parsed.kind === 'working-days') return words.workingDays(parsed.days);
  const minutes = parsed.ms / 60_000;
  if (minutes % 1440 === 0) return words.days(minutes / 1440);
  if (minutes % 60 === 0) return words.hours(minutes / 60);
  return words.minutes(Math.round(minutes * 100) / 100);
}

function groupName(key: string, locale: Locale): string {
  const group = WORKING_GROUPS.find((g) => g.key === key);
  if (!group) return key;
  return locale === 'en' ? group.nameEn : group.nameZh;
}

/** What a row does, in words: "定为特急，包挂干部办理时限 2 小时". */
export function outcomeWords(then: RuleOutcome, stages: StageTitles, locale: Locale): string {
  const words = WORDS[locale];
  const title = (name: string) => stages[name]?.[locale] ?? name;
  const parts: string[] = [];
  if (then.priority !== undefined) parts.push(words.priority(then.priority));
  if (then.startAt) parts.push(words.startAt(title(then.startAt)));
  if (then.workingGroupKey) parts.push(words.group(groupName(then.workingGroupKey, locale)));
  for (const [stage, sla] of Object.entries(then.sla ?? {})) parts.push(words.sla(title(stage), slaWords(sla, locale)));
  if (then.notify) parts.push(words.notify);
  return parts.length ? parts.join(words.sep) : words.nothing;
}

/** One matched row as a timeline line in both languages. */
export function ruleLine(matched: { row: number; label: LocalizedText; then: RuleOutcome }, stages: StageTitles): LocalizedText {
  const line = (locale: Locale) =>
    `${WORDS[locale].rule(matched.row, matched.label[locale])} → ${outcomeWords(matched.then, stages, locale)}`;
  return { 'zh-CN': line('zh-CN'), en: line('en') };
}

/** A comparison in words ("等于" / "equals"). */
export function opWords(op: RuleCondition['op'], locale: Locale): string {
  return WORDS[locale].ops[op];
}

/** One condition in words, a choice by its title: "主要物资类别 等于 体温计" / "Main supplies equals Thermometers". */
export function conditionWords(condition: RuleCondition, fields: RuleFields, locale: Locale): string {
  const words = WORDS[locale];
  const values = Array.isArray(condition.value) ? condition.value : [condition.value];
  let subject: string;
  let shown: string[];
  if ('field' in condition) {
    const field = fields[condition.field];
    subject = field?.title[locale] ?? condition.field;
    shown = values.map((value) => valueWords(field, value, locale));
  } else if ('enterprise' in condition) {
    subject = words[condition.enterprise];
    const typeName = (value: unknown) => ENTERPRISE_TYPE_NAMES[value as EnterpriseType]?.[locale] ?? String(value);
    shown = values.map((value) => (condition.enterprise === 'type' ? typeName(value) : valueWords(undefined, value, locale)));
  } else {
    subject = words.time;
    shown = values.map(String);
  }
  return `${subject} ${words.ops[condition.op]} ${shown.join(words.list)}`;
}

/** A row's conditions in words, joined by "and". */
export function conditionsWords(conditions: readonly RuleCondition[], fields: RuleFields, locale: Locale): string {
  return conditions.map((condition) => conditionWords(condition, fields, locale)).join(WORDS[locale].and);
}
