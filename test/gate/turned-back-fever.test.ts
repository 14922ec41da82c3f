// Seed 004: 需要劝返人员的劝返、需要隔离的人员隔离. A worker with no certificate and a fever is turned back (no right to
// enter, not even the isolation zone), but the fever is not lost: the decision names it among its reasons, the case
// says it in both languages, and the people a fever in quarantine alerts (the gate officer, the enterprise's cadres)
// are emailed a fever alert that says the worker was turned back, not quarantined, with the temperature and the site;
// and HQ's group robots hear it once, as they hear a fever quarantined at the gate (DESIGN P5: fever → HQ).
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSecretBox } from '#core/codec/secret-box';
import { HEALTH_MASK, maskIdNumber } from '#core/privacy/mask';
import { insertRobot } from '#core/stores/notify/robot-store';
import { eventually } from '#scripts/kit/eventually';
import { signedIn } from '#scripts/kit/http-session';
import { startSystem, type RunningSystem } from '../helpers/running-system';
import { testDatabases } from '../helpers/test-db';
import { freshResidentId } from './gate-fixtures';

const FEVER = { field: 'temperature', op: '>=', value: 37.3, then: 'quarantine' };

describe('a worker turned back at the gate with a fever (dev server)', () => {
  let system: RunningSystem;
  beforeAll(async () => {
    system = await startSystem(testDatabases()[0]!);
    // HQ's group robot (the secret is never read here: the rows are looked at in the outbox, not delivered).
    const box = createSecretBox([{ id: 'test', secret: randomBytes(32) }], 'robot');
    const robot = { key: 'hq-fever-test', name: '指挥部群', channel: 'wecom-robot' as const, audience: 'hq' as const };
    await insertRobot(system.db, box, { ...robot, secret: { token: 'hq-fever-test-key-0123' } }, new Date().toISOString());
  });
  afterAll(async () => {
    await system?.stop();
  });

  /** A check by gate1 of a worker with no certificate at `temperature`; answers the API's answer. */
  async function turnBack(temperature: number, name: string) {
    const gate = await signedIn(system.baseUrl, 'gate1');
    const residentId = freshResidentId();
    const data = { residentId, name, channel: 'people', certificate: 'none', steps: ['certificate'], temperature, riskFlag: false };
    const answer = await gate.request('POST', '/api/gate/checks', { checkId: randomUUID(), data });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    return { check: answer.body.check, residentId };
  }

  it('turns the worker back, names the fever, and alerts the gate officer and the cadre by email', async () => {
    const { check, residentId } = await turnBack(38.6, '发热劝返者');
    expect(check.outcome).toBe('turned-back');
    expect(check.quarantine).toBeNull();
    expect(check.reasons[0]).toMatchObject({ field: 'certificate', then: 'turn-back' });
    expect(check.reasons).toContainEqual(FEVER);
    expect(await system.db('quarantines').where({ id: check.id }).first()).toBeUndefined();

    const { db } = system;
    const site = await db('users as u')
      .join('projects as p', 'p.id', 'u.project_id')
      .where('u.username', 'gate1')
      .first('p.name', 'p.enterprise_id');
    const officer = await db('users').where({ username: 'gate1' }).first('email');
    const cadres = await db('users as u')
      .join('cadre_assignments as a', 'a.cadre_id', 'u.id')
      .where('a.enterprise_id', site.enterprise_id)
      .whereNull('a.ended_at')
      .whereNotNull('u.email')
      .pluck('u.email');
    expect(cadres.length).toBeGreaterThan(0);
    const rows = await eventually(
      () => db('outbox').where({ submission_id: check.id, template: 'quarantine-alert', channel: 'email' }).orderBy('id').select(),
      (found) => found.length >= 1 + cadres.length,
    );
    expect(rows.map((r) => r.to_address).sort()).toEqual([officer.email, ...cadres].sort());
    for (const row of rows) {
      const body = String(row.text_body);
      expect(row.subject).toMatch(/^【复工】门岗发热已劝返：发热劝返者 .+ ℃（/);
      expect(body).toContain(String(site.name));
      expect(body).toContain('已达到发热标准。该人员无权进场，已劝返，未转入隔离');
      expect(body).not.toContain('隔离期：');
      // Personal data as every quarantine alert has it: the resident ID masked; the temperature in full for the site's
      // gate officer, hidden from the cadres as health data (core/privacy/personal-data-policy.ts).
      expect(body).toContain(maskIdNumber(residentId));
      expect(body).not.toContain(residentId);
      if (row.to_address === officer.email) expect(body).toContain('门岗测温 38.6 ℃');
      else expect(body).toContain(`门岗测温 ${HEALTH_MASK['zh-CN']} ℃`);
    }

    // HQ's robots hear the fever once each, the name masked, no temperature or resident ID (a group has many readers).
    const robots = await eventually(
      () => db('outbox').where({ submission_id: check.id, template: 'quarantine-alert' }).whereNot({ channel: 'email' }).select(),
      (found) => found.some((row) => row.to_address === 'robot:hq-fever-test'),
    );
    const hqRobots = await db('notification_robots').where({ audience: 'hq', active: true }).pluck('key');
    expect(robots.map((r) => r.to_address).sort()).toEqual(hqRobots.map((key) => `robot:${key}`).sort());
    const post = String(robots.find((row) => row.to_address === 'robot:hq-fever-test')!.text_body);
    expect(post).toContain(`### 门岗发热已劝返 · ${site.name}`);
    expect(post).toContain('人员 发\\*\\*\\* 于 ');
    expect(post).toContain('在门岗测温达到发热标准，因无权进场已劝返，未转入隔离');
    expect(post).not.toContain('隔离观察开始');
    expect(post).not.toContain('发热劝返者');
    expect(post).not.toContain('38.6');
    expect(post).not.toContain(residentId);
    expect(post).toMatch(/\[查看隔离登记\]\(http:\/\/localhost:\d+\/#\/register\)/);

    // The case says the fever beside the turn-back, in both languages, to the site's officer (a cadre reads no health
    // data of a worker, so the sentence leaves the rule out for them, as it does every health rule).
    for (const [locale, words] of [
      ['zh-CN', /^劝返（.*；体温（℃） 不低于 37\.3）/],
      ['en', /^Turned back \(.*; Temperature \(°C\) at least 37\.3\)/],
    ] as const) {
      const officer = await signedIn(system.baseUrl, 'gate1', { locale });
      const page = (await officer.request('GET', `/api/submissions/${check.id}`)).body;
      expect(page.submission.resultText).toMatch(words);
    }
  });

  it('alerts nobody about a worker turned back at a normal temperature', async () => {
    const { check } = await turnBack(36.6, '常温劝返者');
    expect(check.reasons).not.toContainEqual(FEVER);
    await eventually(
      async () => (await system.db('submissions').where({ id: check.id }).first('status'))?.status,
      (status) => status === 'rejected',
    );
    expect(await system.db('outbox').where({ submission_id: check.id, template: 'quarantine-alert' })).toEqual([]);
  });
});
