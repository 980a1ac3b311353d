/**
 * Markup pasted with a question (a web page's "<b>…</b>", a Zalo preview's "<img src=x onerror=…>", "<script>…</script>")
 * is not part of what is asked: a script or style element goes with its content (never read, never echoed), any other tag
 * and an HTML comment become a space, and the few entities pages write for spaces and signs are read as those characters
 * first (so "&lt;b&gt;" is a tag too). Only an ASCII tag name counts, so "thu nhập <hơn 2 triệu>" or "<1,5 triệu" stay text.
 */
const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };
const ENTITY = /&(nbsp|amp|lt|gt|quot|apos|#39);/gi;
/** A script or style element and its content; unclosed, to the end of the text. */
const HIDDEN_ELEMENT = /<(script|style)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi;
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi;

export function withoutMarkup(text: string): string {
  if (!text.includes('<') && !text.includes('&')) return text;
  return text
    .replace(ENTITY, (_, name: string) => ENTITIES[name.toLowerCase()] ?? ' ')
    .replace(HIDDEN_ELEMENT, ' ')
    .replace(COMMENT, ' ')
    .replace(TAG, ' ');
}
