// Searching with `?q=` for part of a name finds it whatever the case of its Latin letters, on SQLite (whose LIKE ignores
// ASCII case) and on PostgreSQL (whose LIKE does not) alike: an admin looking for "ent01" by typing "ENT01" finds the
// account on both, as the inbox's search already did. A wildcard typed in stays a character.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '#scripts/kit/http-session';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { testDatabases } from '../helpers/test-db';

describe.each(testDatabases())('search by part of a name on $name', (database) => {
  let app: BareApp;
  beforeAll(async () => {
    app = await startBareApp({ database });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('finds accounts, enterprises and sites whatever the case typed', async () => {
    const admin = await signedIn(app.baseUrl, 'admin');
    const users = await admin.request('GET', '/api/users?q=ENT01');
    expect(users.body.users.map((u: { username: string }) => u.username)).toEqual(['ent01']);
    const enterprise = (await app.db('enterprises').orderBy('id').first('id', 'name')) as { id: number; name: string };
    await app
      .db('enterprises')
      .where({ id: enterprise.id })
      .update({ name: `${enterprise.name}（QC Group）` });
    const byName = await admin.request('GET', '/api/enterprises?q=qc%20group');
    expect(byName.body.enterprises.map((e: { id: number }) => e.id)).toEqual([enterprise.id]);
    const picked = await admin.request('GET', '/api/enterprise-names?q=Qc%20GROUP');
    expect(picked.body.enterprises.map((e: { name: string }) => e.name)).toEqual([`${enterprise.name}（QC Group）`]);
    const project = (await app.db('projects').where({ enterprise_id: enterprise.id }).first('id', 'name')) as { id: number; name: string };
    await app
      .db('projects')
      .where({ id: project.id })
      .update({ name: `${project.name} Phase II` });
    const sites = await admin.request('GET', '/api/gate/projects?q=PHASE%20ii');
    expect(sites.body.projects.map((p: { id: number }) => p.id)).toEqual([project.id]);
    expect((await admin.request('GET', '/api/users?q=%25')).body.users).toEqual([]);
  });
});
