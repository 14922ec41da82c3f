// The compose topology had the Temporal UI at http://localhost:8080 (an SSH tunnel) against https://fugong…: another
// site, so the browser left the Lax session cookie behind and every decode was a bare 401. The app now says so at
// start, and the 401 itself tells the admin what to change; the cookie stays Lax.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpSession } from '#scripts/kit/http-session';
import { startBareApp, type BareApp } from '../helpers/bare-app';

describe('the Temporal UI on another site than Fugong', () => {
  let app: BareApp;
  beforeAll(async () => {
    app = await startBareApp({
      env: { PUBLIC_URL: 'https://fugong.city.gov.cn', TEMPORAL_ADDRESS: 'temporal:7233', TEMPORAL_UI_ORIGIN: 'http://localhost:8080' },
    });
  });
  afterAll(() => app?.stop());

  it('warns at start that payloads will not decode, naming both addresses', () => {
    const warning = app.logLines.find((line) => line.includes('TEMPORAL_UI_ORIGIN is another site'));
    expect(warning).toBeDefined();
    expect(JSON.parse(warning!)).toMatchObject({ temporalUiOrigin: 'http://localhost:8080', publicUrl: 'https://fugong.city.gov.cn' });
  });

  it('answers the UI’s cookieless call with a 401 saying the UI must be on Fugong’s site', async () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const answer = await new HttpSession(app.baseUrl, locale).request(
        'POST',
        '/api/temporal-codec/decode',
        { payloads: [] },
        { csrf: false, headers: { origin: 'http://localhost:8080' } },
      );
      expect(answer.status).toBe(401);
      expect(answer.body.error.code).toBe('codec_no_session');
      expect(answer.body.error.message).toContain(locale === 'en' ? 'same site as Fugong' : '须与本系统同站');
      expect(answer.body.error.message).toContain('https://fugong.city.gov.cn');
    }
  });

  it('stays quiet for a UI on a subdomain of Fugong’s site', async () => {
    const same = await startBareApp({
      env: {
        PUBLIC_URL: 'https://fugong.city.gov.cn',
        TEMPORAL_ADDRESS: 'temporal:7233',
        TEMPORAL_UI_ORIGIN: 'https://temporal.fugong.city.gov.cn',
      },
    });
    try {
      expect(same.logLines.filter((line) => line.includes('TEMPORAL_UI_ORIGIN'))).toEqual([]);
    } finally {
      await same.stop();
    }
  });
});
