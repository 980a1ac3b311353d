/**
 * `cli search`: the search engine from the command line. With --json, stdout carries nothing but
 * JSON (one array, or one array per input line with --stdin) so scripts can rely on it.
 */
import { createInterface } from 'node:readline';
import type { CliCommand } from './types.ts';
import { parseCommandArgs, usageError } from './args.ts';
import type { SearchEngine, SearchOptions, SearchResult } from '../search/types.ts';
import { DEFAULT_LIMIT, loadSearchEngine } from '../search/engine.ts';
import { formatDate } from '../text/dates.ts';
import { POVERTY_CADRE } from '../rules/text.ts';
import { INPUT_DEFAULTS } from '../chat/input.ts';
import { tooLongNotice } from '../chat/replies.ts';

const HELP = `Tìm đoạn văn bản chính sách trả lời một câu hỏi.

Cách dùng:
  npm run --silent cli -- search [tùy chọn] "câu hỏi"
  npm run --silent cli -- search --json --stdin < cau-hoi.txt

Tùy chọn:
  --json                 In kết quả dạng JSON (một mảng); stdout chỉ chứa JSON.
  --limit N              Số kết quả tối đa (mặc định ${DEFAULT_LIMIT}, tối đa 50).
  --province TÊN         Ưu tiên văn bản của tỉnh này (tên tỉnh trước hoặc sau sáp nhập 2025).
  --only-province TÊN    Chỉ văn bản của tỉnh này (không gồm bài giải thích chung).
  --doc MÃ               Chỉ văn bản có mã này (lặp lại được).
  --no-faq               Bỏ các bài giải thích (corpus/faq).
  --stdin                Đọc mỗi dòng một câu hỏi; với --json in mỗi dòng một mảng, đúng thứ tự.

Ví dụ:
  npm run --silent cli -- search "hộ cận nghèo có được hỗ trợ bảo hiểm y tế không"
  npm run --silent cli -- search --json --limit 3 "lam sao de duoc cong nhan ho ngheo"`;

type Outcome = { results: SearchResult[] } | { problem: string };

/** Questions the engine should never see: too long to be a question. Blank ones just find nothing. */
function ask(engine: SearchEngine, question: string, options: SearchOptions): Outcome {
  if (question.length > INPUT_DEFAULTS.maxMessageChars) return { problem: tooLongNotice(question.length) };
  return { results: engine.search(question, options) };
}

function formatListing(question: string, results: SearchResult[]): string {
  const shown = question.length > 80 ? `${question.slice(0, 80)}…` : question;
  if (results.length === 0) {
    return `Không tìm thấy đoạn văn bản nào trả lời "${shown}".\nBạn có thể hỏi lại bằng từ khác, hoặc hỏi ${POVERTY_CADRE} nơi bạn ở.`;
  }
  const lines = [`Kết quả cho "${shown}":`, ''];
  results.forEach((result, i) => {
    const kind = result.kind === 'faq' ? ' (bài giải thích, tham khảo)' : '';
    const date = result.date ? formatDate(result.date) : null;
    lines.push(`${i + 1}. ${result.title}${kind}`);
    lines.push(`   Nguồn: ${result.citation}${date && !result.citation.includes(date) ? ` (${date})` : ''}`);
    lines.push(`   ${result.snippet}`);
    lines.push('');
  });
  return lines.join('\n').trimEnd();
}

/** The --limit value, or null when it is not a whole number from 1 to 50. */
function readLimit(value: string | undefined): number | null {
  if (value === undefined) return DEFAULT_LIMIT;
  const limit = Number(value);
  return Number.isInteger(limit) && limit >= 1 && limit <= 50 ? limit : null;
}

async function run(args: string[]): Promise<number> {
  // Piping into `head` closes stdout early: that is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  const parsed = parseCommandArgs('search', {
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      stdin: { type: 'boolean', default: false },
      limit: { type: 'string' },
      province: { type: 'string' },
      'only-province': { type: 'string' },
      doc: { type: 'string', multiple: true },
      'no-faq': { type: 'boolean', default: false },
    },
  });
  if (!parsed) return 2;
  const { values, positionals } = parsed;
  const limit = readLimit(values.limit);
  if (limit === null) return usageError('search', `--limit phải là số nguyên từ 1 đến 50 (nhận được "${values.limit}").`);
  const options: SearchOptions = {
    limit,
    ...(values.province ? { province: values.province } : {}),
    ...(values['only-province'] ? { onlyProvince: values['only-province'] } : {}),
    ...(values.doc ? { docIds: values.doc } : {}),
    ...(values['no-faq'] ? { includeFaq: false } : {}),
  };
  const engine = loadSearchEngine();

  const answer = (question: string): boolean => {
    const outcome = ask(engine, question, options);
    if ('problem' in outcome) {
      process.stderr.write(`${outcome.problem}\n`);
      if (values.json) process.stdout.write('[]\n');
      return false;
    }
    process.stdout.write(values.json ? `${JSON.stringify(outcome.results)}\n` : `${formatListing(question, outcome.results)}\n\n`);
    return true;
  };

  if (values.stdin) {
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) answer(line);
    return 0;
  }
  const question = positionals.join(' ');
  if (question.trim() === '' && !values.json) {
    process.stderr.write('Bạn chưa nhập câu hỏi. Ví dụ: npm run cli -- search "hộ nghèo được hỗ trợ gì"\n');
    return 2;
  }
  return answer(question) ? 0 : 2;
}

export const command: CliCommand = {
  name: 'search',
  summary: 'Tìm đoạn văn bản chính sách trả lời câu hỏi (--json cho máy đọc)',
  help: HELP,
  run,
};
