// Whether an uploaded file is, from its first byte to its last, the type it claims. Its first bytes alone said nothing of
// the rest: a PNG signature followed by a web page was stored as a PNG. No library here checks more than signatures
// (file-type and the like sniff the first bytes too), so each type's structure is walked, as far as that is cheap:
// - PNG: every chunk whole with a matching CRC, IHDR first, image data present, and IEND the last bytes of the file;
// - JPEG: the markers from SOI through the scans, a frame header, and EOI (FF D9); what follows the picture (a phone's
//   "motion photo" video, its maker's trailer, or anything else) is not kept: the picture alone is stored;
// - PDF: `%PDF-1.x` or `%PDF-2.x` first, and `startxref`, its offset and `%%EOF` last (whitespace may follow).
// Anything can still hide inside a well-formed chunk or stream; downloads are served as attachments with nosniff and the
// stored type (upload-routes.ts), so no browser runs what it finds there.

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 as PNG uses it (zlib's; node:zlib has it only from Node 20.15, and the engines field allows 20.3). */
function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const u32 = (bytes: Uint8Array, at: number) => ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;
const u16 = (bytes: Uint8Array, at: number) => (bytes[at]! << 8) | bytes[at + 1]!;
const isLetter = (byte: number) => (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a);

function isWholePng(bytes: Uint8Array): boolean {
  if (PNG_SIGNATURE.some((byte, i) => bytes[i] !== byte)) return false;
  let at = PNG_SIGNATURE.length;
  let sawData = false;
  while (at + 12 <= bytes.length) {
    const length = u32(bytes, at);
    const end = at + 12 + length;
    if (end > bytes.length) return false;
    const typed = bytes.subarray(at + 4, at + 8 + length);
    if (!Array.from(typed.subarray(0, 4)).every(isLetter) || crc32(typed) !== u32(bytes, at + 8 + length)) return false;
    const type = String.fromCharCode(...typed.subarray(0, 4));
    if (at === PNG_SIGNATURE.length && (type !== 'IHDR' || length !== 13)) return false;
    if (type === 'IDAT') sawData = true;
    if (type === 'IEND') return sawData && length === 0 && end === bytes.length;
    at = end;
  }
  return false;
}

// Markers without a length: TEM and the restart markers.
const standalone = (marker: number) => marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);
// Start-of-frame markers (C0–CF but DHT, JPG and DAC).
const isFrame = (marker: number) => marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);

/** Where the entropy-coded data starting at `at` ends: the next marker that is not stuffing (FF 00) or a restart. */
function scanEnd(bytes: Uint8Array, at: number): number {
  for (let i = at; i + 1 < bytes.length; i += 1) {
    if (bytes[i] !== 0xff) continue;
    const next = bytes[i + 1]!;
    if (next !== 0x00 && next !== 0xff && !(next >= 0xd0 && next <= 0xd7)) return i;
  }
  return bytes.length;
}

/** Where a whole JPEG picture at the start of `bytes` ends (after its EOI), or 0 when there is none. */
function jpegPictureEnd(bytes: Uint8Array): number {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return 0;
  let at = 2;
  let sawFrame = false;
  let sawScan = false;
  while (at + 1 < bytes.length) {
    if (bytes[at] !== 0xff) return 0;
    while (bytes[at + 1] === 0xff) at += 1; // fill bytes
    const marker = bytes[at + 1];
    if (marker === undefined) return 0;
    if (marker === 0xd9) return sawFrame && sawScan ? at + 2 : 0;
    if (standalone(marker)) {
      at += 2;
      continue;
    }
    if (marker === 0x00 || marker === 0xd8 || at + 4 > bytes.length) return 0;
    const end = at + 2 + u16(bytes, at + 2);
    if (u16(bytes, at + 2) < 2 || end > bytes.length) return 0;
    if (isFrame(marker)) sawFrame = true;
    if (marker === 0xda) {
      if (!sawFrame) return 0;
      sawScan = true;
      at = scanEnd(bytes, end);
    } else at = end;
  }
  return 0;
}

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

function isWholePdf(bytes: Uint8Array): boolean {
  if (!/^%PDF-[12]\.\d/.test(latin1(bytes.subarray(0, 8)))) return false;
  // Readers look for the trailer within the last 1024 bytes; whitespace (and NUL padding) may follow %%EOF, nothing else.
  const tail = latin1(bytes.subarray(Math.max(0, bytes.length - 1024)));
  const trailer = /startxref[\r\n\t\f ]+(\d+)[\r\n\t\f ]+%%EOF[\r\n\t\f \0]*$/.exec(tail);
  return trailer !== null && Number(trailer[1]) < bytes.length;
}

const whole = (check: (bytes: Uint8Array) => boolean) => (bytes: Uint8Array) => (check(bytes) ? bytes : null);

const KEPT: Record<string, (bytes: Uint8Array) => Uint8Array | null> = {
  'image/png': whole(isWholePng),
  // Phones append a video to a "motion photo", and some cameras their own trailer: the picture is kept, the rest dropped.
  'image/jpeg': (bytes) => {
    const end = jpegPictureEnd(bytes);
    return end ? bytes.subarray(0, end) : null;
  },
  'application/pdf': whole(isWholePdf),
};

/** What to store of `bytes` claimed as `contentType` (one of UPLOAD_CONTENT_TYPES): the whole file, or a JPEG's picture
 * without what follows it; null when the file is not whole as far as its structure shows. */
export function keptFile(contentType: string, bytes: Uint8Array): Uint8Array | null {
  return KEPT[contentType]?.(bytes) ?? null;
}
