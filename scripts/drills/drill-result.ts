// One line of the drills' summary table, and the table itself.

/** What one drill (or one part of it) measured; `null` where a column does not apply. */
export interface DrillResult {
  drill: string;
  measured: string;
  lost: number | null;
  doubled: number | null;
  /** 5xx answers, unclear refusals or failed operations. */
  errors: number;
  throughput?: number;
  p50?: number;
  p99?: number;
  pass: boolean;
  /** Extra figures printed under the table. */
  notes?: string[];
}

/** A result that passes when nothing was lost, doubled or failed. */
export function verdict(result: Omit<DrillResult, 'pass'>, extraCheck = true): DrillResult {
  return { ...result, pass: extraCheck && !result.lost && !result.doubled && result.errors === 0 };
}

const cell = (value: number | null | undefined, digits = 0) => (value === null || value === undefined ? '–' : value.toFixed(digits));

/** The summary as a Markdown table (readable in a terminal and pasteable into bench/RESULTS.md). */
export function summaryTable(results: DrillResult[]): string {
  const header = ['drill', 'what was measured', 'lost', 'doubled', '5xx/errors', 'per s', 'p50 ms', 'p99 ms', 'result'];
  const rows = results.map((r) => [
    r.drill,
    r.measured,
    cell(r.lost),
    cell(r.doubled),
    cell(r.errors),
    cell(r.throughput, 1),
    cell(r.p50, 1),
    cell(r.p99, 1),
    r.pass ? 'pass' : 'FAIL',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/** Prints a drill's own figures (when it runs alone or before the summary). */
export function printFigures(results: DrillResult[]): void {
  for (const r of results) {
    console.log(
      `\n${r.drill}: ${r.measured} — lost ${cell(r.lost)}, doubled ${cell(r.doubled)}, errors ${r.errors}${r.throughput === undefined ? '' : `, ${r.throughput.toFixed(1)}/s, p50 ${cell(r.p50, 1)} ms, p99 ${cell(r.p99, 1)} ms`} → ${r.pass ? 'pass' : 'FAIL'}`,
    );
    for (const note of r.notes ?? []) console.log(`  ${note}`);
  }
}
