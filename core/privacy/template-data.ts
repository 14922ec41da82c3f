// Template data about a submission (emails, public notices) carries the submission's fields among others: before it
// is rendered, the fields the form marks personal are masked as the policy says for the person it goes to.
import type { Knex } from 'knex';
import type { Locale } from '../domain/locale';
import type { Purpose } from './personal-data-policy';
import { readerOf } from './reader-of';
import { maskSubmissions } from './submission-facts';

/** `data` as the recipient (a user found by `to` address, else the public) may read it about `submissionId`. */
export async function templateDataFor(
  db: Knex,
  submissionId: string | undefined,
  data: Record<string, unknown>,
  recipient: { to: string | null; locale: Locale },
  purpose: Extract<Purpose, 'email' | 'public'>,
): Promise<Record<string, unknown>> {
  if (!submissionId) return data;
  const row = await db('submissions').where({ id: submissionId }).first('id', 'form_key', 'form_version', 'enterprise_id', 'user_id');
  if (!row) return data;
  const user = recipient.to
    ? await db('users')
        .where({ email: recipient.to, active: true })
        .orderBy('id')
        .first('id', 'role', 'enterprise_id', 'project_id', 'working_group_id')
    : undefined;
  const reader = readerOf(
    user && purpose === 'email'
      ? {
          id: Number(user.id),
          role: user.role,
          enterpriseId: user.enterprise_id ?? null,
          projectId: user.project_id ?? null,
          workingGroupId: user.working_group_id ?? null,
        }
      : null,
    recipient.locale,
  );
  const ref = {
    id: String(row.id),
    formKey: String(row.form_key),
    formVersion: Number(row.form_version),
    enterpriseId: row.enterprise_id == null ? null : Number(row.enterprise_id),
    userId: row.user_id == null ? null : Number(row.user_id),
    data,
  };
  const [shown] = await maskSubmissions(db, reader, [ref], purpose);
  return shown!.data;
}
