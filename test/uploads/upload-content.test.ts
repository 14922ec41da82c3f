// An upload is stored only when the whole file is the type it claims — a PNG signature followed by a web page is not a
// PNG — and is served back as an attachment of its stored type that the browser must not sniff. A row whose file is
// gone (swept a moment ago) is answered 404, and the server goes on answering.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, type HttpSession } from '#scripts/kit/http-session';
import { SAMPLE_JPEG, SAMPLE_PDF, SAMPLE_PNG } from '#scripts/kit/sample-files';
import { startBareApp, type BareApp } from '../helpers/bare-app';

const PAGE = new TextEncoder().encode('<html><script>fetch("/api/me")</script></html>');
const after = (file: Uint8Array, tail: Uint8Array) => new Uint8Array([...file, ...tail]);

describe('what an upload holds', () => {
  let app: BareApp;
  let ent: HttpSession;
  const send = (session: HttpSession, body: Uint8Array, contentType: string, name: string) =>
    session.request('POST', '/api/uploads', body, { contentType, headers: { 'x-file-name': encodeURIComponent(name) } });
  const count = async (table: string) => Number((await app.db(table).count({ n: '*' }).first())?.n);

  beforeAll(async () => {
    app = await startBareApp({ env: { DATA_DIR: mkdtempSync(join(tmpdir(), 'fugong-data-')) } });
    ent = await signedIn(app.baseUrl, 'ent01');
  });
  afterAll(async () => {
    await app?.stop();
  });

  it.each([
    ['a PNG signature followed by a web page', 'image/png', after(SAMPLE_PNG.subarray(0, 8), PAGE), 'PNG 图片', 'PNG image'],
    ['a whole PNG with a web page after it', 'image/png', after(SAMPLE_PNG, PAGE), 'PNG 图片', 'PNG image'],
    ['a PDF with a web page after %%EOF', 'application/pdf', after(SAMPLE_PDF, PAGE), 'PDF 文件', 'PDF file'],
  ])('refuses %s, saying what to do, and stores nothing', async (_name, type, body, zh, en) => {
    const [uploads, reservations] = [await count('uploads'), await count('upload_reservations')];
    expect(await send(ent, body, type, 'a.file')).toMatchObject({
      status: 415,
      body: {
        error: {
          code: 'file_not_whole',
          message: expect.stringMatching(new RegExp(`^这个文件不是完整的${zh}：.*请用相册或阅读器打开后重新导出`)),
        },
      },
    });
    const english = await send(await signedIn(app.baseUrl, 'ent01', { locale: 'en' }), body, type, 'a.file');
    expect(english.body.error.message).toMatch(new RegExp(`^This file is not a whole ${en}: .*export \\(save as\\) a new copy`));
    expect([await count('uploads'), await count('upload_reservations')]).toEqual([uploads, reservations]);
  });

  it.each([
    ['image/png', SAMPLE_PNG, '现场照片.png'],
    ['image/jpeg', SAMPLE_JPEG, '营业执照.jpg'],
    ['application/pdf', SAMPLE_PDF, '防控方案.pdf'],
  ])('stores a whole %s and serves it back as an attachment of that type, not to be sniffed', async (type, file, name) => {
    const stored = await send(ent, file, type, name);
    expect(stored).toMatchObject({ status: 201, body: { upload: { contentType: type, fileName: name, size: file.length } } });
    const served = await ent.download(`/api/uploads/${stored.body.upload.id}`);
    expect({
      status: served.status,
      type: served.headers.get('content-type'),
      sniff: served.headers.get('x-content-type-options'),
      disposition: served.headers.get('content-disposition'),
    }).toEqual({ status: 200, type, sniff: 'nosniff', disposition: `attachment; filename*=UTF-8''${encodeURIComponent(name)}` });
    expect(served.bytes).toEqual(file);
  });

  it('stores a phone photo without the video a motion photo carries after the picture', async () => {
    const video = new Uint8Array([0, 0, 0, 0x18, ...Buffer.from('ftypmp42'), ...new Uint8Array(4096)]);
    const stored = await send(ent, after(SAMPLE_JPEG, video), 'image/jpeg', '现场照片.jpg');
    expect(stored).toMatchObject({ status: 201, body: { upload: { contentType: 'image/jpeg', size: SAMPLE_JPEG.length } } });
    expect((await ent.download(`/api/uploads/${stored.body.upload.id}`)).bytes).toEqual(SAMPLE_JPEG);
  });

  it('answers 404 for an upload whose file is gone, and keeps answering', async () => {
    const stored = await send(ent, SAMPLE_PNG, 'image/png', 'gone.png');
    rmSync(join(app.config.dataDir, 'uploads', stored.body.upload.id));
    expect(await ent.request('GET', `/api/uploads/${stored.body.upload.id}`)).toMatchObject({
      status: 404,
      body: { error: { code: 'not_found', message: '文件不存在' } },
    });
    expect(await ent.request('GET', '/api/session')).toMatchObject({ status: 200, body: { user: { username: 'ent01' } } });
  });
});
