// A file is taken for the type it claims only when its whole structure is that type's: a PNG, JPEG or PDF signature
// followed by something else (a web page, a script) is not one; a JPEG's picture is kept without what follows it (a
// phone's motion-photo video).
import { describe, expect, it } from 'vitest';
import { keptFile } from '#web/server/uploads/whole-file';
import { SAMPLE_JPEG, SAMPLE_PDF, SAMPLE_PNG } from '#scripts/kit/sample-files';

const HTML = Buffer.from('<html><script>alert(document.cookie)</script></html>');
const join = (...parts: ArrayLike<number>[]) => new Uint8Array(parts.flatMap((part) => Array.from(part)));
const PNG_SIGNATURE = SAMPLE_PNG.subarray(0, 8);

describe('whole-file check', () => {
  it.each([
    ['image/png', SAMPLE_PNG],
    ['image/jpeg', SAMPLE_JPEG],
    ['application/pdf', SAMPLE_PDF],
    ['application/pdf', join(SAMPLE_PDF, Buffer.from('\r\n\0\0'))],
  ])('takes a whole %s', (type, bytes) => {
    expect(keptFile(type, bytes)).toEqual(bytes);
  });

  it("keeps a JPEG picture and drops what follows its end (a motion photo's video, a web page)", () => {
    const video = join([0, 0, 0, 0x18], Buffer.from('ftypmp42'), new Uint8Array(64));
    expect(keptFile('image/jpeg', join(SAMPLE_JPEG, video))).toEqual(SAMPLE_JPEG);
    expect(keptFile('image/jpeg', join(SAMPLE_JPEG, HTML))).toEqual(SAMPLE_JPEG);
  });

  it.each([
    ['a PNG signature followed by a web page', 'image/png', join(PNG_SIGNATURE, HTML)],
    ['a PNG with a web page after IEND', 'image/png', join(SAMPLE_PNG, HTML)],
    ['a PNG cut off before IEND', 'image/png', SAMPLE_PNG.subarray(0, SAMPLE_PNG.length - 12)],
    ['a PNG with a chunk whose CRC does not match', 'image/png', join(SAMPLE_PNG.subarray(0, 19), [2], SAMPLE_PNG.subarray(20))],
    ['a JPEG signature followed by a web page', 'image/jpeg', join([0xff, 0xd8, 0xff, 0xe0], HTML)],
    ['a JPEG cut off before EOI', 'image/jpeg', SAMPLE_JPEG.subarray(0, SAMPLE_JPEG.length - 2)],
    ['a PDF header followed by a web page', 'application/pdf', join(Buffer.from('%PDF-1.4\n'), HTML)],
    ['a PDF with a web page after %%EOF', 'application/pdf', join(SAMPLE_PDF, HTML)],
    ['a PNG sent as a PDF', 'application/pdf', SAMPLE_PNG],
    ['a type not accepted at all', 'text/html', HTML],
  ])('refuses %s', (_name, type, bytes) => {
    expect(keptFile(type, bytes)).toBeNull();
  });
});
