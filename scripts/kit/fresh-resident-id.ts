// Resident IDs for fixtures: valid check characters, random enough that parallel tests and drills never share one.
import { residentIdCheckChar } from '#core/domain/identifiers';

/** A resident ID nobody else in the run uses. */
export function freshResidentId(): string {
  const first17 =
    `3701021985${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`.slice(0, 10) +
    `0101${String(Math.floor(Math.random() * 900) + 100)}`;
  return first17 + residentIdCheckChar(first17)!;
}
