// Which monitoring records are about a person someone else checks (the privacy policy's "worker" records, masked even
// for the enterprise that filed them) and which are the enterprise's own (a site or a vehicle it watches: its site
// manager's mobile, which it typed itself, was shown to it as 135****1234).
import { describe, expect, it } from 'vitest';
import { recordsAboutPerson } from '#core/domain/monitoring-params';
import { readShippedForms } from '#forms/shipped-forms';

describe('recordsAboutPerson', () => {
  it('counts the gate check and a followed worker as about a person, a site or a vehicle as the enterprise’s own', () => {
    expect(recordsAboutPerson('monitoring', { entryRules: [] })).toBe(true);
    expect(recordsAboutPerson('monitoring', { subject: { kind: 'worker' } })).toBe(true);
    expect(recordsAboutPerson('monitoring', { subject: { kind: 'other' } })).toBe(true);
    expect(recordsAboutPerson('monitoring', { subject: { kind: 'site' } })).toBe(false);
    expect(recordsAboutPerson('monitoring', { subject: { kind: 'vehicle' } })).toBe(false);
    expect(recordsAboutPerson('ladder', {})).toBe(false);
  });

  it('reads the shipped definitions so: the gate check about workers, the site rounds the enterprise’s own', () => {
    const about = Object.fromEntries(
      readShippedForms().map((form) => [form.key, recordsAboutPerson(form.process.processType, form.process.params)]),
    );
    expect(about['gate-check']).toBe(true);
    expect(about['site-epidemic-rounds']).toBe(false);
    expect(about['difficulty-report']).toBe(false);
  });
});

describe('maskNumbersInText', () => {
  it('masks resident IDs and mobiles inside free text, leaving other numbers', async () => {
    const { maskNumbersInText } = await import('#core/privacy/mask');
    expect(maskNumbersInText('我有异议，370102199001011872，电话13912345678，欠薪 3 个月，合同号 20261205')).toBe(
      '我有异议，370102********1872，电话139****5678，欠薪 3 个月，合同号 20261205',
    );
    expect(maskNumbersInText('身份证37010219900101187X')).toBe('身份证370102********187X');
    expect(maskNumbersInText('一串更长的数字 1391234567890123456789 不是号码')).toBe('一串更长的数字 1391234567890123456789 不是号码');
  });
});
