/**
 * `cli check`: one household profile (JSON) on stdin → the result. With --json, stdout carries only
 * JSON: the CheckResult, or {"error": {field, message}} with exit status 2. With --stdin, JSON Lines
 * in and out, one line per profile in order, going on past bad lines.
 */
import { createInterface } from 'node:readline';
import type { CliCommand } from './types.ts';
import { parseCommandArgs } from './args.ts';
import { checkHousehold, formatCheckReport, loadRules, type FieldError, type Outcome, type CheckResult, type RuleSet } from '../rules/index.ts';

const HELP = `Kiểm tra một hộ gia đình theo chuẩn nghèo đa chiều đang áp dụng vào một ngày.

Cách dùng:
  echo '{"date":"2026-03-15","area":"rural","members":4,"monthlyIncome":4800000,"deprivations":["health_insurance"]}' \\
    | npm run --silent cli -- check --json
  npm run --silent cli -- check --stdin < ho.jsonl      (mỗi dòng một hồ sơ JSON, in mỗi dòng một kết quả)
  npm run --silent cli -- check < ho.json               (báo cáo dễ đọc bằng tiếng Việt)

Hồ sơ hộ (JSON): date (yyyy-MM-dd, mặc định hôm nay), area ("rural" | "urban"), members,
monthlyIncomePerPerson hoặc monthlyIncome (tổng của hộ, đồng/tháng), deprivations (mã chỉ số),
unsure, memberDetails [{age, hasHealthInsurance, inSchool, dependant}], floorAreaM2, province, circumstances.

Tùy chọn:
  --json    In kết quả dạng JSON. Hồ sơ sai: in {"error": {"field", "message"}} và thoát với mã 2.
  --stdin   JSON Lines: mỗi dòng vào một hồ sơ, mỗi dòng ra một kết quả hoặc một lỗi, đúng thứ tự;
            dòng trống được bỏ qua. Mã thoát 2 nếu có ít nhất một dòng lỗi.`;

function parseJson(text: string): Outcome<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, error: { field: '', message: 'Dữ liệu vào không phải JSON hợp lệ.' } };
  }
}

function checkText(rules: RuleSet, text: string): Outcome<CheckResult> {
  const parsed = parseJson(text);
  return parsed.ok ? checkHousehold(rules, parsed.value) : parsed;
}

const errorJson = (error: FieldError) => JSON.stringify({ error });

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

async function checkLines(rules: RuleSet): Promise<number> {
  let failed = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (line.trim() === '') continue;
    const outcome = checkText(rules, line);
    if (!outcome.ok) failed += 1;
    process.stdout.write(`${outcome.ok ? JSON.stringify(outcome.value) : errorJson(outcome.error)}\n`);
  }
  return failed > 0 ? 2 : 0;
}

async function run(args: string[]): Promise<number> {
  const parsed = parseCommandArgs('check', { args, options: { json: { type: 'boolean' }, stdin: { type: 'boolean' } } });
  if (!parsed) return 2;
  const options = parsed.values;
  const rules = loadRules();
  if (options.stdin) return checkLines(rules);
  const outcome = checkText(rules, await readAll(process.stdin));
  if (options.json) {
    process.stdout.write(`${outcome.ok ? JSON.stringify(outcome.value, null, 2) : errorJson(outcome.error)}\n`);
  } else if (outcome.ok) {
    process.stdout.write(`${formatCheckReport(outcome.value)}\n`);
  } else {
    const where = outcome.error.field ? ` (trường "${outcome.error.field}")` : '';
    process.stderr.write(`Hồ sơ hộ chưa hợp lệ${where}: ${outcome.error.message}\n`);
  }
  return outcome.ok ? 0 : 2;
}

export const command: CliCommand = {
  name: 'check',
  summary: 'Kiểm tra một hộ theo chuẩn nghèo đa chiều (hồ sơ JSON từ stdin)',
  help: HELP,
  run,
};
