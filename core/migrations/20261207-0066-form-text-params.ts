// A form's guidance and description may name a process parameter (`{checkInTimes}`, forms/param-text.ts) and are shown
// with the version's own value. The shipped gate check, site rounds, daily report, liaison designation, difficulty
// report, readiness inspection and commendation wrote their times, days and time limits as fixed text, which an admin's
// new version (copied from the stored one) kept after the parameter changed. This writes the placeholders into the
// stored shipped versions: each reads as before with that version's parameters, so what its readers see does not change. A text edited since (not the shipped words) is left as it is. Never edit once merged.
import type { Knex } from 'knex';

type Pairs = [string, string][];
type Texts = Partial<Record<'guidance' | 'description', Record<'zh-CN' | 'en', Pairs>>>;

/** The shipped versions and, per text and language, each fixed value's words and the same words with its placeholder. */
const SHIPPED: { key: string; version: number; texts: Texts }[] = [
  {
    key: 'gate-check',
    version: 3,
    texts: {
      guidance: {
        'zh-CN': [['隔离观察 14 天，每天 08:00 和 16:00 各登记一次体温', '隔离观察 {days} 天，每天 {checkInTimes} 各登记一次体温']],
        en: [
          [
            'means 14 days of quarantine with temperatures recorded at 08:00 and 16:00 each day',
            'means {days} days of quarantine with temperatures recorded at {checkInTimes} each day',
          ],
        ],
      },
      description: {
        'zh-CN': [['隔离观察 14 天，每天早晚两次测温', '隔离观察 {days} 天，每天 {checkInTimes} 测温']],
        en: [['14 days of quarantine with check-ins morning and evening', '{days} days of quarantine with check-ins at {checkInTimes}']],
      },
    },
  },
  {
    key: 'site-epidemic-rounds',
    version: 1,
    texts: {
      guidance: {
        'zh-CN': [
          ['为期 30 天', '为期 {days} 天'],
          ['每天 08:00 和 18:00 各记录一次巡查', '每天 {checkInTimes} 各记录一次巡查'],
        ],
        en: [
          ['to start 30 days of', 'to start {days} days of'],
          ['record one round at 08:00 and one at 18:00 every day', 'record one round at each of {checkInTimes} every day'],
        ],
      },
      description: {
        'zh-CN': [['每天 08:00 和 18:00 各记录一次巡查', '每天 {checkInTimes} 各记录一次巡查']],
        en: [['one round is recorded at 08:00 and one at 18:00 each day', 'one round is recorded at each of {checkInTimes} each day']],
      },
    },
  },
  {
    key: 'daily-report',
    version: 4,
    texts: {
      guidance: {
        'zh-CN': [
          ['请在每天 17:00 前', '请在每天 {deadline} 前'],
          ['当天 00:05 起', '当天 {opensAt} 起'],
          ['15:00 还没有报送的', '{reminders} 还没有报送的'],
          ['过了 17:00 仍未报送', '过了 {deadline} 仍未报送'],
        ],
        en: [
          [
            'by 17:00 every day; the form opens at 00:05. If it has not been sent by 15:00',
            'by {deadline} every day; the form opens at {opensAt}. If it has not been sent by {reminders}',
          ],
          ['after 17:00 you', 'after {deadline} you'],
        ],
      },
      description: {
        'zh-CN': [
          ['每天 17:00 前报送', '每天 {deadline} 前报送'],
          ['15:00 提醒', '{reminders} 提醒'],
        ],
        en: [
          ['by 17:00 each day', 'by {deadline} each day'],
          ['Reminder at 15:00', 'Reminder at {reminders}'],
        ],
      },
    },
  },
  {
    key: 'liaison-designation',
    version: 4,
    texts: {
      guidance: {
        'zh-CN': [['截止前 2 天和 2 小时会提醒您', '截止前 {reminders}会提醒您']],
        en: [['you are reminded 2 days and 2 hours before it', 'you are reminded {reminders} before it']],
      },
      description: {
        'zh-CN': [['截止前 2 天和 2 小时提醒', '截止前 {reminders}提醒']],
        en: [['reminders 2 days and 2 hours before', 'reminders {reminders} before']],
      },
    },
  },
  {
    key: 'difficulty-report',
    version: 7,
    texts: {
      guidance: {
        'zh-CN': [['请在 3 天内确认', '请在 {confirmWithin}内确认']],
        en: [['confirm the outcome within 3 days', 'confirm the outcome within {confirmWithin}']],
      },
    },
  },
  {
    key: 'resumption-readiness',
    version: 7,
    texts: {
      guidance: {
        'zh-CN': [['请在 3 个工作日内整改', '请在 {rework.within}内整改']],
        en: [['submit it again within 3 working days', 'submit it again within {rework.within}']],
      },
      description: {
        'zh-CN': [['退回整改须在 3 个工作日内完成', '退回整改须在 {rework.within}内完成']],
        en: [['rework is due within 3 working days', 'rework is due within {rework.within}']],
      },
    },
  },
  {
    key: 'commendation',
    version: 6,
    texts: {
      guidance: {
        'zh-CN': [['批准后公示 5 个工作日', '批准后公示 {publicity.workingDays} 个工作日']],
        en: [['made public for 5 working days', 'made public for {publicity.workingDays} working days']],
      },
      description: {
        'zh-CN': [['批准后公示 5 个工作日', '批准后公示 {publicity.workingDays} 个工作日']],
        en: [['shown publicly for 5 working days', 'shown publicly for {publicity.workingDays} working days']],
      },
    },
  },
];

/** `stored` (a JSON {zh-CN, en} text) with each language's words replaced, or null when nothing changes. */
function placed(stored: string | null, pairs: Record<'zh-CN' | 'en', Pairs>, back: boolean): string | null {
  if (!stored) return null;
  const text = JSON.parse(stored) as Record<string, string>;
  let changed = false;
  for (const [locale, list] of Object.entries(pairs)) {
    for (const [fixed, named] of list) {
      const [from, to] = back ? [named, fixed] : [fixed, named];
      if (typeof text[locale] === 'string' && text[locale].includes(from)) {
        text[locale] = text[locale].replace(from, to);
        changed = true;
      }
    }
  }
  return changed ? JSON.stringify(text) : null;
}

async function rewrite(db: Knex, back: boolean): Promise<void> {
  for (const { key, version, texts } of SHIPPED) {
    const row = await db('form_definitions').where({ key, version, source: 'shipped' }).first('id', 'guidance', 'description');
    if (!row) continue;
    const guidance = texts.guidance ? placed(row.guidance, texts.guidance, back) : null;
    const description = texts.description ? placed(row.description, texts.description, back) : null;
    const update = { ...(guidance ? { guidance } : {}), ...(description ? { description } : {}) };
    if (Object.keys(update).length) await db('form_definitions').where({ id: row.id }).update(update);
  }
}

/** Writes the placeholders into the stored shipped versions. */
export async function up(db: Knex): Promise<void> {
  await rewrite(db, false);
}

/** Writes the fixed words back. */
export async function down(db: Knex): Promise<void> {
  await rewrite(db, true);
}
