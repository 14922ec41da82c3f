// The upload's file name arrives URL-encoded in X-File-Name; a header that does not decode is the caller's mistake.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { HttpSession } from '#scripts/kit/http-session';
import { SAMPLE_PNG } from '#scripts/kit/sample-files';

const PNG = SAMPLE_PNG;

describe('upload file names', () => {
  let app: BareApp;
  let ent: HttpSession;
  beforeAll(async () => {
    app = await startBareApp();
    ent = new HttpSession(app.baseUrl);
    await ent.login('ent01', DEMO_PASSWORD);
  });
  afterAll(async () => {
    await app?.stop();
  });

  it.each([
    ['a cut-off escape', '%E5%90%'],
    ['a lone percent sign', '100%.png'],
    ['an escaped lone surrogate', '%ED%A0%80.png'],
  ])('answers 400 with a clear message to %s', async (_name, header) => {
    const answer = await ent.request('POST', '/api/uploads', PNG, { contentType: 'image/png', headers: { 'x-file-name': header } });
    expect(answer).toMatchObject({
      status: 400,
      body: { error: { code: 'bad_file_name', message: expect.stringContaining('X-File-Name') } },
    });
    expect(await app.db('uploads').count({ n: '*' }).first()).toMatchObject({ n: 0 });
  });

  it('stores a well-encoded name as the person wrote it', async () => {
    const answer = await ent.request('POST', '/api/uploads', PNG, {
      contentType: 'image/png',
      headers: { 'x-file-name': encodeURIComponent('营业执照 2026.png') },
    });
    expect(answer).toMatchObject({ status: 201, body: { upload: { fileName: '营业执照 2026.png', contentType: 'image/png' } } });
  });

  it('shows a character that reverses the text after it as _, in the answer and in the download', async () => {
    // Read right to left after U+202E, 报价单\u202Efdp.png shows as 报价单png.pdf on a cadre's case page.
    const answer = await ent.request('POST', '/api/uploads', PNG, {
      contentType: 'image/png',
      headers: { 'x-file-name': encodeURIComponent('报价单\u202Efdp.png\u2066\u200f') },
    });
    expect(answer).toMatchObject({ status: 201, body: { upload: { fileName: '报价单_fdp.png__' } } });
    const download = await ent.download(`/api/uploads/${answer.body.upload.id}`);
    expect(download.headers.get('content-disposition')).toBe(`attachment; filename*=UTF-8''${encodeURIComponent('报价单_fdp.png__')}`);
  });

  it('tells a form post (multipart) to send the file itself, and stores nothing', async () => {
    const before = await app.db('uploads').count({ n: '*' }).first();
    const form = new FormData();
    form.append('file', new Blob([PNG], { type: 'image/png' }), 'a.png');
    const multipart = new Request('http://x/', { method: 'POST', body: form });
    const answer = await ent.request('POST', '/api/uploads', new Uint8Array(await multipart.arrayBuffer()), {
      contentType: multipart.headers.get('content-type')!,
    });
    expect(answer).toMatchObject({
      status: 415,
      body: { error: { code: 'multipart_not_accepted', message: expect.stringContaining('X-File-Name') } },
    });
    expect(await app.db('uploads').count({ n: '*' }).first()).toEqual(before);
  });
});
