// What /healthz says about a check that is not ok: the kind of failure, the setting or process it concerns and what to
// do, and never the error's own text (hosts, ports, users), since anyone may ask.
import { describe, expect, it } from 'vitest';
import { databaseReason, ProbeTimeout, temporalReason, workersReason } from '#web/server/health/health-reasons';

const SEE_LOG = "; the web process's log has the details";

/** An error as a driver throws it: its code, and a message that must not reach the answer. */
const failure = (code: string | number, name = 'Error') =>
  Object.assign(new Error('connect ECONNREFUSED 10.20.30.40:5432 for user "fugong_admin"'), { code, name });

describe('/healthz reasons', () => {
  it.each([
    [failure('ECONNREFUSED'), 'the app database (DATABASE_URL) does not answer: connection refused' + SEE_LOG],
    [failure('28P01'), 'the app database (DATABASE_URL) does not answer: sign-in refused (the password in DATABASE_URL)' + SEE_LOG],
    [failure('SQLITE_BUSY'), 'the app database (DATABASE_URL) does not answer: the SQLite file is locked by another process' + SEE_LOG],
    [new ProbeTimeout(3000), 'the app database (DATABASE_URL) does not answer: no answer within 3 s' + SEE_LOG],
    [failure('XX000'), 'the app database (DATABASE_URL) does not answer' + SEE_LOG],
  ])('names the database and the kind of failure (%#)', (error, reason) => {
    expect(databaseReason(error)).toBe(reason);
  });

  it.each([
    [failure(14), 'Temporal (TEMPORAL_ADDRESS) does not answer: connection failed' + SEE_LOG],
    [failure(16), 'Temporal (TEMPORAL_ADDRESS) does not answer: sign-in refused (TEMPORAL_API_KEY or the client certificate)' + SEE_LOG],
    [new ProbeTimeout(3000), 'Temporal (TEMPORAL_ADDRESS) does not answer: no answer within 3 s' + SEE_LOG],
    [new Error('Failed to connect before the deadline'), 'Temporal (TEMPORAL_ADDRESS) does not answer' + SEE_LOG],
  ])('names Temporal and the kind of failure (%#)', (error, reason) => {
    expect(temporalReason(error)).toBe(reason);
  });

  it('says what to do when no worker polls, and why the count is unknown when it is', () => {
    expect(workersReason(true, undefined)).toBe(
      'no worker polls the task queue (TEMPORAL_TASK_QUEUE): processes, reminders and email wait until one does; ' +
        'start a worker (npm run worker, or the worker service), or wait a few seconds after one starts',
    );
    expect(workersReason(false, failure(14))).toBe('unknown while Temporal does not answer (see temporal.reason)');
    expect(workersReason(true, failure(5))).toBe(
      'Temporal could not say who polls the task queue: the namespace was not found (TEMPORAL_NAMESPACE)' + SEE_LOG,
    );
  });

  it('never repeats the error’s own text', () => {
    for (const reason of [databaseReason(failure('ECONNREFUSED')), temporalReason(failure(14)), workersReason(true, failure(2))]) {
      expect(reason).not.toMatch(/10\.20\.30\.40|5432|fugong_admin|ECONNREFUSED/);
    }
  });
});
