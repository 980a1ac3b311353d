/**
 * `cli standard [--date D] [--json]`: the poverty standard in force on a date, as a table cadres can read.
 * `cli standard --changes [--from D --to D] [--json]`: what changes between two dates, from the rules data.
 */
import type { CliCommand } from './types.ts';
import { parseCommandArgs, readDateOption, usageError } from './args.ts';
import {
  changesBetween,
  defaultChangesWindow,
  describeStandard,
  formatChanges,
  formatDate,
  formatStandardTable,
  loadRules,
  StandardDateError,
  todayIso,
} from '../rules/index.ts';

const HELP = `In chuẩn nghèo đa chiều áp dụng vào một ngày: ngưỡng thu nhập, cách phân loại, các chỉ số.

Cách dùng:
  npm run cli -- standard                    (chuẩn áp dụng hôm nay)
  npm run cli -- standard --date 01/01/2027  (hoặc --date 2027-01-01)
  npm run --silent cli -- standard --json    (dữ liệu dạng JSON)
  npm run cli -- standard --changes          (thay đổi từ hôm nay đến sau ngày chuẩn mới bắt đầu)
  npm run cli -- standard --changes --from 31/12/2026 --to 01/01/2027
                                             (thay đổi có hiệu lực sau --from đến hết --to; thêm --json)`;

/** `--changes`: the list of changes in a window; both ends default from today and the next standard. */
function runChanges(values: { from?: string | undefined; to?: string | undefined; json?: boolean | undefined }): number {
  const rules = loadRules();
  const window = defaultChangesWindow(rules, todayIso());
  const from = values.from === undefined ? window.from : readDateOption(values.from);
  const to = values.to === undefined ? (values.from === undefined ? window.to : null) : readDateOption(values.to);
  if (!from) return 2;
  if (!to) return values.to === undefined ? usageError('standard', 'Có --from thì cần cả --to (dd/MM/yyyy).') : 2;
  if (from > to) return usageError('standard', `--from (${formatDate(from)}) phải trước hoặc bằng --to (${formatDate(to)}).`);
  const changes = changesBetween(rules, from, to);
  process.stdout.write(values.json ? `${JSON.stringify({ from, to, changes }, null, 2)}\n` : `${formatChanges(changes, from, to)}\n`);
  return 0;
}

async function run(args: string[]): Promise<number> {
  const parsed = parseCommandArgs('standard', { args, options: {
      date: { type: 'string' },
      json: { type: 'boolean' },
      changes: { type: 'boolean' },
      from: { type: 'string' },
      to: { type: 'string' },
    },
  });
  if (!parsed) return 2;
  const { values } = parsed;
  if (values.changes) {
    if (values.date !== undefined) return usageError('standard', '--changes dùng --from và --to, không dùng --date.');
    return runChanges(values);
  }
  if (values.from !== undefined || values.to !== undefined) return usageError('standard', '--from và --to chỉ dùng cùng --changes.');
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
