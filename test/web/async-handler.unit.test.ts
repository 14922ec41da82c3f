import { afterEach, describe, expect, it, vi } from 'vitest';
import { asyncHandler } from '#web/app/src/events/async-handler';

describe('asyncHandler', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('hands the event to the async handler and returns nothing', async () => {
    const seen: string[] = [];
    const handler = asyncHandler(async (event: string) => {
      seen.push(event);
    });
    expect(handler('submit')).toBeUndefined();
    await Promise.resolve();
    expect(seen).toEqual(['submit']);
  });

  it('reports an error the handler let escape instead of losing it', async () => {
    const reported = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failure = new Error('logout answered 503');
    asyncHandler(async () => {
      throw failure;
    })();
    await vi.waitFor(() => expect(reported).toHaveBeenCalledWith(failure));
  });
});
