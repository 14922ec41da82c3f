// The result of a process as one sentence in the reader's language ("已办结：现场解决，办理人 王建国，2026年12月4日"),
// for every process type's result shape: ladder (workflows/ladder-workflow.ts), collection (activities/collection/
// record-report.ts), monitoring (workflows/monitoring-workflow.ts, subject-monitoring.ts) and receipt. The bookkeeping of a result (round ids,
// rung names, user ids, paths) never reaches a reader: these sentences say what it means.
import type { RJSFSchema } from '@rjsf/utils';
import { deadlineText } from '#core/domain/deadline-text';
import type { Locale } from '#core/domain/locale';
import { choiceTitleOf, fieldLabel, presentValue, propertyOf } from './present-value';
import { formatDay, formatNumber } from './present-words';

/** What the sentence is written from. */
export interface ResultFacts {
  processType: string;
  status: string;
  result: Record<string, unknown> | null;
  /** When the submission last changed: the day of the decision that set this result. */
  at: string;
  locale: Locale;
  /** A ladder rung's title by its name, from the definition's params. */
  stageTitle: (name: string) => string | undefined;
  /** A person's display name by user id (who decided). */
  personName: (userId: number) => string | undefined;
  /** The decision form of the ladder (titles of `outcome` choices). */
  completionSchema?: RJSFSchema;
  /** The submitted form's schema (titles of the fields a gate rule names). */
  schema?: RJSFSchema;
  /** The server's zone (FUGONG_TIME_ZONE), in which the end of a monitoring period or quarantine is stated. */
  timeZone: string;
}

type Words = (f: ResultFacts, r: Record<string, unknown>) => string | null;

const str = (value: unknown) => (typeof value === 'string' ? value : '');

function person(f: ResultFacts, id: unknown, fallback: Record<Locale, string>): string {
  return (typeof id === 'number' && f.personName(id)) || fallback[f.locale];
}

const UNKNOWN_PERSON = { 'zh-CN': '办理人员', en: 'the handler' };

function outcomeWord(f: ResultFacts, data: Record<string, unknown>, action: unknown): string {
  const node = propertyOf(f.completionSchema, 'outcome');
  const chosen = data.outcome === undefined ? undefined : choiceTitleOf(node, data.outcome, f.locale);
  if (chosen) return chosen;
  if (action === 'approve') return f.locale === 'en' ? 'approved' : '审核通过';
  return f.locale === 'en' ? 'resolved' : '已解决';
}

const stage = (f: ResultFacts, name: unknown) => f.stageTitle(str(name)) ?? (f.locale === 'en' ? 'the handling step' : '办理环节');
const day = (f: ResultFacts, iso: unknown) => formatDay(str(iso) || f.at, f.locale);
// A period's end as the register and the emails state it: "2026年12月10日 24:00", not the next day's date.
const end = (f: ResultFacts, iso: unknown) => deadlineText(str(iso) || f.at, f.locale, f.timeZone);

const ladder: Words = (f, r) => {
  const data = (r.data && typeof r.data === 'object' ? r.data : r) as Record<string, unknown>;
  const name = person(f, r.decidedBy, UNKNOWN_PERSON);
  const note = str(data.note);
  const en = f.locale === 'en';
  switch (f.status) {
    case 'settled': {
      const outcome = outcomeWord(f, data, r.action);
      if (r.action === 'approve')
        return en
          ? `Approved: ${stage(f, r.stage)}, by ${name}, ${day(f, '')}`
          : `已通过：${stage(f, r.stage)}，审核人 ${name}，${day(f, '')}`;
      return en ? `Settled: ${outcome} by ${name}, ${day(f, '')}` : `已办结：${outcome}，办理人 ${name}，${day(f, '')}`;
    }
    case 'rejected': {
      const reason = note ? (en ? ` Reason: ${note}` : `理由：${note}`) : '';
      return en
        ? `Rejected at ${stage(f, r.stage)} by ${name}, ${day(f, '')}.${reason}`
        : `不予受理：${stage(f, r.stage)}，办理人 ${name}，${day(f, '')}。${reason}`;
    }
    // A rung's title names a step ("包挂干部办理"), not a person: it stands as an item of the sentence, never as the
    // subject of a verb ("包挂干部办理已办理").
    case 'expired':
      return en
        ? `Expired: ${stage(f, r.stage)}, no decision in time, ${day(f, '')}`
        : `已超时：${stage(f, r.stage)}，未在时限内办理，${day(f, '')}`;
    case 'resolved': {
      const outcome = outcomeWord(f, data, 'resolve');
      // Results written before the decider was kept with the resolution name nobody rather than "the handler".
      const by = typeof r.decidedBy === 'number' ? f.personName(r.decidedBy) : undefined;
      // The handler stands outside the step's brackets: a display name may carry its own ("王建国（包挂干部）").
      return en
        ? `Handled${by ? ` by ${by}` : ''}: ${outcome} (${stage(f, r.stage)}); the enterprise is to confirm by ${day(f, r.confirmBy)}`
        : `已办理：${outcome}（${stage(f, r.stage)}）${by ? `，办理人 ${by}` : ''}，待企业于 ${day(f, r.confirmBy)} 前确认`;
    }
    case 'returned':
      return en ? `Returned for more information (${stage(f, r.stage)})` : `已退回补充：${stage(f, r.stage)}，请补充材料`;
    default:
      return null;
  }
};

