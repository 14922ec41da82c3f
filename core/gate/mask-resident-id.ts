// How a resident ID appears outside the gate: enough to tell workers apart, not enough to misuse.

/** "110101********1234". */
export function maskResidentId(id: string): string {
  return `${id.slice(0, 6)}********${id.slice(-4)}`;
}
