/** `npm run eval`: hit@1, hit@3 and MRR of the search engine on the question set, with and without diacritics; household-sentence accuracy. */
import { loadSearchEngine } from '../../src/search/engine.ts';
import { loadRules } from '../../src/rules/index.ts';
import { HOUSEHOLD_EVAL_DATE, loadHouseholdSentences, scoreSentences } from './households.ts';
import { loadQuestions, score, withoutDiacritics, type Scores } from './evaluate.ts';

const engine = loadSearchEngine();
const questions = loadQuestions();
const rank = (question: string) => engine.search(question, { limit: 10 }).map((result) => result.passageId);

const rows: [string, Scores][] = [
  ['có dấu', score(questions, rank)],
  ['không dấu', score(withoutDiacritics(questions), rank)],
  ['tất cả', score([...questions, ...withoutDiacritics(questions)], rank)],
];
const residents = questions.filter((question) => question.asker === 'resident').length;
const format = (value: number) => value.toFixed(3).padStart(7);

console.log(`Bộ câu hỏi: ${questions.length} câu (${residents} của người dân, ${questions.length - residents} của cán bộ), mỗi câu có thêm bản không dấu.\n`);
console.log(`${'biến thể'.padEnd(12)}${'số câu'.padStart(7)}${'hit@1'.padStart(7)}${'hit@3'.padStart(7)}${'MRR'.padStart(7)}`);
for (const [name, scores] of rows) {
  console.log(`${name.padEnd(12)}${String(scores.questions).padStart(7)}${format(scores.hitAt1)}${format(scores.hitAt3)}${format(scores.mrr)}`);
}
const misses = rows[2]![1].misses;
if (misses.length > 0) {
  console.log(`\nKhông có đáp án trong 3 kết quả đầu (${misses.length}):`);
  for (const miss of misses) console.log(`- ${miss.question}\n    cần: ${miss.expected.join(', ')}\n    được: ${miss.got.join(', ') || '(không có)'}`);
}

const households = scoreSentences(loadHouseholdSentences(), loadRules());
console.log(`\nHộ gia đình kể bằng một câu (${households.sentences} câu, ngày xét ${HOUSEHOLD_EVAL_DATE}): đúng hoàn toàn ${format(households.accuracy).trim()}`);
for (const miss of households.misses) console.log(`- ${miss.text}\n    sai: ${miss.wrong.join('; ')}`);
