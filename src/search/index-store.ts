/**
 * The MiniSearch index over passages, and the document frequencies the relevance floor needs
 * (MiniSearch keeps them private). Each passage is analysed once: the extracted field value is its
 * term list joined by spaces, so MiniSearch's tokenizer only has to split it.
 */
import MiniSearch, { type Options } from 'minisearch';
import type { Passage } from '../corpus/types.ts';
import { termsOfTokens, tokenize, type Token } from './normalize.ts';

/**
 * Folded fields match any spelling; the accented twins reward the exact spelling of an accented
 * question. `heading` is the passage's own heading path; `document` is what every passage of a
 * document shares (title, number, issuer, province), kept apart so it does not drown the headings.
 */
export const FIELDS = ['body', 'heading', 'document', 'bodyExact', 'headingExact'] as const;
export type Field = (typeof FIELDS)[number];
export const FOLDED_FIELDS: Field[] = ['body', 'heading', 'document'];
export const ACCENTED_FIELDS: Field[] = ['bodyExact', 'headingExact'];

/** A preamble has no heading of its own: it is about the document as a whole, so its title heads it. */
export function headingPath(passage: Passage): string[] {
  return passage.headings.length > 0 ? passage.headings : [passage.title];
}

export function documentText(passage: Passage): string {
  return [passage.title, passage.docType, passage.docNumber, passage.issuer, passage.province, passage.provinceNow]
    .filter((part): part is string => Boolean(part))
    .join('\n');
}

/** What MiniSearch indexes for a passage: each field already analysed into space-separated terms. */
type IndexedPassage = { id: string } & Record<Field, string>;

const splitOnSpace = (text: string) => (text === '' ? [] : text.split(' '));

export const MINISEARCH_OPTIONS: Options<IndexedPassage> = {
  idField: 'id',
  fields: [...FIELDS],
  storeFields: [],
  tokenize: splitOnSpace,
  processTerm: (term) => term,
  searchOptions: { tokenize: splitOnSpace, processTerm: (term) => term },
};

export interface PassageIndex {
  miniSearch: MiniSearch<IndexedPassage>;
  /** Number of passages whose folded fields hold each folded term. */
  documentFrequency: Map<string, number>;
}

/** Accented words only: pairs of exact spellings add little over folded pairs and double the index. */
const exactWords = (tokens: Token[]) => termsOfTokens(tokens, 'accented').filter((term) => !term.includes('_')).join(' ');

export function buildIndex(passages: Passage[]): PassageIndex {
  const miniSearch = new MiniSearch<IndexedPassage>(MINISEARCH_OPTIONS);
  const documentFrequency = new Map<string, number>();
  for (const passage of passages) {
    const bodyTokens = tokenize(passage.text);
    const headingTokens = tokenize(headingPath(passage).join('\n'));
    const body = termsOfTokens(bodyTokens, 'folded');
    const heading = termsOfTokens(headingTokens, 'folded');
    const document = termsOfTokens(tokenize(documentText(passage)), 'folded');
    miniSearch.add({
      id: passage.id,
      body: body.join(' '),
      heading: heading.join(' '),
      document: document.join(' '),
      bodyExact: exactWords(bodyTokens),
      headingExact: exactWords(headingTokens),
    });
    for (const term of new Set([...body, ...heading, ...document])) {
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    }
  }
  return { miniSearch, documentFrequency };
}

/** The index as plain JSON, for the on-disk cache. */
export function serializeIndex(index: PassageIndex): string {
  return JSON.stringify({ miniSearch: index.miniSearch, documentFrequency: [...index.documentFrequency] });
}

export function deserializeIndex(json: string): PassageIndex {
  const parsed = JSON.parse(json) as { miniSearch: unknown; documentFrequency: [string, number][] };
  return {
    miniSearch: MiniSearch.loadJS<IndexedPassage>(
      parsed.miniSearch as Parameters<typeof MiniSearch.loadJS>[0],
      MINISEARCH_OPTIONS,
    ),
    documentFrequency: new Map(parsed.documentFrequency),
  };
}
