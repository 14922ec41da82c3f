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
