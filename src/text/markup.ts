/**
 * Markup pasted with a question (a web page's "<b>…</b>", a Zalo preview's "<img src=x onerror=…>", "<script>…</script>")
 * is not part of what is asked: a script or style element goes with its content (never read, never echoed), any other tag
 * and an HTML comment become a space, and the few entities pages write for spaces and signs are read as those characters
 * first (so "&lt;b&gt;" is a tag too). Only a real HTML element name counts (HTML_ELEMENTS), and only alone ("<b>", "</p>",
 * "<br/>") or with attributes ("<img src=x …>"), so "thu nhap <tam 5 trieu>", "<hơn 2 triệu>" or "<1,5 triệu" stay text.
 */
const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };
const ENTITY = /&(nbsp|amp|lt|gt|quot|apos|#39);/gi;
/** A script or style element and its content; unclosed, to the end of the text. */
const HIDDEN_ELEMENT = /<(script|style)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi;
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
/** Element names pages and chat previews paste; a word in angle brackets that is not one of these is text. */
const HTML_ELEMENTS = [
  'a', 'abbr', 'b', 'blockquote', 'body', 'br', 'button', 'center', 'code', 'div', 'em', 'font', 'form', 'h[1-6]', 'head', 'hr',
  'html', 'i', 'iframe', 'img', 'input', 'label', 'li', 'link', 'meta', 'ol', 'option', 'p', 'pre', 'select', 'small', 'span',
  'strong', 'sub', 'sup', 'svg', 'table', 'tbody', 'td', 'textarea', 'th', 'thead', 'title', 'tr', 'u', 'ul',
];
/** An element name alone, or followed by attributes ("src=x", "onerror=…", "/"): "<a 5 trieu>" is not a tag. */
const TAG = new RegExp(`<\\/?(?:${HTML_ELEMENTS.join('|')})(?:\\s*\\/?|\\s+[^<>]*[=/][^<>]*)>`, 'gi');

export function withoutMarkup(text: string): string {
  if (!text.includes('<') && !text.includes('&')) return text;
  return text
    .replace(ENTITY, (_, name: string) => ENTITIES[name.toLowerCase()] ?? ' ')
    .replace(HIDDEN_ELEMENT, ' ')
    .replace(COMMENT, ' ')
    .replace(TAG, ' ');
}
