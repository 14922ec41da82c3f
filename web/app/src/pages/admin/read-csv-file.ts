// Reads a chosen CSV file as text. Excel in Chinese Windows saves CSV as GB18030 (GBK), not UTF-8, so that is the fallback.

/** The file's text: UTF-8 when it decodes cleanly, else GB18030. */
export async function readCsvFile(file: Blob): Promise<string> {
  const bytes = await file.arrayBuffer();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
