// The web app's hash routes: each page's address, a task under the inbox's address too, anything else not found.
import { describe, expect, it } from 'vitest';
import { parseRoute } from '#web/app/src/routing/parse-route';
import { routeHref } from '#web/app/src/routing/route-href';

describe('parseRoute', () => {
  it('opens a task at its own address and under the inbox’s', () => {
    expect(parseRoute('#/tasks/difficulty~3Aabc')).toEqual({ name: 'task', id: 'difficulty~3Aabc' });
    expect(parseRoute('#/inbox/difficulty~3Aabc')).toEqual({ name: 'task', id: 'difficulty~3Aabc' });
    expect(parseRoute('#/inbox')).toEqual({ name: 'inbox' });
  });

  it('reads back every address it writes', () => {
    for (const route of [
      { name: 'task', id: 'a b/c' },
      { name: 'submission', id: 'x' },
      { name: 'form', key: 'difficulty-report' },
      { name: 'enterprise', id: 12 },
    ] as const)
      expect(parseRoute(routeHref(route))).toEqual(route);
  });

  it('answers not found for what no page has', () => {
    expect(parseRoute('#/inbox/a/b')).toEqual({ name: 'notFound' });
    expect(parseRoute('#/nothing')).toEqual({ name: 'notFound' });
    expect(parseRoute('#/tasks/%E0%A4%A')).toEqual({ name: 'notFound' });
  });
});