const collection: Words = (f, r) => {
  const when = day(f, r.receivedAt);
  const en = f.locale === 'en';
  if (typeof r.amends === 'string' && r.amends)
    return en ? `Corrected: replaces the earlier report of this round, ${when}` : `已更正：替换本期此前提交的报告，${when}`;
  if (r.punctuality === 'on_time') return en ? `Submitted on time, ${when}` : `按时提交，${when}`;
  if (r.punctuality === 'late') return en ? `Submitted late, ${when}` : `逾期提交，${when}`;
  return en ? `Received, ${when}` : `已收到，${when}`;
};

const OPS: Record<string, Record<Locale, string>> = {
  '>=': { 'zh-CN': '不低于', en: 'at least' },
  '>': { 'zh-CN': '高于', en: 'above' },
  '<=': { 'zh-CN': '不高于', en: 'at most' },
  '<': { 'zh-CN': '低于', en: 'below' },
  '!=': { 'zh-CN': '不是', en: 'not' },
};

/** "体温 不低于 37.3" / "健康承诺书已签署：否" for a gate rule that held; null when the server masked the rule for a
 * reader who may not see the field (core/privacy/result-reasons.ts): the sentence then leaves it out rather than say
 * which health fact it was. */
function ruleWords(f: ResultFacts, rule: Record<string, unknown>): string | null {
  const key = str(rule.field);
  const node = propertyOf(f.schema, key);
  const label = fieldLabel(node, key, { locale: f.locale });
  const shown = presentValue(node, rule.value, { locale: f.locale }, key);
  if (shown.kind === 'masked') return null;
  const value = 'text' in shown ? shown.text : '';
  const op = OPS[str(rule.op)]?.[f.locale];
  return op ? `${label} ${op} ${value}` : `${label}${f.locale === 'en' ? ': ' : '：'}${value}`;
}

// A monitored subject other than a gate check (workflows/subject-monitoring.ts): no gate outcome, a period and counts.
const subject: Words = (f, r) => {
  const en = f.locale === 'en';
  const n = (key: string) => formatNumber(Number(r[key] ?? 0), f.locale);
  if (typeof r.endedAt === 'string')
    return en
      ? `Monitoring ended on ${day(f, r.endedAt)}; ${n('checkIns')} check-ins, ${n('missed')} missed, ${n('alerts')} alerts`
      : `观察已结束，${day(f, r.endedAt)}；检测 ${n('checkIns')} 次，漏报 ${n('missed')} 次，预警 ${n('alerts')} 次`;
  return en ? `Being monitored until ${end(f, r.endsAt)}` : `观察中，至 ${end(f, r.endsAt)} 结束`;
};

const monitoring: Words = (f, r) => {
  const en = f.locale === 'en';
  if (r.outcome === undefined) return subject(f, r);
  const reasons = (Array.isArray(r.reasons) ? r.reasons : [])
    .map((rule) => ruleWords(f, rule as Record<string, unknown>))
    .filter((words) => words !== null);
  const because = reasons.length ? (en ? ` (${reasons.join('; ')})` : `（${reasons.join('；')}）`) : '';
  if (r.outcome === 'admitted') return en ? `Admitted, ${day(f, '')}` : `准予进场，${day(f, '')}`;
  if (r.outcome === 'turned-back') return en ? `Turned back${because}, ${day(f, '')}` : `劝返${because}，${day(f, '')}`;
  if (typeof r.releasedAt === 'string' && r.releasedAt) {
    const counts = en
      ? `${formatNumber(Number(r.checkIns ?? 0), f.locale)} check-ins, ${formatNumber(Number(r.missed ?? 0), f.locale)} missed`
      : `签到 ${formatNumber(Number(r.checkIns ?? 0), f.locale)} 次，漏签 ${formatNumber(Number(r.missed ?? 0), f.locale)} 次`;
    return en ? `Released from quarantine on ${day(f, r.releasedAt)}; ${counts}` : `已解除隔离，${day(f, r.releasedAt)}；${counts}`;
  }
  return en ? `In quarantine${because} until ${end(f, r.endsAt)}` : `隔离观察中${because}，预计 ${end(f, r.endsAt)} 解除`;
};

const receipt: Words = (f, r) => (f.locale === 'en' ? `Accepted, ${day(f, r.settledAt)}` : `已受理，${day(f, r.settledAt)}`);

const BY_TYPE: Record<string, Words> = { ladder, collection, monitoring, receipt };

/** The result in one sentence, or null while there is none (a case still being worked, an unknown process type). */
export function resultInWords(facts: ResultFacts): string | null {
  if (!facts.result) return null;
  return BY_TYPE[facts.processType]?.(facts, facts.result) ?? null;
}

/** Keys of a result that these sentences already say: what remains is decision data worth listing (a resolution). */
export const RESULT_BOOKKEEPING = [
  'status',
  'stage',
  'action',
  'decidedBy',
  'path',
  'roundId',
  'punctuality',
  'amends',
  'receivedAt',
  'settledAt',
  'confirmBy',
  'outcome',
  'reasons',
  'releasedAt',
  'endsAt',
  'startedAt',
  'checkIns',
  'missed',
  'alerts',
  'endedAt',
  'points',
  'changes',
] as const;

/** The decision data of a result worth listing under its sentence (a resolution, a department, a comment). */
export function resultDetails(result: Record<string, unknown> | null): Record<string, unknown> {
  if (!result) return {};
  const data = result.data && typeof result.data === 'object' ? (result.data as Record<string, unknown>) : result;
  const skip = new Set<string>(RESULT_BOOKKEEPING);
  return Object.fromEntries(Object.entries(data).filter(([key, value]) => !skip.has(key) && value !== '' && value !== null));
}
