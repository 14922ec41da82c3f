// Rows the upload tests set up directly: users, uploads of a given age and size, and the records that attach them.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';

/** A new user; returns the id. */
export async function addUser(db: Knex, username: string, at: string): Promise<number> {
  const [row] = await db('users')
    .insert({ username, display_name: username, role: 'enterprise', password_hash: 'x', created_at: at })
    .returning('id');
  return Number((row as { id: number }).id);
}

/** An upload row of `userId` made at `createdAt`; returns its id. */
export async function addUpload(
  db: Knex,
  userId: number,
  createdAt: string,
  options: { size?: number; keptAt?: string; id?: string } = {},
): Promise<string> {
  const id = options.id ?? randomUUID();
  await db('uploads').insert({
    id,
    user_id: userId,
    enterprise_id: null,
    file_name: `${id.slice(0, 8)}.png`,
    content_type: 'image/png',
    size: options.size ?? 1000,
    sha256: '0'.repeat(64),
    created_at: createdAt,
    kept_at: options.keptAt ?? null,
  });
  return id;
}

/** A submission of `userId` whose data names the uploads; returns its id. */
export async function addSubmission(db: Knex, userId: number, uploadIds: string[], at: string): Promise<string> {
  const id = randomUUID();
  await db('submissions').insert({
    id,
    form_key: 'resumption-readiness',
    form_version: 1,
    user_id: userId,
    data: JSON.stringify({ licence: uploadIds.map((upload) => `upload:${upload}`) }),
    status: 'submitted',
    workflow_id: `test/${id}`,
    created_at: at,
    updated_at: at,
  });
  return id;
}

/** The draft of `userId` for `formKey`, saved at `at`, naming the uploads in a file list that holds them all. */
export async function saveDraftNaming(db: Knex, userId: number, formKey: string, uploadIds: string[], at: string): Promise<void> {
  const refs = uploadIds.map((upload) => `upload:${upload}`);
  await db('submission_drafts')
    .insert({
      user_id: userId,
      form_key: formKey,
      submission_id: randomUUID(),
      data: JSON.stringify({ photos: refs }),
      held_uploads: refs.join(' '),
      updated_at: at,
    })
    .onConflict(['user_id', 'form_key'])
    .merge();
}
