// What the gate's submit button waits for, in form order: the hint beside it lists these, and the button stays disabled
// while there is any (web/app/src/pages/gate/missing-before-submit.ts).
import { describe, expect, it } from 'vitest';
import { GATE_STEPS, type GateStep } from '#core/domain/gate-rules';
import { missingBeforeSubmit, type GateCheckProgress, type MissingItem } from '#web/app/src/pages/gate/missing-before-submit';

const ALL = GATE_STEPS;
const FREIGHT: GateStep[] = ['temperature', 'disinfection', 'registration', 'code-scan'];
// A valid ID (check digit X); the worker is filled in for every case that does not say otherwise.
const ID = '11010519491231002X';
// The channel and zone chosen too, except where a case empties them (both start empty on the page).
const fresh: GateCheckProgress = {
  residentId: ID,
  name: '王建国',
  channel: 'people',
  zone: 'construction',
  certificate: '',
  temperature: null,
  signs: true,
  signed: false,
  laneSteps: ALL,
  done: new Set(),
};
const allDone = new Set<GateStep>(ALL);
/** Everything but the worker answered, ticked and signed. */
const finished: Partial<GateCheckProgress> = { certificate: 'pass', temperature: 36.5, signed: true, done: allDone };
const allBut = (...left: GateStep[]) => new Set<GateStep>(ALL.filter((step) => !left.includes(step)));

describe('what a gate check still lacks before it can be submitted', () => {
  it.each<[string, Partial<GateCheckProgress>, MissingItem[]]>([
    [
      'a fresh check lists everything, the worker first and the two self-ticking steps once each',
      { residentId: '', name: '', channel: '', zone: '' },
      [
        { key: 'residentId' },
        { key: 'name' },
        { key: 'channel' },
        { key: 'certificate' },
        { key: 'temperature' },
        { key: 'zone' },
        { key: 'signature' },
        { key: 'steps', count: 6 },
      ],
    ],
    ['the ID and name when everything else is done', { ...finished, residentId: '', name: '' }, [{ key: 'residentId' }, { key: 'name' }]],
    ['an ID whose check digit is wrong', { ...finished, residentId: '110105194912310021' }, [{ key: 'residentIdWrong' }]],
    ['an ID cut short', { ...finished, residentId: ID.slice(0, 17) }, [{ key: 'residentIdWrong' }]],
    ['an ID of blanks only, as an empty one', { ...finished, residentId: '  ' }, [{ key: 'residentId' }]],
    ['a name of blanks only', { ...finished, name: '   ' }, [{ key: 'name' }]],
    [
      'nothing for an ID typed with spaces and a lower-case x, as the submission tidies it',
      { ...finished, residentId: ` ${ID.toLowerCase()} ` },
      [],
    ],
    [
      'the ID and name even for a worker turned back',
      { certificate: 'none', residentId: '', name: '' },
      [{ key: 'residentId' }, { key: 'name' }],
    ],
    ['only the signature left', { certificate: 'pass', temperature: 36.5, done: allBut('commitment') }, [{ key: 'signature' }]],
    [
      'signed, with the temperature and two steps still to do',
      { certificate: 'pass', signed: true, done: allBut('disinfection', 'notice') },
      [{ key: 'temperature' }, { key: 'steps', count: 2 }],
    ],
    ['nothing once everything is done', { certificate: 'health-certificate', temperature: 37.8, signed: true, done: allDone }, []],
    ['nothing for a worker turned back without a certificate', { certificate: 'none' }, []],
    ['the channel when only it is left, as nothing picks it for the officer', { ...finished, channel: '' }, [{ key: 'channel' }]],
    ['the zone when only it is left, as nothing picks it for the officer', { ...finished, zone: '' }, [{ key: 'zone' }]],
    [
      'the channel but not the zone of a worker turned back (recorded at a channel, sent to no zone)',
      { certificate: 'none', channel: '', zone: '' },
      [{ key: 'channel' }],
    ],
    [
      'no signature at a lane whose entrants sign nothing',
      { certificate: 'pass', signs: false, laneSteps: FREIGHT, done: new Set<GateStep>(['certificate', 'temperature']) },
      [{ key: 'temperature' }, { key: 'steps', count: 3 }],
    ],
    [
      'the plate at a vehicle lane, after the worker and before the certificate',
      { ...finished, residentId: '', certificate: '', plateAsked: true, vehiclePlate: ' ' },
      [{ key: 'residentId' }, { key: 'vehiclePlate' }, { key: 'certificate' }],
    ],
    ['nothing once the vehicle lane’s plate is typed', { ...finished, plateAsked: true, vehiclePlate: '豫A12345' }, []],
    ['no plate at a lane that registers none', { ...finished, plateAsked: false, vehiclePlate: '' }, []],
    ['no plate of a vehicle turned back', { certificate: 'none', plateAsked: true }, []],
    [
      'an unticked certificate step counted once the question is answered',
      { certificate: 'pass', temperature: 36.5, signed: true, done: allBut('certificate') },
      [{ key: 'steps', count: 1 }],
    ],
  ])('%s', (_name, change, expected) => {
    expect(missingBeforeSubmit({ ...fresh, ...change })).toEqual(expected);
  });
});
