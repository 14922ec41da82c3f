// The few words the value presenter writes itself, in both languages, and the formats of dates and numbers. Kept in
// forms/ (not the React dictionaries) because the server presents values too: result sentences, emails, exports.
import type { Locale } from '#core/domain/locale';

/** Words of the presenter, by locale. */
export const PRESENT_WORDS = {
  'zh-CN': {
    yes: '是',
    no: '否',
    blank: '未填写',
    file: '附件',
    signature: '签名',
    item: (n: number) => `第 ${n} 项`,
    otherField: '其他信息',
    listSeparator: '、',
  },
  en: {
    yes: 'Yes',
    no: 'No',
    blank: 'Not given',
    file: 'Attachment',
    signature: 'Signature',
    item: (n: number) => `Item ${n}`,
    otherField: 'Other detail',
    listSeparator: ', ',
  },
} as const;

/** Titles of fields that workflows and decisions write without a schema title (a decision's `note`, a result's
 * `receivedAt`), so a key never reaches a reader raw. Form definitions' own titles win over these. */
export const FIELD_GLOSSARY: Record<string, Record<Locale, string>> = {
  note: { 'zh-CN': '说明', en: 'Note' },
  comment: { 'zh-CN': '备注', en: 'Comment' },
  resolution: { 'zh-CN': '办理结果', en: 'Resolution' },
  outcome: { 'zh-CN': '办结方式', en: 'How it was resolved' },
  department: { 'zh-CN': '协调部门', en: 'Department coordinated' },
  findings: { 'zh-CN': '核查意见', en: 'Inspection findings' },
  opinion: { 'zh-CN': '审核意见', en: 'Review opinion' },
  reason: { 'zh-CN': '理由', en: 'Reason' },
  receivedAt: { 'zh-CN': '收到时间', en: 'Received' },
  settledAt: { 'zh-CN': '办结时间', en: 'Settled' },
  confirmBy: { 'zh-CN': '确认期限', en: 'Confirm by' },
  text: { 'zh-CN': '内容', en: 'Text' },
  commitmentSigned: { 'zh-CN': '已签署健康承诺书', en: 'Health commitment signed' },
};

/** Titles of the choices that workflows' completion forms offer, for readers of English (the definitions title them in Chinese). */
export const CHOICE_GLOSSARY: Record<string, Record<Locale, string>> = {
  'solved-on-site': { 'zh-CN': '现场解决', en: 'resolved on site' },
  coordinated: { 'zh-CN': '协调解决', en: 'resolved by coordination' },
};

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Locale, withTime: boolean): Intl.DateTimeFormat {
  const key = `${locale}:${withTime}`;
  let format = dateFormats.get(key);
  if (!format) {
    // en-GB reads "4 Dec 2026"; zh-CN "2026年12月4日". Beijing time: the product's deadlines are local.
    format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', {
      year: 'numeric',
      month: locale === 'en' ? 'short' : 'long',
      day: 'numeric',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' as const } : {}),
      timeZone: 'Asia/Shanghai',
    });
    dateFormats.set(key, format);
  }
  return format;
}

/** "2026年12月4日" / "4 Dec 2026" for an ISO date or time; the input when it is not one. */
export function formatDay(iso: string, locale: Locale): string {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T12:00:00+08:00` : iso);
  return Number.isNaN(date.getTime()) ? iso : formatter(locale, false).format(date);
}

/** "2026年12月4日 16:20" / "4 Dec 2026, 16:20" for an ISO time; the input when it is not one. */
export function formatMoment(iso: string, locale: Locale): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatter(locale, true).format(date);
}

/** A number in the reader's digits grouping ("12,987"). */
export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'zh-CN', { maximumFractionDigits: 6 }).format(value);
}
