import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Span } from '../../../src/chat/types.ts';
import { escapeHtml, renderSpans, TELEGRAM_TEXT_LIMIT } from '../../../src/channels/telegram/html.ts';
import { inlineKeyboardFor, InvalidCallbackDataError, shareLink } from '../../../src/channels/telegram/keyboard.ts';
import { parseTelegramHtml } from './emulator.ts';

const withoutWhitespace = (text: string) => text.replace(/\s+/g, '');

describe('renderSpans', () => {
  it('escapes &, < and > in text and quotes in links', () => {
    const [html] = renderSpans([
      { text: '<script>alert("x")</script> & 5 > 3' },
      { text: 'nguồn', href: 'https://example.org/?a=1&b="2"' },
    ]);
    expect(html).toBe(
      '&lt;script&gt;alert("x")&lt;/script&gt; &amp; 5 &gt; 3<a href="https://example.org/?a=1&amp;b=&quot;2&quot;">nguồn</a>',
    );
    expect(parseTelegramHtml(html!)).toBe('<script>alert("x")</script> & 5 > 3nguồn');
  });

  it('maps styles to Telegram tags and keeps unopenable links as plain text', () => {
    const [html] = renderSpans([
      { text: 'Hộ nghèo', style: 'bold' },
      { text: ' ' },
      { text: 'trích dẫn', style: 'quote' },
      { text: 'mã', style: 'code' },
      { text: 'nghiêng', style: 'italic', href: 'https://t.me/x' },
      { text: ' xem', href: 'javascript:alert(1)' },
    ]);
    expect(html).toBe(
      '<b>Hộ nghèo</b> <blockquote>trích dẫn</blockquote><code>mã</code><i><a href="https://t.me/x">nghiêng</a></i> xem',
    );
  });

  it('drops blank messages', () => {
    expect(renderSpans([{ text: '' }, { text: '  \n ' }])).toEqual([]);
  });

  it('splits a long reply below the limit at line breaks, re-opening a cut tag in each part', () => {
    const paragraph = 'Hộ gia đình có mức thu nhập bình quân đầu người/tháng từ 2.000.000 đồng trở xuống. <b>\n';
    const spans: Span[] = [{ text: 'Tiêu đề\n', style: 'bold' }, { text: paragraph.repeat(120), style: 'quote' }];
    const messages = renderSpans(spans);
    expect(messages.length).toBeGreaterThan(2);
    for (const message of messages) {
      expect(message.length).toBeLessThanOrEqual(TELEGRAM_TEXT_LIMIT);
      parseTelegramHtml(message);
    }
    // Every part after the first is a quote of its own, cut after a whole line.
    for (const message of messages.slice(1)) {
      expect(message.startsWith('<blockquote>Hộ gia đình')).toBe(true);
      expect(message.endsWith('\n</blockquote>')).toBe(true);
    }
  });

  it('cuts one unbroken word without splitting a surrogate pair', () => {
    const messages = renderSpans([{ text: '😀'.repeat(3000) }], 101);
    expect(messages.every((message) => message.length <= 101)).toBe(true);
    expect(messages.join('')).toBe('😀'.repeat(3000));
  });

  it('keeps every character, escapes everything and stays within the limit (property)', () => {
    const span = fc.record({
      text: fc.string({ unit: fc.constantFrom('a', 'ệ', ' ', '\n', '<', '>', '&', '"', '😀', 'đ'), maxLength: 400 }),
      style: fc.constantFrom(undefined, 'bold', 'italic', 'quote', 'code'),
      href: fc.constantFrom(undefined, 'https://thuvienphapluat.vn/?q=<x>&y'),
    });
    fc.assert(
      fc.property(fc.array(span, { maxLength: 12 }), fc.integer({ min: 60, max: 500 }), (spans, limit) => {
        const cleanSpans = spans.map(({ text, style, href }) => ({
          text,
          ...(style ? { style } : {}),
          ...(href ? { href } : {}),
        })) as Span[];
        const messages = renderSpans(cleanSpans, limit);
        const visible = messages.map((message) => {
          expect(message.length).toBeLessThanOrEqual(limit);
          return parseTelegramHtml(message);
        });
        expect(withoutWhitespace(visible.join(''))).toBe(withoutWhitespace(cleanSpans.map((s) => s.text).join('')));
      }),
      { numRuns: 300 },
    );
  });

  it('a footnote that no longer fits takes the list line before it along: never a message of the footnote alone (round 29)', () => {
    const lines = ['Hỗ trợ cho hộ cận nghèo:', '• Bảo hiểm y tế: 70% (đã kiểm tra)', '• Vay vốn: 100 triệu (tham khảo)', '• Học nghề: chưa rõ (chưa rõ)'];
    const footnote = 'Mục ghi "tham khảo" là nội dung tóm tắt.';
    const list = `${lines.join('\n')}\n`;
    const messages = renderSpans([{ text: list }, { text: `\n${footnote}` }], list.length + 4);
    expect(messages).toHaveLength(2);
    expect(messages[1]).toBe(`${lines[3]}\n\n${footnote}`);
    expect(messages[0]!.trimEnd()).toBe(lines.slice(0, 3).join('\n'));
    // A bold last line stays where it is (moving it would split its tags).
    const bold = renderSpans([{ text: `${lines.slice(0, 3).join('\n')}\n` }, { text: lines[3]!, style: 'bold' }, { text: `\n${footnote}` }], list.length + 8);
    expect(bold[bold.length - 1]).toBe(`\n${footnote}`);
  });

  it('escapeHtml leaves Vietnamese text untouched', () => {
    expect(escapeHtml('Ủy ban nhân dân cấp xã')).toBe('Ủy ban nhân dân cấp xã');
  });
});

describe('inlineKeyboardFor', () => {
  it('turns rows of buttons into callback buttons and adds the share deep link', () => {
    const keyboard = inlineKeyboardFor(
      {
        spans: [{ text: 'x' }],
        buttons: [[{ label: 'Hỏi về chính sách', action: 'menu:ask' }], []],
        shareToken: 'sAbc123',
      },
      'TroLyBot',
    );
    expect(keyboard).toEqual({
      inline_keyboard: [
        [{ text: 'Hỏi về chính sách', callback_data: 'menu:ask' }],
        [{ text: '🔗 Liên kết chia sẻ', url: 'https://t.me/TroLyBot?start=sAbc123' }],
      ],
    });
    expect(shareLink('TroLyBot', 'a b')).toBe('https://t.me/TroLyBot?start=a%20b');
  });

  it('has no keyboard when there are no buttons', () => {
    expect(inlineKeyboardFor({ spans: [{ text: 'x' }] }, 'TroLyBot')).toBeUndefined();
  });

  it('refuses callback data over 64 bytes (counted in UTF-8 bytes, not characters)', () => {
    const fits = 'a'.repeat(64);
    expect(inlineKeyboardFor({ spans: [], buttons: [[{ label: 'ok', action: fits }]] }, 'B')).toBeDefined();
    const tooLong = 'đ'.repeat(33); // 33 characters, 66 bytes
    expect(() => inlineKeyboardFor({ spans: [], buttons: [[{ label: 'x', action: tooLong }]] }, 'B')).toThrow(
      InvalidCallbackDataError,
    );
    expect(() => inlineKeyboardFor({ spans: [], buttons: [[{ label: 'x', action: '' }]] }, 'B')).toThrow(
      InvalidCallbackDataError,
    );
  });
});
