/** The CLI contracts of issue 3, checked by spawning the real commands. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import type { CheckResult, FieldError } from '../../src/rules/index.ts';
import { expectError, expectResult, loadScenarios } from './scenarios.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'rules-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function cli(args: string[], input = '') {
  // Every scenario's whole CheckResult on --stdin is about 1 MB, spawnSync's default maxBuffer (the child is then killed, status null).
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: root, input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const household = { date: '2026-03-15', area: 'rural', members: 4, monthlyIncome: 4_800_000, deprivations: ['health_insurance', 'water_source', 'sanitation'] };

describe('cli check', () => {
  it('npm run --silent cli -- check --json prints the CheckResult', () => {
    const run = spawnSync('npm', ['run', '--silent', 'cli', '--', 'check', '--json'], { cwd: root, input: JSON.stringify(household), encoding: 'utf8' });
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as CheckResult;
    expect(result.classification).toBe('poor');
    expect(result.incomePerPerson).toBe(1_200_000);
    expect(result.standard.id).toBe('nd351-2025-transition');
    expect(result.asOf).toBe('2026-03-15');
  });

  const invalid: [string, unknown, string][] = [
    ['unknown indicator', { ...household, deprivations: ['wifi'] }, 'deprivations.0'],
    ['members < 1', { ...household, members: 0 }, 'members'],
    ['negative income', { ...household, monthlyIncome: -1 }, 'monthlyIncome'],
    ['unknown area', { ...household, area: 'city' }, 'area'],
    ['impossible date', { ...household, date: '2026-02-30' }, 'date'],
    ['missing income', { date: '2026-03-15', area: 'urban', members: 2 }, 'monthlyIncome'],
    ['a total and a per-person income that disagree', { ...household, monthlyIncomePerPerson: 2_000_000 }, 'monthlyIncomePerPerson'],
  ];
  for (const [what, input, field] of invalid) {
    it(`exits 2 with {"error": {field, message}} for ${what}`, () => {
      const run = cli(['check', '--json'], JSON.stringify(input));
      expect(run.status).toBe(2);
      const { error } = JSON.parse(run.stdout) as { error: FieldError };
      expect(error.field).toBe(field);
      expect(error.message).toMatch(/[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i);
    });
  }

  it('--date gives a profile without "date" its day, and refuses a profile whose date differs (never one ignored)', () => {
    const { date: _date, ...undated } = household;
    const dated = cli(['check', '--json', '--date', '01/01/2027'], JSON.stringify(undated));
    expect(dated.status).toBe(0);
    expect((JSON.parse(dated.stdout) as CheckResult).asOf).toBe('2027-01-01');
    // Before, --date was dropped without a word and the household checked for 15/03/2026.
    const clash = cli(['check', '--json', '--date', '01/01/2027'], JSON.stringify(household));
    expect(clash.status).toBe(2);
    const { error } = JSON.parse(clash.stdout) as { error: FieldError };
    expect(error.field).toBe('date');
    expect(error.message).toContain('“2026-03-15” khác ngày của --date (01/01/2027)');
  });

  it('exits 2 on input that is not JSON', () => {
    const run = cli(['check', '--json'], '{"area": ');
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stdout)).toEqual({ error: { field: '', message: 'Dữ liệu vào không phải JSON hợp lệ.' } });
  });

  it('--stdin answers every hand-computed scenario line by line, in order, past bad lines', () => {
    // Scenarios written for a rules fixture run against it in scenarios.test.ts and thirteen.test.ts.
    const scenarios = loadScenarios().filter((scenario) => !scenario.rules);
    const lines = [...scenarios.map((s) => JSON.stringify(s.input)), 'không phải json', JSON.stringify(household)];
    const run = cli(['check', '--stdin'], `${lines.join('\n')}\n`);
    expect(run.status).toBe(2);
    const out = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as CheckResult | { error: FieldError });
    expect(out).toHaveLength(lines.length);
    scenarios.forEach((scenario, i) => {
      const answer = out[i]!;
      if (scenario.error) {
        expect('error' in answer, scenario.name).toBe(true);
        if ('error' in answer) expectError(answer.error, scenario.error);
      } else {
        expect('error' in answer, scenario.name).toBe(false);
        if (!('error' in answer)) expectResult(answer, scenario.expected ?? {});
      }
    });
    expect(out.at(-2)).toEqual({ error: { field: '', message: 'Dữ liệu vào không phải JSON hợp lệ.' } });
    expect((out.at(-1) as CheckResult).classification).toBe('poor');
  });

  it('without --json prints a readable Vietnamese report', () => {
    const run = cli(['check'], JSON.stringify(household));
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Kết quả (ngày 15/03/2026): Hộ nghèo');
    expect(run.stdout).toContain('Thu nhập bình quân: 1.200.000 đồng/người/tháng');
    expect(run.stdout).toContain('Bước tiếp theo:');
    expect(run.stdout).toContain('Mẫu số 04');
  });
});

describe('cli batch', () => {
  it('classifies good rows, reports bad rows by line number, and summarises', () => {
    const input = join(work, 'xa.csv');
    const output = join(work, 'ket-qua.csv');
    writeFileSync(
      input,
      [
        'Mã hộ,Khu vực,Số người,Thu nhập bình quân,Tổng thu nhập,Thiếu hụt,Ngày',
        'H01,nt,4,"1,5 triệu",,bhyt nuoc nhatieu,31/12/2025',
        'H02,tt,3,,9000000,,2025-12-31',
        'H03,nông thôn,2,1tr,,internet|nha,01/01/2027',
        'H04,xx,2,1tr,,,',
        'H05,nt,0,1tr,,,',
        'H06,nt,2,1.200,,,',
        'H07,nt,2,1tr,,wifi,',
        'H08,nt,2,1tr,,,30/02/2026',
        'H09,tt,1,2.000.001đ,,,15/06/2026',
      ].join('\n'),
    );
    const run = cli(['batch', input, '--out', output, '--date', '2026-05-01']);
    expect(run.status).toBe(3);
    const rows = parse(readFileSync(output, 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.dong, r.ma_ho, r.ma_phan_loai])).toEqual([
      ['2', 'H01', 'poor'],
      ['3', 'H02', 'middle'],
      // 2027: 1.000.000 ≤ 2.200.000; "internet" is the 2022–2025 telecom indicator, which 2027 replaces by dịch vụ số
      // (threshold unknown): housing_quality = 1 known, + 2 indicators with unknown thresholds → 1 < 3 ≤ 3: unknown.
      ['4', 'H03', 'unknown'],
      // Refused rows stay in the results with their reason (the summary counts them).
      ['5', 'H04', 'error'],
      ['6', 'H05', 'error'],
      ['7', 'H06', 'error'],
      ['8', 'H07', 'error'],
      ['9', 'H08', 'error'],
      ['10', 'H09', 'middle'],
    ]);
    expect(rows[4]!.ly_do).toBe('Cột Số người (so_nguoi): Hộ phải có ít nhất 1 thành viên. Ô “1tr” ghi tắt: đọc là 1.000.000 đồng (“tr” là triệu); nếu không đúng, hãy ghi số đầy đủ, ví dụ “1.000.000”.');
    expect(rows[0]!.thu_nhap_binh_quan).toBe('1500000');
    expect(rows[2]!.tam_tinh).toBe('có');
    for (const line of [5, 6, 7, 8, 9]) expect(run.stderr).toContain(`Dòng ${line}, cột`);
    expect(run.stderr).toContain('Dòng 6, cột Số người (so_nguoi): Hộ phải có ít nhất 1 thành viên.');
    expect(run.stdout).toContain('Tổng hợp: 9 dòng, 4 hộ đã phân loại, 5 dòng lỗi chưa phân loại (lý do ở từng dòng).');
    expect(run.stdout).toContain('hộ nghèo: 1');
    // Rows checked under three standards: the classes per standard (findings32 L07), never added across them.
    expect(run.stdout).toContain('Theo nhóm, Chuẩn nghèo đa chiều giai đoạn 2022–2025 – Nghị định 07/2021/NĐ-CP');
    expect(run.stdout).not.toContain('hộ có mức sống trung bình: 2');
    expect(run.stdout).toContain('Bảo hiểm y tế (health_insurance): 1');
    expect(run.stdout).toContain('Sử dụng dịch vụ viễn thông (telecom): 0');
    expect(rows[2]!.ly_do).toContain('Tiêu chí “Sử dụng dịch vụ số, Internet” của Chuẩn nghèo đa chiều giai đoạn 2027–2030: thiếu hụt hộ nêu (hộ không có thành viên nào sử dụng dịch vụ Internet) thuộc tiêu chí này (tham khảo).');
    expect(rows[2]!.ly_do).toContain('Tên và ngưỡng thiếu hụt chính thức của tiêu chí “Sử dụng dịch vụ số, Internet”: chưa rõ, nên thiếu hụt này chưa được tính.');
  });

  it('refuses a file without the required columns', () => {
    const input = join(work, 'thieu-cot.csv');
    writeFileSync(input, 'ma_ho,so_nguoi\nH1,2\n');
    const run = cli(['batch', input]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Tệp thiếu cột Khu vực (khu_vuc), tên cột được nhận: “Khu vực”, “Địa bàn”');
  });

  it('says it cannot open a missing file or a folder, without a stack trace', () => {
    for (const path of [join(work, 'khong-co.csv'), work]) {
      const run = cli(['batch', path]);
      expect(run.status).toBe(2);
      expect(run.stderr).toBe(`Không mở được tệp “${path}”.\n`);
    }
  });
});

describe('cli standard', () => {
  it('prints the 2027–2030 standard as a table, marked provisional', () => {
    const run = cli(['standard', '--date', '01/01/2027']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Nghị định 351/2025/NĐ-CP');
    expect(run.stdout).toMatch(/Nông thôn \| 2\.200\.000 đồng/);
    expect(run.stdout).toMatch(/Thành thị \| 2\.800\.000 đồng/);
    expect(run.stdout).toContain('TẠM TÍNH');
  });

  it('refuses a date with no standard', () => {
    const run = cli(['standard', '--date', '2014-05-05']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('dữ liệu bắt đầu từ 01/01/2016');
  });
});

describe('usage errors, the same for every command', () => {
  for (const command of ['check', 'standard', 'batch', 'search', 'ingest']) {
    it(`cli ${command} with an unknown option says so and where the help is, exit 2`, () => {
      const run = cli([command, '--khong-co']);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain("Unknown option '--khong-co'");
      expect(run.stderr.endsWith(`\nXem: npm run cli -- ${command} --help\n`)).toBe(true);
    });
  }

  it('cli standard and cli batch refuse an impossible --date the same way', () => {
    const csv = join(work, 'mot-ho.csv');
    writeFileSync(csv, 'khu_vuc,so_nguoi,thu_nhap_binh_quan\nnt,2,1000000\n');
    for (const args of [['standard', '--date', '30/02/2026'], ['batch', csv, '--date', '30/02/2026']]) {
      const run = cli(args);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe('Ngày “30/02/2026” không có thật hoặc sai dạng; dùng dd/MM/yyyy hoặc yyyy-MM-dd.\n');
    }
  });
});

describe('cli standard --changes', () => {
  it('lists the 2027 lines and indicators between 31/12/2026 and 01/01/2027, with status and source', () => {
    const run = cli(['standard', '--changes', '--from', '31/12/2026', '--to', '01/01/2027']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('1.500.000 đồng → 2.200.000 đồng');
    expect(run.stdout).toContain('2.000.000 đồng → 2.800.000 đồng');
    expect(run.stdout).toContain('Bỏ chỉ số “Phương tiện phục vụ tiếp cận thông tin”');
    expect(run.stdout).toContain('[tham khảo]');
    expect(run.stdout).toContain('Nguồn: NĐ 351/2025/NĐ-CP');
  });

  it('--json gives the typed items; electricity QĐ 28/2014 → QĐ 14/2025 on 29/05/2025', () => {
    const run = cli(['standard', '--changes', '--from', '2025-05-28', '--to', '30/05/2025', '--json']);
    expect(run.status).toBe(0);
    const { changes } = JSON.parse(run.stdout) as { changes: { kind: string; date: string; supportId?: string; before?: string[]; after?: string[] }[] };
    const electricity = changes.find((c) => c.supportId === 'electricity_bill')!;
    expect(electricity.date).toBe('2025-05-29');
    expect(electricity.before!.join()).toContain('28/2014');
    expect(electricity.after!.join()).toContain('14/2025');
  });

  it('defaults to today → the day after the next standard starts', () => {
    const run = cli(['standard', '--changes']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Thay đổi từ sau \d{2}\/\d{2}\/\d{4} đến hết/);
  });

  it('refuses --from after --to, --from without --to and --date with --changes (exit 2, Vietnamese)', () => {
    for (const args of [
      ['--from', '02/01/2027', '--to', '01/01/2027'],
      ['--from', '01/01/2027'],
      ['--date', '01/01/2027'],
    ]) {
      const run = cli(['standard', '--changes', ...args]);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/phải trước|cần cả|không dùng --date/);
    }
  });
});
