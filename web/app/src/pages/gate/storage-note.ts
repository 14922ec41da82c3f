// Whether the phone's storage figure is worth a line under the queue. On an ordinary visit "本机存储已用 0.1 MB" is noise
// to the officer; it helps while checks wait on the phone (they are what takes the room), and it warns when the browser
// is close to its quota, when new checks could no longer be kept without signal.

/** From this share of the quota on, the figure turns into a warning. */
export const NEARLY_FULL = 0.8;

/** What the panel says about storage: nothing, the figure, or a warning with the quota. */
export type StorageNote = null | { kind: 'used'; used: number } | { kind: 'nearlyFull'; used: number; quota: number };

/** The note for `used` bytes of `quota` (either unknown as null) with `queued` items on the phone. */
export function storageNote(used: number | null, quota: number | null, queued: number): StorageNote {
  if (used === null) return null;
  if (quota !== null && quota > 0 && used / quota >= NEARLY_FULL) return { kind: 'nearlyFull', used, quota };
  return queued > 0 ? { kind: 'used', used } : null;
}
