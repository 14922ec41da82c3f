import { describe, expect, it } from 'vitest';
import { creditCodeCheckChar, isCreditCode, isMobileCN, isResidentId } from '#core/domain/identifiers';

describe('unified social credit code', () => {
  it.each([
    ['91350100M000100Y43', true, 'a published example code'],
    ['91110000802100433B', true, 'a real-world code with a letter check character'],
    ['91350100M000100Y44', false, 'the wrong check character'],
    ['91350100M000100Y4', false, 'only 17 characters'],
    ['91350100M000100I43', false, 'a letter outside the code alphabet (I)'],
    ['', false, 'an empty string'],
  ])('%s is %s (%s)', (code, valid) => {
    expect(isCreditCode(code)).toBe(valid);
  });

  it('computes the check character that makes a code valid', () => {
    const first17 = '91370100000000011';
    expect(isCreditCode(`${first17}${creditCodeCheckChar(first17)}`)).toBe(true);
  });
});

describe('resident ID number', () => {
  it.each([
    ['11010519491231002X', true, 'the GB 11643 example with an X check digit'],
    ['110105194912310021', false, 'the wrong check digit'],
    ['110105194902300025', false, 'February 30th'],
    ['11010519491231002', false, '17 digits'],
  ])('%s is %s (%s)', (id, valid) => {
    expect(isResidentId(id)).toBe(valid);
  });
});

describe('mainland mobile number', () => {
  it.each([
    ['13800138000', true],
    ['19912345678', true],
    ['12800138000', false],
    ['1380013800', false],
    ['+8613800138000', false],
  ])('%s is %s', (value, valid) => {
    expect(isMobileCN(value)).toBe(valid);
  });
});
