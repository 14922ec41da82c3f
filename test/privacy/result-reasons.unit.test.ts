// A result's reasons (the gate rules that held) about personal fields, as a reader who may or may not see them in full
// reads them: the rule is kept, its operator and value are not.
import { describe, expect, it } from 'vitest';
import type { RJSFSchema } from '@rjsf/utils';
import { maskReasons, withMaskedReasons } from '#core/privacy/result-reasons';

const SCHEMA = {
  type: 'object',
  properties: {
    temperature: { type: 'number', 'x-personal': 'health' },
    riskFlag: { type: 'boolean', 'x-personal': 'health' },
    certificate: { type: 'string' },
  },
} as RJSFSchema;
const FEVER = { field: 'temperature', op: '>=', value: 37.3, then: 'quarantine' };
const RISK = { field: 'riskFlag', op: '==', value: true, then: 'quarantine' };
const NO_CERTIFICATE = { field: 'certificate', op: '==', value: 'none', then: 'turn-back' };
const UNSIGNED = { field: 'commitmentSigned', op: '==', value: false, then: 'turn-back' };
const hidden = () => false;
const shown = () => true;

describe('reasons of a result under the personal-data policy', () => {
  it.each([
    ['a fever rule, health hidden', [FEVER], hidden, [{ field: 'temperature', value: '（健康信息已隐藏）', then: 'quarantine' }]],
    ['a risk rule, health hidden', [RISK], hidden, [{ field: 'riskFlag', value: '（健康信息已隐藏）', then: 'quarantine' }]],
    ['a fever rule, health shown', [FEVER], shown, [FEVER]],
    ['a rule about a field that is not personal', [NO_CERTIFICATE], hidden, [NO_CERTIFICATE]],
    ['a rule about a fact the form does not hold', [UNSIGNED], hidden, [UNSIGNED]],
  ])('%s', (_, reasons, full, expected) => {
    expect(maskReasons(SCHEMA, reasons, full, 'zh-CN')).toEqual(expected);
  });

  it('masks in the reader’s language and leaves anything else of the record alone', () => {
    const result = { outcome: 'quarantined', endsAt: '2026-12-19T00:00:00.000Z', reasons: [FEVER, NO_CERTIFICATE] };
    expect(withMaskedReasons(SCHEMA, result, hidden, 'en')).toEqual({
      ...result,
      reasons: [{ field: 'temperature', value: '(health data hidden)', then: 'quarantine' }, NO_CERTIFICATE],
    });
    expect(withMaskedReasons(SCHEMA, null, hidden, 'en')).toBeNull();
    expect(withMaskedReasons(SCHEMA, { status: 'settled' }, hidden, 'en')).toEqual({ status: 'settled' });
  });
});
