// The 办理流程 and 规则 groups of the version diff: each process parameter by its title from process-type-texts.ts
// ("第 1 级「受理」 › 办理时限 1 个工作日 → 2 个工作日"), and each decision-table rule by its sentence. The process type
// reads by its glossary name (逐级办理), an email template by the name the params editor picks it by (受理回执).
import { PROCESS_NAMES } from '#core/domain/glossary';
import type { Locale, LocalizedText } from '#core/domain/locale';
import { NAMES_A_TEMPLATE } from '#forms/references/template-references';
import { CHOICE_TEXTS, PARAM_TEXTS } from '#forms/process-type-texts';
import { conditionsWords, ruleLine, type StageTitles } from '#forms/rules/describe-rule';
import { ruleFields } from '#forms/rules/rule-fields';
import type { Rule } from '#forms/rules/rule-types';
import { CHANGE_WORDS } from './definition-change-words';
import { fieldChangeLines } from './field-changes';
import { fieldViews, type ComparedDefinition } from './field-view';
import { settingName } from './setting-words';
import { isLeaf, shortChange, shortValue } from './short-value';

type Json = Record<string, unknown>;

/** Names the definitions do not hold, from the lists the page reads; a name unknown stays as stored, quoted. */
export interface DiffNames {
  /** An email template's name as the admin picks it (its purpose's short name, and a created one's own name). */
  template?: (name: string) => string | undefined;
}
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function itemLabel(list: string | undefined, index: number, item: unknown, locale: Locale): string {
  const words = CHANGE_WORDS[locale];
  const title = isObject(item) && isObject(item.title) ? String((item.title as Json)[locale] ?? '') : '';
  if (list === 'stages') return words.rung(index + 1, title);
  return title ? `${words.item(index + 1)} ${words.quote(title)}` : words.item(index + 1);
}

interface Walk {
  locale: Locale;
  names: DiffNames;
  out: string[];
}

/** A leaf value in words: a template by its name when the page knows it. */
function leafValue(value: unknown, key: string | undefined, { locale, names }: Walk): string {
  const template = typeof value === 'string' && NAMES_A_TEMPLATE.test(key ?? '') ? names.template?.(value) : undefined;
  return template ?? shortValue(value, locale);
}

// A parameter by its title; a keyword of a decision form (its schema's) by the setting's name, never as stored.
const paramName = (name: string, locale: Locale) => PARAM_TEXTS[name]?.title[locale] ?? settingName(name, locale);

// A decision form as a form of its own: its fields by their titles (fieldChangeLines), which fields each decision
// requires by their titles and decisions by their names, its English texts as one line for a Chinese reader.
function completionLines(before: Json, after: Json, place: string, at: Walk): void {
  const { locale, out } = at;
  const words = CHANGE_WORDS[locale];
  const asForm = (completion: Json) =>
    ({
      schema: completion.schema ?? { type: 'object', properties: {} },
      uiSchema: completion.uiSchema ?? {},
      i18n: completion.i18n ?? {},
    }) as ComparedDefinition;
  out.push(...fieldChangeLines(asForm(before), asForm(after), locale, `${place}${words.pathSep}`));
  const titles = fieldViews(asForm(after), locale);
  const oldTitles = fieldViews(asForm(before), locale);
  const fieldList = (names: unknown) =>
    Array.isArray(names) && names.length
      ? names.map((name: string) => words.quote(titles.get(name)?.title ?? oldTitles.get(name)?.title ?? name)).join(words.sep)
      : words.none;
  const required = (completion: Json) => (isObject(completion.requiredByAction) ? completion.requiredByAction : {});
  for (const action of new Set([...Object.keys(required(before)), ...Object.keys(required(after))])) {
    if (same(required(before)[action], required(after)[action])) continue;
    const decision = CHOICE_TEXTS[action]?.[locale] ?? words.quote(action);
    out.push(words.requiredFor(place, decision, fieldList(required(before)[action]), fieldList(required(after)[action])));
  }
  if (locale !== 'en' && !same(before.i18n, after.i18n)) out.push(words.englishChanged(place));
  for (const name of new Set([...Object.keys(before), ...Object.keys(after)]))
    if (!['schema', 'uiSchema', 'i18n', 'requiredByAction'].includes(name))
      walk(before[name], after[name], [place, paramName(name, locale)], name, at);
}

