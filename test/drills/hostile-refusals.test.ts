// The hostile-input drill's authorization rule: a 2xx to a role the authorization matrix refuses is a failure.
import type { Client } from '@temporalio/client';
import knex from 'knex';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '#core/config';
import { createLogger } from '#core/logger';
import { brokenRule } from '#scripts/drills/hostile-input-drill';
import { servedRoute } from '#scripts/drills/served-route';
import type { HostileRequest } from '#scripts/drills/hostile-cases';
import { createApp } from '#web/server/create-app';
import { listRoutes } from '#web/server/route-list';
import { refusedOutright } from '#scripts/kit/authorization-table';

// Only the route table is read; the rate limiters want a knex instance, which connects only when first queried.
const noDb = knex({ client: 'sqlite3', connection: { filename: ':memory:' }, useNullAsDefault: true });
const routes = listRoutes(createApp({ config: loadConfig({}), db: noDb, temporal: {} as Client, logger: createLogger('t', 'silent') }));
const ok = { status: 200, type: 'application/json', text: '{"users":[]}' };
const ask = (role: string, method: string, path: string): HostileRequest => ({
  target: 'test',
  role,
  method,
  path,
  csrf: 'valid',
  body: null,
  locale: 'zh-CN',
});

describe('hostile-input drill: refusals the matrix expects', () => {
  afterAll(() => noDb.destroy());

  it.each([
    ['GET', '/api/users?limit=%00', 'GET /api/users'],
    ['HEAD', '/api/users', 'GET /api/users'],
    ['GET', '/api/forms/x', 'GET /api/forms/:key'],
    ['POST', '/api/admin/forms/check', 'POST /api/admin/forms/check'],
    ['GET', '/api/users/', undefined],
    ['GET', '/API/users', undefined],
    ['GET', '/api/users.json', undefined],
    ['DELETE', '/api/users', undefined],
  ])('finds the route express would serve for %s %s', (method, path, route) => {
    expect(servedRoute(routes, method, path)).toBe(route);
  });

  it('reads the expectations from the authorization table', () => {
    expect(refusedOutright('GET /api/users', 'hq')).toBe(true);
    expect(refusedOutright('GET /api/users', 'admin')).toBe(false);
    expect(refusedOutright('GET /api/users', 'anonymous')).toBe(true);
    // Allowed on its own records only: the drill cannot tell whose record it named.
    expect(refusedOutright('GET /api/tasks/:id', 'cadre')).toBe(false);
    expect(refusedOutright('GET /api/tasks/:id', 'enterprise')).toBe(true);
    // Refused in the table because of the fixture's form, not the role.
    expect(refusedOutright('GET /api/forms/:key', 'gate')).toBe(false);
    expect(refusedOutright('GET /api/no-such-route', 'gate')).toBe(false);
  });

  it('fails a 2xx the matrix refuses, and passes the same answer to a role it allows', () => {
    expect(brokenRule(ask('hq', 'GET', '/api/users?q=1'), ok, routes)).toBe(
      'answered 200 to hq on GET /api/users, which the authorization matrix refuses',
    );
    expect(brokenRule(ask('gate', 'PUT', '/api/settings'), { ...ok, status: 204 }, routes)).toMatch(/PUT \/api\/settings/);
    expect(brokenRule(ask('admin', 'GET', '/api/users'), ok, routes)).toBeNull();
    const refusal = { status: 403, type: 'application/json', text: '{"error":{"code":"forbidden","message":"无权访问"}}' };
    expect(brokenRule(ask('hq', 'GET', '/api/users'), refusal, routes)).toBeNull();
  });
});
