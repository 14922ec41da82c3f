// A bulletin's free-text notes as one reader may see them: each note is an enterprise's own words, so the policy
// decides per note with that enterprise as the record's owner (its cadre works it; HQ and admins oversee).
import type { BulletinData } from '../domain/bulletin';
import type { Db } from '../stores/db-types';
import { assignedEnterpriseIds, enterpriseIdsByName } from '../stores/submissions/submission-enterprises';
import { maskValue } from './mask';
import { showsInFull, type Purpose, type Reader } from './personal-data-policy';

/** The bulletin with the notes the reader may not read replaced by the mask; `hidden` lists the texts replaced. */
export async function bulletinForReader(
  db: Db,
  data: BulletinData,
  reader: Reader,
  purpose: Purpose,
): Promise<{ data: BulletinData; hidden: string[] }> {
  if (!data.notes.length) return { data, hidden: [] };
  // Bulletins stored before notes carried their enterprise's id: find it by name.
  const missing = [...new Set(data.notes.filter((n) => n.enterpriseId === undefined).map((n) => n.name))];
  const byName = missing.length ? await enterpriseIdsByName(db, missing) : new Map<string, number>();
  const assigned =
    reader.role === 'cadre' && reader.userId !== null ? new Set(await assignedEnterpriseIds(db, reader.userId)) : new Set<number>();
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
