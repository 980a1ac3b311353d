/**
 * The CSV writer of `cli batch`: a text given in parts (a row's own words, then a text many rows share,
 * whose bytes the writer encodes once) comes out as the one cell it joins to, quoted, escaped and
 * neutralised as a plain text cell would be; rows that do not fit one write buffer, and a cell larger
 * than the buffer, come out whole and in order.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { csvSink } from '../../src/batch/csv.ts';
import { prepareOutput } from '../../src/batch/output.ts';
import { BATCH_DEFAULTS } from '../../src/batch/defaults.ts';
import type { Cell } from '../../src/batch/types.ts';

const work = mkdtempSync(join(tmpdir(), 'csv-writer-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Writes the rows through the sink to a new file; its bytes. */
async function written(name: string, rows: Cell[][]): Promise<Buffer> {
  const input = join(work, `${name}-in.csv`);
  writeFileSync(input, '');
  const target = prepareOutput(input, join(work, `${name}.csv`), false);
  if (!target.ok) throw new Error(target.message);
  const sink = csvSink(target.file);
  sink.header(['a', 'b', 'c']);
  for (const row of rows) await sink.row(row);
  await sink.finish([]);
  return readFileSync(target.file.path);
}

const cellsOf = (bytes: Buffer) => parse(bytes, { bom: true, relax_column_count: true }) as string[][];

describe('the CSV writer', () => {
  it('writes a text in parts as the cell it joins to: quoted, escaped and neutralised like a plain text', async () => {
    const shared = 'so sánh, rồi “kết luận” và "trích dẫn"\nhai dòng';
    const rows: Cell[][] = [
      [1, { own: 'Thu nhập 1.000 đồng ', shared }, { own: '', shared: 'không cần ngoặc' }],
      [2, { own: 'có "ngoặc", và phẩy ', shared: 'không cần ngoặc' }, { own: '', shared }],
      [3, { own: '=1+1 ', shared }, { own: '', shared: '@SUM(A1)' }],
      [4, { own: '-2', shared: '' }, { own: '', shared: '' }],
      [5, { own: 'riêng ', shared: '+ chung, lặp lại' }, '-ô chữ'],
      [6, { own: '', shared: '+ chung, lặp lại' }, { own: 'x', shared: '+ chung, lặp lại' }],
    ];
    const bytes = await written('parts', rows);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(cellsOf(bytes)).toEqual([
      ['a', 'b', 'c'],
      ['1', `Thu nhập 1.000 đồng ${shared}`, 'không cần ngoặc'],
      ['2', 'có "ngoặc", và phẩy không cần ngoặc', shared],
      ['3', `'=1+1 ${shared}`, "'@SUM(A1)"],
      ['4', "'-2", ''],
      ['5', 'riêng + chung, lặp lại', "'-ô chữ"],
      ['6', "'+ chung, lặp lại", 'x+ chung, lặp lại'],
    ]);
    // Bytes as a plain text cell gives them: the line of row 2 is exactly the RFC 4180 form of its joined texts.
    expect(bytes.toString('utf8')).toContain(`\n2,"có ""ngoặc"", và phẩy không cần ngoặc","${shared.replaceAll('"', '""')}"\n`);
  });

  it('keeps every row, in order, past many write buffers, and a cell larger than one buffer whole', async () => {
    const shared = 'câu chung của một dạng hộ, '.repeat(40);
    const huge = 'ô rất dài '.repeat(Math.ceil((BATCH_DEFAULTS.writeBytes * 1.5) / 10));
    const count = Math.ceil((BATCH_DEFAULTS.writeBytes * 3) / Buffer.byteLength(shared));
    const rows: Cell[][] = [];
    for (let i = 0; i < count; i += 1) rows.push([i, { own: `hộ ${i}: `, shared }, i === 7 ? huge : 'ngắn']);
    const read = cellsOf(await written('many', rows));
    expect(read).toHaveLength(count + 1);
    read.slice(1).forEach((row, i) => expect(row).toEqual([String(i), `hộ ${i}: ${shared}`, i === 7 ? huge : 'ngắn']));
  });
});
