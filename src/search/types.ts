import type { Passage } from '../corpus/types.ts';

export interface SearchOptions {
  /** Maximum results (default 5). */
  limit?: number;
  /** Prefer (not only) documents of this province; matches `province` or `provinceNow`. */
  province?: string;
  /** Only this province's documents (hard filter). */
  onlyProvince?: string;
  /** Only these document ids. */
  docIds?: string[];
  /** Include explainers (corpus/faq); default true. */
  includeFaq?: boolean;
}

/** One search hit. Field names are a public contract (`cli search --json`, `/api/ask`). */
export interface SearchResult {
  passageId: string;
  docId: string;
  docNumber: string | null;
  title: string;
  issuer: string | null;
  date: string | null;
  section: string;
  /** The whole passage. */
  text: string;
  /** A short extract with matched words marked as «…». */
  snippet: string;
  score: number;
  citation: string;
  kind: Passage['kind'];
  province: string | null;
  provinceNow: string | null;
}

export interface SearchEngine {
  search(question: string, options?: SearchOptions): SearchResult[];
  /** Passage by id, for "full section" and shared links. */
  passage(id: string): Passage | undefined;
  /** A document's passages in their order (a summary built from its sections); none for an unknown id. */
  passagesOf(docId: string): readonly Passage[];
  readonly passageCount: number;
}
