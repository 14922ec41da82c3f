// A user's draft of a form: one per user and form key, saved as they type and dropped when they discard it (filing
// the submission drops it too, in submission-record-store.ts). The draft keeps the submission id it will be filed under,
// and the uploads it holds (forms/draft-held-uploads.ts), read by the upload quota and sweep (core/stores/uploads/).
import { fromJson, toJson } from '../../db';
import type { Db } from '../db-types';

/** A saved draft. */
export interface Draft {
  submissionId: string;
  data: Record<string, unknown>;
  updatedAt: string;
}

/** The user's draft of the form, if they saved one. */
export async function findDraft(db: Db, userId: number, formKey: string): Promise<Draft | undefined> {
  const row: { submission_id: string; data: string; updated_at: string } | undefined = await db('submission_drafts')
    .where({ user_id: userId, form_key: formKey })
    .first();
  return row ? { submissionId: row.submission_id, data: fromJson(row.data), updatedAt: row.updated_at } : undefined;
}

/** Saves the user's draft of the form, replacing the one they had; `heldUploads` are the ids of the uploads it holds. */
export async function saveDraft(db: Db, userId: number, formKey: string, draft: Draft, heldUploads: string[]): Promise<void> {
  await db('submission_drafts')
    .insert({
      user_id: userId,
      form_key: formKey,
      submission_id: draft.submissionId,
      data: toJson(draft.data),
      held_uploads: heldUploads.map((id) => `upload:${id}`).join(' '),
      updated_at: draft.updatedAt,
    })
    .onConflict(['user_id', 'form_key'])
    .merge();
}

/** Drops the user's draft of the form (nothing happens when there is none). */
export async function deleteDraft(db: Db, userId: number, formKey: string): Promise<void> {
  await db('submission_drafts').where({ user_id: userId, form_key: formKey }).delete();
}
