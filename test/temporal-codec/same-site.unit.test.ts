// The Temporal UI reaches the codec endpoint with the admin's SameSite=Lax session cookie only from Fugong's own site:
// the same scheme and registrable domain, a subdomain counting, a port not mattering.
import { describe, expect, it } from 'vitest';
import { registrableDomain, sameSite } from '#web/server/temporal-codec/same-site';

describe('same site, as a browser decides for a Lax cookie', () => {
  it.each([
    ['https://temporal.fugong.city.gov.cn', 'https://fugong.city.gov.cn', true],
    ['https://fugong.city.gov.cn:8443', 'https://fugong.city.gov.cn', true],
    ['http://localhost:8080', 'http://localhost:3000', true],
    ['https://ops.example.com', 'https://fugong.example.com', true],
    ['http://localhost:8080', 'https://fugong.city.gov.cn', false],
    ['http://temporal.fugong.city.gov.cn', 'https://fugong.city.gov.cn', false],
    ['https://temporal.other.gov.cn', 'https://fugong.city.gov.cn', false],
    ['http://10.0.0.5:8080', 'http://10.0.0.6:3000', false],
  ])('%s calling %s: %s', (origin, target, expected) => {
    expect(sameSite(origin, target)).toBe(expected);
  });

  it('keeps a public second level (gov.cn, co.uk) out of the registrable domain', () => {
    expect(registrableDomain('fugong.city.gov.cn')).toBe('city.gov.cn');
    expect(registrableDomain('a.b.example.co.uk')).toBe('example.co.uk');
    expect(registrableDomain('temporal.fugong.example.com')).toBe('example.com');
  });
});
