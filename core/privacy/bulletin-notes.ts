// A bulletin's free-text notes as one reader may see them: each note is an enterprise's own words, so the policy
// decides per note with that enterprise as the record's owner (its cadre works it; HQ and admins oversee).
import type { Knex } from 'knex';
import type { BulletinData } from '../domain/bulletin';
import { maskValue } from './mask';
import { showsInFull, type Purpose, type Reader } from './personal-data-policy';

/** The bulletin with the notes the reader may not read replaced by the mask; `hidden` lists the texts replaced. */
export async function bulletinForReader(
  db: Knex,
  data: BulletinData,
  reader: Reader,
  purpose: Purpose,
): Promise<{ data: BulletinData; hidden: string[] }> {
  if (!data.notes.length) return { data, hidden: [] };
  // Bulletins stored before notes carried their enterprise's id: find it by name.
  const missing = [...new Set(data.notes.filter((n) => n.enterpriseId === undefined).map((n) => n.name))];
  const byName = new Map<string, number>(
    missing.length
      ? (await db('enterprises').whereIn('name', missing).select('id', 'name')).map((e) => [String(e.name), Number(e.id)])
      : [],
  );
  const assigned =
    reader.role === 'cadre' && reader.userId !== null
      ? new Set((await db('cadre_assignments').where({ cadre_id: reader.userId }).whereNull('ended_at').pluck('enterprise_id')).map(Number))
      : new Set<number>();
  const hidden: string[] = [];
  const notes = data.notes.map((note) => {
    const enterpriseId = note.enterpriseId ?? byName.get(note.name) ?? null;
    const kind = note.personal === undefined ? 'free-text' : note.personal;
    if (!kind) return note;
    const facts = {
      subject: 'enterprise' as const,
      enterpriseId,
      submitterId: null,
      siteProjectId: null,
      handler: enterpriseId !== null && assigned.has(enterpriseId),
    };
    if (showsInFull(kind, reader, facts, purpose)) return note;
    hidden.push(note.text);
    return { ...note, text: String(maskValue(kind, note.text, reader.locale)) };
  });
  return { data: { ...data, notes }, hidden };
}
