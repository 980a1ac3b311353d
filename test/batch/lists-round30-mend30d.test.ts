/**
 * Round 30 (mend30d): a cadre's list where some review dates were typed month first ("12/5/2026", "11/4/2026") among many
 * "5/12/2026" and "4/11/2026". The end note names the first 10 such rows in the order met and counts the rest; the rows are
 * now kept as counts per date pair and at most the 10 shown (was: every row kept), the note the same.
 */
import { describe, expect, it, vi } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { classifyInProcess, excelCsvLists } from './classify-in-process.ts';

vi.setConfig({ testTimeout: 60_000 });

const rules = loadRules();
const HEADER = 'STT,Họ và tên chủ hộ,Khu vực,Số khẩu,TNBQ (đồng/người/tháng),Thiếu hụt,Ngày rà soát';

describe('round 30 mend30d: dates read both ways, two kinds interleaved, more than the note shows', () => {
  const { saved } = excelCsvLists('lists-round30-mend30d', rules, '2026-12-05');
  it('14 rows typed month first among 30 typed day first: the first 10 named in order, “và 4 dòng khác”', async () => {
    const lines = [HEADER, '1,Nguyễn Văn An,nt,4,1tr5,,3/4/2026'];
    for (let stt = 2; stt <= 15; stt += 1) lines.push(`${stt},Hộ ${stt},nt,4,1tr5,,${stt % 2 === 0 ? '12/5/2026' : '11/4/2026'}`);
    for (let stt = 16; stt <= 45; stt += 1) lines.push(`${stt},Hộ ${stt},nt,4,1tr5,,${stt % 2 === 0 ? '5/12/2026' : '4/11/2026'}`);
    const { outcome } = await classifyInProcess(rules, saved('ngay-hai-cach.csv', lines), '2026-12-05');
    const named = Array.from({ length: 10 }, (_, n) => n + 2).map((stt) =>
      stt % 2 === 0 ? `dòng ${stt + 1} “12/5/2026” (đọc là 12/05/2026, không phải 05/12/2026)` : `dòng ${stt + 1} “11/4/2026” (đọc là 11/04/2026, không phải 04/11/2026)`,
    );
    expect(outcome.ok && outcome.notes.filter((note) => note.startsWith('Ngày ghi được cả hai cách'))).toEqual([
      `Ngày ghi được cả hai cách (ngày/tháng hay tháng/ngày), đọc theo ngày/tháng/năm nhưng khác ngày mà nhiều dòng khác của cột ghi: ${named.join(', ')} và 4 dòng khác. Hãy kiểm tra lại các dòng ấy và ghi ngày theo dạng dd/MM/yyyy (ví dụ 05/12/2026).`,
    ]);
  });
});
