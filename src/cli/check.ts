/**
 * `cli check`: one household profile (JSON) on stdin → the result. With --json, stdout carries only
 * JSON: the CheckResult, or {"error": {field, message}} with exit status 2. With --stdin, JSON Lines
 * in and out, one line per profile in order, going on past bad lines.
 */
import { createInterface } from 'node:readline';
import type { CliCommand } from './types.ts';
import { parseCommandArgs, readDateOption, usageError } from './args.ts';
import { checkHousehold, formatCheckReport, formatDate, loadRules, type FieldError, type Outcome, type CheckResult, type RuleSet } from '../rules/index.ts';
import { INPUT_DEFAULTS } from '../chat/input.ts';
import { tooLongNotice } from '../chat/replies.ts';
import { askedTime, notMentionedEffect, profileFromUnderstanding, understandHousehold, type MissingField, type Understanding } from '../rules/understand.ts';

const HELP = `Kiểm tra một hộ gia đình theo chuẩn nghèo đa chiều đang áp dụng vào một ngày.

Cách dùng:
  echo '{"date":"2026-03-15","area":"rural","members":4,"monthlyIncome":4800000,"deprivations":["health_insurance"]}' \\
    | npm run --silent cli -- check --json
  npm run --silent cli -- check --stdin < ho.jsonl      (mỗi dòng một hồ sơ JSON, in mỗi dòng một kết quả)
  npm run --silent cli -- check < ho.json               (báo cáo dễ đọc bằng tiếng Việt)
  npm run --silent cli -- check --json --text "nhà em 4 người ở quê, kiếm chừng 5 triệu một tháng, chưa có bhyt"
  npm run --silent cli -- check --json --text --stdin < cau.txt   (mỗi dòng một câu, mỗi dòng ra một JSON)
  npm run --silent cli -- check --text "nhà 4 người ở quê, thu nhập 5 triệu"   (kết quả viết thành chữ)

Hồ sơ hộ (JSON): date (yyyy-MM-dd, mặc định hôm nay), area ("rural" | "urban"), members,
monthlyIncomePerPerson hoặc monthlyIncome (tổng của hộ, đồng/tháng), deprivations (mã chỉ số),
unsure, memberDetails [{age, hasHealthInsurance, inSchool, dependant}], floorAreaM2, province, circumstances.

Tùy chọn:
  --json    In kết quả dạng JSON. Hồ sơ sai: in {"error": {"field", "message"}} và thoát với mã 2.
  --stdin   JSON Lines: mỗi dòng vào một hồ sơ, mỗi dòng ra một kết quả hoặc một lỗi, đúng thứ tự;
            dòng trống được bỏ qua. Mã thoát 2 nếu có ít nhất một dòng lỗi.
  --text [câu]  Hộ gia đình kể bằng một câu (có dấu hay không): in {"understood": {area, members,
            monthlyIncome hoặc monthlyIncomePerPerson, deprivations, unsure, memberDetails (tuổi nói
            trong câu), floorAreaM2}, "missing": [...], "notMentioned": [mã chỉ số câu chưa nói đến]};
            điều chưa nói là null và nằm trong "missing" (khu vực không bao giờ đoán). Khi không thiếu
            gì, kèm các trường kết quả như trên; chỉ số chưa nói được tính là không thiếu hụt, nên có
            "notMentionedEffect" (câu nói rõ điều đó) và "couldBe" {classification, extra} khi thiếu hụt
            thêm "extra" chỉ số trong số đó đổi kết quả. Số tiền mơ hồ: "questions" ghi câu hỏi lại.
            Với --stdin: mỗi dòng một câu.
  --date D  Ngày xét (dd/MM/yyyy hoặc yyyy-MM-dd; mặc định hôm nay): cho --text, và cho hồ sơ JSON không
            có "date"; hồ sơ có "date" khác ngày này bị từ chối (trường "date"), không đoán ngày nào đúng.`;

function parseJson(text: string): Outcome<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, error: { field: '', message: 'Dữ liệu vào không phải JSON hợp lệ.' } };
  }
}

/**
 * A profile and the day `--date` gave (yyyy-MM-dd): the profile's own "date" when it has one, or that day; the two
 * differing is refused naming both (before, --date was ignored without a word for a JSON profile).
 */
function withDate(profile: unknown, date: string | undefined): Outcome<unknown> {
  if (date === undefined || typeof profile !== 'object' || profile === null || Array.isArray(profile)) return { ok: true, value: profile };
  const own = (profile as { date?: unknown }).date;
  if (own === undefined) return { ok: true, value: { ...profile, date } };
  if (own === date) return { ok: true, value: profile };
  return {
    ok: false,
    error: { field: 'date', message: `Ngày trong hồ sơ (date) “${String(own)}” khác ngày của --date (${formatDate(date)}): chưa rõ xét theo ngày nào; hãy bỏ một trong hai.` },
  };
}

function checkText(rules: RuleSet, text: string, date?: string): Outcome<CheckResult> {
  const parsed = parseJson(text);
  if (!parsed.ok) return parsed;
  const profile = withDate(parsed.value, date);
  return profile.ok ? checkHousehold(rules, profile.value) : profile;
}

const errorJson = (error: FieldError) => JSON.stringify({ error });

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

async function checkLines(rules: RuleSet, date: string | undefined): Promise<number> {
  let failed = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (line.trim() === '') continue;
    const outcome = checkText(rules, line, date);
    if (!outcome.ok) failed += 1;
    process.stdout.write(`${outcome.ok ? JSON.stringify(outcome.value) : errorJson(outcome.error)}\n`);
  }
  return failed > 0 ? 2 : 0;
}

