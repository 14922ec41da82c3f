// The gate through the API on the dev server: seed 004's scenario (scaled down) lands in the site register with the
// right figures and zone occupancy; the register is scoped by role; bad IDs, stale commitments and repeat entries
// of a quarantined worker are refused with reasons; each of the three channels (people, passenger vehicle, freight) is
// accepted and recorded; the officer is told when the site's enterprise is not (or no longer) cleared to resume (003),
// which the check keeps, while the entry is decided as ever; the gate setup the phone keeps for offline checks says it
// too, with since when.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { runGateScenario, type GateFigures } from '#scripts/scenario-gate';
import { eventually } from '#scripts/kit/eventually';
import { HttpSession } from '#scripts/kit/http-session';
import { startSystem, type RunningSystem } from '../helpers/running-system';
import { testDatabases } from '../helpers/test-db';
import { checkAtGate, freshResidentId } from './gate-fixtures';
import { SAMPLE_PNG } from '#scripts/kit/sample-files';

const FIGURES: GateFigures = { admitted: 12, quarantined: 4, released: 3, turnedBack: 2 };

describe('gate check and site register (dev server)', () => {
  let system: RunningSystem;
  const signIn = async (username: string) => {
    const session = new HttpSession(system.baseUrl);
    await session.login(username, DEMO_PASSWORD);
    return session;
  };
  beforeAll(async () => {
    system = await startSystem(testDatabases()[0]!);
  });
  afterAll(async () => {
    await system?.stop();
  });

  it('shows the scenario’s admitted, quarantined, released and turned-back workers and the occupancy of the four zones', async () => {
    const { project, after } = await runGateScenario(system.baseUrl, FIGURES);
    expect(after).toMatchObject({ admitted: 12, quarantined: 4, inQuarantine: 1, released: 3, turnedBack: 2, workers: 18 });
    const register = (await (await signIn('gate1')).request('GET', '/api/gate/register')).body;
    expect(register.project.id).toBe(project.id);
    expect(register.totals).toEqual(after);
    expect(register.zones.isolation).toBe(1);
    expect(register.zones.management + register.zones.construction + register.zones.living).toBe(15);
    const inQuarantine = register.workers.find((w: { status: string }) => w.status === 'quarantined');
    expect(inQuarantine.quarantine).toMatchObject({ day: 1, days: 14 });
    // The list keeps IDs masked even for the site's officer; one worker's page shows the full ID to that officer only.
    expect(inQuarantine.residentId).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
    const detail = (await (await signIn('gate1')).request('GET', `/api/gate/register/workers/${inQuarantine.workerId}`)).body;
    expect(detail.worker.residentId).toMatch(/^\d{17}[\dX]$/);
    expect(detail.worker.residentId.slice(-4)).toBe(inQuarantine.residentId.slice(-4));
    const released = register.workers.filter((w: { status: string }) => w.status === 'released');
    expect(
      released.every(
        (w: { quarantine: { changes: unknown[]; previousEndsAt: string } }) =>
          w.quarantine.changes.length === 1 && w.quarantine.previousEndsAt,
      ),
    ).toBe(true);
    // The release notices are written by the quarantine workflow's activity, a moment after the register shows the release.
    const cleared = await eventually(
      async () =>
        Number((await system.db('outbox').where({ template: 'quarantine-cleared' }).count<{ n: number }[]>({ n: '*' }).first())!.n),
      (n) => n >= 6,
    );
    expect(cleared).toBe(6);
  });

  it('lets the cadre see their enterprises’ sites only, masks IDs, and gives HQ every project', async () => {
    const gateProject = (await system.db('users').where({ username: 'gate1' }).first('project_id')).project_id;
    const cadre1 = (await (await signIn('cadre1')).request('GET', `/api/gate/register?projectId=${gateProject}`)).body;
    expect(cadre1.project.id).toBe(gateProject);
    expect(cadre1.workers[0].residentId).toMatch(/\*{8}/);
    const cadreDetail = (await (await signIn('cadre1')).request('GET', `/api/gate/register/workers/${cadre1.workers[0].workerId}`)).body;
    expect(cadreDetail.worker.residentId).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
    expect(
      cadre1.workers.every((w: { gateTemperature: unknown }) => w.gateTemperature === null || typeof w.gateTemperature === 'string'),
    ).toBe(true);
    expect((await (await signIn('cadre2')).request('GET', `/api/gate/register?projectId=${gateProject}`)).status).toBe(404);
    const hq = (await (await signIn('hq')).request('GET', '/api/gate/register')).body;
    expect(hq.projects.length).toBe(
      await system
        .db('projects')
        .count<{ n: number }[]>({ n: '*' })
        .first()
        .then((r) => Number(r!.n)),
    );
    expect((await (await signIn('ent01')).request('GET', '/api/gate/register')).status).toBe(403);
  });

  it('refuses a wrong check digit, a commitment signed against another text, and a second entry while in quarantine', async () => {
    const gate = await signIn('gate1');
    const lookup = await gate.request('GET', '/api/gate/workers/110101199003070012');
    expect(lookup.status).toBe(422);
    // Said as a person would say it, the same words as the gate form's own check, not "应为…" / "must be…".
    expect(lookup.body.error.details).toEqual([{ path: '/residentId', message: '请填写18位居民身份证号码，并核对最后一位校验码' }]);
    const register = (await gate.request('GET', '/api/gate/register')).body;
    const listed = register.workers.find((w: { status: string }) => w.status === 'quarantined');
    const quarantined = (await gate.request('GET', `/api/gate/register/workers/${listed.workerId}`)).body.worker;
    const found = (await gate.request('GET', `/api/gate/workers/${quarantined.residentId}`)).body;
    expect(found).toMatchObject({ worker: { name: quarantined.name }, standing: { status: 'quarantined', zone: 'isolation' } });
    // The look-up tells the officer at once until when the worker is in quarantine here: the end the register shows.
    expect(found.standing.quarantineEndsAt).toBe(listed.quarantine.endsAt);
    for (const status of ['admitted', 'released']) {
      const other = register.workers.find((w: { status: string }) => w.status === status);
      const otherId = (await gate.request('GET', `/api/gate/register/workers/${other.workerId}`)).body.worker.residentId;
      expect((await gate.request('GET', `/api/gate/workers/${otherId}`)).body.standing).toMatchObject({ status, quarantineEndsAt: null });
    }
    const upload = (
      await gate.request('POST', '/api/uploads', SAMPLE_PNG, {
        contentType: 'image/png',
      })
    ).body.upload;
    const data = {
      residentId: quarantined.residentId,
      name: quarantined.name,
      channel: 'people',
      certificate: 'pass',
      steps: ['certificate', 'temperature', 'disinfection', 'registration', 'code-scan', 'commitment', 'notice', 'separate-lane'],
      temperature: 36.5,
      riskFlag: false,
      signature: upload.ref,
      commitmentSha256: 'a'.repeat(64),
    };
    const stale = await gate.request('POST', '/api/gate/checks', { checkId: randomUUID(), data });
    expect(stale.status).toBe(422);
    expect(stale.body.error.details[0].path).toBe('/data/commitmentSha256');
    const setup = (await gate.request('GET', '/api/gate/setup')).body.setup;
    const again = await gate.request('POST', '/api/gate/checks', {
      checkId: randomUUID(),
      data: { ...data, commitmentSha256: setup.commitment['zh-CN'].sha256 },
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('in_quarantine');
    const noSteps = await gate.request('POST', '/api/gate/checks', {
      checkId: randomUUID(),
      data: { ...data, residentId: '110101199003070011', steps: ['certificate'], commitmentSha256: setup.commitment['zh-CN'].sha256 },
    });
    expect(noSteps.status).toBe(422);
    expect(noSteps.body.error.details.map((d: { path: string }) => d.path)).toContain('/data/steps');
  });
  it('admits a worker at each of the three channels (people, passenger vehicle, freight) and records the channel', async () => {
    const gate = await signIn('gate1');
    const setup = (await gate.request('GET', '/api/gate/setup')).body.setup;
    expect(setup.channels).toEqual(['people', 'passenger-vehicle', 'freight']);
    const png = SAMPLE_PNG;
    const check = async (channel: string) => {
      const upload = (await gate.request('POST', '/api/uploads', png, { contentType: 'image/png' })).body.upload;
      const residentId = freshResidentId();
      const data = {
        residentId,
        name: `通道 ${channel}`,
        channel,
        ...(channel === 'people' ? {} : { vehiclePlate: '豫A3C521' }),
        certificate: 'health-certificate',
        steps: ['certificate', 'temperature', 'disinfection', 'registration', 'code-scan', 'commitment', 'notice', 'separate-lane'],
        temperature: 36.4,
        riskFlag: false,
        zone: 'construction',
        signature: upload.ref,
        commitmentSha256: setup.commitment['zh-CN'].sha256,
      };
      return { residentId, answer: await gate.request('POST', '/api/gate/checks', { checkId: randomUUID(), data }) };
    };
    const checked = new Map<string, string>();
    for (const channel of ['people', 'passenger-vehicle', 'freight']) {
      const { residentId, answer } = await check(channel);
      expect(answer.status, JSON.stringify(answer.body)).toBe(201);
      expect(answer.body.check.outcome).toBe('admitted');
      checked.set(residentId, channel);
    }
    const stored = await system
      .db('gate_checks as g')
      .join('workers as w', 'w.id', 'g.worker_id')
      .whereIn('w.resident_id', [...checked.keys()])
      .select('w.resident_id', 'g.channel', 'g.outcome');
    expect(stored.map((row) => [checked.get(row.resident_id), row.channel, row.outcome]).sort()).toEqual([
      ['freight', 'freight', 'admitted'],
      ['passenger-vehicle', 'passenger-vehicle', 'admitted'],
      ['people', 'people', 'admitted'],
    ]);
    const register = (await gate.request('GET', '/api/gate/register')).body.workers as { name: string; channel: string }[];
    for (const channel of checked.values()) expect(register.find((w) => w.name === `通道 ${channel}`)?.channel).toBe(channel);

    const { answer: unknown } = await check('bicycle');
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.details.map((d: { path: string }) => d.path)).toContain('/data/channel');
  });

  it('runs three lanes with three scans from the params: the supply-truck lane checks temperature, disinfection, registration and code scan and registers the plate', async () => {
    const gate = await signIn('gate1');
    const setup = (await gate.request('GET', '/api/gate/setup')).body.setup;
    expect(setup.lanes.map((lane: { channel: string; scan: { key: string } }) => [lane.channel, lane.scan.key])).toEqual([
      ['people', 'people-code'],
      ['passenger-vehicle', 'passenger-vehicle-code'],
      ['freight', 'freight-code'],
    ]);
    expect(setup.lanes[2].title).toEqual({ 'zh-CN': '货车通道（进料车、供货车专用）', en: 'Goods-vehicle lane (supply trucks)' });
    expect(setup.lanes[2].steps).toEqual(['certificate', 'temperature', 'disinfection', 'registration', 'code-scan']);
    // The second commitment: the notice each entrant receives, in both languages with its hash.
    expect(setup.notice['zh-CN'].text).toContain('进场告知');
    expect(setup.notice.en.text).toContain('Notice on entry');
    expect(setup.notice['zh-CN'].sha256).toMatch(/^[0-9a-f]{64}$/);
    const truck = (over: Record<string, unknown>) => ({
      residentId: freshResidentId(),
      name: '供货司机',
      channel: 'freight',
      certificate: 'pass',
      steps: ['certificate', 'temperature', 'disinfection', 'registration', 'code-scan'],
      temperature: 36.5,
      riskFlag: false,
      ...over,
    });
    const noPlate = await gate.request('POST', '/api/gate/checks', { checkId: randomUUID(), data: truck({}) });
    expect(noPlate.status).toBe(422);
    expect(noPlate.body.error.details).toEqual([{ path: '/data/vehiclePlate', message: '货车通道（进料车、供货车专用）请登记车牌号' }]);
    const badPlate = await gate.request('POST', '/api/gate/checks', { checkId: randomUUID(), data: truck({ vehiclePlate: 'AB123' }) });
    expect(badPlate.body.error.details).toEqual([{ path: '/data/vehiclePlate', message: '请填写正确的车牌号，如 豫A12345' }]);
    const undisinfected = await gate.request('POST', '/api/gate/checks', {
      checkId: randomUUID(),
      data: truck({ vehiclePlate: '豫A3C521', steps: ['certificate', 'temperature', 'registration', 'code-scan'] }),
    });
    expect(undisinfected.body.error.details).toEqual([{ path: '/data/steps', message: '货车通道（进料车、供货车专用）还需完成：消毒' }]);
    gate.locale = 'en';
    const inEnglish = await gate.request('POST', '/api/gate/checks', { checkId: randomUUID(), data: truck({}) });
    expect(inEnglish.body.error.details[0].message).toBe("register the vehicle's plate at the Goods-vehicle lane (supply trucks) lane");
    gate.locale = 'zh-CN';
    // The supply-truck lane signs no commitment: its four checks, a certificate and the plate admit the driver.
    const truckIn = await gate.request('POST', '/api/gate/checks', { checkId: randomUUID(), data: truck({ vehiclePlate: '豫A3C521' }) });
    expect(truckIn.status, JSON.stringify(truckIn.body)).toBe(201);
    expect(truckIn.body.check).toMatchObject({ outcome: 'admitted', reasons: [] });
    // The people lane still asks for all eight steps and the signed commitment; a stale notice is refused at its field.
    const png = SAMPLE_PNG;
    const worker = async (over: Record<string, unknown>) => {
      const upload = (await gate.request('POST', '/api/uploads', png, { contentType: 'image/png' })).body.upload;
      return gate.request('POST', '/api/gate/checks', {
        checkId: randomUUID(),
        data: {
          residentId: freshResidentId(),
          name: '两证两诺',
          channel: 'people',
          steps: ['certificate', 'temperature', 'disinfection', 'registration', 'code-scan', 'commitment', 'notice', 'separate-lane'],
          temperature: 36.4,
          riskFlag: false,
          signature: upload.ref,
          commitmentSha256: setup.commitment['zh-CN'].sha256,
          noticeSha256: setup.notice['zh-CN'].sha256,
          ...over,
        },
      });
    };
    const stale = await worker({ certificate: 'health-certificate', noticeSha256: 'a'.repeat(64) });
    expect(stale.body.error.details).toEqual([{ path: '/data/noticeSha256', message: '告知书内容已更新，请刷新后发放最新告知书' }]);
    // Either of the two certificates admits; neither turns back (004 "两个证件").
    expect((await worker({ certificate: 'health-certificate' })).body.check.outcome).toBe('admitted');
    expect((await worker({ certificate: 'pass' })).body.check.outcome).toBe('admitted');
    const none = await gate.request('POST', '/api/gate/checks', {
      checkId: randomUUID(),
      data: {
        residentId: freshResidentId(),
        name: '无证',
        channel: 'people',
        certificate: 'none',
        steps: ['certificate'],
        riskFlag: false,
      },
    });
    expect(none.body.check.outcome).toBe('turned-back');
    expect(none.body.check.reasons[0]).toMatchObject({ field: 'certificate', value: 'none', then: 'turn-back' });
    const peopleUnsigned = await worker({ certificate: 'pass', signature: undefined });
    expect(peopleUnsigned.status).toBe(422);
    expect(peopleUnsigned.body.error.details.map((d: { path: string }) => d.path)).toContain('/data/signature');
  });

  it('tells the officer when the site’s enterprise is not, or no longer, cleared to resume, keeps it with the check, and decides the entry as ever', async () => {
    const { db } = system;
    const gate = await signIn('gate1');
    const site = (await db('users').where({ username: 'gate1' }).first('project_id')).project_id;
    const { enterprise_id: enterpriseId } = await db('projects').where({ id: site }).first('enterprise_id');
    const kept = await db('projects').where({ enterprise_id: enterpriseId }).select('id', 'cleared_at', 'suspended_at');
    const at = new Date().toISOString();
    const checked = async () => {
      const answer = await checkAtGate(gate, 36.4);
      expect(answer.status).toBe(201);
      const row = await db('gate_checks').where({ id: answer.body.check.id }).first('enterprise_clearance');
      const audit = await db('audit_log').where({ action: 'gate.check', target_id: answer.body.check.id }).first('summary');
      return {
        id: answer.body.check.id as string,
        outcome: answer.body.check.outcome,
        told: answer.body.check.enterpriseClearance,
        kept: row.enterprise_clearance,
        audited: JSON.parse(audit.summary).enterpriseClearance,
      };
    };
    try {
      await db('projects').where({ enterprise_id: enterpriseId }).update({ cleared_at: at, suspended_at: null });
      expect(await checked()).toMatchObject({ outcome: 'admitted', told: 'cleared', kept: 'cleared', audited: 'cleared' });
      await db('projects').where({ enterprise_id: enterpriseId }).update({ cleared_at: null });
      expect(await checked()).toMatchObject({ outcome: 'admitted', told: 'not-cleared', kept: 'not-cleared', audited: 'not-cleared' });
      await db('projects').where({ enterprise_id: enterpriseId }).update({ cleared_at: at, suspended_at: at });
      const suspended = await checked();
      expect(suspended).toMatchObject({ outcome: 'admitted', told: 'suspended', kept: 'suspended', audited: 'suspended' });
      // The admin's log says it in words.
      const log = await (await signIn('admin')).request('GET', `/api/audit?action=gate.check&targetId=${suspended.id}`);
      expect(log.body.entries[0].described).toContain('企业复工核查情况：准予复工已暂停');
    } finally {
      for (const project of kept)
        await db('projects').where({ id: project.id }).update({ cleared_at: project.cleared_at, suspended_at: project.suspended_at });
    }
  });

  it('tells the officer’s phone, in the gate setup it keeps for offline checks, whether the site’s enterprise is cleared and since when', async () => {
    const { db } = system;
    const gate = await signIn('gate1');
    const site = (await db('users').where({ username: 'gate1' }).first('project_id')).project_id;
    const { enterprise_id: enterpriseId } = await db('projects').where({ id: site }).first('enterprise_id');
    const other = await db('projects').whereNot({ enterprise_id: enterpriseId }).orderBy('id').first('id', 'enterprise_id');
    const mine = () => db('projects').where({ enterprise_id: enterpriseId });
    const theirs = () => db('projects').where({ enterprise_id: other.enterprise_id });
    const kept = await db('projects')
      .whereIn('enterprise_id', [enterpriseId, other.enterprise_id])
      .select('id', 'cleared_at', 'suspended_at');
    const told = async () => (await gate.request('GET', '/api/gate/setup')).body.enterpriseClearance;
    try {
      // Another enterprise's clearance is not the site's: only the officer's own site's enterprise is told.
      await mine().update({ cleared_at: null, suspended_at: null });
      await theirs().update({ cleared_at: '2026-12-01T01:00:00.000Z', suspended_at: null });
      expect(await told()).toEqual({ state: 'not-cleared', since: null });
      await mine().update({ cleared_at: '2026-12-02T02:00:00.000Z', suspended_at: '2026-12-05T03:00:00.000Z' });
      await theirs().update({ cleared_at: null });
      expect(await told()).toEqual({ state: 'suspended', since: '2026-12-05T03:00:00.000Z' });
      await mine().update({ suspended_at: null });
      expect(await told()).toEqual({ state: 'cleared', since: '2026-12-02T02:00:00.000Z' });
    } finally {
      for (const project of kept)
        await db('projects').where({ id: project.id }).update({ cleared_at: project.cleared_at, suspended_at: project.suspended_at });
    }
  });
});
