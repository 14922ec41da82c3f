import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latestPublishedForm, syncShippedForms, type StoredForm } from '#core/stores/forms/form-store';
import { recordSubmission } from '#core/stores/submission-record-store';
import { testDatabases, type OpenDatabase } from '../helpers/test-db';

const ZONE = 'Asia/Shanghai';
const AT = '2026-12-04T02:00:00Z'; // 4 December in Shanghai

describe.each(testDatabases())('writing submissions that arrive together on $name', (database) => {
  let open: OpenDatabase;
  let db: Knex;
  let liaison: StoredForm;
  let daily: StoredForm;
  const users: number[] = [];

  beforeAll(async () => {
    open = await database.open();
    db = open.db;
    await syncShippedForms(db);
    liaison = (await latestPublishedForm(db, 'liaison-designation'))!;
    daily = (await latestPublishedForm(db, 'daily-report'))!;
    for (const name of ['a', 'b', 'c']) {
      const [row] = await db('users')
        .insert({
          username: `${name}${randomUUID().slice(0, 8)}`,
          display_name: name,
          role: 'enterprise',
          password_hash: 'x',
          created_at: AT,
        })
        .returning('id');
      users.push(Number(typeof row === 'object' ? (row as { id: number }).id : row));
    }
  });
  afterAll(async () => {
    await open?.close();
  });

  const submit = (userId: number, form: StoredForm, submissionId: string, enterpriseId: number | null = null) =>
    recordSubmission(db, ZONE, { user: { id: userId, role: 'enterprise' }, requestId: `req-${submissionId}` }, form, {
      submissionId,
      enterpriseId,
      category: null,
      at: AT,
      data: JSON.stringify({ n: submissionId }),
    });

  const draft = (userId: number, formKey: string) =>
    db('submission_drafts').insert({ user_id: userId, form_key: formKey, submission_id: randomUUID(), data: '{}', updated_at: AT });

  it('numbers each new one once without gaps, answers repeats with null, fails only a bad one, and drops the drafts', async () => {
    const [a, b, c] = users as [number, number, number];
    const earlier = [randomUUID(), randomUUID()];
    expect(await submit(a, liaison, earlier[0]!)).toBe('LL-20261204-0001');
    expect(await submit(b, daily, earlier[1]!)).toBe('RB-20261204-0001');
    await draft(a, liaison.key);
    await draft(b, daily.key);
    await draft(c, 'resumption-readiness'); // a form nobody submits below: this draft stays

    const transactions: string[] = [];
    const countBegins = (query: { sql: string }) => /^begin/i.test(query.sql) && transactions.push(query.sql);
    db.on('query', countBegins);
    const fresh = Array.from({ length: 12 }, (_, i) => ({ user: users[i % 3]!, form: i % 2 ? daily : liaison, id: randomUUID() }));
    const twice = fresh.slice(0, 3); // sent twice at once, as a double click does
    const bad = randomUUID();
    const calls = [
      ...fresh.map((s) => submit(s.user, s.form, s.id)),
      ...twice.map((s) => submit(s.user, s.form, s.id)),
      submit(a, liaison, earlier[0]!),
      submit(b, daily, earlier[1]!),
      submit(c, liaison, bad, 999_999), // no such enterprise: the foreign key refuses it
    ];
    const answers = await Promise.allSettled(calls);
    db.off('query', countBegins);

    const value = (i: number) =>
      answers[i]!.status === 'fulfilled' ? (answers[i] as PromiseFulfilledResult<string | null>).value : 'failed';
    // Each id sent twice got one number between its two answers; each earlier id answers null.
    for (let i = 0; i < 3; i++) expect([value(i), value(12 + i)].filter((n) => n !== null)).toHaveLength(1);
    expect([value(15), value(16)]).toEqual([null, null]);
    expect(answers[17]!.status).toBe('rejected');

    const numbers = answers
      .slice(0, 15)
      .map((_, i) => value(i))
      .filter((n): n is string => n !== null);
    expect(numbers).toHaveLength(12);
    // The bad one's number went back: each prefix's numbers run on from the earlier one without a gap.
    expect(numbers.filter((n) => n.startsWith('LL')).sort()).toEqual(
      Array.from({ length: 6 }, (_, i) => `LL-20261204-${String(i + 2).padStart(4, '0')}`),
    );
    expect(numbers.filter((n) => n.startsWith('RB')).sort()).toEqual(
      Array.from({ length: 6 }, (_, i) => `RB-20261204-${String(i + 2).padStart(4, '0')}`),
    );

    const ids = [...fresh.map((s) => s.id), ...earlier];
    const rows: { id: string; case_number: string; user_id: number }[] = await db('submissions').select('id', 'case_number', 'user_id');
    expect(rows.map((r) => r.id).sort()).toEqual([...ids].sort());
    for (const s of fresh) {
      const row = rows.find((r) => r.id === s.id)!;
      expect(row.user_id).toBe(s.user);
      expect(row.case_number.startsWith(s.form === liaison ? 'LL' : 'RB')).toBe(true);
    }
    const events = await db('submission_events').where({ kind: 'status.submitted' }).pluck('submission_id');
    expect([...events].sort()).toEqual([...ids].sort());
    const audits: { target_id: string; summary: string; request_id: string }[] = await db('audit_log')
      .where({ action: 'submission.create' })
      .select('target_id', 'summary', 'request_id');
    expect(audits.map((e) => e.target_id).sort()).toEqual([...ids].sort());
    for (const entry of audits) {
      const summary = typeof entry.summary === 'string' ? JSON.parse(entry.summary) : entry.summary;
      expect(summary.caseNumber).toBe(rows.find((r) => r.id === entry.target_id)!.case_number);
      expect(entry.request_id).toBe(`req-${entry.target_id}`);
    }
    const drafts: { user_id: number; form_key: string }[] = await db('submission_drafts').select('user_id', 'form_key');
    expect(drafts).toEqual([{ user_id: c, form_key: 'resumption-readiness' }]);

    // SQLite has one writer per process: what arrived while it wrote went in together. PostgreSQL writes each alone.
    if (database.name === 'sqlite') expect(transactions.length).toBeLessThan(fresh.length);
    else expect(transactions.length).toBeGreaterThanOrEqual(fresh.length);
  });
});
