/**
 * Round 37 (mend37c): the attack pass's pieces (attack-round37-privacy28.e2e.test.ts) are what a leak would keep, never what every
 * store holds anyway. Before: the piece "0912" of "sdt 0912-345-678" was in a millisecond time ("seen_at":1796572290912), and the
 * Telegram check failed with `expected [ '0912' ] to deeply equal []` while the number was masked.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const source = readFileSync(new URL('./attack-round37-privacy28.e2e.test.ts', import.meta.url), 'utf8');
const pieces = [...source.matchAll(/^ {2}\['[^\n]*?', \[([^\n]*)\]\],$/gm)].flatMap(([, list]) => [...list!.matchAll(/'([^']*)'/g)].map(([, piece]) => piece!));

describe('attack pieces', () => {
  it('are read from the attack pass', () => {
    expect(pieces.length).toBeGreaterThan(40);
  });
  it.each([1796572290912])('none is in a millisecond time or id like %s', (time) => {
    const row = JSON.stringify({ channel: 'telegram', id: '17', seen_at: time, lease_until: time + 30_000, user: '700222333' });
    expect(pieces.filter((piece) => row.includes(piece))).toEqual([]);
  });
  it('no piece is digits alone shorter than a whole number', () => {
    expect(pieces.filter((piece) => /^\d{1,9}$/.test(piece))).toEqual([]);
  });
});
