import iconv from 'iconv-lite';

/** What Windows does when it saves Vietnamese as Windows-1258: base letter precomposed, tone as a combining mark. */
export function windows1258(text: string): Buffer {
  const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
  const decomposed = [...text.normalize('NFC')].map((c) => {
    const d = c.normalize('NFD');
    return d.replace(TONES, '').normalize('NFC') + (d.match(TONES) ?? []).join('');
  });
  return iconv.encode(decomposed.join(''), 'windows-1258');
}
