/**
 * Round 17 (lists, 03/12/2026): household lists as a commune cadre makes them in Excel, read as `cli batch` reads them.
 * Workbooks are real XLSX files written here (exceljs), merges added after the rows as Excel saves them. Each case fails
 * on the round-16 code. Classes worked out by hand, 2026 (NĐ 07/2021 Điều 3, kept by NĐ 351/2025 for 2026): income per
 * person per month; rural line 1.500.000 đ (middle band ≤ 2.250.000), urban 2.000.000 đ (≤ 3.000.000); at or under the
 * line, ≥ 3 deprivations = poor, else near-poor.
 */
import { describe, expect, it, vi } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import type { TableSource } from '../../src/batch/types.ts';
import { classifyInProcess } from './classify-in-process.ts';
import { workbooks } from './merged-header.ts';

vi.setConfig({ testTimeout: 120_000 });

const rules = loadRules();
const workbook = workbooks('lists17');

async function run(list: TableSource, date = '2026-12-03') {
  const { outcome, rows, problems } = await classifyInProcess(rules, list, date);
  if (!outcome.ok) throw new Error(outcome.message);
  return { summary: outcome.summary, rows, problems, notes: [...list.notes, ...outcome.notes].join('\n') };
}

describe('a plain “Thu nhập” merged over “Tháng” | “Năm”', () => {
  it('is refused naming the merged cells as Excel shows them (ô E1:F1), not the column alone', async () => {
    const list = await workbook('thu-nhap-gop.xlsx', (sheet) => {
      sheet.addRow(['STT', 'Họ và tên chủ hộ', 'Khu vực', 'Số nhân khẩu', 'Thu nhập', '', 'Ghi chú']);
      sheet.addRow(['', '', '', '', 'Tháng', 'Năm', '']);
      sheet.addRow([1, 'Nguyễn Văn A', 'Nông thôn', 4, '5.000.000', '', '']);
      for (const range of ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:F1', 'G1:G2']) sheet.mergeCells(range);
    });
    const { outcome } = await classifyInProcess(rules, list, '2026-12-03');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.message).toContain('Cột “Thu nhập” chưa rõ là thu_nhap_binh_quan hay tong_thu_nhap (ô E1:F1)');
  });
});
