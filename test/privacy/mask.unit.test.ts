import { describe, expect, it } from 'vitest';
import { maskIdLike } from '#core/log-redaction';
import { FREE_TEXT_MASK, HEALTH_MASK, maskIdNumber, maskMobile, maskName, maskValue } from '#core/privacy/mask';

describe('masks of personal values', () => {
  it.each([
    ['370102198001011870', '370102********1870'],
    ['11010119900307123X', '110101********123X'],
    ['12345', '*****'],
  ])('masks resident ID %s as %s', (id, masked) => {
    expect(maskIdNumber(id)).toBe(masked);
  });

  it.each([
    ['13912345678', '139****5678'],
    ['1391234', '*******'],
  ])('masks mobile %s as %s', (mobile, masked) => {
    expect(maskMobile(mobile)).toBe(masked);
  });

  it.each([
    ['李四', '李*'],
    ['欧阳明华', '欧***'],
    ['  Li Si ', 'L***'],
    ['王', '*'],
  ])('masks name %j as %s', (name, masked) => {
    expect(maskName(name)).toBe(masked);
  });

  it.each([
    ['id-number', '370102198001011870', 'zh-CN', '370102********1870'],
    ['mobile', '13912345678', 'en', '139****5678'],
    ['health', 38.2, 'zh-CN', HEALTH_MASK['zh-CN']],
    ['health', true, 'en', HEALTH_MASK.en],
    ['free-text', '张三工资未发', 'zh-CN', FREE_TEXT_MASK['zh-CN']],
    ['free-text', 'wages unpaid', 'en', FREE_TEXT_MASK.en],
    ['mobile', '', 'en', ''],
    ['health', undefined, 'en', undefined],
  ] as const)('masks a %s value %j for a %s reader', (kind, value, locale, masked) => {
    expect(maskValue(kind, value, locale)).toBe(masked);
  });

  // Log lines mask through core/log-redaction (one masker for text; this module masks values by their kind).
  it('masks resident IDs and mobiles inside a text, leaving other numbers', () => {
    expect(maskIdLike('GET /api/gate/workers/370102198001011870 by 13912345678 at 20261203')).toBe(
      'GET /api/gate/workers/[resident-id] by [mobile] at 20261203',
    );
  });
});
