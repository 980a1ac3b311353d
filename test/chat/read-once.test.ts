/**
 * A chat message is read once (readMessage) and the readers share what was read: each reader must decide
 * exactly as when it reads the text itself, for every question of the eval sets and for texts holding a
 * document number (whose year is not the year asked, so the topic reader reads them without it).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readHouseholdMessage, readMessage, readSmallTalk, readSupportsQuestion } from '../../src/chat/input.ts';
import { shortAnswer } from '../../src/chat/short.ts';
import { readTopic, topicAnswer } from '../../src/chat/topics.ts';
import { loadRules } from '../../src/rules/index.ts';

const rules = loadRules();
const TODAY = '2026-12-01';
const evalQuestions = ['questions.yaml', 'residents.yaml', 'unseen.yaml', 'routing.yaml'].flatMap((file) =>
  (parse(readFileSync(new URL(`../eval/${file}`, import.meta.url), 'utf8')) as { question: string }[]).map((item) => item.question),
);
const texts = [
  ...evalQuestions,
  'Thông tư 07/2021/TT-BLĐTBXH điểm A 140 điểm tương ứng thu nhập bao nhiêu?',
  'theo NĐ 07/2021/NĐ-CP chuẩn nghèo từ tháng 1/2027 là bao nhiêu',
  'tóm tắt chính sách cho hộ cận nghèo để gửi bà con',
  'viết 3 dòng về chuẩn nghèo mới để đăng nhóm zalo',
  'nhà tôi 4 người ở quê thu nhập 5 triệu có được hộ nghèo không',
  'xin chao ad',
  'cam on ad nha',
];

describe('a message read once', () => {
  it('is read as each reader reads the text itself', () => {
    expect(evalQuestions.length).toBeGreaterThan(200);
    for (const text of texts) {
      const message = readMessage(text);
      expect(readTopic(message, TODAY), text).toEqual(readTopic(text, TODAY));
      expect(readSupportsQuestion(message), text).toEqual(readSupportsQuestion(text));
      expect(readSmallTalk(message), text).toEqual(readSmallTalk(text));
      expect(readHouseholdMessage(message, rules, TODAY), text).toEqual(readHouseholdMessage(text, rules, TODAY));
      expect(shortAnswer(rules, message, TODAY), text).toEqual(shortAnswer(rules, text, TODAY));
      expect(topicAnswer(rules, message, TODAY), text).toEqual(topicAnswer(rules, text, TODAY));
      // The readers leave the shared words as they were.
      expect(message.words, text).toEqual(readMessage(text).words);
    }
  });

  it('reads a document number apart for the topic: its year is not the year asked', () => {
    expect(readTopic(readMessage('theo Nghị định 07/2021/NĐ-CP chuẩn nghèo là bao nhiêu'), TODAY)).toEqual({ kind: 'standard', figures: true });
    expect(readTopic(readMessage('chuan ngheo tu 1/1/2027 la bn'), TODAY)).toEqual({ kind: 'standard', year: 2027, date: '2027-01-01', figures: true });
  });
});
