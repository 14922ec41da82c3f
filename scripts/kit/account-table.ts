// The accounts table in `npm start`'s banner: columns as wide as their longest value, measured as a terminal shows
// them (a Chinese character takes two columns), so no username or role pushes the rest of its row out of line.

/** One account as the banner lists it. */
export interface AccountRow {
  username: string;
  role: string;
  displayName: string;
}

// East Asian Wide and Fullwidth ranges: CJK ideographs and punctuation, kana, Hangul, fullwidth forms such as `（）`.
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Columns a terminal gives `text`: two per wide (CJK) character, one per other character. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}

function padded(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** The rows, indented by `indent`, with the username and role columns padded to their widest value plus two spaces. */
export function accountTable(rows: AccountRow[], indent = '    '): string[] {
  const widths = [rows.map((row) => row.username), rows.map((row) => row.role)].map((values) => Math.max(0, ...values.map(displayWidth)));
  return rows.map((row) =>
    `${indent}${padded(row.username, widths[0]! + 2)}${padded(row.role, widths[1]! + 2)}${row.displayName}`.trimEnd(),
  );
}
