/**
 * "Tóm tắt Nghị quyết 41-NQ/TU Hưng Yên", "Tóm tắt NQ 05-NQ/TU Trà Vinh để phổ biến cho dân": a corpus document's goals and
 * targets and its main tasks, each with its section, built from the document's own passages (nothing written here): a goal
 * is the first sentence under a heading of TOPICS.documents.goalHeadings ("Mục tiêu đến năm 2025", "Các chỉ tiêu định hướng
 * đến năm 2030"), a task the heading of each part under a heading of taskHeadings ("III. NHIỆM VỤ VÀ GIẢI PHÁP"). Short
 * enough for a phone: each line is cut to SUMMARY_DEFAULTS; the whole section is one question away.
 */
import type { Passage } from '../corpus/types.ts';
import { formatDate } from '../rules/index.ts';
import { periodsHold, yearPeriods } from '../text/dates.ts';
import { saysAny, TOPICS } from '../text/lexicon/index.ts';
import { reorganisationNote } from './answers.ts';
import { matchKey } from './input.ts';
import { bold, bullets, plain, reply } from './replies.ts';
import type { Reply } from './types.ts';

export const SUMMARY_DEFAULTS = {
  /** Characters of a goal's first sentence shown (cut at a word, "…"). */
  goalChars: 170,
  /** Characters of a task's heading shown (to its first ";", cut at a word, "…"). */
  taskChars: 110,
};

const says = (heading: string, phrases: readonly string[]) => saysAny(matchKey(heading).split(' '), phrases);
/** "2.1. Mục tiêu đến năm 2025" → "Mục tiêu đến năm 2025"; "III. NHIỆM VỤ …" → "NHIỆM VỤ …". */
const withoutNumber = (heading: string) => heading.replace(/^[\dIVXLC]+(?:\.\d+)*\.?\s+/, '').trim();

/** "II.2.1" → "mục II.2.1"; a section already named ("Kế hoạch, mục II.1") as it is. */
const sectionName = (section: string) => (section.includes('mục') ? section : `mục ${section}`);

/** At most `max` characters, ending at a word ("…" when cut). */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = text.lastIndexOf(' ', max);
  return `${text.slice(0, end > 0 ? end : max).replace(/[,;:]$/, '')} …`;
}

/** The first sentence (or list item) of a passage, without its list mark. */
function firstSentence(text: string): string {
  const line = (text.split('\n').find((candidate) => candidate.trim() !== '') ?? '').trim().replace(/^[-–•+]\s*/, '');
  const end = line.search(/[.;](?=\s)/);
  if (end <= 0) return line;
  return line[end] === '.' ? line.slice(0, end + 1) : `${line.slice(0, end)} …`;
}

/**
 * The summary of a document from its passages in order, or undefined when it has neither goals nor tasks under its headings.
 * `years` asked ("mục tiêu gì đến năm 2030"): when a goal's heading names one, the goals whose headings name only other years
 * ("Mục tiêu đến năm 2025") are left out.
 */
export function documentSummary(passages: readonly Passage[], only?: 'goals' | 'tasks', years: readonly number[] = []): Reply | undefined {
  const first = passages[0];
  if (!first || first.kind !== 'document') return undefined;
  // Goals under goal headings; a document with none gives its purpose ("Mục đích") instead.
  const goalWords = passages.some((passage) => passage.headings.some((heading) => says(heading, TOPICS.documents.goalHeadings)))
    ? TOPICS.documents.goalHeadings
    : TOPICS.documents.purposeHeadings;
  const goals = new Map<string, string>();
  const tasks = new Map<string, string>();
  for (const passage of passages) {
    const last = passage.headings.at(-1);
    // The tasks' heading ("III. NHIỆM VỤ VÀ GIẢI PHÁP"), at the top or under the plan's own ("KẾ HOẠCH" > "II. NHIỆM VỤ, GIẢI
    // PHÁP" in a decision), and the part under it. A task's heading may name a goal ("… gắn với mục tiêu phát triển bền
    // vững"): goals are outside the tasks' part.
    const tasksAt = passage.headings.findIndex((heading) => says(heading, TOPICS.documents.taskHeadings));
    const underTasks = tasksAt >= 0;
    const part = underTasks ? passage.headings[tasksAt + 1] : undefined;
    if (last && !underTasks && !goals.has(passage.section) && says(last, goalWords) && passage.text.trim()) {
      goals.set(passage.section, `${withoutNumber(last)} (${sectionName(passage.section)}): ${cut(firstSentence(passage.text), SUMMARY_DEFAULTS.goalChars)}`);
    }
    if (part && underTasks) {
      const section = passage.section.split('.').slice(0, 2).join('.');
      if (!tasks.has(section)) tasks.set(section, `${cut(withoutNumber(part).split(';')[0]!.trim(), SUMMARY_DEFAULTS.taskChars)} (${sectionName(section)})`);
    }
  }
  const periods = new Map(passages.map((passage) => [passage.section, yearPeriods(passage.headings.join('\n'))]));
  if ([...goals.keys()].some((section) => periodsHold(periods.get(section)!, years))) {
    for (const section of goals.keys()) if (periods.get(section)!.length > 0 && !periodsHold(periods.get(section)!, years)) goals.delete(section);
  }
  if (only === 'goals') tasks.clear();
  if (only === 'tasks') goals.clear();
  if (goals.size === 0 && tasks.size === 0) return undefined;
  const name = `${first.docType}${first.docNumber ? ` ${first.docNumber}` : ''}`;
  const from = [first.issuer, first.date ? formatDate(first.date) : undefined].filter((part) => part).join(', ');
  const source = first.citation.replace(/, mục .*$/, '');
  const note = reorganisationNote(first);
  const heading = only === 'goals' ? 'Mục tiêu của' : only === 'tasks' ? 'Nhiệm vụ, giải pháp chính của' : 'Tóm tắt';
  return reply([
    bold(`${heading} ${name}${from ? ` (${from})` : ''}: ${first.title}\n`),
    ...(goals.size > 0 ? [bold('\nMục tiêu, chỉ tiêu:\n'), plain(bullets([...goals.values()]))] : []),
    ...(tasks.size > 0 ? [bold(`${goals.size > 0 ? '\n\n' : '\n'}Nhiệm vụ, giải pháp chính:\n`), plain(bullets([...tasks.values()]))] : []),
    plain(`\n\nNguồn: ${source}, các mục ghi trong ngoặc (tóm tắt từ đề mục và câu đầu của từng mục). Muốn xem đủ một mục, bạn hỏi tên mục đó.`),
    ...(note ? [plain(`\n${note}`)] : []),
  ]);
}