/** A household told in a sentence: what was understood, what is missing, and the result when nothing is. */
/** What `check --text` gives for one sentence: what was understood, and the result when nothing is missing. */
type SentenceCheck = Pick<Understanding, 'understood' | 'missing' | 'notMentioned'> & {
  questions?: string[];
  notes?: string[];
} & (Record<never, never> | (CheckResult & { couldBe?: unknown; notMentionedEffect?: string }));

function checkSentence(rules: RuleSet, sentence: string, date: string): Outcome<SentenceCheck> {
  if (sentence.trim() === '') return { ok: false, error: { field: 'text', message: 'Câu mô tả hộ gia đình đang trống.' } };
  if (sentence.length > INPUT_DEFAULTS.maxMessageChars) return { ok: false, error: { field: 'text', message: tooLongNotice(sentence.length) } };
  const understanding = understandHousehold(sentence, rules, date);
  const { understood, missing, questions, notMentioned, asOf } = understanding;
  // "năm sau …": the check is for the day the later standard starts, and the notes say so first.
  const notes = asOf ? [`câu hỏi về ${askedTime(asOf)}: xét theo chuẩn áp dụng ngày ${formatDate(asOf)}`, ...understanding.notes] : understanding.notes;
  const answer: SentenceCheck = { understood, missing, notMentioned, ...(questions.length ? { questions } : {}), ...(notes.length ? { notes } : {}) };
  const profile = profileFromUnderstanding(understanding, date);
  if (!profile) return { ok: true, value: answer };
  // Unmentioned indicators count as not deprived: the reasons say so next to the class they could change ("trong số đã nêu").
  const outcome = checkHousehold(rules, profile, { notMentioned });
  if (!outcome.ok) return outcome;
  // The same for scripts: notMentionedEffect, and couldBe.
  const effect = notMentionedEffect(rules, profile, outcome.value.classification, notMentioned);
  const couldBe = effect?.couldBe ? { couldBe: effect.couldBe } : {};
  return { ok: true, value: { ...answer, ...outcome.value, ...couldBe, ...(effect ? { notMentionedEffect: effect.text } : {}) } };
}

/** What a sentence lacks, in the words the chat asks for it. */
const MISSING_TEXT: Record<MissingField, string> = {
  area: 'hộ ở nông thôn hay thành thị',
  members: 'hộ có mấy người',
  monthlyIncome: 'thu nhập của hộ mỗi tháng',
};

/** `check --text` without --json: the same content as the JSON, as text a person reads. */
function sentenceReport(value: SentenceCheck): string {
  const lines = (value.notes ?? []).map((note) => `Ghi chú: ${note}`);
  if (value.questions?.length) lines.push(...value.questions);
  // What the sentence left out is said in the reasons, next to the class it could change (not once more at the end).
  if ('classification' in value) lines.push(formatCheckReport(value, value.notMentioned.length));
  else if (value.missing.length > 0) {
    lines.push(`Chưa đủ để kiểm tra: câu chưa nói ${value.missing.map((field) => MISSING_TEXT[field]).join(', ')}.`);
  }
  return lines.join('\n');
}

async function checkSentences(rules: RuleSet, date: string, sentence: string | undefined, lines: boolean, json: boolean): Promise<number> {
  const print = (outcome: Outcome<SentenceCheck>) => {
    // JSON Lines stay JSON Lines (scripts read them), with --json or without.
    if (!json && !lines) {
      if (outcome.ok) process.stdout.write(`${sentenceReport(outcome.value)}\n`);
      else process.stderr.write(`Câu mô tả chưa dùng được: ${outcome.error.message}\n`);
      return outcome.ok;
    }
    const value = outcome.ok ? outcome.value : { error: outcome.error };
    process.stdout.write(`${lines ? JSON.stringify(value) : JSON.stringify(value, null, 2)}\n`);
    return outcome.ok;
  };
  if (!lines) return print(checkSentence(rules, sentence ?? '', date)) ? 0 : 2;
  let failed = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (line.trim() === '') continue;
    if (!print(checkSentence(rules, line, date))) failed += 1;
  }
  return failed > 0 ? 2 : 0;
}

async function run(args: string[]): Promise<number> {
  const parsed = parseCommandArgs('check', {
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, stdin: { type: 'boolean' }, text: { type: 'boolean' }, date: { type: 'string' } },
  });
  if (!parsed) return 2;
  const options = parsed.values;
  const rules = loadRules();
  if (options.text) {
    const date = readDateOption(options.date);
    if (!date) return 2;
    if (!options.stdin && parsed.positionals.length === 0) return usageError('check', 'Thiếu câu mô tả hộ gia đình sau --text.');
    return checkSentences(rules, date, parsed.positionals.join(' '), Boolean(options.stdin), Boolean(options.json));
  }
  if (parsed.positionals.length > 0) return usageError('check', `Không hiểu “${parsed.positionals.join(' ')}” (câu mô tả hộ gia đình đi sau --text).`);
  // --date with a JSON profile: the day of a profile without "date" (one with another date is refused, naming both).
  const date = options.date === undefined ? undefined : readDateOption(options.date);
  if (date === null) return 2;
  if (options.stdin) return checkLines(rules, date);
  const outcome = checkText(rules, await readAll(process.stdin), date);
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
