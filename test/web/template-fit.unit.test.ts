// The templates a template parameter offers first: those of the purpose its slot is sent with (shipped, or created by
// an admin for that purpose), every slot of every process type has one, and each purpose is a shipped template.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROCESS_TYPES } from '#forms/process-types';
import { paramsUiSchema } from '#web/app/src/pages/form-admin/params/params-ui-schema';
import { fittingPurposes, splitByFit } from '#web/app/src/pages/form-admin/params/template-fit';

const SHIPPED = new Set(readdirSync(new URL('../../templates/email', import.meta.url)));

/** Every template slot of a uiSchema, by its path, with the purposes it offers first. */
function templateSlots(ui: unknown, path: string, found: Record<string, unknown>): Record<string, unknown> {
  if (!ui || typeof ui !== 'object') return found;
  const node = ui as Record<string, any>;
  if (node['ui:widget'] === 'template') found[path] = node['ui:options']?.purposes;
  for (const [key, child] of Object.entries(node)) if (!key.startsWith('ui:')) templateSlots(child, `${path}/${key}`, found);
  return found;
}

describe('templates that fit a slot', () => {
  it.each([
    [undefined, 'receiptTemplate', ['submission-received']],
    ['overdue', 'template', ['case-overdue-alert']],
    ['publicity', 'noticeTemplate', ['commendation-publicity']],
    ['effects', 'noticeTemplate', ['commendation-notice', 'good-practice-notice']],
    ['rework', 'alertTemplate', ['rework-overdue-alert']],
    [undefined, 'alertTemplate', ['quarantine-alert', 'monitoring-alert']],
    [undefined, 'someNewTemplate', []],
  ])('under %s, %s is sent as %j', (parent, name, purposes) => {
    expect(fittingPurposes(parent, name)).toEqual(purposes);
  });

  it.each(Object.keys(PROCESS_TYPES))('knows the purpose of every template slot of the %s type, each a shipped template', (type) => {
    const slots = templateSlots(paramsUiSchema(PROCESS_TYPES[type]!.paramsSchema, 'zh-CN'), '', {});
    for (const [path, purposes] of Object.entries(slots)) {
      expect((purposes as string[]).length, path).toBeGreaterThan(0);
      for (const purpose of purposes as string[]) expect(SHIPPED.has(purpose), `${path}: ${purpose}`).toBe(true);
    }
  });

  it('puts shipped and created templates of the purpose first, the rest after, each in the order given', () => {
    const templates = [
      { name: 'daily-digest', createdPurpose: null },
      { name: 'submission-received', createdPurpose: null },
      { name: 'shortage-receipt', createdPurpose: 'submission-received' },
      { name: 'my-digest', createdPurpose: 'daily-digest' },
    ];
    const { fitting, other } = splitByFit(templates, ['submission-received']);
    expect(fitting.map((template) => template.name)).toEqual(['submission-received', 'shortage-receipt']);
    expect(other.map((template) => template.name)).toEqual(['daily-digest', 'my-digest']);
  });
});
