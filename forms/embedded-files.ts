// Files travel as uploads, never inside form data: find data: URLs and upload references in submitted data.

/** JSON-pointer paths of every string in `data` that is a data: URL. */
export function dataUrlPaths(data: unknown, path = ''): string[] {
  if (typeof data === 'string') return /^\s*data:/i.test(data) ? [path] : [];
  if (Array.isArray(data)) return data.flatMap((item, i) => dataUrlPaths(item, `${path}/${i}`));
  if (data && typeof data === 'object') return Object.entries(data).flatMap(([key, value]) => dataUrlPaths(value, `${path}/${key}`));
  return [];
}

/** Each upload reference (`upload:<id>`) in `data` with its JSON-pointer path. */
export function uploadRefPaths(data: unknown, path = ''): { path: string; id: string }[] {
  if (typeof data === 'string') return data.startsWith('upload:') ? [{ path, id: data.slice('upload:'.length) }] : [];
  if (Array.isArray(data)) return data.flatMap((item, i) => uploadRefPaths(item, `${path}/${i}`));
  if (data && typeof data === 'object') return Object.entries(data).flatMap(([key, value]) => uploadRefPaths(value, `${path}/${key}`));
  return [];
}

/** Upload ids referenced (as `upload:<id>`) anywhere in `data`. */
export function uploadRefs(data: unknown): string[] {
  if (typeof data === 'string') return data.startsWith('upload:') ? [data.slice('upload:'.length)] : [];
  if (Array.isArray(data)) return data.flatMap(uploadRefs);
  if (data && typeof data === 'object') return Object.values(data).flatMap(uploadRefs);
  return [];
}
