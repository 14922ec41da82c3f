// The collection forms as the schedules and the compliance grid see them: the newest published version of every form,
// with its title and process (which says whether it collects, and how often).
import { fromJson } from '../../db';
import type { LocalizedText } from '../../domain/locale';
import type { Db } from '../db-types';

/** The newest published version of a form: its key, title and process. */
export interface PublishedFormHead {
  key: string;
  title: LocalizedText;
  process: { processType: string; params: Record<string, unknown> };
}

/** The newest published version of every form, by key. */
export async function newestPublishedForms(db: Db): Promise<PublishedFormHead[]> {
  const rows: Record<string, unknown>[] = await db('form_definitions')
    .where({ status: 'published' })
    .orderBy(['key', { column: 'version', order: 'desc' }])
    .select('key', 'title', 'process');
  const seen = new Set<string>();
  const forms: PublishedFormHead[] = [];
  for (const row of rows) {
    const key = String(row.key);
    if (seen.has(key)) continue;
    seen.add(key);
    forms.push({ key, title: fromJson<LocalizedText>(row.title), process: fromJson<PublishedFormHead['process']>(row.process) });
  }
  return forms;
}
