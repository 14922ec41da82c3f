// A file's size as a reader takes it in at a glance beside its name: 532 B, 12.3 KB, 1.2 MB (the units read the same in
// Chinese and English pages, as file managers on both show them).

const KB = 1024;
const MB = 1024 * KB;

/** `bytes` in B, KB or MB, one decimal below 10 of the unit. */
export function formatFileSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '';
  if (bytes < KB) return `${bytes} B`;
  const [value, unit] = bytes < MB ? [bytes / KB, 'KB'] : [bytes / MB, 'MB'];
  return `${value < 10 ? Math.round(value * 10) / 10 : Math.round(value)} ${unit}`;
}