function walk(before: unknown, after: unknown, path: string[], key: string | undefined, at: Walk): void {
  if (same(before, after)) return;
  const { locale, out } = at;
  const words = CHANGE_WORDS[locale];
  const place = path.join(words.pathSep);
  if (before === undefined) return void out.push(words.added(place, isLeaf(after) ? leafValue(after, key, at) : ''));
  if (after === undefined) return void out.push(words.removed(place));
  if (key === 'completion' && isObject(before) && isObject(after)) return completionLines(before, after, place, at);
  if (isObject(before) && isObject(after) && !isLeaf(before) && !isLeaf(after)) {
    for (const name of [...new Set([...Object.keys(after), ...Object.keys(before)])])
      // A rung is named "第 N 级" on its own; the list's title before it would only repeat that.
      walk(before[name], after[name], name === 'stages' ? path : [...path, paramName(name, locale)], name, at);
    return;
  }
  if (Array.isArray(before) && Array.isArray(after) && !isLeaf(before) && !isLeaf(after)) {
    for (let i = 0; i < Math.max(before.length, after.length); i++)
      walk(before[i], after[i], [...path, itemLabel(key, i, after[i] ?? before[i], locale)], undefined, at);
    return;
  }
  const [from, to] =
    isLeaf(before) && typeof before === 'object'
      ? shortChange(before, after, locale)
      : [leafValue(before, key, at), leafValue(after, key, at)];
  out.push(words.changed(place, from, to));
}

const processName = (type: string, locale: Locale) =>
  (PROCESS_NAMES as Record<string, LocalizedText>)[type]?.[locale] ?? CHANGE_WORDS[locale].quote(type);

const isLadderRules = (rules: unknown): rules is Rule[] =>
  Array.isArray(rules) && rules.every((rule) => isObject(rule) && Array.isArray(rule.when) && isObject(rule.then));

function stageTitles(params: Json): StageTitles {
  const stages = Array.isArray(params.stages) ? (params.stages as Json[]) : [];
  return Object.fromEntries(
    stages.filter((s) => typeof s.name === 'string' && isObject(s.title)).map((s) => [s.name, s.title as LocalizedText]),
  );
}

function ruleSentence(definition: ComparedDefinition, rule: Rule, row: number, locale: Locale): string {
  const line = ruleLine({ row, label: rule.label, then: rule.then }, stageTitles(definition.process.params))[locale];
  const when = conditionsWords(rule.when, ruleFields(definition.schema, definition.i18n?.en), locale);
  return CHANGE_WORDS[locale].ruleSentence(line, when);
}

// Unchanged rows drop out; a row left on both sides under the same label was changed, any other was added or removed.
function ruleLines(before: ComparedDefinition, after: ComparedDefinition, old: Rule[], now: Rule[], locale: Locale): string[] {
  const words = CHANGE_WORDS[locale];
  const kept = (rule: Rule, others: Rule[]) => others.some((other) => same(other, rule));
  const gone = old.map((rule, i) => ({ rule, row: i + 1 })).filter(({ rule }) => !kept(rule, now));
  const fresh = now.map((rule, i) => ({ rule, row: i + 1 })).filter(({ rule }) => !kept(rule, old));
  const out: string[] = [];
  for (const { rule, row } of fresh) {
    const match = gone.findIndex((g) => same(g.rule.label, rule.label));
    const sentence = ruleSentence(after, rule, row, locale);
    if (match < 0) out.push(words.ruleAdded(sentence));
    else {
      const [was] = gone.splice(match, 1);
      out.push(words.ruleChanged(ruleSentence(before, was!.rule, was!.row, locale), sentence));
    }
  }
  for (const { rule, row } of gone) out.push(words.ruleRemoved(ruleSentence(before, rule, row, locale)));
  return out;
}

/** The 办理流程 and 规则 sentences for `after` against `before`. */
export function processChangeLines(
  before: ComparedDefinition,
  after: ComparedDefinition,
  locale: Locale,
  names: DiffNames = {},
): { process: string[]; rules: string[] } {
  const words = CHANGE_WORDS[locale];
  const process: string[] = [];
  if (before.process.processType !== after.process.processType)
    process.push(words.processType(processName(before.process.processType, locale), processName(after.process.processType, locale)));
  const { rules: oldRules, ...oldParams } = before.process.params ?? {};
  const { rules: newRules, ...newParams } = after.process.params ?? {};
  walk(oldParams, newParams, [], undefined, { locale, names, out: process });
  const rules: string[] = [];
  if (isLadderRules(oldRules ?? []) && isLadderRules(newRules ?? []))
    rules.push(...ruleLines(before, after, (oldRules ?? []) as Rule[], (newRules ?? []) as Rule[], locale));
  else walk(oldRules, newRules, [PARAM_TEXTS.rules!.title[locale]], 'rules', { locale, names, out: rules });
  return { process, rules };
}
