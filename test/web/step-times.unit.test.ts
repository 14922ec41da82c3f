import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '#web/app/src/api/api-types';
import { stepTimes } from '#web/app/src/pages/step-times';

const STEPS = ['submitted', 'received', 'settled'];
const CREATED = '2026-12-05T07:50:00.000Z';
const line = (status: string, at: string): TimelineEvent => ({ at, kind: `status.${status}`, detail: {} });
const other = (kind: string, at: string): TimelineEvent => ({ at, kind, detail: {} });

describe('progress step times', () => {
  const submitted = line('submitted', '2026-12-05T07:50:01.000Z');
  const received = line('received', '2026-12-05T07:51:00.000Z');

  it.each<[string, TimelineEvent[], (string | undefined)[]]>([
    ['just submitted: only the first step has a time', [submitted], [submitted.at, undefined, undefined]],
    ['received: the acceptance time', [submitted, received], [submitted.at, received.at, undefined]],
    [
      'resolved later: the received step keeps its first time, not the resolution',
      [submitted, received, other('task.closed', '2026-12-05T07:54:00.000Z'), line('resolved', '2026-12-05T07:54:00.000Z')],
      [submitted.at, received.at, undefined],
    ],
    [
      'returned and received again: still the first acceptance',
      [submitted, received, line('returned', '2026-12-05T07:52:00.000Z'), line('received', '2026-12-05T07:53:00.000Z')],
      [submitted.at, received.at, undefined],
    ],
    [
      'confirmed by the enterprise: every step keeps its time',
      [submitted, received, line('resolved', '2026-12-05T07:54:00.000Z'), line('settled', '2026-12-05T07:56:00.000Z')],
      [submitted.at, received.at, '2026-12-05T07:56:00.000Z'],
    ],
    [
      'lines out of order: the earliest counts',
      [line('resolved', '2026-12-05T07:54:00.000Z'), received, submitted],
      [submitted.at, received.at, undefined],
    ],
    [
      'resolved without a received line: reached when resolved',
      [submitted, line('resolved', '2026-12-05T07:54:00.000Z')],
      [submitted.at, '2026-12-05T07:54:00.000Z', undefined],
    ],
    [
      'a filed report settled without a received line: received and settled at once',
      [submitted, line('settled', '2026-12-05T07:50:03.000Z')],
      [submitted.at, '2026-12-05T07:50:03.000Z', '2026-12-05T07:50:03.000Z'],
    ],
    ['no timeline: the submitted step falls back to the creation time', [], [CREATED, undefined, undefined]],
  ])('%s', (_name, timeline, expected) => {
    expect(stepTimes(STEPS, timeline, { createdAt: CREATED, endedAt: null })).toEqual(expected);
  });

  it('gives an ended case its end time on the last step when no line says so, and only then', () => {
    const rejected = ['submitted', 'received', 'rejected'];
    expect(stepTimes(rejected, [submitted], { createdAt: CREATED, endedAt: '2026-12-05T08:00:00.000Z' })).toEqual([
      submitted.at,
      undefined,
      '2026-12-05T08:00:00.000Z',
    ]);
    expect(
      stepTimes(rejected, [submitted, line('rejected', '2026-12-05T07:58:00.000Z')], {
        createdAt: CREATED,
        endedAt: '2026-12-05T08:00:00.000Z',
      })[2],
    ).toBe('2026-12-05T07:58:00.000Z');
  });
});
