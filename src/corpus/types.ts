/** The shared vocabulary of the corpus: documents as stored in corpus/*.md and the passages cut from them. */

export type DocumentKind = 'document' | 'faq';

/** Front matter of one corpus file. Unknown metadata is null, never guessed. */
export interface DocumentMeta {
  id: string;
  kind: DocumentKind;
  /** Số hiệu, e.g. "41-NQ/TU"; null when the text does not state it. */
  number: string | null;
  /** Loại văn bản: "Nghị quyết", "Kế hoạch", "Công văn", "Quyết định", "Giải thích" (faq)… */
  type: string;
  title: string;
  issuer: string | null;
  /** Province named by the document (before the 2025 merger), null when not stated. */
  province: string | null;
  /** The province that holds that territory since 01/7/2025. */
  provinceNow: string | null;
  /** Date signed, ISO yyyy-MM-dd, null when unknown. */
  signed: string | null;
  /** The raw file it was ingested from (seed file name), or null for explainers. */
  sourceFile: string | null;
  /** For explainers: the legal bases they summarise. */
  basis?: string[];
}

/** Provinces since the 2025 merger (corpus/provinces-2025.yaml): 63 → 34, from 01/07/2025. */
export interface ProvincesSince2025 {
  /** The resolution that merged them. */
  reference: string;
  /**
   * Every province name before 01/07/2025 (each of today's 34 included) → the province that holds its territory
   * since, with the status of that fact: verified in the facts read, or reported ("tham khảo").
   */
  byName: Record<string, { now: string; /** "tỉnh Gia Lai", "thành phố Hồ Chí Minh". */ title: string; status: 'verified' | 'reported' }>;
}

/** A passage: the text under one heading path, with everything needed to cite it. */
export interface Passage {
  /** Stable id: `${docId}#${section}` (made unique within the document). */
  id: string;
  docId: string;
  kind: DocumentKind;
  docNumber: string | null;
  docType: string;
  title: string;
  issuer: string | null;
  province: string | null;
  provinceNow: string | null;
  /** ISO date signed, or null. */
  date: string | null;
  /** Heading path as cited, e.g. "III.5.2" or "Phụ lục, dòng 3"; "" for the preamble. */
  section: string;
  /** The heading texts along the path, outermost first. */
  headings: string[];
  /** The whole passage text (headings not repeated). */
  text: string;
  /** Ready-to-show citation, e.g. "NQ 41-NQ/TU, Tỉnh ủy Hưng Yên, 21/8/2023, mục III.5.2". */
  citation: string;
}

export interface Corpus {
  documents: DocumentMeta[];
  passages: Passage[];
}
