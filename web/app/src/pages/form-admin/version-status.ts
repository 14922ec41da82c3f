// What each version is in the form's history: the newest published one is the version in use (当前版本); an older
// published one was superseded by the next version published after it, and may still have cases running on it.
import type { Locale } from '#core/domain/locale';

/** The parts of a stored version its status reads. */
export interface VersionState {
  version: number;
  status: 'draft' | 'published' | 'retired';
}

/** A version's standing: `current`, `superseded` (with the version that replaced it) or its stored status. */
export type VersionStanding = { kind: 'current' } | { kind: 'superseded'; by: number } | { kind: 'draft' | 'retired' | 'published' };

const WORDS = {
  'zh-CN': {
    current: '当前版本',
    superseded: (by: number) => `已被第 ${by} 版取代`,
    running: (n: number) => `，仍有 ${n} 件在办`,
  },
  en: {
    current: 'Current',
    superseded: (by: number) => `Superseded by version ${by}`,
    running: (n: number) => `; ${n} still running`,
  },
} as const;

/** The standing of each of `versions` (newest first), in the same order. */
export function versionStandings(versions: readonly VersionState[]): VersionStanding[] {
  const current = versions.find((v) => v.status === 'published');
  return versions.map((v, i) => {
    if (v.status !== 'published') return { kind: v.status };
    if (v === current) return { kind: 'current' };
    // The next version put in force after it: published or since retired, never a draft.
    const next = versions
      .slice(0, i)
      .reverse()
      .find((later) => later.status !== 'draft');
    return next ? { kind: 'superseded', by: next.version } : { kind: 'published' };
  });
}

/** The status column's words for a current or superseded version (with its running cases); null: use the stored status. */
export function standingWords(standing: VersionStanding, running: number, locale: Locale): string | null {
  const words = WORDS[locale];
  if (standing.kind === 'current') return words.current;
  if (standing.kind !== 'superseded') return null;
  return words.superseded(standing.by) + (running > 0 ? words.running(running) : '');
}
