// The enterprise's self-check reaches the inspection only when complete (seed 003: "达到要求才能复工"): the submit route
// refuses a readiness report that leaves out one of the "eight ones", or has one of the "four in place" not yet in place,
// with a 422 at that item's path, in the reader's language, and starts nothing.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '#scripts/kit/http-session';
import { startSystem, type RunningSystem } from '../helpers/running-system';
import { testDatabases } from '../helpers/test-db';

const inPlace = (...keys: string[]) => Object.fromEntries(keys.map((key) => [key, { done: true }]));
const selfCheck = () => ({
  projectsStarted: 0,
  projectsReady: 1,
  projectsDelayed: 0,
  fourInPlace: inPlace('mechanism', 'screening', 'facilities', 'management'),
  eightOnes: inPlace('healthReport', 'temperature', 'mask', 'isolationRoom', 'hotline', 'patrioticHealth', 'healthEducation', 'humaneCare'),
  commitment: true,
});

describe('resumption readiness self-check at the submit route', () => {
  let system: RunningSystem;
  beforeAll(async () => {
    system = await startSystem(testDatabases()[0]!);
  });
  afterAll(async () => {
    await system?.stop();
  });

  it('refuses a self-check missing one of the eight ones, at that item, and files nothing', async () => {
    const data = selfCheck();
    delete (data.eightOnes as Record<string, unknown>).humaneCare;
    const submissionId = randomUUID();
    const refused = await (
      await signedIn(system.baseUrl, 'ent01')
    ).request('POST', '/api/forms/resumption-readiness/submissions', { submissionId, data });
    expect(refused.status).toBe(422);
    expect(refused.body.error.details).toEqual([{ path: '/data/eightOnes/humaneCare', message: '请填写「一强化人文关怀」' }]);
    expect(await system.db('submissions').where({ id: submissionId }).first()).toBeUndefined();
  });

  it('refuses an item not yet in place, in English for an English reader', async () => {
    const data = selfCheck();
    data.fourInPlace.facilities = { done: false };
    const refused = await (
      await signedIn(system.baseUrl, 'ent01', { locale: 'en' })
    ).request('POST', '/api/forms/resumption-readiness/submissions', { submissionId: randomUUID(), data });
    expect(refused.status).toBe(422);
    expect(refused.body.error.details).toEqual([
      { path: '/data/fourInPlace/facilities/done', message: 'Must be in place before you ask for inspection' },
    ]);
  });
});
