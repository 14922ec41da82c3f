// A gate check reads as a gate check wherever it is listed or opened, not only on the gate page: its row names the
// worker as the site register lists them (the resident ID masked) and says 放行 / 劝返 / 隔离观察, never the difficulty
// ladder's 已受理 / 不予受理; its case page masks the worker's resident ID and mobile for every reader (the site's
// officer reads them on the worker's own page) and says what the signed texts' SHA-256 fingerprints stand for instead of
// showing their digits.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '#core/domain/locale';
import { maskIdNumber, maskMobile } from '#core/privacy/mask';
import { eventually } from '#scripts/kit/eventually';
import { signedIn, type HttpSession } from '#scripts/kit/http-session';
import { SAMPLE_PNG } from '#scripts/kit/sample-files';
import { startSystem, type RunningSystem } from '../helpers/running-system';
import { testDatabases } from '../helpers/test-db';
import { freshResidentId } from './gate-fixtures';

const ALL_STEPS = ['certificate', 'temperature', 'disinfection', 'registration', 'code-scan', 'commitment', 'notice', 'separate-lane'];
const tag = randomUUID().slice(0, 4);
const mobile = () => `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;

/** The three workers of the test, each with the outcome the gate's rules give them. */
const WORKERS = {
  admitted: { name: `放行者${tag}`, residentId: freshResidentId(), mobile: mobile(), temperature: 36.4, certificate: 'pass' },
  turnedBack: { name: `劝返者${tag}`, residentId: freshResidentId(), mobile: mobile(), temperature: 36.6, certificate: 'none' },
  quarantined: { name: `隔离者${tag}`, residentId: freshResidentId(), mobile: mobile(), temperature: 38.3, certificate: 'pass' },
} as const;
type Kind = keyof typeof WORKERS;

const STATUS_WORDS: Record<Locale, Record<Kind, string>> = {
  'zh-CN': { admitted: '放行', turnedBack: '劝返', quarantined: '隔离观察' },
  en: { admitted: 'Admitted', turnedBack: 'Turned back', quarantined: 'In quarantine' },
};
const LADDER_WORDS = ['已受理', '不予受理', '已办结', 'Received', 'Rejected', 'Settled'];

describe('a gate check in lists and on its case page (dev server)', () => {
  let system: RunningSystem;
  const ids = {} as Record<Kind, string>;
  const hashes: string[] = [];
  const sessions = new Map<string, HttpSession>();
  const as = async (username: string, locale: Locale = 'zh-CN') => {
    const key = `${username}:${locale}`;
    if (!sessions.has(key)) sessions.set(key, await signedIn(system.baseUrl, username, { locale }));
    return sessions.get(key)!;
  };

  beforeAll(async () => {
    system = await startSystem(testDatabases()[0]!);
    const gate = await as('gate1');
    const setup = (await gate.request('GET', '/api/gate/setup')).body.setup;
    hashes.push(setup.commitment['zh-CN'].sha256, setup.notice['zh-CN'].sha256);
    for (const [kind, worker] of Object.entries(WORKERS) as [Kind, (typeof WORKERS)[Kind]][]) {
      const signs = worker.certificate !== 'none';
      const upload = signs ? (await gate.request('POST', '/api/uploads', SAMPLE_PNG, { contentType: 'image/png' })).body.upload : null;
      const data = {
        residentId: worker.residentId,
        name: worker.name,
        mobile: worker.mobile,
        channel: 'people',
        certificate: worker.certificate,
        steps: signs ? ALL_STEPS : ['certificate'],
        temperature: worker.temperature,
        riskFlag: false,
        ...(upload && {
          signature: upload.ref,
          commitmentSha256: setup.commitment['zh-CN'].sha256,
          noticeSha256: setup.notice['zh-CN'].sha256,
        }),
      };
      const answer = await gate.request('POST', '/api/gate/checks', { checkId: randomUUID(), data });
      expect(answer.status, JSON.stringify(answer.body)).toBe(201);
      ids[kind] = answer.body.check.id;
    }
    // The monitoring workflow writes each outcome onto its submission a moment after the gate decided.
    for (const id of Object.values(ids))
      await eventually(
        () => system.db('submissions').where({ id }).first('status'),
        (row) => row?.status !== 'submitted',
      );
  });
  afterAll(async () => {
    await system?.stop();
  });

  const rowsOf = async (username: string, locale: Locale) => {
    const answer = await (await as(username, locale)).request('GET', '/api/submissions?formKey=gate-check&limit=100');
    expect(answer.status).toBe(200);
    return new Map<string, { summary: string | null; statusText: string }>(
      answer.body.submissions.map((row: { id: string; summary: string | null; statusText: string }) => [row.id, row]),
    );
  };

  describe.each(['gate1', 'cadre1', 'hq'])('the list as %s', (username) => {
    it.each(['zh-CN', 'en'] as const)('names the worker with the ID masked and says the gate’s outcome (%s)', async (locale) => {
      const rows = await rowsOf(username, locale);
      for (const kind of Object.keys(WORKERS) as Kind[]) {
        const { name, residentId } = WORKERS[kind];
        const masked = maskIdNumber(residentId);
        expect(rows.get(ids[kind]), kind).toEqual(
          expect.objectContaining({
            summary: locale === 'en' ? `${name} (${masked})` : `${name}（${masked}）`,
            statusText: STATUS_WORDS[locale][kind],
          }),
        );
        expect(LADDER_WORDS).not.toContain(rows.get(ids[kind])!.statusText);
      }
    });
  });

  describe.each(['gate1', 'cadre1', 'hq', 'admin'])('the case page as %s', (username) => {
    it.each(['zh-CN', 'en'] as const)('masks the ID and mobile and words the signed texts instead of hashes (%s)', async (locale) => {
      for (const kind of Object.keys(WORKERS) as Kind[]) {
        const answer = await (await as(username, locale)).request('GET', `/api/submissions/${ids[kind]}`);
        expect(answer.status).toBe(200);
        const text = JSON.stringify(answer.body);
        const worker = WORKERS[kind];
        expect(text).not.toContain(worker.residentId);
        expect(text).not.toContain(worker.mobile);
        expect(answer.body.submission.data).toMatchObject({
          residentId: maskIdNumber(worker.residentId),
          mobile: maskMobile(worker.mobile),
        });
        expect(text).not.toMatch(/SHA-256/);
        for (const hash of hashes) expect(text).not.toContain(hash.slice(0, 8));
        expect(answer.body.submission.statusText).toBe(STATUS_WORDS[locale][kind]);
        if (kind === 'turnedBack') continue;
        expect(answer.body.submission.data).toMatchObject(
          locale === 'en'
            ? {
                commitmentSha256: 'Signed (the signature is on file and can be verified)',
                noticeSha256: 'Received (the text handed over is on file and can be verified)',
              }
            : { commitmentSha256: '已签署承诺书（签名已存档，可核验）', noticeSha256: '已领取告知书（所领文本已存档，可核验）' },
        );
        expect(answer.body.submission.schema.properties.commitmentSha256.title).toBe(locale === 'en' ? 'Health commitment' : '健康承诺书');
      }
    });
  });

  it('still shows the site’s officer the full mobile on the worker’s own look-up', async () => {
    const worker = WORKERS.admitted;
    const answer = await (await as('gate1')).request('GET', `/api/gate/workers/${worker.residentId}`);
    expect(answer.body.worker).toMatchObject({ name: worker.name, mobile: worker.mobile, mobileMasked: false });
  });
});
