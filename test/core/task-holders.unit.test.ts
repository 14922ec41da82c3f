// Who could hold a task if it were handed to them (holderRefusal), and who would be reviewing their own filing by
// working it (reviewsOwnFiling): never the one who filed its submission as themselves; an inspection body's task only
// its own members; any other task no inspection body's member; only active cadres, service-class members and HQ.
import { describe, expect, it } from 'vitest';
import { holderRefusal, reviewsOwnFiling, type PossibleHolder, type TaskHolding } from '#core/domain/task-holders';

const SERVICE_GROUP = 1;
const TOWN_INSPECTION = 5;
const JOINT_INSPECTION = 6;
const holder = (id: number, rest: Partial<PossibleHolder>): PossibleHolder => ({
  id,
  role: 'special_class',
  active: true,
  workingGroupId: SERVICE_GROUP,
  inspectionBody: false,
  ...rest,
});
const PEOPLE = {
  member: holder(10, {}),
  filer: holder(11, {}),
  cadre: holder(12, { role: 'cadre', workingGroupId: null }),
  hq: holder(13, { role: 'hq', workingGroupId: null }),
  'town inspector': holder(20, { workingGroupId: TOWN_INSPECTION, inspectionBody: true }),
  'joint inspector': holder(21, { workingGroupId: JOINT_INSPECTION, inspectionBody: true }),
  enterprise: holder(30, { role: 'enterprise', workingGroupId: null }),
  'inactive member': holder(31, { active: false }),
};
const nomination: TaskHolding = { inspectionBodyId: null, selfFilerId: 11 };
const townTask: TaskHolding = { inspectionBodyId: TOWN_INSPECTION, selfFilerId: null };

describe('who could hold a task', () => {
  it.each([
    ['a nomination’s review', nomination, 'member', null],
    ['a nomination’s review', nomination, 'cadre', null],
    ['a nomination’s review', nomination, 'hq', null],
    ['a nomination’s review', nomination, 'filer', 'own_filing'],
    ['a nomination’s review', nomination, 'town inspector', 'inspection_body'],
    ['a nomination’s review', nomination, 'enterprise', 'not_handler'],
    ['a nomination’s review', nomination, 'inactive member', 'not_handler'],
    ['the town team’s inspection', townTask, 'town inspector', null],
    ['the town team’s inspection', townTask, 'joint inspector', 'outside_body'],
    ['the town team’s inspection', townTask, 'member', 'outside_body'],
    ['the town team’s inspection', townTask, 'hq', 'outside_body'],
  ] as const)('%s, handed to the %s: %s', (_what, task, person, refusal) => {
    expect(holderRefusal(task, PEOPLE[person])).toBe(refusal);
  });

  it.each([
    ['offered to the class, by its filer', { assigneeUserId: null }, 11, true],
    ['offered to the class, by another member', { assigneeUserId: null }, 10, false],
    ['named to its filer by the process', { assigneeUserId: 11 }, 11, false],
  ] as const)('a task %s is a review of one’s own filing: %s', (_what, task, userId, own) => {
    expect(reviewsOwnFiling(task, nomination, userId)).toBe(own);
  });
});
