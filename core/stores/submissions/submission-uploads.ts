// The uploads a submission's data refers to (`upload:<id>`): their names for the reader, and whether the submitter
// uploaded them (a submission may not point at someone else's file).
import type { Db } from '../db-types';

/** An upload's id and the name it was uploaded under. */
export interface UploadName {
  id: string;
  fileName: string;
}

/** The names of the uploads among `ids` that exist. */
export async function uploadNames(db: Db, ids: string[]): Promise<UploadName[]> {
  const rows = await db('uploads').whereIn('id', ids).select('id', 'file_name');
  return rows.map((row) => ({ id: String(row.id), fileName: String(row.file_name) }));
}

/** Which of `ids` are uploads of user `userId`. */
export async function ownUploadIds(db: Db, userId: number, ids: string[]): Promise<string[]> {
  return (await db('uploads').whereIn('id', ids).where('user_id', userId).pluck('id')).map(String);
}
