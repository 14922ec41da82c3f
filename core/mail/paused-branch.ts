// A publicity notice is written again while an objection is reviewed (`paused` set): the window takes no objection
// then, so the text must stop inviting one. The shipped text says so in an {{#if paused}} branch; an admin's copy that
// has none would keep reading "公示期至…，均可在本页提出" while objections are refused. Such a copy is not saved, and
// one saved before this rule gives way to the shipped text for as long as the publicity is paused.
import type { Locale, LocalizedText } from '../domain/locale';
import type { TemplateProblem, TemplateRenderer, TemplateSource } from './template-renderer';

/** Purposes whose text is written again while paused: the parts a reader sees must change with `paused`. */
const PAUSED_PARTS: Readonly<Record<string, readonly ('html' | 'text')[]>> = {
  'commendation-publicity': ['html', 'text'],
};

const MISSING: LocalizedText = {
  'zh-CN':
    '异议核查期间公示暂停、不受理新的异议，这段文字须写明：请用 {{#if paused}}暂停公示的说明{{else}}公示期至何时、可在本页提出异议{{/if}} 分别写出两种情形（可参照原始模板）',
  en: 'While an objection is reviewed the publicity is paused and takes no objection, and this text must say so: write {{#if paused}}the paused text{{else}}the closing date and how to object{{/if}} (see the shipped template)',
};

/** The parts of `source` (an edited copy serving `purpose`) that read the same paused or not, rendered with `data`. */
function unchangedWhenPaused(
  renderer: TemplateRenderer,
  purpose: string,
  locale: Locale,
  source: TemplateSource,
  data: Record<string, unknown>,
): ('html' | 'text')[] {
  const parts = PAUSED_PARTS[purpose] ?? [];
  if (!parts.length) return [];
  const open = renderer.render(purpose, locale, { ...data, paused: false }, source);
  const paused = renderer.render(purpose, locale, { ...data, paused: true }, source);
  return parts.filter((part) => open[part] === paused[part]);
}

/** Why an edited copy serving `purpose` may not be saved: a part a reader sees that says nothing else while paused. */
export function pausedBranchProblems(
  renderer: TemplateRenderer,
  purpose: string,
  locale: Locale,
  source: TemplateSource,
  sample: Record<string, unknown>,
): TemplateProblem[] {
  return unchangedWhenPaused(renderer, purpose, locale, source, sample).map((part) => ({ path: `/${part}`, message: MISSING }));
}

/** True when a paused notice may be rendered from `source`: its text reads differently while paused. */
export function writesPaused(
  renderer: TemplateRenderer,
  purpose: string,
  locale: Locale,
  source: TemplateSource,
  data: Record<string, unknown>,
): boolean {
  return !unchangedWhenPaused(renderer, purpose, locale, source, data).includes('text');
}
