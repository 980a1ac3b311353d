import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitText, toPlainText } from '../../src/chat/render.ts';
import type { Reply } from '../../src/chat/types.ts';

const reply: Reply = {
  spans: [
    { text: 'Hộ nghèo: ' },
    { text: 'thu nhập ≤ 1.500.000 đồng', style: 'quote' },
    { text: '\nNguồn: ', style: 'bold' },
    { text: 'NĐ 07/2021', href: 'https://example.org/nd07' },
  ],
  buttons: [[{ label: 'Có', action: 'ck:a:3:yes' }, { label: 'Không', action: 'ck:a:3:no' }], [{ label: 'Hủy', action: 'ck:cancel' }]],
};

describe('toPlainText', () => {
  it('shows quotes, links and numbered choices', () => {
    expect(toPlainText(reply, { numberedChoices: true })).toBe(
      'Hộ nghèo: “thu nhập ≤ 1.500.000 đồng”\nNguồn: NĐ 07/2021 (https://example.org/nd07)\n\n1. Có\n2. Không\n3. Hủy',
    );
  });

  it('lists the labels as words when numbers are off or the step expects a typed number', () => {
    expect(toPlainText(reply, { numberedChoices: false })).toMatch(/Bạn có thể gõ: Có · Không · Hủy$/);
    expect(toPlainText({ ...reply, numberedChoices: false }, { numberedChoices: true })).toMatch(/Bạn có thể gõ: Có/);
  });

  it('turns a share token into a link or a /start command', () => {
    const shared: Reply = { spans: [{ text: 'Chia sẻ' }], shareToken: 'abc_DEF-12' };
    expect(toPlainText(shared, { numberedChoices: true })).toBe('Chia sẻ\n\n/start abc_DEF-12');
    expect(toPlainText(shared, { numberedChoices: true, shareLink: (t) => `https://x.vn/s/${t}` })).toBe(
      'Chia sẻ\n\nhttps://x.vn/s/abc_DEF-12',
    );
  });
});

describe('splitText', () => {
  it('keeps short texts whole and breaks long ones at paragraphs first', () => {
    expect(splitText('ngắn', 10)).toEqual(['ngắn']);
    const text = `${'a'.repeat(30)}\n\n${'b'.repeat(30)}`;
    expect(splitText(text, 40)).toEqual(['a'.repeat(30), 'b'.repeat(30)]);
  });

  it('breaks at spaces rather than inside words', () => {
    const words = Array.from({ length: 200 }, (_, i) => `từ${i}`).join(' ');
    const chunks = splitText(words, 50);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(50);
    expect(chunks.join(' ')).toBe(words);
  });

  it('never exceeds the limit, never loses text and never splits a surrogate pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.integer({ min: 2, max: 60 }), (text, limit) => {
        const chunks = splitText(text, limit);
        for (const chunk of chunks) {
          expect(chunk.length).toBeLessThanOrEqual(limit);
          expect(chunk).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
        }
        expect(chunks.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      }),
    );
  });
});
