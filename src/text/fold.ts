/**
 * The one matching key for Vietnamese typed with or without diacritics, shared by corpus, search,
 * rules and chat: compatibility forms unified (NFKC), lower case, marks removed, and đ → d (đ has no
 * Unicode decomposition). Characters other than marks are kept, so offsets stay comparable.
 */
const ALL_MARKS = /\p{M}/gu;

export function fold(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(ALL_MARKS, '')
    .replace(/đ/g, 'd')
    .normalize('NFC');
}
