import type { RJSFSchema } from '@rjsf/utils';
import { describe, expect, it } from 'vitest';
import { FREE_TEXT_MASK, HEALTH_MASK } from '#core/privacy/mask';
import {
  applyPolicy,
  personalFields,
  relationOf,
  showsInFull,
  type Purpose,
  type Reader,
  type RecordFacts,
} from '#core/privacy/personal-data-policy';
import type { PersonalKind } from '#core/privacy/personal-kind';
import { readShippedForms } from '#forms/shipped-forms';

const reader = (role: Reader['role'], extra: Partial<Reader> = {}): Reader => ({
  role,
  userId: 50,
  enterpriseId: null,
  projectId: null,
  workingGroupId: null,
  locale: 'zh-CN',
  ...extra,
});
const GATE_RECORD: RecordFacts = { subject: 'worker', enterpriseId: 1, submitterId: 9, siteProjectId: 3, handler: false };
const OWN_REPORT: RecordFacts = { subject: 'enterprise', enterpriseId: 1, submitterId: 7, siteProjectId: null, handler: false };
/** A cadre's (user 8's) nomination of enterprise 1, filed as the cadre's own. */
const NOMINATION: RecordFacts = { ...OWN_REPORT, submitterId: 8, filedByOutsider: true };

describe('personal data policy: relation', () => {
  it.each([
    ['gate officer of the site', reader('gate', { projectId: 3 }), GATE_RECORD, 'site-officer'],
    ['gate officer of another site', reader('gate', { projectId: 4 }), GATE_RECORD, 'none'],
    ['enterprise owning the site (a worker record)', reader('enterprise', { enterpriseId: 1 }), GATE_RECORD, 'none'],
    ['HQ', reader('hq'), GATE_RECORD, 'oversight'],
    ['submitter', reader('enterprise', { userId: 7, enterpriseId: 1 }), OWN_REPORT, 'own'],
    ['colleague of the enterprise', reader('enterprise', { enterpriseId: 1 }), OWN_REPORT, 'own'],
    ['other enterprise', reader('enterprise', { enterpriseId: 2 }), OWN_REPORT, 'none'],
    ['enterprise a cadre nominated', reader('enterprise', { enterpriseId: 1 }), NOMINATION, 'named'],
    ['the nominating cadre', reader('cadre', { userId: 8 }), NOMINATION, 'own'],
    ['assigned cadre', reader('cadre'), { ...OWN_REPORT, handler: true }, 'handler'],
    ['working group not on the case', reader('special_class', { workingGroupId: 1 }), OWN_REPORT, 'none'],
    ['the public', reader('public', { userId: null }), OWN_REPORT, 'none'],
  ] as const)('%s', (_, who, facts, relation) => {
    expect(relationOf(who, facts)).toBe(relation);
  });
});

type Row = [string, Reader, RecordFacts, PersonalKind, Purpose, boolean];
describe('personal data policy: full or masked', () => {
  const officer = reader('gate', { projectId: 3 });
  const rows: Row[] = [
    ['site officer, worker ID on its page', officer, GATE_RECORD, 'id-number', 'person', true],
    ['site officer, worker mobile on its page', officer, GATE_RECORD, 'mobile', 'person', true],
    ['site officer, worker ID on a gate check’s case page', officer, GATE_RECORD, 'id-number', 'detail', false],
    ['site officer, worker mobile on a gate check’s case page', officer, GATE_RECORD, 'mobile', 'detail', false],
    ['site officer, temperature on a gate check’s case page', officer, GATE_RECORD, 'health', 'detail', true],
    ['site officer, worker ID in a list', officer, GATE_RECORD, 'id-number', 'list', false],
    ['site officer, temperature in a list', officer, GATE_RECORD, 'health', 'list', true],
    ['other site officer, worker ID on its page', reader('gate', { projectId: 4 }), GATE_RECORD, 'id-number', 'person', false],
    ['HQ, worker ID on its page', reader('hq'), GATE_RECORD, 'id-number', 'person', false],
    ['HQ, worker ID in an export', reader('hq'), GATE_RECORD, 'id-number', 'export', false],
    ['HQ, worker ID in a full export', reader('hq'), GATE_RECORD, 'id-number', 'full-export', true],
    ['admin, worker health in a full export', reader('admin'), GATE_RECORD, 'health', 'full-export', true],
    ['cadre asking for a full export', reader('cadre'), GATE_RECORD, 'id-number', 'full-export', false],
    ['assigned cadre, worker mobile', reader('cadre'), { ...GATE_RECORD, handler: true }, 'mobile', 'detail', false],
    ['enterprise, own contact mobile', reader('enterprise', { enterpriseId: 1 }), OWN_REPORT, 'mobile', 'detail', true],
    ['enterprise, own contact mobile in an email', reader('enterprise', { enterpriseId: 1 }), OWN_REPORT, 'mobile', 'email', false],
    ['other enterprise, contact mobile', reader('enterprise', { enterpriseId: 2 }), OWN_REPORT, 'mobile', 'list', false],
    ['nominated enterprise, nominator mobile', reader('enterprise', { enterpriseId: 1 }), NOMINATION, 'mobile', 'detail', false],
    ['nominated enterprise, nominator mobile in a list', reader('enterprise', { enterpriseId: 1 }), NOMINATION, 'mobile', 'list', false],
    ['nominated enterprise, words about it', reader('enterprise', { enterpriseId: 1 }), NOMINATION, 'free-text', 'detail', true],
    ['nominating cadre, own mobile', reader('cadre', { userId: 8 }), NOMINATION, 'mobile', 'detail', true],
    ['reviewer of a nomination, nominator mobile', reader('special_class'), { ...NOMINATION, handler: true }, 'mobile', 'detail', true],
    ['handler, contact mobile', reader('cadre'), { ...OWN_REPORT, handler: true }, 'mobile', 'detail', true],
    ['HQ not on the case, contact mobile', reader('hq'), OWN_REPORT, 'mobile', 'detail', false],
    ['HQ, an enterprise note', reader('hq'), OWN_REPORT, 'free-text', 'list', true],
    ['HQ, an enterprise note in an export', reader('hq'), OWN_REPORT, 'free-text', 'export', true],
    ['other enterprise, a note', reader('enterprise', { enterpriseId: 2 }), OWN_REPORT, 'free-text', 'list', false],
    ['working group not on the case, a note', reader('special_class'), OWN_REPORT, 'free-text', 'detail', false],
    ['the public, a note', reader('public', { userId: null }), OWN_REPORT, 'free-text', 'public', false],
  ];
  it.each(rows)('%s → full: %s', (_, who, facts, kind, purpose, full) => {
    expect(showsInFull(kind, who, facts, purpose)).toBe(full);
  });
});

