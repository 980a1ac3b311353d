/**
 * `cli batch <file.csv> [--out results.csv] [--date D]`: classifies a commune's household list.
 * Streams the file (100.000 rows is fine), writes one result row per good input row, reports each
 * bad row by line number on stderr and skips it, then prints a summary (per class, per indicator).
 */
import { createReadStream, createWriteStream, openSync, readSync, closeSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { parse } from 'csv-parse';
import { stringify } from 'csv-stringify';
import { SingleBar } from 'cli-progress';
import type { CliCommand } from './types.ts';
import { parseCommandArgs, readDateOption } from './args.ts';
import { fold } from '../text/fold.ts';
import {
  CLASS_LABELS,
  checkHousehold,
  formatDate,
  loadRules,
  parseMoney,
  parseUserDate,
  INDICATOR_IDS,
  type CheckResult,
  type Classification,
  type FieldError,
  type HouseholdProfileInput,
  type IndicatorId,
  type Outcome,
  type RuleSet,
} from '../rules/index.ts';

const HELP = `Kiểm tra cả danh sách hộ trong một tệp CSV (mỗi dòng một hộ).

Cách dùng:
  npm run cli -- batch danh-sach.csv --out ket-qua.csv [--date 15/03/2026]

Cột của tệp vào (dòng đầu là tên cột; dấu phân cách "," hoặc ";"):
  ma_ho                mã hộ (tùy chọn, được chép sang kết quả)
  khu_vuc              nt / nong thon / rural hoặc tt / thanh thi / do thi / urban      (bắt buộc)
  so_nguoi             số thành viên                                                     (bắt buộc)
  thu_nhap_binh_quan   thu nhập mỗi người mỗi tháng, ví dụ 1500000, "1,5 triệu", 1tr5
  tong_thu_nhap        tổng thu nhập của hộ mỗi tháng (dùng khi không có thu_nhap_binh_quan)
  thieu_hut            các chỉ số thiếu hụt, cách nhau bởi dấu cách hoặc "|", ví dụ "bhyt nuoc nhatieu"
  khong_ro             các chỉ số chưa rõ (tùy chọn)
  ngay                 ngày xét, dd/MM/yyyy hoặc yyyy-MM-dd (tùy chọn; mặc định --date hoặc hôm nay)

Tùy chọn:
  --out TỆP    Ghi kết quả ra tệp CSV (không có thì in ra stdout, bản tổng hợp in ra stderr).
  --date D     Ngày xét cho các dòng không có cột ngay.`;

const REQUIRED_COLUMNS = ['khu_vuc', 'so_nguoi'] as const;
const KNOWN_COLUMNS = ['ma_ho', 'khu_vuc', 'so_nguoi', 'thu_nhap_binh_quan', 'tong_thu_nhap', 'thieu_hut', 'khong_ro', 'ngay'] as const;
type Column = (typeof KNOWN_COLUMNS)[number];
const OUTPUT_HEADER = [
  'dong', 'ma_ho', 'ngay', 'phan_loai', 'ma_phan_loai', 'thu_nhap_binh_quan', 'so_chi_so_thieu_hut', 'chi_so_thieu_hut', 'chuan', 'tam_tinh', 'ly_do', 'dieu_lam_thay_doi',
];
/** Profile fields named back as the CSV columns a cadre sees. */
const COLUMN_OF_FIELD: Record<string, Column> = {
  area: 'khu_vuc', members: 'so_nguoi', monthlyIncomePerPerson: 'thu_nhap_binh_quan', monthlyIncome: 'tong_thu_nhap',
  deprivations: 'thieu_hut', unsure: 'khong_ro', date: 'ngay',
};
/** Files bigger than this get a progress bar (when stderr is a terminal). */
const PROGRESS_MIN_BYTES = 256 * 1024;

class RowError extends Error {
  constructor(readonly column: string, message: string) {
    super(message);
  }
}

const columnKey = (name: string) => fold(name).trim().replace(/\s+/g, '_');

function detectDelimiter(path: string): string {
  const buffer = Buffer.alloc(4096);
  const fd = openSync(path, 'r');
  const length = readSync(fd, buffer, 0, buffer.length, 0);
  closeSync(fd);
  const firstLine = buffer.subarray(0, length).toString('utf8').split(/\r?\n/)[0] ?? '';
  return firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
}

function readIndicators(rules: RuleSet, text: string, column: string): IndicatorId[] {
  return text
    .split(/[\s,;|]+/)
    .filter(Boolean)
    .map((token) => {
      const id = rules.indicatorAliases.get(fold(token));
      if (!id) throw new RowError(column, `không biết chỉ số “${token}” (dùng mã như ${INDICATOR_IDS.slice(0, 3).join(', ')} hoặc bí danh như bhyt, nuoc, nhatieu)`);
      return id;
    });
}

function readMoney(text: string, column: string): number {
  const parsed = parseMoney(text);
  if (!parsed.ok) throw new RowError(column, parsed.question);
  return parsed.value;
}

function toProfile(rules: RuleSet, cell: (column: Column) => string, defaultDate: string): HouseholdProfileInput {
  const areaText = cell('khu_vuc');
  const area = rules.areaAliases.get(fold(areaText).replace(/\s+/g, ''));
  if (!area) throw new RowError('khu_vuc', `khu vực “${areaText}” không hợp lệ (nt/nông thôn hoặc tt/thành thị)`);
  const membersText = cell('so_nguoi');
  if (!/^\d+$/.test(membersText)) throw new RowError('so_nguoi', `số người “${membersText}” phải là số nguyên`);
  const dateText = cell('ngay');
  const date = dateText ? parseUserDate(dateText) : defaultDate;
  if (!date) throw new RowError('ngay', `ngày “${dateText}” không có thật hoặc sai dạng (dd/MM/yyyy)`);
  const perPerson = cell('thu_nhap_binh_quan');
  const total = cell('tong_thu_nhap');
  return {
    date,
    area,
    members: Number(membersText),
    ...(perPerson ? { monthlyIncomePerPerson: readMoney(perPerson, 'thu_nhap_binh_quan') } : {}),
    ...(!perPerson && total ? { monthlyIncome: readMoney(total, 'tong_thu_nhap') } : {}),
    deprivations: readIndicators(rules, cell('thieu_hut'), 'thieu_hut'),
    unsure: readIndicators(rules, cell('khong_ro'), 'khong_ro'),
  };
}

function columnOfField(error: FieldError): string {
  return COLUMN_OF_FIELD[error.field.split('.')[0] ?? ''] ?? error.field;
}

interface Summary {
  rows: number;
  bad: number;
  byClass: Map<Classification, number>;
  byIndicator: Map<IndicatorId, number>;
}

function formatSummary(rules: RuleSet, summary: Summary): string {
  const good = summary.rows - summary.bad;
  const lines = [`Tổng hợp: ${summary.rows} dòng, ${good} hộ đã phân loại, ${summary.bad} dòng lỗi bị bỏ qua.`, '', 'Theo nhóm:'];
  for (const [classification, label] of Object.entries(CLASS_LABELS) as [Classification, string][]) {
    lines.push(`  ${label}: ${summary.byClass.get(classification) ?? 0}`);
  }
  lines.push('', 'Số hộ thiếu hụt theo chỉ số:');
  for (const indicator of rules.indicators) {
    lines.push(`  ${indicator.name} (${indicator.id}): ${summary.byIndicator.get(indicator.id) ?? 0}`);
  }
  return lines.join('\n');
}

async function run(args: string[]): Promise<number> {
  const parsed = parseCommandArgs('batch', { args, allowPositionals: true, options: { out: { type: 'string' }, date: { type: 'string' } } });
  if (!parsed) return 2;
  const [file] = parsed.positionals;
  if (!file) {
    process.stderr.write('Thiếu tên tệp CSV. Xem: npm run cli -- batch --help\n');
    return 2;
  }
  let size: number;
  try {
    const stats = statSync(file);
    if (!stats.isFile()) throw new Error('not a file');
    size = stats.size;
  } catch {
    process.stderr.write(`Không mở được tệp “${file}”.\n`);
    return 2;
  }
  const defaultDate = readDateOption(parsed.values.date);
  if (!defaultDate) return 2;
  const rules = loadRules();
  const parser = createReadStream(file).pipe(
    parse({ bom: true, delimiter: detectDelimiter(file), trim: true, skip_empty_lines: true, relax_column_count: true, skip_records_with_error: true, info: true }),
  );
  const output = stringify({ header: true, columns: OUTPUT_HEADER });
  const destination = parsed.values.out ? createWriteStream(parsed.values.out) : process.stdout;
  output.pipe(destination);
  const summaryStream = parsed.values.out ? process.stdout : process.stderr;
  const bar = process.stderr.isTTY && size >= PROGRESS_MIN_BYTES ? new SingleBar({ format: 'Đang xử lý [{bar}] {percentage}% | {value}/{total} byte', stream: process.stderr }) : null;
  bar?.start(size, 0);

  const summary: Summary = { rows: 0, bad: 0, byClass: new Map(), byIndicator: new Map() };
  const reportBad = (line: number, column: string, message: string) => {
    summary.bad += 1;
    process.stderr.write(`Dòng ${line}${column ? `, cột ${column}` : ''}: ${message}\n`);
  };
  parser.on('skip', (error: { lines?: number; message: string }) => {
    summary.rows += 1;
    reportBad(error.lines ?? 0, '', `dòng CSV sai định dạng (${error.message})`);
  });

  let columns: Map<string, number> | null = null;
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number; bytes: number } }>) {
    if (!columns) {
      columns = new Map(record.map((name, index) => [columnKey(name), index]));
      const missing = REQUIRED_COLUMNS.filter((name) => !columns!.has(name));
      const noIncome = !columns.has('thu_nhap_binh_quan') && !columns.has('tong_thu_nhap');
      if (missing.length > 0 || noIncome) {
        bar?.stop();
        const names = [...missing, ...(noIncome ? ['thu_nhap_binh_quan hoặc tong_thu_nhap'] : [])];
        process.stderr.write(`Tệp thiếu cột: ${names.join(', ')}. Xem: npm run cli -- batch --help\n`);
        output.end();
        return 2;
      }
      continue;
    }
    summary.rows += 1;
    if (summary.rows % 1000 === 0) bar?.update(info.bytes);
    const cell = (column: Column) => record[columns!.get(column) ?? -1] ?? '';
    let outcome: Outcome<CheckResult>;
    try {
      outcome = checkHousehold(rules, toProfile(rules, cell, defaultDate));
    } catch (error) {
      if (!(error instanceof RowError)) throw error;
      reportBad(info.lines, error.column, error.message);
      continue;
    }
    if (!outcome.ok) {
      reportBad(info.lines, columnOfField(outcome.error), outcome.error.message);
      continue;
    }
    const result = outcome.value;
    summary.byClass.set(result.classification, (summary.byClass.get(result.classification) ?? 0) + 1);
    for (const id of result.deprivations) summary.byIndicator.set(id, (summary.byIndicator.get(id) ?? 0) + 1);
    const row = [
      info.lines, cell('ma_ho'), formatDate(result.asOf), CLASS_LABELS[result.classification], result.classification,
      result.incomePerPerson, result.deprivationCount, result.deprivations.join(' '), result.standard.id,
      result.provisional ? 'có' : 'không', result.reasons.slice(1).join(' '), result.margins.join(' '),
    ];
    if (!output.write(row)) await once(output, 'drain');
  }
  bar?.update(size);
  bar?.stop();
  output.end();
  await finished(destination === process.stdout ? output : destination);
  if (!columns) {
    process.stderr.write('Tệp CSV trống (không có dòng tên cột).\n');
    return 2;
  }
  summaryStream.write(`${formatSummary(rules, summary)}\n`);
  return 0;
}

export const command: CliCommand = {
  name: 'batch',
  summary: 'Kiểm tra cả danh sách hộ trong tệp CSV, kèm bản tổng hợp',
  help: HELP,
  run,
};
