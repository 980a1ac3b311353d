/** `cli standard [--date D] [--json]`: the poverty standard in force on a date, as a table cadres can read. */
import { parseArgs } from 'node:util';
import type { CliCommand } from './types.ts';
import { describeStandard, formatDate, formatStandardTable, loadRules, parseUserDate, StandardDateError, todayIso } from '../rules/index.ts';

const HELP = `In chuẩn nghèo đa chiều áp dụng vào một ngày: ngưỡng thu nhập, cách phân loại, các chỉ số.

Cách dùng:
  npm run cli -- standard                    (chuẩn áp dụng hôm nay)
  npm run cli -- standard --date 01/01/2027  (hoặc --date 2027-01-01)
  npm run --silent cli -- standard --json    (dữ liệu dạng JSON)`;

async function run(args: string[]): Promise<number> {
  let values: { date?: string; json?: boolean };
  try {
    values = parseArgs({ args, options: { date: { type: 'string' }, json: { type: 'boolean' } } }).values;
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\nXem: npm run cli -- standard --help\n`);
    return 2;
  }
  const date = values.date === undefined ? todayIso() : parseUserDate(values.date);
  if (!date) {
    process.stderr.write(`Ngày “${values.date}” không có thật hoặc sai dạng; dùng dd/MM/yyyy hoặc yyyy-MM-dd.\n`);
    return 2;
  }
  try {
    const description = describeStandard(loadRules(), date);
    process.stdout.write(values.json ? `${JSON.stringify(description, null, 2)}\n` : `Ngày ${formatDate(date)}\n${formatStandardTable(description)}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof StandardDateError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
}

export const command: CliCommand = {
  name: 'standard',
  summary: 'In chuẩn nghèo áp dụng vào một ngày (bảng cho cán bộ)',
  help: HELP,
  run,
};
