/**
 * Time words (folded) that move a question or a household to another year's standard: "năm sau", "sang
 * năm", "từ tháng 1" asked in December mean the standard from 01/01 of the next year. A year written out
 * ("2027") is read as a number elsewhere and wins over these.
 */
export const WHEN_WORDS = {
  /** The next calendar year. */
  nextYear: ['nam sau', 'sang nam', 'nam toi', 'nam ke tiep', 'qua nam', 'dau nam sau', 'dau nam toi', 'tu nam sau', 'tu nam toi'],
  /** The previous calendar year. */
  lastYear: ['nam ngoai', 'nam truoc', 'nam roi'],
  /**
   * The coming January: next year's when asked after January ("từ tháng 1 tới", "ra Tết"). Not "qua tet": typed
   * without diacritics it is as often "quà Tết" (a Tết gift, topics.ts) as "qua Tết".
   */
  nextJanuary: ['tu thang 1', 'thang 1 toi', 'thang 1 nam sau', 'tu 1 1', 'tu 01 01', 'ra tet', 'sau tet'],
} as const;
