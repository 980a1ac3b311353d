/**
 * Round 38 (helper "speed39", issue 11): one rumour reading per message. /api/ask checked "nghe noi tu 2027 ho duoi 1 trieu 9 la
 * ho ngheo dung ko" for a rumour in its answer and again in routedTopic (src/chat/documents.ts), each a reading of its figures and
 * claims; within a turn the second is the first (src/chat/claims.ts rumourCorrection, turnMemo), and the answers are the same.
 * Was: read afresh each time. After the turn nothing is kept (read afresh again).
 */
import { describe, expect, it } from 'vitest';
import { rumourCorrection } from '../../src/chat/claims.ts';
import { readMessage } from '../../src/chat/input.ts';
import { loadRules } from '../../src/rules/index.ts';
import { duringTurnNow, turnMemo } from '../../src/text/turn.ts';

const rules = loadRules();
const DAY = '2026-12-05';
const TYPED = 'nghe noi tu 2027 ho duoi 1 trieu 9 la ho ngheo dung ko';

describe('one rumour reading per message', () => {
  it('"nghe noi tu 2027 ho duoi 1 trieu 9 la ho ngheo dung ko" read twice in a turn: the same reading, kept by the turn only', () => {
    const [first, second, kept] = duringTurnNow(() => {
      const read = readMessage(TYPED);
      return [rumourCorrection(rules, read, DAY), rumourCorrection(rules, read, DAY), turnMemo('rumourCorrection')?.size] as const;
    });
    expect(first?.correction.text).toMatch(/^Không đúng/);
    expect(second).toBe(first);
    expect(kept).toBe(1);
    // Outside a turn, and after it: read afresh, the same answer.
    const again = rumourCorrection(rules, readMessage(TYPED), DAY);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  it('"tui nghe noi dc 60 trieu dung ko" after the housing card and without it: two readings, each its own', () => {
    duringTurnNow(() => {
      const read = readMessage('tui nghe noi dc 60 trieu dung ko');
      const after = rumourCorrection(rules, read, DAY, { kind: 'support', supportId: 'housing' });
      const alone = rumourCorrection(rules, read, DAY);
      expect(after).toEqual(duringTurnNow(() => rumourCorrection(rules, readMessage('tui nghe noi dc 60 trieu dung ko'), DAY, { kind: 'support', supportId: 'housing' })));
      expect(alone).toEqual(duringTurnNow(() => rumourCorrection(rules, readMessage('tui nghe noi dc 60 trieu dung ko'), DAY)));
      expect(turnMemo('rumourCorrection')?.size).toBe(2);
    });
  });
});
