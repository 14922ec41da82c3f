// Every PostgreSQL database a test run makes (the template, each test's clone) carries its maker, host and process, in
// its comment, so the next run drops what a killed one left behind and never what a run still going, on this machine or
// another sharing the server, uses.
import { hostname } from 'node:os';
import type { Knex } from 'knex';

const MAKER = 'fugong test run';

/** Marks database `name` as made by this process of this host. */
export async function markMaker(admin: Knex, name: string): Promise<void> {
  // A utility statement takes no parameters: the text is a quoted literal.
  const text = `${MAKER} ${hostname()} ${process.pid}`.replaceAll("'", "''");
  await admin.raw(`comment on database ?? is '${text}'`, [name]);
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: a process of another user has that number.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Drops the databases earlier test runs on this host made whose process is gone (a run killed before its teardown);
 * answers their names. */
export async function dropLeftovers(admin: Knex): Promise<string[]> {
  const { rows } = (await admin.raw(
    `select datname, shobj_description(oid, 'pg_database') as maker from pg_database where shobj_description(oid, 'pg_database') like ?`,
    [`${MAKER} %`],
  )) as { rows: { datname: string; maker: string }[] };
  const left = rows.filter(({ maker }) => {
    const [host, pid] = maker.slice(MAKER.length + 1).split(' ');
    return host === hostname() && !alive(Number(pid));
  });
  for (const { datname } of left) await admin.raw('drop database if exists ?? with (force)', [datname]);
  return left.map(({ datname }) => datname);
}
