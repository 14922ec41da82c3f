// Hostile strings in emails stay text: every shipped template, in both languages, rendered with its sample data
// where every string is replaced by markup and template syntax, must show that markup escaped in HTML and keep
// the subject on one line. Rows already in an outbox (written by workflows from fuzzed forms) are scanned too.
import type { Knex } from 'knex';
import { LOCALES } from '#core/domain/locale';
import { sampleDataFor } from '#core/mail/sample-data';
import { createTemplateRenderer } from '#core/mail/template-renderer';

const PAYLOAD = '<script>alert("fugong")</script><img src=x onerror=alert(1)>{{7*7}}\r\nBcc: victim@example.com';
/** Raw markup that must never reach an HTML body unescaped. */
const RAW_MARKERS = ['<script>alert', '<img src=x onerror'];

function poison(value: unknown): unknown {
  if (typeof value === 'string') return Number.isNaN(Date.parse(value)) ? `${value}${PAYLOAD}` : value;
  if (Array.isArray(value)) return value.map(poison);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v)]));
  return value;
}

/** What the check found: templates rendered and each place hostile text escaped its role. */
export interface EmailTextFindings {
  rendered: number;
  problems: string[];
}

/** Renders every template with poisoned sample data and reports raw markup in HTML or a broken subject line. */
export function checkEmailTemplates(): EmailTextFindings {
  const renderer = createTemplateRenderer('Asia/Shanghai');
  const problems: string[] = [];
  let rendered = 0;
  for (const name of renderer.names()) {
    for (const locale of LOCALES) {
      const mail = renderer.render(name, locale, poison(sampleDataFor(name, locale)) as Record<string, unknown>);
      rendered += 1;
      for (const marker of RAW_MARKERS)
        if (mail.html.includes(marker)) problems.push(`${name}/${locale}: raw "${marker}" in the HTML body`);
      if (/[\r\n]/.test(mail.subject)) problems.push(`${name}/${locale}: the subject spans several lines`);
    }
  }
  return { rendered, problems };
}

/** Scans outbox rows (written by real workflows from fuzzed data) for raw markup in HTML and multi-line subjects. */
export async function checkOutbox(db: Knex): Promise<EmailTextFindings> {
  const rows = await db('outbox').select('idempotency_key', 'subject', 'html_body');
  const problems: string[] = [];
  for (const row of rows) {
    for (const marker of RAW_MARKERS)
      if (String(row.html_body).includes(marker)) problems.push(`outbox ${row.idempotency_key}: raw "${marker}" in the HTML body`);
    if (/[\r\n]/.test(String(row.subject))) problems.push(`outbox ${row.idempotency_key}: the subject spans several lines`);
  }
  return { rendered: rows.length, problems };
}
