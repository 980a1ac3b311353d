import type { Span } from '../../chat/types.ts';

/**
 * Reply spans → Telegram HTML messages. Every text is escaped, and long replies are cut into
 * messages that each stay within Telegram's text limit while every tag opened in a message is
 * also closed in it (a span cut in two is wrapped again in each part).
 */

/** Telegram's limit is 4096 characters of visible text; we count the HTML itself, which is never shorter. */
export const TELEGRAM_TEXT_LIMIT = 4096;

const STYLE_TAGS: Record<NonNullable<Span['style']>, string> = {
  bold: 'b',
  italic: 'i',
  quote: 'blockquote',
  code: 'code',
};

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
  return escapeHtml(text).replace(/"/g, '&quot;');
}

/** Only links Telegram can open are rendered as links; anything else stays plain text. */
function isOpenableLink(href: string): boolean {
  return /^(https?:\/\/|tg:\/\/)/i.test(href);
}

interface Wrapper {
  open: string;
  close: string;
}

/** Tags around a span; a link whose markup would eat more than half a message is left out. */
function wrapperFor(span: Span, limit: number): Wrapper {
  let open = '';
  let close = '';
  if (span.style) {
    const tag = STYLE_TAGS[span.style];
    open += `<${tag}>`;
    close = `</${tag}>` + close;
  }
  if (span.href && isOpenableLink(span.href)) {
    const linkOpen = `<a href="${escapeAttribute(span.href)}">`;
    if (open.length + linkOpen.length + close.length + '</a>'.length <= limit / 2) {
      open += linkOpen;
      close = '</a>' + close;
    }
  }
  return { open, close };
}

/** Escaped length of one character (as a UTF-16 string of 1 or 2 units). */
function escapedLength(char: string): number {
  if (char === '&') return 5;
  if (char === '<' || char === '>') return 4;
  return char.length;
}

/**
 * Cuts `text` into pieces whose escaped length is at most `budget`, preferring to cut after a
 * newline, then after a space, and never inside a surrogate pair.
 */
function cutText(text: string, budget: number): string[] {
  const pieces: string[] = [];
  const chars = Array.from(text);
  let start = 0;
  while (start < chars.length) {
    let used = 0;
    let end = start;
    let lastNewline = -1;
    let lastSpace = -1;
    while (end < chars.length && used + escapedLength(chars[end]!) <= budget) {
      used += escapedLength(chars[end]!);
      if (chars[end] === '\n') lastNewline = end;
      else if (chars[end] === ' ') lastSpace = end;
      end += 1;
    }
    if (end === start) end = start + 1; // a budget smaller than one escaped character: never loop forever
    if (end < chars.length) {
      const breakAt = lastNewline > start ? lastNewline : lastSpace > start ? lastSpace : -1;
      if (breakAt > start) end = breakAt + 1;
    }
    pieces.push(chars.slice(start, end).join(''));
    start = end;
  }
  return pieces;
}

/** The longest start of `text` that ends a line ("\n") and whose escaped length is at most `budget`; '' when no line fits. */
function leadingLines(text: string, budget: number): string {
  let used = 0;
  let end = 0;
  for (let at = 0; at < text.length; at += 1) {
    used += escapedLength(text[at]!);
    if (used > budget) break;
    if (text[at] === '\n') end = at + 1;
  }
  return text.slice(0, end);
}

/** The text of a rendered message without its tags (entities still escaped). */
const visible = (html: string): string => html.replace(/<[^>]*>/g, '');

/** Whether a rendered message shows nothing, as Telegram sees it after parsing the HTML. */
function isBlank(html: string): boolean {
  return visible(html).trim() === '';
}

/**
 * Renders spans to one or more HTML messages, each at most `limit` characters long.
 * Blank messages are dropped (Telegram refuses empty texts).
 */
export function renderSpans(spans: Span[], limit = TELEGRAM_TEXT_LIMIT): string[] {
  const messages: string[] = [];
  let current = '';
  const flush = () => {
    if (!isBlank(current)) messages.push(current);
    current = '';
  };

  for (const span of spans) {
    if (span.text === '') continue;
    const { open, close } = wrapperFor(span, limit);
    let text = span.text;
    let whole = open + escapeHtml(text) + close;
    if (current.length + whole.length <= limit) {
      current += whole;
      continue;
    }
    // Within a paragraph (a heading and the lines under it), the span's first whole lines that fit stay in this message:
    // never a message holding only "Hỗ trợ cho hộ cận nghèo (…):" with its list in the next.
    const lead = isBlank(current) || visible(current).endsWith('\n\n') ? '' : leadingLines(text, limit - current.length - open.length - close.length);
    if (lead.trim() !== '') {
      current += open + escapeHtml(lead) + close;
      text = text.slice(lead.length);
      whole = open + escapeHtml(text) + close;
    }
    flush();
    if (text === '') continue;
    if (whole.length <= limit) {
      current = whole;
      continue;
    }
    const pieces = cutText(text, limit - open.length - close.length);
    for (const piece of pieces) {
      flush();
      current = open + escapeHtml(piece) + close;
    }
  }
  flush();
  keepLastLineCompany(messages, limit);
  return messages;
}

/** Whether every tag opened in `html` is closed in it. */
const tagsClosed = (html: string): boolean => (html.match(/<[^/>][^>]*>/g) ?? []).length === (html.match(/<\/[^>]*>/g) ?? []).length;

/**
 * A last message of one line (the footnote "Mục ghi “tham khảo” là …" after a list that filled the message before it) takes the
 * line before it along, when that line is plain text outside any tag: never a message of a footnote alone (round 29: the
 * status tags made the near-poor list longer and its footnote went alone).
 */
function keepLastLineCompany(messages: string[], limit: number): void {
  if (messages.length < 2) return;
  const last = messages[messages.length - 1]!;
  if (visible(last).split('\n').filter((line) => line.trim() !== '').length > 1) return;
  const before = messages[messages.length - 2]!.trimEnd();
  const at = before.lastIndexOf('\n');
  if (at <= 0) return;
  const moved = before.slice(at + 1);
  const kept = before.slice(0, at + 1);
  if (moved.includes('<') || moved.includes('>') || !tagsClosed(kept) || isBlank(kept)) return;
  if (moved.length + 1 + last.length > limit) return;
  messages[messages.length - 2] = kept;
  messages[messages.length - 1] = `${moved}\n${last.replace(/^\n+/, '\n')}`;
}
