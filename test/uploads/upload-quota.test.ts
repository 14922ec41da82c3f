// An account cannot fill the disk through POST /api/uploads: the 21st file attached to nothing is refused 429 with what
// to do, saving a draft that uses one frees a slot, parallel uploads pass the limit no further than sequential ones,
// a day's bytes are capped, a body without a length is cut off at 5 MB while it streams in, and files past the
// retention no longer count. The app's clock is injected: time moves only when a test moves it.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cookieNames } from '#web/server/session/cookie-names';
import { UPLOAD_QUOTA } from '#web/server/uploads/upload-quota';
import { signedIn, type HttpSession } from '#scripts/kit/http-session';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { testDatabases } from '../helpers/test-db';
import { addUpload } from './upload-fixtures';
import { SAMPLE_PNG } from '#scripts/kit/sample-files';

const PNG = SAMPLE_PNG;
const HOUR = 3_600_000;
const MB = 1024 * 1024;
const LIMIT = UPLOAD_QUOTA.unattachedFiles;

describe.each(testDatabases())('upload quota over HTTP on $name', (database) => {
  let app: BareApp;
  let dir: string;
  let clock = Date.parse('2026-12-05T04:00:00.000Z');
  const upload = (session: HttpSession, body: Uint8Array = PNG) =>
    session.request('POST', '/api/uploads', body, { contentType: 'image/png', headers: { 'x-file-name': 'photo.png' } });
  const userId = async (username: string) => Number((await app.db('users').where({ username }).first('id')).id);
  const rowsOf = async (username: string) =>
    (
      await app
        .db('uploads')
        .where({ user_id: await userId(username) })
        .pluck('id')
    ).map(String);
  const reservationsOf = async (username: string) =>
    Number(
      (
        await app
          .db('upload_reservations')
          .where({ user_id: await userId(username) })
          .count({ n: '*' })
          .first()
      )?.n,
    );

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'fugong-data-'));
    app = await startBareApp({ env: { DATA_DIR: dir }, ...(database.name === 'postgres' ? { database } : {}), now: () => new Date(clock) });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('answers the upload after the 20th unattached file 429, saying what to do, and stores nothing', async () => {
    const ent = await signedIn(app.baseUrl, 'ent01');
    for (let i = 0; i < LIMIT; i += 1) expect((await upload(ent)).status).toBe(201);

    const refused = await upload(ent);
    expect(refused).toMatchObject({
      status: 429,
      body: {
        error: {
          code: 'too_many_unattached_uploads',
          message: expect.stringMatching(
            /^您还有 20 个已上传但尚未用在表单或补充材料中的附件，已达上限（20 个）。请把需要的附件放进表单的附件栏并保存草稿或提交，或在需要您补充材料的事项中随答复提交，然后再继续上传。草稿只保留附件栏放得下的文件（每栏一个，多文件栏以其上限为准），30 天未保存的草稿不再保留附件/,
          ),
        },
      },
    });
    const english = await upload(await signedIn(app.baseUrl, 'ent01', { locale: 'en' }));
    expect(english.body.error.message).toMatch(
      /^You have 20 uploaded files that no saved draft, submitted form or answer to a request for more information uses yet, the most allowed \(20\)\. Put the files you need into a form's file fields and save the draft or submit it, or send them with your answer where a case needs more information from you, then upload again\. .* a draft not saved for 30 days keeps none/,
    );
    const stored = await rowsOf('ent01');
    expect(stored).toHaveLength(LIMIT);
    expect(readdirSync(join(dir, 'uploads')).filter((name) => stored.includes(name))).toHaveLength(LIMIT);
    expect(await reservationsOf('ent01')).toBe(0);
  });

  it('takes one more file once a saved draft uses one of them in a file field', async () => {
    const ent = await signedIn(app.baseUrl, 'ent01');
    const [first] = await rowsOf('ent01');
    const draft = await ent.request('PUT', '/api/forms/resumption-readiness/my-draft', {
      submissionId: randomUUID(),
      data: { fourInPlace: { mechanism: { evidence: `upload:${first}` } } },
    });
    expect(draft.status).toBe(200);
    expect(await upload(ent)).toMatchObject({ status: 201, body: { upload: { ref: expect.stringMatching(/^upload:/) } } });
    expect(await upload(ent)).toMatchObject({ status: 429, body: { error: { code: 'too_many_unattached_uploads' } } });
  });

  it('counts files a draft names beyond what its form takes as unused, so drafts cannot lift the limit', async () => {
    const ent = await signedIn(app.baseUrl, 'ent05');
    for (let i = 0; i < LIMIT; i += 1) expect((await upload(ent)).status).toBe(201);
    const refs = (await rowsOf('ent05')).map((id) => `upload:${id}`);
    const saved = await ent.request('PUT', '/api/forms/resumption-readiness/my-draft', {
      submissionId: randomUUID(),
      // Twenty in a note, twenty as a list where the form takes one file, twenty in a field the form does not have.
      data: { delayReason: refs.join(' '), fourInPlace: { mechanism: { evidence: refs } }, photos: refs },
    });
    expect(saved.status).toBe(200);
    expect(await upload(ent)).toMatchObject({
      status: 429,
      body: { error: { code: 'too_many_unattached_uploads', message: expect.stringContaining('您还有 20 个') } },
    });
    // The commendation's evidence list takes ten: ten of the twenty are held, the other ten still count.
    const commendation = await ent.request('PUT', '/api/forms/commendation/my-draft', {
      submissionId: randomUUID(),
      data: { evidence: refs },
    });
    expect(commendation.status).toBe(200);
    for (let i = 0; i < 10; i += 1) expect((await upload(ent)).status).toBe(201);
    expect(await upload(ent)).toMatchObject({
      status: 429,
      body: { error: { code: 'too_many_unattached_uploads', message: expect.stringContaining('您还有 20 个') } },
    });
  });

  it('lets no more parallel uploads through than the limit', async () => {
    const ent = await signedIn(app.baseUrl, 'ent02');
    const answers = await Promise.all(Array.from({ length: LIMIT + 10 }, () => upload(ent)));
    expect(answers.filter((answer) => answer.status === 201)).toHaveLength(LIMIT);
    expect(answers.filter((answer) => answer.status === 429 && answer.body.error.code === 'too_many_unattached_uploads')).toHaveLength(10);
    expect(await rowsOf('ent02')).toHaveLength(LIMIT);
    expect(await reservationsOf('ent02')).toBe(0);
  });

  it('refuses a file that would take the day past 500 MB, saying when to try again', async () => {
    const ent = await signedIn(app.baseUrl, 'ent03');
    const user = await userId('ent03');
    const anHourAgo = new Date(clock - HOUR).toISOString();
    // Attached for good (kept), so only the day's bytes stand in the way: 499 MB.
    for (let i = 0; i < 10; i += 1) await addUpload(app.db, user, anHourAgo, { size: (i ? 50 : 49) * MB, keptAt: anHourAgo });
    const file = new Uint8Array(2 * MB);
    file.set(PNG);

    const refused = await upload(ent, file);
    expect(refused).toMatchObject({
      status: 429,
      body: {
        error: {
          code: 'upload_budget_spent',
          message:
            '您 24 小时内已上传 499 MB，再上传这个文件将超过 500 MB 的上限。请约 23 小时后再上传；如确需提交更多文件，请联系管理员。',
        },
      },
    });
    expect(refused.headers.get('retry-after')).toBe(String(23 * 3600));
    expect(await rowsOf('ent03')).toHaveLength(10);
    expect(await upload(ent)).toMatchObject({ status: 201, body: { upload: { size: PNG.length } } });
  });

  it('cuts a body sent without a length off at 5 MB, keeping neither file nor reservation', async () => {
    const ent = await signedIn(app.baseUrl, 'ent04');
    const names = cookieNames(false);
    const chunk = new Uint8Array(MB);
    chunk.set(PNG);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 6; i += 1) controller.enqueue(chunk);
        controller.close();
      },
    });
    const response = await fetch(`${app.baseUrl}/api/uploads`, {
      method: 'POST',
      body,
      duplex: 'half',
      headers: {
        'content-type': 'image/png',
        'x-csrf-token': ent.csrfToken,
        cookie: `${names.session}=${ent.cookie(names.session)}; ${names.csrf}=${ent.cookie(names.csrf)}`,
      },
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: 'too_large' } });
    expect(await rowsOf('ent04')).toEqual([]);
    expect(await reservationsOf('ent04')).toBe(0);
  });

  it('stops counting unattached files once they are past the 48 hours they are kept', async () => {
    const full = await signedIn(app.baseUrl, 'ent02');
    expect((await upload(full)).status).toBe(429);
    clock += UPLOAD_QUOTA.retentionMs + 60_000;
    const later = await signedIn(app.baseUrl, 'ent02');
    expect(await upload(later)).toMatchObject({ status: 201, body: { upload: { fileName: 'photo.png' } } });
  });
});
