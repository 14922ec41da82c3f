// The one line of GET /healthz's answer a person reads first: which part is missing, in the caller's language
// (Accept-Language or ?lang). The per-check `reason`s stay English, one wording for logs and alert rules; this line is
// for the operator or the admin who opens the URL or reads a monitor's alert, and tells "the web process is up but no
// worker runs" apart from "all up" in words.
import type { Locale, LocalizedText } from '#core/domain/locale';

/** The checks /healthz makes, as `failing` names them. */
export type HealthCheckName = 'db' | 'temporal' | 'workers';

const ALL_UP: LocalizedText = {
  'zh-CN': '全部正常：网页服务、应用数据库、Temporal 和工作进程（worker）都在运行',
  en: 'All up: the web service, the app database, Temporal and a worker are running',
};

const MISSING: Record<HealthCheckName | 'workersUnknown', LocalizedText> = {
  db: { 'zh-CN': '应用数据库（DATABASE_URL）无法连接', en: 'the app database (DATABASE_URL) does not answer' },
  temporal: { 'zh-CN': 'Temporal（TEMPORAL_ADDRESS）无法连接', en: 'Temporal (TEMPORAL_ADDRESS) does not answer' },
  workers: {
    'zh-CN': '没有工作进程（worker）处理任务队列，流程、提醒和邮件要等工作进程启动后才继续',
    en: 'no worker polls the task queue, so processes, reminders and email wait until one starts',
  },
  workersUnknown: {
    'zh-CN': '无法确认是否有工作进程（worker）处理任务队列',
    en: 'whether a worker polls the task queue is unknown',
  },
};

/** What is missing, or that all is up, in `locale`. `workersCount` null: Temporal did not say who polls; a worker
 * check that fails only because Temporal is down is not named again. */
export function healthSummary(failing: readonly HealthCheckName[], workersCount: number | null, locale: Locale): string {
  if (!failing.length) return ALL_UP[locale];
  const parts = failing
    .filter((name) => name !== 'workers' || !failing.includes('temporal'))
    .map((name) => MISSING[name === 'workers' && workersCount === null ? 'workersUnknown' : name][locale]);
  return locale === 'en' ? `The web service is up, but ${parts.join('; ')}` : `网页服务在运行，但${parts.join('；')}`;
}
