// The gate officer's result card (web/app/src/pages/gate/gate-result.tsx, its fever line gate-fever-note.tsx) for a worker turned back with a fever: the
// worker still leaves, but the card says the fever, that they are not quarantined, and that the alert goes out.
import { createElement } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GateCheckResult } from '#web/app/src/api/gate-api';
import { addZhCnMessages, loadDictionary } from '#web/app/src/i18n/loaded-dictionaries';
import { gateZhCn } from '#web/app/src/i18n/messages/gate-messages';
import { GateFeverNote } from '#web/app/src/pages/gate/gate-fever-note';
import { textIn } from '../helpers/render-in-locale';

const turnedBack: GateCheckResult = {
  id: 'c0ffee00-0000-4000-8000-000000000001',
  outcome: 'turned-back',
  reasons: [
    { field: 'certificate', op: '==', value: 'none', then: 'turn-back' },
    { field: 'temperature', op: '>=', value: 37.3, then: 'quarantine' },
  ],
  workerId: 7,
  quarantine: null,
};
const card = (result: GateCheckResult, facts: Record<string, unknown>) => createElement(GateFeverNote, { result, facts });

describe('the gate result for a worker turned back with a fever', () => {
  beforeAll(async () => {
    addZhCnMessages(gateZhCn);
    await loadDictionary('en');
  });

  it('says the fever, the turn-back and the alert, in both languages', () => {
    const zh = textIn(card(turnedBack, { temperature: 38.6 }), 'zh-CN');
    expect(zh).toContain('发热（体温 38.6 ℃）：劝返离场，不转入隔离；门岗和包挂干部将收到发热预警');
    const en = textIn(card(turnedBack, { temperature: 38.6 }), 'en');
    expect(en).toContain('Fever (38.6 °C): turned back, not quarantined; the gate and the cadre get a fever alert');
  });

  it('says nothing of a fever for a worker turned back at a normal temperature, or quarantined', () => {
    const plain = { ...turnedBack, reasons: turnedBack.reasons.slice(0, 1) };
    expect(textIn(card(plain, { temperature: 36.6 }), 'zh-CN').trim()).toBe('');
    const quarantined = { ...turnedBack, outcome: 'quarantined' as const, reasons: turnedBack.reasons.slice(1) };
    expect(textIn(card(quarantined, { temperature: 38.6 }), 'zh-CN').trim()).toBe('');
  });
});
