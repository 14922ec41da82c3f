// What a password must be: at least 8 characters, and not one that guessing tools try first. No composition rules
// (a capital, a digit, a symbol): as NIST SP 800-63B advises, a new password is instead checked against what attackers
// try — common and leaked passwords, keyboard rows, repeats, sequences, dates, the account's own username and name, the
// product's name, Chinese favourites such as woaini1314, and the demo password the README publishes. zxcvbn's estimate
// (@zxcvbn-ts) scores it; below "safely unguessable" (3 of 4, about 10^8 guesses) it is refused with the reason.
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { AppError } from '#core/errors';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import type { Locale, LocalizedText } from '#core/domain/locale';

/** JSON Schema of a new password. */
export const PASSWORD = { type: 'string', minLength: 8, maxLength: 200 } as const;

/** zxcvbn's score a new password must reach (0–4): 3 is "safely unguessable" for an online attack's guesses. */
const MIN_SCORE = 3;
/** Only so much is scored: past it a password is long enough, and scoring time grows with the length. */
const SCORED_LENGTH = 64;

/** Passwords and parts common among Chinese users that the English-centred lists miss (pinyin, lucky numbers). */
const CHINESE_FAVOURITES = [
  'woaini',
  'woaini1314',
  'woaini520',
  'aini1314',
  '5201314',
  '1314520',
  '520520',
  '1314',
  '888888',
  '666666',
  '168168',
  '147258369',
  '123qwe',
  'qq123456',
  'abc123456',
  'a123456',
  'zhang',
  'wang',
  'liu',
  'chen',
  'yang',
  'zhao',
  'huang',
  'zhou',
  'mima',
  'xinmima',
  'mimamima',
  'zhongguo',
  'beijing',
  'shanghai',
  'wuhan',
  'fugong',
  'fugong2026',
];

/** The product's names, refused as parts of a password like the account's own names. */
const PRODUCT_WORDS = ['fugong', '复工', 'admin', 'cadre', 'gate'];

const WEAK: LocalizedText = { 'zh-CN': '密码太容易被猜到，请换一个', en: 'This password is too easy to guess; choose another' };

/** Why zxcvbn judged a password weak (its warning keys), said to the person choosing it. */
const REASONS: Record<string, LocalizedText> = {
  common: { 'zh-CN': '这是常用密码，攻击者会最先尝试', en: 'This is a common password that attackers try first' },
  userInputs: {
    'zh-CN': '不要使用用户名、姓名或系统名称',
    en: 'Do not use the username, the name or the name of the system',
  },
  words: { 'zh-CN': '单独的词或姓名很容易被猜到', en: 'A single word or name is easy to guess' },
  keys: { 'zh-CN': '键盘上相邻的按键很容易被猜到', en: 'Keys next to each other on the keyboard are easy to guess' },
  repeats: { 'zh-CN': '重复的字符很容易被猜到', en: 'Repeated characters are easy to guess' },
  sequences: { 'zh-CN': '123、abc 之类的序列很容易被猜到', en: 'Sequences such as 123 or abc are easy to guess' },
  dates: { 'zh-CN': '年份和日期很容易被猜到', en: 'Years and dates are easy to guess' },
  other: {
    'zh-CN': '请使用更长、不常见的组合，例如几个不相关的词加数字',
    en: 'Use a longer, uncommon combination, such as a few unrelated words and a number',
  },
};
const REASON_OF_WARNING: Record<string, keyof typeof REASONS> = {
  topTen: 'common',
  topHundred: 'common',
  common: 'common',
  similarToCommon: 'common',
  pwned: 'common',
  userInputs: 'userInputs',
  wordByItself: 'words',
  namesByThemselves: 'words',
  commonNames: 'words',
  straightRow: 'keys',
  keyPattern: 'keys',
  simpleRepeat: 'repeats',
  extendedRepeat: 'repeats',
  sequences: 'sequences',
  recentYears: 'dates',
  dates: 'dates',
};

let estimator: ZxcvbnFactory | undefined;
/** zxcvbn with the common dictionaries and the Chinese favourites; built on first use (its tables take ~60 ms). */
function strength(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    // A dictionary named `passwords-…` is warned about as common passwords are.
    dictionary: { ...dictionary, 'passwords-chinese': CHINESE_FAVOURITES },
    graphs: adjacencyGraphs,
  });
  return estimator;
}

/** The account a password is for: its own names are refused as parts of it. */
export interface PasswordOwner {
  username: string;
  displayName?: string | null;
}

/** Refuses a new password anyone could guess or look up (422 `weak_password` at `path`, with the reason). */
export function refuseWeakPassword(password: string, path: string, owner: PasswordOwner, locale: Locale): void {
  if (password === DEMO_PASSWORD) {
    throw new AppError(422, 'weak_password', { 'zh-CN': '不能使用公开的演示密码', en: 'The published demo password cannot be used' }, [
      { path, message: locale === 'en' ? 'published demo password' : '公开的演示密码' },
    ]);
  }
  const reason = weakness(password, owner);
  if (reason) throw new AppError(422, 'weak_password', WEAK, [{ path, message: reason[locale] }]);
}

/** True when a password someone already has (checked at sign-in) meets the rules a new one must: long enough, not the
 * published demo password, and not one guessing tools try first. */
export function meetsPasswordRules(password: string, owner: PasswordOwner): boolean {
  return passwordProblem(password, owner) === null;
}

/** Why `password` does not meet the rules a new one must (too short, the demo password, guessable), or null. */
export function passwordProblem(password: string, owner: PasswordOwner): LocalizedText | null {
  if (password.length < PASSWORD.minLength) return { 'zh-CN': '密码至少需要 8 个字符', en: 'A password needs at least 8 characters' };
  if (password === DEMO_PASSWORD) return { 'zh-CN': '不能使用公开的演示密码', en: 'The published demo password cannot be used' };
  return weakness(password, owner);
}

/** Why zxcvbn judges `password` guessable for `owner`, or null when it scores high enough. */
function weakness(password: string, owner: PasswordOwner): LocalizedText | null {
  const ownWords = [owner.username, ...(owner.displayName ? [owner.displayName] : []), ...PRODUCT_WORDS];
  const { score, feedback } = strength().check(password.slice(0, SCORED_LENGTH), ownWords);
  if (score >= MIN_SCORE) return null;
  return REASONS[(feedback.warning && REASON_OF_WARNING[feedback.warning]) || 'other']!;
}
