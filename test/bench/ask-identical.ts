/**
 * Whether a change keeps every /api/ask answer the same, byte for byte (a dev tool for speed work on the readers):
 *
 *   npx tsx test/bench/ask-identical.ts [file]
 *
 * Every question and household sentence of test/eval/*.yaml (`question:` and `text:` fields), each as asked and with a
 * household told after it (", nha 3 nguoi thu nhap 2 trieu": the household reader's path too), on two days (one per
 * standard: 2026-03-15 and 2027-01-02), answered by askAnswers (src/server/ask.ts) as the server does, limit 5. Prints the
 * sha256 of all JSON bodies; with `file`, writes one line per answer (day, question, sha256 of its body) to diff two
 * versions. To run an earlier version: `git archive <commit> | tar -x -C /tmp/before`, link node_modules and
 * test/bench/ask-identical.ts into it, and run it there.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { createApp } from '../../src/app.ts';
import { askAnswers } from '../../src/server/ask.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const EVAL_DIR = join(ROOT, 'test/eval');
const DAYS = ['2026-03-15', '2027-01-02'];
const FORMS = [(question: string) => question, (question: string) => `${question}, nha 3 nguoi thu nhap 2 trieu`];

/** Every `question` and `text` string of the eval files, once each, in file order. */
function evalQuestions(): string[] {
  const found = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object')
      for (const [key, inner] of Object.entries(value)) {
        if ((key === 'question' || key === 'text') && typeof inner === 'string') found.add(inner);
        else visit(inner);
      }
  };
  for (const file of readdirSync(EVAL_DIR).filter((name) => name.endsWith('.yaml')).sort()) visit(parseYaml(readFileSync(join(EVAL_DIR, file), 'utf8')));
  return [...found];
}

const folder = mkdtempSync(join(tmpdir(), 'ask-identical-'));
try {
  const app = await createApp({ databasePath: join(folder, 'bot.db') });
  const library = { documents: app.documents, passagesOf: (docId: string) => app.search.passagesOf(docId), provinces: app.provinces };
  const ask = askAnswers(app.search, app.rules, 1 << 30, library);
  const questions = evalQuestions();
  const all = createHash('sha256');
  const lines: string[] = [];
  for (const day of DAYS)
    for (const form of FORMS)
      for (const question of questions.map(form)) {
        const { bytes } = ask(question, 5, day).json;
        const body = Buffer.isBuffer(bytes) ? bytes : Buffer.concat(bytes);
        all.update(body);
        lines.push(`${day}\t${question}\t${createHash('sha256').update(body).digest('hex').slice(0, 16)}`);
      }
  await app.close();
  if (process.argv[2]) writeFileSync(process.argv[2], `${lines.join('\n')}\n`);
  process.stdout.write(`${questions.length} questions × ${FORMS.length} forms × ${DAYS.length} days: ${all.digest('hex').slice(0, 16)}\n`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
