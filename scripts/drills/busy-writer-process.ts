// One background writer of the database-busy drill, in a process of its own as a worker is: it makes the projection
// updates a worker makes (markSubmission, recordEvent), back to back, until its stdin closes; then it prints its tally.
// In-process writer pools would share the drill's four libuv threads with the web app, so a writer waiting for
// SQLite's lock could hold the very thread the lock's owner needs to commit — a stall no real deployment has.
// Input (stdin, one JSON line): { database: { client: 'sqlite3', filename } | { client: 'pg', url, searchPath }, ids }.
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import knexFactory from 'knex';
import { createSubmissionActivities } from '#activities/submission-activities';
import { createDb } from '#core/db';

type Database = { client: 'sqlite3'; filename: string } | { client: 'pg'; url: string; searchPath: string[] };

const lines = createInterface({ input: process.stdin });
const iterator = lines[Symbol.asyncIterator]();
const { database, ids } = JSON.parse((await iterator.next()).value as string) as { database: Database; ids: string[] };
let stopping = false;
// The drill closes stdin to stop the writer.
void iterator.next().finally(() => (stopping = true));

const db =
  database.client === 'pg'
    ? knexFactory({ client: 'pg', connection: database.url, searchPath: database.searchPath, pool: { min: 0, max: 10 } })
    : createDb({ client: 'sqlite3', filename: database.filename });
const activities = createSubmissionActivities({ db });
const tally = { writes: 0, failures: {} as Record<string, number> };
for (let i = 0; !stopping; i++) {
  const submissionId = ids[i % ids.length]!;
  try {
    await activities.markSubmission({ submissionId, status: i % 2 ? 'received' : 'resolved', result: { i } });
    await activities.recordEvent({ key: `busy/${randomUUID()}`, submissionId, kind: 'drill.busy', detail: { i } });
    tally.writes += 2;
    // A worker runs activities back to back, not in a spin: a breath between them keeps the app from starving.
    await new Promise((resolve) => setTimeout(resolve, 5));
  } catch (error) {
    // Temporal retries a failed activity; here it is only counted, by kind.
    const kind = String((error as { code?: string }).code ?? (error as Error).message).slice(0, 40);
    tally.failures[kind] = (tally.failures[kind] ?? 0) + 1;
  }
}
await db.destroy();
process.stdout.write(`${JSON.stringify(tally)}\n`);
