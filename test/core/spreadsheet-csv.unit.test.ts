// Every CSV the server writes holds text people typed; a cell that starts like a formula (OWASP "CSV injection": = + -
// @, a tab or a carriage return, and their full-width forms) must open in a spreadsheet as text, in every export alike.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { EvaluationRow } from '#core/evaluation/enterprise-evaluation';
import { EVALUATION_INPUTS, type EvaluationInput } from '#core/evaluation/evaluation-weights';
import { spreadsheetCsv } from '#core/spreadsheet-csv';
import { auditCsv } from '#web/server/audit/audit-csv';
import { tableCsv } from '#web/server/dashboard/export-workbook';
import { evaluationCsv } from '#web/server/evaluation/evaluation-routes';

const ROOT = join(import.meta.dirname, '..', '..');
const HOSTILE = ['=HYPERLINK("http://x","y")', '+1+cmd|" /C calc"!A0', '-2+3', '@SUM(1+1)', '\t=1+1', '\r=1+1', '＝1+1'];
const ESCAPED = HOSTILE.map((value) => `'${value}`);

/** The cells of a CSV the server wrote, BOM removed. */
function cells(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  return parse(csv.slice(1), { relax_quotes: true }) as string[][];
}

function evaluationRow(enterpriseName: string, rank: number): EvaluationRow {
  const zero = Object.fromEntries(EVALUATION_INPUTS.map((input) => [input, 0])) as Record<EvaluationInput, number>;
  return { rank, enterpriseId: rank, enterpriseName, focus: false, score: -rank, counts: zero, points: zero };
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'dist' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('formula-like text in CSV exports', () => {
  it('is escaped in the evaluation ranking, enterprise names included, and a negative score stays a number', () => {
    const rows = cells(evaluationCsv(HOSTILE.map(evaluationRow), 'zh-CN')).slice(1);
    expect(rows.map((row) => row[1])).toEqual(ESCAPED);
    expect(rows.map((row) => row[3])).toEqual(HOSTILE.map((_, i) => String(-i)));
  });

  it('is escaped in the audit log, where a failed sign-in keeps the username as typed', () => {
    const entries = HOSTILE.map((username, id) => ({
      row: {
        id,
        actor: { id, username, displayName: username },
        actorRole: null,
        action: 'session.login_failed',
        targetType: 'user',
        targetId: username,
        summary: null,
        requestId: null,
        createdAt: '2026-02-10T01:00:00.000Z',
      },
      target: username,
      described: [],
    }));
    const rows = cells(auditCsv(entries, 'en', 'Asia/Shanghai')).slice(1);
    expect(rows.map((row) => [row[1], row[2], row[6]])).toEqual(ESCAPED.map((value) => [value, value, value]));
  });

  it('is escaped in a dashboard table', () => {
    const csv = tableCsv(
      {
        key: 'by-enterprise',
        title: '按企业',
        columns: [{ key: 'enterprise', label: '企业', kind: 'text' }],
        rows: HOSTILE.map((enterprise) => ({ cells: { enterprise } })),
        total: HOSTILE.length,
      },
      'zh-CN',
      'http://localhost:3000',
    );
    expect(
      cells(csv)
        .slice(1)
        .map((row) => row[0]),
    ).toEqual(ESCAPED);
  });

  it('leaves plain text, numbers and empty cells as they are', () => {
    expect(cells(spreadsheetCsv([['泉城建设', 'a=b', -3, 0, '', null]]))).toEqual([['泉城建设', 'a=b', '-3', '0', '', '']]);
  });

  it('is written by one function: no other file of the app calls the CSV writer itself', () => {
    const writers = ['core', 'web', 'activities', 'scripts', 'forms']
      .flatMap((dir) => sourceFiles(join(ROOT, dir)))
      .filter((file) => readFileSync(file, 'utf8').includes("from 'csv-stringify"))
      .map((file) => relative(ROOT, file));
    expect(writers).toEqual(['core/spreadsheet-csv.ts']);
  });
});
