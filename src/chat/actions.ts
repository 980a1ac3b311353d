/**
 * The "Chia sẻ" and "Báo sai" buttons under an answer, as typed data: what the answer is (a rules answer by its topic code, a
 * list of supports by its class, a passage shown by its result set and index), written into a button's callback data and read
 * back (ASCII, at most 64 bytes: Telegram's limit). Every reply that can be shared carries them, whatever channel shows it.
 */
import type { Button } from './types.ts';

/** What an answer that can be shared or reported is. */
export type AnswerSubject =
  /** A rules answer: its topic's code (topics.ts topicCode, with claimCode's figures). */
  | { rules: string }
  /** The list of supports of a class (its key or id, "" for every class). */
  | { supportsOf: string }
  /** The passage at `index` of the result set `set` (the session keeps the set). */
  | { set: string; index: number };

export interface AnswerAction {
  verb: 'share' | 'report';
  about: AnswerSubject;
}

/** Prefix of a share link's payload that opens a list of supports (`h-<class>`; a rules answer's is topics.ts RULES_SHARE_PREFIX). */
export const SUPPORTS_SHARE_PREFIX = 'h-';

/** A rules answer's code, a class key: letters, digits, "-" and "_" (never ":"). */
const CODE = /^[A-Za-z0-9_-]{0,56}$/;

export function encodeAnswerAction({ verb, about }: AnswerAction): string {
  if ('rules' in about) return `${verb}:r:${about.rules}`;
  if ('supportsOf' in about) return `${verb}:h:${about.supportsOf}`;
  return `${verb}:${about.set}:${about.index}`;
}

/** The action a button's data names, or undefined for any other (or malformed) data. */
export function decodeAnswerAction(data: string): AnswerAction | undefined {
  const [verb, first, second, ...rest] = data.split(':');
  if ((verb !== 'share' && verb !== 'report') || first === undefined || second === undefined || rest.length > 0 || !CODE.test(second)) return undefined;
  if (first === 'r') return second ? { verb, about: { rules: second } } : undefined;
  if (first === 'h') return { verb, about: { supportsOf: second } };
  return /^[A-Za-z0-9_-]{1,12}$/.test(first) && /^\d{1,3}$/.test(second) ? { verb, about: { set: first, index: Number(second) } } : undefined;
}

/** The row under an answer: "Chia sẻ" and "Báo sai" for `about`. */
export function answerRow(about: AnswerSubject): Button[] {
  return [
    { label: 'Chia sẻ', action: encodeAnswerAction({ verb: 'share', about }) },
    { label: 'Báo sai', action: encodeAnswerAction({ verb: 'report', about }) },
  ];
}
