// A page with unsaved work keeps the reader when they refuse to leave: the route stays and the old address comes back.
import { afterEach, describe, expect, it } from 'vitest';
import { acceptHashChange, addLeaveGuard, mayLeave } from '#web/app/src/routing/leave-guard';

const EDITOR = 'https://fugong.example/#/admin/forms/material-shortage';

function fakeHistory() {
  const restored: string[] = [];
  return {
    restored,
    state: { kept: true },
    replaceState: (_state: unknown, _unused: string, url?: string | URL | null) => void restored.push(String(url)),
  };
}

const removals: (() => void)[] = [];
const guard = (answer: () => boolean) => removals.push(addLeaveGuard(answer));
afterEach(() => removals.splice(0).forEach((remove) => remove()));

describe('leave guard', () => {
  it('lets every route change through when no page has unsaved work', () => {
    const history = fakeHistory();
    expect(mayLeave()).toBe(true);
    expect(acceptHashChange({ oldURL: EDITOR }, history)).toBe(true);
    expect(history.restored).toEqual([]);
  });

  it('asks the page, and leaves when the reader confirms', () => {
    let asked = 0;
    guard(() => (asked++, true));
    const history = fakeHistory();
    expect(acceptHashChange({ oldURL: EDITOR }, history)).toBe(true);
    expect([asked, history.restored]).toEqual([1, []]);
  });

  it('stays and puts the editor address back when the reader cancels', () => {
    guard(() => false);
    const history = fakeHistory();
    expect(acceptHashChange({ oldURL: EDITOR }, history)).toBe(false);
    expect(history.restored).toEqual([EDITOR]);
  });

  it('no longer asks once the work is saved and the guard removed', () => {
    const remove = addLeaveGuard(() => false);
    remove();
    expect(mayLeave()).toBe(true);
  });
});
