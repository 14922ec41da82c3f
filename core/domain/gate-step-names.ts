// The 8 steps of the gate check (004) in the words the gate page's checklist, the parameter editor and the shipped
// gate-check definition use. Beside the glossary rather than in it: the glossary is in every page's first scripts, and
// only the gate officer's and the administrator's pages name the steps.
import type { GateStep } from './gate-rules';
import type { Locale, LocalizedText } from './locale';

const term = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

/** Each step of the gate check, named as done (the officer ticks it off). */
export const GATE_STEP_NAMES: Readonly<Record<GateStep, LocalizedText>> = {
  certificate: term('查验健康证明或通行证', 'Health certificate or pass checked'),
  temperature: term('测温', 'Temperature taken'),
  disinfection: term('消毒', 'Disinfected'),
  registration: term('信息登记', 'Registered'),
  'code-scan': term('扫码', 'Code scanned'),
  commitment: term('签健康承诺书', 'Health commitment signed'),
  notice: term('领取告知书', 'Notice received'),
  'separate-lane': term('人车分流入场', 'Entered by the separated lane'),
};

/** The steps' names in one language, keyed as the gate page's messages are (`gate.step.temperature` → 测温). */
export function gateStepMessages(locale: Locale): Record<`gate.step.${GateStep}`, string> {
  return Object.fromEntries(Object.entries(GATE_STEP_NAMES).map(([step, name]) => [`gate.step.${step}`, name[locale]])) as Record<
    `gate.step.${GateStep}`,
    string
  >;
}
