// Resident IDs for fixtures: valid birth dates and check characters, random enough that parallel tests and drills
// never share one: a birth date among 1975–1995's 7,670 days and a 3-digit sequence, about 7.7 million IDs (the first
// version kept only the sequence, 900 IDs, and a suite's fever and a later check could name the same worker).
import { residentIdCheckChar } from '#core/domain/identifiers';

const FIRST_BIRTH_DAY = Date.UTC(1975, 0, 1);
const BIRTH_DAYS = 7_670;
const DAY_MS = 86_400_000;

/** A resident ID nobody else in the run uses, of someone born 1975–1995 in 济南市历下区 (370102). */
export function freshResidentId(): string {
  const birth = new Date(FIRST_BIRTH_DAY + Math.floor(Math.random() * BIRTH_DAYS) * DAY_MS).toISOString().slice(0, 10).replaceAll('-', '');
  const first17 = `370102${birth}${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17)!;
}
