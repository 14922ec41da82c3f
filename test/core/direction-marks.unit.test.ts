// What a pasted mobile number or name loses: the direction marks and zero-width no-break spaces Windows programs copy
// with it, and nothing else.
import { describe, expect, it } from 'vitest';
import { isMobileCN } from '#core/domain/identifiers';
import { stripDirectionMarks, withoutDirectionMarks } from '#core/domain/direction-marks';

describe('direction marks', () => {
  it.each([
    ['\u202A13800138000\u202C', '13800138000', 'an embedding from Excel'],
    ['\u200E13800138000\u200F', '13800138000', 'left-to-right and right-to-left marks'],
    ['\u202B张\u202D三\u202E', '张三', 'an embedding and two overrides'],
    ['\u2066李\u2067四\u2068\u2069', '李四', 'the isolates'],
    ['\uFEFF王五', '王五', 'a zero-width no-break space'],
    ['\u061C赵六', '赵六', 'the Arabic letter mark'],
  ])('takes %j to %j (%s)', (pasted, clean) => {
    expect(stripDirectionMarks(pasted)).toBe(clean);
  });

  it('keeps spaces, line breaks, tabs and every other character', () => {
    const text = ' 第一行 a\u00A0b\n第二行\r\n\t缩进 \u200B';
    expect(stripDirectionMarks(text)).toBe(text);
  });

  it('makes a pasted mobile number pass its check', () => {
    expect(isMobileCN('\u202A13800138000\u202C')).toBe(false);
    expect(isMobileCN(stripDirectionMarks('\u202A13800138000\u202C'))).toBe(true);
  });

  it('strips every string at any depth, keeping keys, other values and what `keep` names', () => {
    const sent = {
      name: '\u202A张三\u202C',
      '\u200Ekey': 1,
      workers: [{ mobile: '\u200E13800138000', count: 3, on: true, left: null }],
      password: '\u200Esecret',
    };
    expect(withoutDirectionMarks(sent, (key) => key === 'password')).toEqual({
      name: '张三',
      '\u200Ekey': 1,
      workers: [{ mobile: '13800138000', count: 3, on: true, left: null }],
      password: '\u200Esecret',
    });
    expect(sent.name).toBe('\u202A张三\u202C');
  });
});
