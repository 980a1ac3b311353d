/**
 * Commune cadres' own files (findings6, tester's layouts kept under fixtures/findings6): each case reads the file as
 * `cli batch` does (decoded, delimiter found, header searched) and checks the classes worked out by hand from the
 * legal text. 2026 (NĐ 07/2021 Điều 3, kept by NĐ 351/2025 for 01/01–31/12/2026): income per person per month =
 * 12 months' income ÷ 12 ÷ members; rural line 1.500.000 đ (middle ≤ 2.250.000), urban 2.000.000 đ (middle
 * ≤ 3.000.000); at or under the line, ≥ 3 deprivations = poor, else near-poor.
 */
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { csvSource, detectDelimiter } from '../../src/batch/csv.ts';
import { decodeText } from '../../src/batch/encoding.ts';
import { xlsxSource } from '../../src/batch/xlsx.ts';
import { classifyList, formatSummary, type ListOutcome } from '../../src/batch/households.ts';
import { cellValue, type Cell, type ResultSink, type RowProblem, type TableSource } from '../../src/batch/types.ts';

vi.setConfig({ testTimeout: 120_000 });

const rules = loadRules();
const fixture = (name: string) => fileURLToPath(new URL(`fixtures/findings6/${name}`, import.meta.url));

function open(name: string): TableSource {
  const path = fixture(name);
  if (name.endsWith('.xlsx')) return xlsxSource(path, statSync(path).size);
  const decoded = decodeText(readFileSync(path));
  if (!decoded.ok) throw new Error(decoded.message);
  return csvSource(decoded.text);
}

/** A cadre's file through the batch reader and classifier; rows keyed by the result columns. */
async function run(source: TableSource | string, defaultDate = '2026-12-01') {
  const list = typeof source === 'string' ? open(source) : source;
  let header: readonly string[] = [];
  const rows: Record<string, string>[] = [];
  const problems: RowProblem[] = [];
  const sink: ResultSink = {
    header: (columns) => void (header = columns),
    row: (cells: Cell[]) => void rows.push(Object.fromEntries(header.map((name, i) => [name, String(cellValue(cells[i] ?? ''))]))),
    problem: () => {},
    finish: async () => {},
    abort: async () => {},
  };
  const outcome: ListOutcome = await classifyList(rules, list, sink, { defaultDate, onProblem: (p) => problems.push(p) });
  const notes = [...list.notes, ...(outcome.ok ? outcome.notes : [outcome.message])].join('\n');
  return { outcome, rows, problems, notes, classes: rows.map((r) => [r.dong, r.ma_phan_loai]) };
}

describe('a title line above a `;` or tab list (findings6 item 3, L7–L9)', () => {
  // 1,2 triệu NT + bhyt, nước, nhà tiêu → poor; 1.950.000 TT + việc làm → near-poor; 1.600.000 NT → middle;
  // "1 500 000" NT, none → near-poor once read (item 15; refused before).
  it.each(['l6-bom-semicolon.csv', 'l5-utf16.csv'])('%s: the header on line 2 is found and every household read', async (name) => {
    const { outcome, classes } = await run(name);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(classes.slice(0, 3)).toEqual([['3', 'poor'], ['4', 'near_poor'], ['5', 'middle']]);
    expect(outcome.summary.titleRows).toEqual([1]);
  });

  it.each(['l11.csv', 'l11t.csv'])('%s: an ASCII title without delimiters over `;` / tab rows', async (name) => {
    const { outcome, classes } = await run(name);
    if (!outcome.ok) throw new Error(outcome.message);
    // 1.200.000 NT + bhyt only → near-poor.
    expect(classes).toEqual([['3', 'near_poor']]);
  });

  it('the delimiter is the one splitting most lines alike, not line 1’s', () => {
    expect(detectDelimiter('Danh sách hộ nghèo, cận nghèo\nA;B;C\n1;"1,2 triệu";x\n2;3;y\n')).toBe(';');
    expect(detectDelimiter('khu_vuc,so_nguoi,thieu_hut\nnt,4,bhyt; nuoc; nha tieu; viec lam\ntt,2,\n')).toBe(',');
    expect(detectDelimiter('a,b\n')).toBe(',');
  });
});
