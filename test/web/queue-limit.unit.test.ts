// The queue's age limit (web/app/src/offline/queue-limit.ts, issue 23): the definition's offlineQueueLimitHours when it
// is a whole number of hours from 1 to 720, 72 otherwise; an unsent item warns once it has waited longer than the limit
// it was queued under, and the warning names the smallest limit among those that warn.
import { describe, expect, it } from 'vitest';
import { DEFAULT_QUEUE_LIMIT_HOURS, overdueItems, queueLimitHours } from '#web/app/src/offline/queue-limit';
import { PROCESS_TYPES } from '#forms/process-types';
import { formValidator } from '#forms/form-validator';

const NOW = Date.parse('2026-12-04T12:00:00Z');
const hoursAgo = (hours: number) => new Date(NOW - hours * 3_600_000).toISOString();

describe('the limit a definition sets', () => {
  it.each([
    [24, 24],
    [1, 1],
    [720, 720],
    [undefined, 72],
    [null, 72],
    [0, 72],
    [721, 72],
    [12.5, 72],
    ['24', 72],
  ])('%j hours reads as %d', (value, hours) => {
    expect(queueLimitHours(value)).toBe(hours);
  });
  it('defaults to 72 hours', () => {
    expect(DEFAULT_QUEUE_LIMIT_HOURS).toBe(72);
  });
});

describe('items older than their limit', () => {
  it('warns of none while every unsent item is within its limit', () => {
    expect(overdueItems([{ status: 'pending', deviceTime: hoursAgo(71), limitHours: undefined }], NOW)).toBeNull();
    expect(overdueItems([{ status: 'pending', deviceTime: hoursAgo(24), limitHours: 24 }], NOW)).toBeNull();
  });
  it('warns of an item past the limit it was queued under, and of one past the default without a limit', () => {
    expect(overdueItems([{ status: 'pending', deviceTime: hoursAgo(25), limitHours: 24 }], NOW)).toEqual({ count: 1, limitHours: 24 });
    expect(overdueItems([{ status: 'pending', deviceTime: hoursAgo(73) }], NOW)).toEqual({ count: 1, limitHours: 72 });
  });
  it('leaves synced and refused items out, and names the smallest limit among the items that warn', () => {
    const items = [
      { status: 'synced', deviceTime: hoursAgo(500), limitHours: 1 },
      { status: 'refused', deviceTime: hoursAgo(500), limitHours: 2 },
      { status: 'pending', deviceTime: hoursAgo(30), limitHours: 72 },
      { status: 'pending', deviceTime: hoursAgo(200), limitHours: 168 },
      { status: 'pending', deviceTime: hoursAgo(50), limitHours: 48 },
    ];
    expect(overdueItems(items, NOW)).toEqual({ count: 2, limitHours: 48 });
  });
});

describe('offlineQueueLimitHours in the definitions of the field pages', () => {
  const validate = formValidator();
  it.each(['monitoring', 'record'])('is an optional whole number of hours from 1 to 720 in the %s params', (type) => {
    const schema = PROCESS_TYPES[type]!.paramsSchema;
    const limit = (schema.properties as Record<string, unknown>).offlineQueueLimitHours;
    expect(limit).toEqual({ type: 'integer', minimum: 1, maximum: 720 });
    expect(schema.required).not.toContain('offlineQueueLimitHours');
    expect(validate.isValid(limit as object, 24, limit as object)).toBe(true);
    expect(validate.isValid(limit as object, 721, limit as object)).toBe(false);
    expect(validate.isValid(limit as object, 0, limit as object)).toBe(false);
  });
});
