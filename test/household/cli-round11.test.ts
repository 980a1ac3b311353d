/**
 * Round 11: `cli check --text` for a household described in one sentence. The verdict is said in plain Vietnamese ("Hộ không
 * thiếu hụt chỉ số nào trong số đã nêu", never "0 < 3"), and the indicators the sentence did not mention, which count as not
 * deprived, are said next to the class they could change, under today's standard and the coming one. Classes by hand: 2026 =
 * NĐ 07/2021/NĐ-CP Điều 3 kept by NĐ 351/2025/NĐ-CP (nông thôn ≤ 1.500.000 đ; hộ nghèo with ≥ 3 chỉ số, else cận nghèo); from
 * 01/01/2027 NĐ 351/2025 (nông thôn ≤ 2.200.000 đ, tham khảo).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = (args: string[], input = '') => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'check', ...args], { cwd: root, input, encoding: 'utf8' });
const check = (sentence: string) => cli(['--date', '2026-12-02', '--text', sentence]);

/** The bullets of one "Vì sao" section of the text report. */
function section(report: string, heading: string): string[] {
  const start = report.indexOf(`${heading}\n`);
  if (start < 0) throw new Error(`no section "${heading}" in:\n${report}`);
  const rest = report.slice(start + heading.length + 1).split('\n\n')[0]!;
  return rest.split('\n').map((line) => line.replace(/^ {2}- /, ''));
}

describe('a household with no deprivation named', () => {
  const run = check('nha tui 4 nguoi o que, thu nhap 5 trieu 1 thang, co bhyt du');
  const report = run.stdout;

  it('says it in words, not "0 < 3"', () => {
    expect(run.status, run.stderr).toBe(0);
    expect(report).not.toMatch(/\d [<≥] \d/);
    // 5.000.000 ÷ 4 = 1.250.000 ≤ 1.500.000 (nông thôn), no deprivation named → hộ cận nghèo.
    expect(section(report, 'Vì sao:')).toContain('Hộ không thiếu hụt chỉ số nào trong số đã nêu, nên là hộ cận nghèo (hộ nghèo khi thiếu hụt từ 3 chỉ số trở lên).');
    expect(report).toContain('số chỉ số thiếu hụt: 0 trong số đã nêu (11 chỉ số chưa nói đến được coi là không thiếu hụt)');
  });

  it('says what the indicators not mentioned could change right after the verdict, in both standards, not at the end', () => {
    for (const heading of ['Vì sao:', 'Vì sao (theo chuẩn từ 01/01/2027):']) {
      const reasons = section(report, heading);
      const verdict = reasons.findIndex((line) => line.startsWith('Hộ không thiếu hụt chỉ số nào trong số đã nêu'));
      expect(verdict, heading).toBeGreaterThan(0);
      expect(reasons[verdict + 1]).toMatch(/^Câu mô tả chưa nói đến \d+ chỉ số \(Việc làm, .*\), đang được coi là không thiếu hụt; nếu hộ thiếu hụt thêm 3 chỉ số trong số đó thì là hộ nghèo/);
    }
    expect(report.trimEnd().split('\n').at(-1)).toMatch(/^Dữ liệu quy tắc: /);
  });
});

describe('deprivations named: counted in words, the caveat only where it could change the class', () => {
  it('"2 chỉ số … chưa đến 3 chỉ số": near-poor, could be poor with 1 more of those not mentioned', () => {
    const report = check('nha 4 nguoi o que thu nhap 5tr, ko co bhyt, ko co nha ve sinh').stdout;
    const reasons = section(report, 'Vì sao:');
    const verdict = reasons.indexOf('Hộ thiếu hụt 2 chỉ số (Bảo hiểm y tế; Nhà tiêu hợp vệ sinh) trong số đã nêu, chưa đến 3 chỉ số, nên là hộ cận nghèo.');
    expect(verdict).toBeGreaterThan(0);
    expect(reasons[verdict + 1]).toMatch(/nếu hộ thiếu hụt thêm 1 chỉ số trong số đó thì là hộ nghèo/);
  });

  it('"3 chỉ số … từ 3 chỉ số trở lên": poor, and nothing left out can change that', () => {
    const report = check('nha 4 nguoi o que thu nhap 5tr, ko co bhyt, ko co nha ve sinh, nha dot nat').stdout;
    expect(section(report, 'Vì sao:')).toContain('Hộ thiếu hụt 3 chỉ số (Bảo hiểm y tế; Chất lượng nhà ở; Nhà tiêu hợp vệ sinh) trong số đã nêu, từ 3 chỉ số trở lên, nên là hộ nghèo.');
    expect(report).not.toContain('Câu mô tả chưa nói đến');
  });
});

describe('a full profile (check --json) has nothing left out', () => {
  it('no "trong số đã nêu" for a JSON profile', () => {
    const run = cli([], JSON.stringify({ date: '2026-12-02', area: 'rural', members: 4, monthlyIncome: 5_000_000, deprivations: [] }));
    expect(run.stdout).toContain('Hộ không thiếu hụt chỉ số nào, nên là hộ cận nghèo (hộ nghèo khi thiếu hụt từ 3 chỉ số trở lên).');
    expect(run.stdout).not.toContain('trong số đã nêu');
  });
});
