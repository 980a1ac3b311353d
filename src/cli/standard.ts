/** `cli standard [--date D] [--json]`: the poverty standard in force on a date, as a table cadres can read. */
import type { CliCommand } from './types.ts';
import { parseCommandArgs, readDateOption } from './args.ts';
import { describeStandard, formatDate, formatStandardTable, loadRules, StandardDateError } from '../rules/index.ts';

const HELP = `In chuẩn nghèo đa chiều áp dụng vào một ngày: ngưỡng thu nhập, cách phân loại, các chỉ số.

Cách dùng:
  npm run cli -- standard                    (chuẩn áp dụng hôm nay)
  npm run cli -- standard --date 01/01/2027  (hoặc --date 2027-01-01)
  npm run --silent cli -- standard --json    (dữ liệu dạng JSON)`;

async function run(args: string[]): Promise<number> {
  const parsed = parseCommandArgs('standard', { args, options: { date: { type: 'string' }, json: { type: 'boolean' } } });
  if (!parsed) return 2;
  const { values } = parsed;
  const date = readDateOption(values.date);
  if (!date) return 2;
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
