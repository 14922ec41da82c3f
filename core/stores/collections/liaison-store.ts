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

/** One enterprise of a liaison round as the office's list reads it: its liaison when it designated one. */
export interface RoundLiaison {
  enterpriseName: string;
  /** Designated in this round (on time or late); false: still missing at the time of the list. */
  designated: boolean;
  late: boolean;
  liaisonName: string | null;
  liaisonMobile: string | null;
  liaisonEmail: string | null;
  /** The enterprise's assigned cadre now, who chases a missing designation. */
  cadreName: string | null;
}

/** Every enterprise a round asked, by name, with the liaison on its record and its cadre. */
export async function roundLiaisons(db: Db, roundId: string): Promise<RoundLiaison[]> {
  const rows: Record<string, unknown>[] = await db('collection_reports as r')
    .join('enterprises as e', 'e.id', 'r.enterprise_id')
    .leftJoin('cadre_assignments as a', function currentCadre() {
      this.on('a.enterprise_id', 'r.enterprise_id').andOnNull('a.ended_at');
    })
    .leftJoin('users as c', 'c.id', 'a.cadre_id')
    .where('r.round_id', roundId)
    .orderBy('e.name')
    .orderBy('e.id')
    .select('e.id', 'e.name', 'r.status', 'e.liaison_name', 'e.liaison_mobile', 'e.liaison_email', 'c.display_name as cadre_name');
  const seen = new Set<number>();
  return rows.flatMap((row) => {
    // An enterprise with two open assignments (a handover's moment) is listed once.
    if (seen.has(Number(row.id))) return [];
    seen.add(Number(row.id));
    const designated = row.status === 'on_time' || row.status === 'late';
    return [
      {
        enterpriseName: String(row.name),
        designated,
        late: row.status === 'late',
        liaisonName: designated && row.liaison_name ? String(row.liaison_name) : null,
        liaisonMobile: designated && row.liaison_mobile ? String(row.liaison_mobile) : null,
        liaisonEmail: designated && row.liaison_email ? String(row.liaison_email) : null,
        cadreName: row.cadre_name ? String(row.cadre_name) : null,
      },
    ];
  });
}
