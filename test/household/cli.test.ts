/** `cli check --text`: the contract for scripts, by spawning the real command. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** The first test runs the documented npm command; the others the same CLI without npm's start-up. */
const npmCheck = (args: string[], input = '') =>
  spawnSync('npm', ['run', '--silent', 'cli', '--', 'check', ...args], { cwd: root, input, encoding: 'utf8' });
const check = (args: string[], input = '') =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'check', ...args], { cwd: root, input, encoding: 'utf8' });

describe('cli check --text', () => {
  it('prints what was understood and, with nothing missing, the result beside it', () => {
    const run = npmCheck(['--json', '--date', '2026-12-01', '--text', 'nhà em 4 người ở quê, cả nhà kiếm chừng 5 triệu một tháng, chưa có bảo hiểm y tế']);
    expect(run.status, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.understood).toEqual({ area: 'rural', members: 4, monthlyIncome: 5_000_000, deprivations: ['health_insurance'], unsure: [] });
    expect(out.missing).toEqual([]);
    expect(out.notMentioned).toHaveLength(11);
    expect(out.classification).toBe('near_poor');
    expect(out.incomePerPerson).toBe(1_250_000);
    expect(out.asOf).toBe('2026-12-01');
  });

  it('reads one sentence a line and prints one JSON object a line, in order; unstated fields are null and missing', () => {
    const input = ['nha tui 2 nguoi o xa, thu nhap 3 trieu ruoi', '', 'nha toi 4 nguoi thu nhap 5 trieu 1 thang', 'Gia đình tôi 5 người ở phường, bình quân 1,8 triệu mỗi người'].join('\n');
    const run = check(['--json', '--text', '--stdin', '--date', '01/12/2026'], input);
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(3);
    expect(lines[0].understood.monthlyIncome).toBe(3_500_000);
    expect(lines[0].classification).toBe('middle');
    expect(lines[1].understood).toMatchObject({ area: null, members: 4, monthlyIncome: 5_000_000 });
    expect(lines[1].missing).toEqual(['area']);
    expect(lines[1].classification).toBeUndefined();
    expect(lines[2].understood).toMatchObject({ area: 'urban', members: 5, monthlyIncomePerPerson: 1_800_000 });
    expect(lines[2].understood.monthlyIncome).toBeUndefined();
    expect(lines[2].incomePerPerson).toBe(1_800_000);
  });

  it('infers dependants from ages (a 60-year-old alone), and says which indicators the sentence did not mention and what they could change (F3)', () => {
    const run = check(['--json', '--date', '2026-12-01', '--text', 'tui 60 tuoi, o que mot minh, ko co thu nhap, ko co bhyt, nha la']);
    expect(run.status, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.understood.memberDetails).toEqual([{ age: 60 }]);
    expect(out.classification).toBe('poor');
    expect(out.deprivations).toEqual(['dependents', 'health_insurance', 'housing_quality']);
    expect(out.reasons.join(' ')).toMatch(/Người phụ thuộc chiếm 1\/1 người/);
    // Settled by the member told (dependants; no child, so schooling) or by the sentence: not in notMentioned.
    expect(out.notMentioned).not.toContain('dependents');
    expect(out.notMentioned).toContain('employment');
    expect(out.notMentionedEffect).toMatch(/chưa nói đến 8 chỉ số/);

    const near = JSON.parse(check(['--json', '--date', '2026-12-01', '--text', 'nha tui 3 nguoi o tro 15m2 ngoai phuong, thu nhap 6tr, chong lam thue ko hop dong']).stdout);
    expect(near.understood.floorAreaM2).toBe(15);
    expect(near.deprivations).toEqual(['employment', 'housing_area']);
    expect(near.classification).toBe('near_poor');
    expect(near.couldBe).toEqual({ classification: 'poor', extra: 1 });
    expect(near.notMentionedEffect).toMatch(/Có thể là hộ nghèo nếu hộ thiếu hụt thêm 1 chỉ số/);
  });

  it('checks "năm sau …" at 01/01 of the next year and says so in notes and asOf (F19)', () => {
    const out = JSON.parse(check(['--json', '--date', '2026-12-01', '--text', 'nam sau nha 4 nguoi o que thu nhap 8tr thi co ngheo ko']).stdout);
    expect(out.notes[0]).toBe('câu hỏi về năm 2027: xét theo chuẩn áp dụng ngày 01/01/2027');
    expect(out.asOf).toBe('2027-01-01');
    // 2.000.000 ≤ 2.200.000 (nông thôn 2027); at 01/12/2026 it would be above 1.500.000.
    expect(out.classification).toBe('near_poor');
  });

  it('refuses --text without a sentence, and keeps check --json as it was', () => {
    const run = check(['--json', '--text']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/Thiếu câu mô tả/);
    const plain = check(['--json'], JSON.stringify({ date: '2026-03-15', area: 'rural', members: 4, monthlyIncome: 4_800_000 }));
    expect(JSON.parse(plain.stdout).understood).toBeUndefined();
    expect(JSON.parse(plain.stdout).incomePerPerson).toBe(1_200_000);
  });
  it('without --json, one sentence is answered as text a person reads: the result, or what is still missing (findings11)', () => {
    const done = check(['--date', '2026-12-01', '--text', 'nha 4 nguoi o que thu nhap 5tr']);
    expect(done.status, done.stderr).toBe(0);
    expect(() => JSON.parse(done.stdout)).toThrow();
    expect(done.stdout).toMatch(/^Kết quả \(ngày 01\/12\/2026\): Hộ cận nghèo/);
    expect(done.stdout).toContain('5.000.000 đồng ÷ 4 người = 1.250.000 đồng/người/tháng');
    expect(done.stdout).toMatch(/chưa nói đến \d+ chỉ số/);

    const short = check(['--date', '2026-12-01', '--text', 'nha tui 4 nguoi, thu nhap 800']);
    expect(short.status, short.stderr).toBe(0);
    expect(short.stdout).toContain('“800” là 800 nghìn đồng hay 800 triệu đồng?');
    expect(short.stdout).toContain('Chưa đủ để kiểm tra: câu chưa nói hộ ở nông thôn hay thành thị, thu nhập của hộ mỗi tháng.');

    const empty = check(['--text', '  ']);
    expect(empty.status).toBe(2);
    expect(empty.stderr).toContain('Câu mô tả hộ gia đình đang trống.');
  });
});
