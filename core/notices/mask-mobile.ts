// How an objector's mobile appears to everyone but the reviewer who handles the objection. (Issue 16's personal-data
// policy will own masking; until it lands this is the one place the objection's mobile is masked.)

/** "139****5678": the carrier prefix and the last four digits. */
export function maskMobile(mobile: string): string {
  return mobile.length < 8 ? '****' : `${mobile.slice(0, 3)}****${mobile.slice(-4)}`;
}
