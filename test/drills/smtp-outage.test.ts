// The SMTP-outage drill at test size: three receipt workflows (six mails) while nothing listens, then a real server.
import { describe, expect, it } from 'vitest';
import { smtpOutageDrill } from '#scripts/drills/smtp-outage-drill';
import { explain, testContext } from './drill-context';

describe('SMTP outage', () => {
  it('delivers every queued mail exactly once after the server returns', async () => {
    const [result] = await smtpOutageDrill(testContext(), { workflows: 3, outageMs: 2_000 });
    expect(result!.pass, explain([result!])).toBe(true);
  }, 600_000);
});
