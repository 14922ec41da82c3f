// The smallest whole files of each type an upload may have, for tests and drills: the upload route checks a file from
// its first byte to its last (web/server/uploads/whole-file.ts), so a signature followed by zeros no longer passes.

/** A 1×1 transparent PNG. */
export const SAMPLE_PNG: Uint8Array<ArrayBuffer> = new Uint8Array(
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64'),
);

/** An 8×8 mid-grey baseline JPEG: one Huffman code each for "DC unchanged" and "end of block", so one scan byte. */
export const SAMPLE_JPEG: Uint8Array<ArrayBuffer> = new Uint8Array([
  ...[0xff, 0xd8], // SOI
  ...[0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00], // APP0 JFIF
  ...[0xff, 0xdb, 0x00, 0x43, 0x00, ...Array<number>(64).fill(1)], // DQT: table 0, all ones
  ...[0xff, 0xc0, 0x00, 0x0b, 0x08, 0x00, 0x08, 0x00, 0x08, 0x01, 0x01, 0x11, 0x00], // SOF0: 8×8, one component
  ...[0xff, 0xc4, 0x00, 0x14, 0x00, 0x01, ...Array<number>(15).fill(0), 0x00], // DHT: DC 0, code "0" = category 0
  ...[0xff, 0xc4, 0x00, 0x14, 0x10, 0x01, ...Array<number>(15).fill(0), 0x00], // DHT: AC 0, code "0" = end of block
  ...[0xff, 0xda, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3f, 0x00], // SOS: component 1, tables 0/0
  0x3f, // "0" (DC), "0" (EOB), padded with ones
  ...[0xff, 0xd9], // EOI
]);

/** A one-page blank PDF with a correct cross-reference table. */
export const SAMPLE_PDF: Uint8Array<ArrayBuffer> = (() => {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ];
  let text = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const offset = text.length;
    text += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) text += `${String(offset).padStart(10, '0')} 00000 n \n`;
  text += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(text, 'latin1'));
})();
