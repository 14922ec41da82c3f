// An enterprise's work liaison (P1), kept on its `enterprises` row: the name, mobile and email a liaison designation
// report names, and the liaisons an overdue text goes to.
import type { Db } from '../db-types';

/** The enterprise columns that hold its liaison. */
export type LiaisonColumn = 'liaison_name' | 'liaison_mobile' | 'liaison_email';

/** An enterprise's liaison columns as stored (null where none is set). */
export type LiaisonRow = Partial<Record<LiaisonColumn, string | null>>;

/** A liaison with a mobile number, for an overdue text. */
export interface TextableLiaison {
  enterpriseId: number;
  enterpriseName: string;
  mobile: string;
  email: string | null;
}

/** The enterprise's liaison columns named, or undefined when there is no such enterprise. */
export async function enterpriseLiaison(db: Db, enterpriseId: number, columns: LiaisonColumn[]): Promise<LiaisonRow | undefined> {
  return db('enterprises')
    .where({ id: enterpriseId })
    .first(...columns);
}

/** Writes the changed liaison columns onto the enterprise. */
export async function updateEnterpriseLiaison(db: Db, enterpriseId: number, changes: LiaisonRow): Promise<void> {
  await db('enterprises').where({ id: enterpriseId }).update(changes);
}

/** The liaisons of these enterprises that have a mobile number, in enterprise id order. */
export async function liaisonsWithMobile(db: Db, enterpriseIds: number[]): Promise<TextableLiaison[]> {
  const rows: Record<string, unknown>[] = await db('enterprises')
    .whereIn('id', enterpriseIds)
    .whereNotNull('liaison_mobile')
    .orderBy('id')
    .select('id', 'name', 'liaison_mobile', 'liaison_email');
  return rows.map((row) => ({
    enterpriseId: Number(row.id),
    enterpriseName: String(row.name),
    mobile: String(row.liaison_mobile),
    email: row.liaison_email ? String(row.liaison_email) : null,
  }));
}
