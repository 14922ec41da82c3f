// The gate check's words have one source: its steps (core/domain/gate-step-names.ts) and outcomes (the glossary) read the
// same on the gate page, in the parameter editor and in the shipped definition, in both languages. The gate page's
// English had drifted (Separated entry lane, Certificate or pass checked) from the definition's and the editor's.
import { describe, expect, it } from 'vitest';
import { GATE_STEPS } from '#core/domain/gate-rules';
import { GATE_OUTCOME_NAMES } from '#core/domain/glossary';
import { CHOICE_TEXTS } from '#forms/process-type-texts';
import { readShippedForms } from '#forms/shipped-forms';
import { gateEn, gateZhCn } from '#web/app/src/i18n/messages/gate-messages';

const gateCheck = readShippedForms().find((form) => form.key === 'gate-check')!;
const stepChoices = (gateCheck.schema as { properties: { steps: { items: { oneOf: { const: string; title: string }[] } } } }).properties
  .steps.items.oneOf;
const definitionEn = (gateCheck as { i18n?: { en?: Record<string, string> } }).i18n?.en ?? {};

describe('gate check words', () => {
  it.each(GATE_STEPS)('names the step %s alike on the gate page, in the editor and in the definition', (step) => {
    const index = stepChoices.findIndex((choice) => choice.const === step);
    const definition = { 'zh-CN': stepChoices[index]!.title, en: definitionEn[`/steps/items/oneOf/${index}`] };
    expect({ 'zh-CN': gateZhCn[`gate.step.${step}`], en: gateEn[`gate.step.${step}`] }).toEqual(definition);
    expect(CHOICE_TEXTS[step]).toEqual(definition);
  });

  it("says a rule's outcome in the Chinese the editor and the lists use", () => {
    expect(gateZhCn['gate.then.quarantine']).toBe(CHOICE_TEXTS.quarantine!['zh-CN']);
    expect(gateZhCn['gate.then.quarantine']).toBe(GATE_OUTCOME_NAMES.quarantined['zh-CN']);
    expect(gateZhCn['gate.then.turn-back']).toBe(CHOICE_TEXTS['turn-back']!['zh-CN']);
    expect(gateZhCn['gate.then.turn-back']).toBe(GATE_OUTCOME_NAMES['turned-back']['zh-CN']);
  });

  it("keeps no outcome word of the gate page's own beside the glossary's", () => {
    const outcomeWords = new Set(Object.values(GATE_OUTCOME_NAMES).map((name) => name['zh-CN']));
    // A word alone (not a sentence, not a rule's outcome inside one) that the glossary already has.
    const own = Object.entries(gateZhCn).filter(([key, text]) => outcomeWords.has(text) && !key.startsWith('gate.then.'));
    expect(own).toEqual([]);
  });
});
