// Template data about a submission (emails, public notices) carries the submission's fields among others: before it
// is rendered, the fields the form marks personal are masked as the policy says for the person it goes to.
import type { Locale } from '../domain/locale';
import type { Db } from '../stores/db-types';
import { submissionOwner } from '../stores/submissions/submission-privacy-store';
import { findActiveUserByEmail } from '../stores/user-store';
import type { Purpose } from './personal-data-policy';
import { readerOf } from './reader-of';
import { maskSubmissions } from './submission-facts';

/** `data` as the recipient (a user found by `to` address, else the public) may read it about `submissionId`. */
export async function templateDataFor(
  db: Db,
  submissionId: string | undefined,
  data: Record<string, unknown>,
  recipient: { to: string | null; locale: Locale },
  purpose: Extract<Purpose, 'email' | 'public'>,
): Promise<Record<string, unknown>> {
  if (!submissionId) return data;
  const owner = await submissionOwner(db, submissionId);
  if (!owner) return data;
  const user = recipient.to ? await findActiveUserByEmail(db, recipient.to) : undefined;
  // The policy decides by the account's role and ties; its address plays no part in masking a submission's data.
  const reader = readerOf(
    user && purpose === 'email'
      ? { id: user.id, role: user.role, enterpriseId: user.enterpriseId, projectId: user.projectId, workingGroupId: user.workingGroupId }
      : null,
    recipient.locale,
  );
  const ref = { ...owner, data };
  const [shown] = await maskSubmissions(db, reader, [ref], purpose);
  return shown!.data;
}