describe('personal data policy: masking data by its schema', () => {
  const schema: RJSFSchema = {
    type: 'object',
    properties: {
      name: { type: 'string' },
      residentId: { type: 'string', 'x-personal': 'id-number' } as RJSFSchema,
      contact: { type: 'object', properties: { mobile: { type: 'string', 'x-personal': 'mobile' } as RJSFSchema } },
      people: {
        type: 'array',
        items: { type: 'object', properties: { temperature: { type: 'number', 'x-personal': 'health' } as RJSFSchema } },
      },
    },
    if: { properties: { name: { const: 'x' } } },
    then: { properties: { note: { type: 'string', 'x-personal': 'free-text' } as RJSFSchema } },
  };
  const data = {
    name: '张三',
    residentId: '370102198001011870',
    contact: { mobile: '13912345678' },
    people: [{ temperature: 38.2 }, { temperature: 36.5 }],
    note: '密切接触者名单',
  };

  it('masks nested objects, arrays and conditional branches for a reader without a tie', () => {
    expect(applyPolicy(schema, data, reader('enterprise', { enterpriseId: 2 }), OWN_REPORT, 'detail')).toEqual({
      name: '张三',
      residentId: '370102********1870',
      contact: { mobile: '139****5678' },
      people: [{ temperature: HEALTH_MASK['zh-CN'] }, { temperature: HEALTH_MASK['zh-CN'] }],
      note: FREE_TEXT_MASK['zh-CN'],
    });
  });

  it('leaves everything as filed for the filing enterprise on the record page, and does not change the input', () => {
    const copy = structuredClone(data);
    expect(applyPolicy(schema, data, reader('enterprise', { enterpriseId: 1 }), OWN_REPORT, 'detail')).toEqual(data);
    expect(data).toEqual(copy);
  });

  it('lists the personal fields of a schema with their kinds', () => {
    expect(personalFields(schema)).toEqual({
      residentId: 'id-number',
      'contact.mobile': 'mobile',
      'people.[].temperature': 'health',
      note: 'free-text',
    });
  });
});

describe('shipped definitions mark their personal fields', () => {
  const marked = Object.fromEntries(readShippedForms().map((form) => [form.key, personalFields(form.schema)]));
  it.each([
    ['gate-check', { residentId: 'id-number', mobile: 'mobile', temperature: 'health', recentTravel: 'health', riskFlag: 'health' }],
    ['difficulty-report', { contactMobile: 'mobile', summary: 'free-text' }],
    ['daily-report', { difficulties: 'free-text' }],
    ['liaison-designation', { mobile: 'mobile' }],
    ['commendation', { contactMobile: 'mobile' }],
    ['visit-log', { peopleMet: 'free-text', opinions: 'free-text', 'problems.[].description': 'free-text' }],
  ])('%s', (key, expected) => {
    expect(marked[key]).toMatchObject(expected);
  });
});
