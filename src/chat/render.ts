/**
 * Plain-text rendering for channels without markup or buttons (terminal, Zalo): buttons become
 * numbered choices the user answers by typing the number or the label (the core accepts both).
 */
import type { Reply, Span } from './types.ts';

export interface PlainTextOptions {
  /** Show buttons as "1. …" lines (the core maps a typed number back to the button). */
  numberedChoices: boolean;
  /** Builds a link from a share token (e.g. a web URL); without it the token is shown as a /start command. */
  shareLink?: (token: string) => string;
}

function spanText(span: Span): string {
  const text = span.style === 'quote' ? `“${span.text}”` : span.text;
  return span.href && span.href !== span.text ? `${text} (${span.href})` : text;
}

/**
 * What a span telling to press a button (Span.press) says where buttons are typed: "gõ 1" for the button listed first as a
 * numbered choice ("gõ 1, 2 hoặc 3" for one of several), "gõ “Chuẩn đầy đủ”" for one listed as words, its `typed` when none is
 * listed at all (round 23: the standard's card said "bấm “Chuẩn đầy đủ”" above the consent's choices, that button nowhere).
 */
function pressText(span: Span, listed: readonly string[], numbered: boolean): Span {
  if (!span.press) return span;
  const found = span.press.labels.filter((label) => listed.includes(label));
  const typing = span.text.startsWith('B') ? 'Gõ' : 'gõ';
  const said = numbered ? found.map((label) => String(listed.indexOf(label) + 1)) : found.map((label) => `“${label}”`);
  const { press: _, ...rest } = span;
  const choices = said.length > 1 ? `${said.slice(0, -1).join(', ')} hoặc ${said.at(-1)}` : said[0];
  return { ...rest, text: `${typing} ${choices ?? span.press.typed}` };
}

/** A reply with its buttons left off: what its text tells to press is said as what to type (Span.press). */
export function withoutButtons(reply: Reply): Reply {
  const { buttons: _, ...rest } = reply;
  return { ...rest, spans: reply.spans.map((span) => pressText(span, [], false)) };
}

export function toPlainText(reply: Reply, options: PlainTextOptions): string {
  const buttons = (reply.buttons ?? []).flat();
  // A step that expects a typed number (members, income) must not also offer numbered buttons.
  const numbered = options.numberedChoices && reply.numberedChoices !== false;
  const parts = [reply.spans.map((span) => spanText(pressText(span, buttons.map((button) => button.label), numbered))).join('')];
  if (reply.shareToken) {
    parts.push(options.shareLink ? options.shareLink(reply.shareToken) : `/start ${reply.shareToken}`);
  }
  // Its text says the choices by number already ("Gõ số: 1. Đồng ý lưu · …"): not listed a second time.
  if (buttons.length > 0 && !(options.numberedChoices && reply.choicesSaid)) {
    if (numbered) {
      parts.push(buttons.map((button, index) => `${index + 1}. ${button.label}`).join('\n'));
    } else {
      parts.push(`Bạn có thể gõ: ${buttons.map((button) => button.label).join(' · ')}`);
    }
  }
  return parts.filter((part) => part.trim() !== '').join('\n\n');
}

/**
 * The reply of a turn whose buttons are the ones offered: the last with any. A typed number or label presses one of these
 * (the core keeps them as the session's choices), never one of an earlier reply's in the same turn.
 */
export function offeredAt(replies: readonly Reply[]): number {
  return replies.findLastIndex((reply) => (reply.buttons ?? []).some((row) => row.length > 0));
}

/**
 * A turn's replies as plain texts, one each: only the offered reply's buttons are listed (offeredAt), so a card answered before
 * the consent question of a check does not show its own "1. … 2. …" above the consent's (round 22: two numbered lists, and
 * the "1" typed pressed the second).
 */
export function turnToPlainText(replies: readonly Reply[], options: PlainTextOptions): string[] {
  const offered = offeredAt(replies);
  return replies.map((reply, at) => toPlainText(at === offered ? reply : withoutButtons(reply), options));
}

/** Cuts at the last good break before `limit`: paragraph, then line, then sentence, then space. */
function breakPoint(text: string, limit: number): number {
  const window = text.slice(0, limit + 1);
  for (const separator of ['\n\n', '\n', '. ', ' ']) {
    const at = window.lastIndexOf(separator);
    if (at > limit / 3) return at + (separator === '. ' ? 1 : 0);
  }
  // One unbroken word longer than the limit: cut it, but never between the halves of a surrogate pair.
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

/** Splits a long text into messages of at most `maxChars` UTF-16 units, breaking at natural places. */
export function splitText(text: string, maxChars: number): string[] {
  if (maxChars < 2) throw new RangeError('maxChars must be at least 2');
  const chunks: string[] = [];
  let rest = text.trim();
  while (rest.length > maxChars) {
    const at = breakPoint(rest, maxChars);
    const chunk = rest.slice(0, at).trimEnd();
    if (chunk) chunks.push(chunk);
    rest = rest.slice(at).trimStart();
  }
  if (rest) chunks.push(rest);
  return chunks;
}
