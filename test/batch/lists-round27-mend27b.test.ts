/**
 * Round 27 (mend27b): a sheet hidden "veryHidden" in a commune's workbook is not in Excel's Bỏ ẩn/Unhide list, so the note says
 * how to show it (Visual Basic, Visible); a sheet hidden the usual way keeps the right-click → Unhide. The tick-column note names
 * "√" (Insert > Symbol's tick, read as a lack like ✓).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { xlsxSource } from '../../src/batch/xlsx.ts';
import { classifyInProcess } from './classify-in-process.ts';

vi.setConfig({ testTimeout: 60_000 });

const rules = loadRules();
const work = mkdtempSync(join(tmpdir(), 'lists-round27-mend27b-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const HEADER = ['STT', 'Mã hộ', 'Họ tên chủ hộ', 'Khu vực', 'Số khẩu', 'TNBQ (đồng/người/tháng)', 'Ghi chú'];

/** Two sheets headed alike, "Thôn 2" hidden as `state`, read on 04/12/2026: the note on hidden sheets. */
async function hiddenNote(state: 'hidden' | 'veryHidden') {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Thôn 1').addRow(HEADER);
  book.getWorksheet('Thôn 1')!.addRow([1, 'H01', 'Nguyễn Văn Tư', 'nông thôn', 4, '1.200.000', '']);
  const second = book.addWorksheet('Thôn 2');
  second.addRow(HEADER);
  second.addRow([1, 'H05', 'Hà Văn Khoa', 'nông thôn', 3, '2.000.000', '']);
  second.state = state;
  const path = join(work, `${state}.xlsx`);
  await book.xlsx.writeFile(path);
  const { outcome } = await classifyInProcess(rules, xlsxSource(path, statSync(path).size), '2026-12-04');
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.notes.find((note) => note.startsWith('Trang tính đang bị ẩn')) ?? '';
}

describe('a sheet hidden in Excel', () => {
  it('“veryHidden”: told how Excel shows it again, not right-click → Unhide (was: right-click → Bỏ ẩn/Unhide, not offered for it)', async () => {
    const note = await hiddenNote('veryHidden');
    expect(note).toContain('“Thôn 2”');
    expect(note).toContain('không có trong Bỏ ẩn/Unhide');
    expect(note).toContain('Alt+F11');
    expect(note).not.toContain('nhấp chuột phải');
  });
  it('hidden the usual way: right-click → Unhide still', async () => {
    const note = await hiddenNote('hidden');
    expect(note).toContain('nhấp chuột phải vào tên trang, chọn Bỏ ẩn/Unhide');
    expect(note).not.toContain('Alt+F11');
  });
});
