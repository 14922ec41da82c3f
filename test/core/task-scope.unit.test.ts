// Who may decide a task (actorMayDecide): its assignee, or a member of its candidate role and group — and a task
// offered to a whole role is the service class's, never an inspection body's member's.
import { describe, expect, it } from 'vitest';
import { actorMayDecide, type OpenedTask, type TaskActor } from '#core/domain/human-task';

const SERVICE_GROUP = 1;
const TOWN_INSPECTION = 5;
const member: TaskActor = { userId: 10, role: 'special_class', workingGroupId: SERVICE_GROUP, inspectionBody: false };
const inspector: TaskActor = { userId: 20, role: 'special_class', workingGroupId: TOWN_INSPECTION, inspectionBody: true };
const unplaced: TaskActor = { userId: 30, role: 'special_class', workingGroupId: null };
const ACTORS = { member, inspector, unplaced };
const task = (offer: Partial<OpenedTask>): OpenedTask => ({
  taskId: 't',
  assigneeUserId: null,
  candidateRole: 'special_class',
  candidateGroupId: null,
  ...offer,
});

describe('the scope of a task', () => {
  it.each([
    ['a whole role’s task', task({}), 'member', true],
    ['a whole role’s task', task({}), 'inspector', false],
    ['a whole role’s task', task({}), 'unplaced', true],
    ['the town team’s task', task({ candidateGroupId: TOWN_INSPECTION }), 'inspector', true],
    ['the town team’s task', task({ candidateGroupId: TOWN_INSPECTION }), 'member', false],
    ['a service group’s task', task({ candidateGroupId: SERVICE_GROUP }), 'inspector', false],
    ['a task assigned to the inspector', task({ assigneeUserId: 20, candidateRole: null }), 'inspector', true],
    ['a task assigned to the inspector', task({ assigneeUserId: 20, candidateRole: null }), 'member', false],
    ['HQ’s task', task({ candidateRole: 'hq' }), 'inspector', false],
  ] as const)('%s, decided by the %s: %s', (_what, offered, actor, may) => {
    expect(actorMayDecide(offered, ACTORS[actor])).toBe(may);
  });
});
