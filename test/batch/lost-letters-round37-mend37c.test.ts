/**
 * Round 37 (mend37c): a list saved as "CSV UTF-8" whose thôn/ấp ends in a question mark typed ("Ấp Mỹ Hòa?") has its Vietnamese
 * letters: no note that they were lost. Before: "Chữ tiếng Việt bị thay bằng dấu “?” … ở 1 dòng: dòng 2." A list saved as ANSI
 * ("Nguy?n V?n An", "Tr?n Th? Bình") is still said to have lost them (lists-round37-lists21.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { classifyInProcess, excelCsvLists } from './classify-in-process.ts';

const lists = excelCsvLists('lost-letters-round37-mend37c', loadRules(), '2026-12-06');
const HEADER = 'Ma ho,Ho ten chu ho,Thon ap,Khu vuc,So nhan khau,Thu nhap binh quan';
const LOST = 'Chữ tiếng Việt bị thay bằng dấu “?”';

async function notesOf(name: string, lines: readonly string[]) {
  const { outcome, rows } = await classifyInProcess(loadRules(), lists.saved(name, [HEADER, ...lines]), '2026-12-06');
  if (!outcome.ok) throw new Error(outcome.message);
  return { rows, lost: outcome.notes.filter((note) => note.startsWith(LOST)) };
}

describe('a question mark typed after a Vietnamese word', () => {
  it('"Ấp Mỹ Hòa?" in a UTF-8 list: no note of lost letters, the row checked', async () => {
    const { rows, lost } = await notesOf('my-hoa.csv', ['H1,Nguyễn Thị Lan,Ấp Mỹ Hòa?,Nông thôn,4,1200000']);
    expect(rows.map((row) => row.ma_ho)).toEqual(['H1']);
    expect(lost).toEqual([]);
  });

  it('a letter lost inside a word is still said, in a cell with Vietnamese letters too', async () => {
    const { lost } = await notesOf('lost.csv', ['H1,Nguy?n Thị Lan,Ấp Mỹ Hòa,Nông thôn,4,1200000', 'H2,Lê Văn Bình,?p 2,Nông thôn,3,900000']);
    expect(lost).toHaveLength(1);
    expect(lost[0]).toContain('ở 2 dòng: dòng 2, 3.');
  });
});
