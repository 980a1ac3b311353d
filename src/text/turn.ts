/**
 * What one turn reads of a person's message, kept for that turn only (Luật 91/2025/QH15: what a person types is kept only
 * as long as needed). A question is read by some twenty readers (its words, its topic): each reading is kept for the other
 * readers of the same turn, held by the turn (AsyncLocalStorage), and emptied when the turn ends, on an error too, so no
 * text typed outlives its turn (a timer started in the turn keeps its context: it finds it empty and closed). Outside a
 * turn nothing is kept. Words of the corpus (not of a person) are the only ones kept beyond a turn: `readingCorpus`.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

interface TurnMemos {
  open: boolean;
  readonly memos: Map<string, Map<string, unknown>>;
}

const turns = new AsyncLocalStorage<TurnMemos>();

function ended(held: TurnMemos): void {
  held.open = false;
  for (const memo of held.memos.values()) memo.clear();
  held.memos.clear();
}

/** `work` as one turn: what it reads is kept for it alone, and dropped when it ends (returned or thrown). */
export async function duringTurn<T>(work: () => Promise<T>): Promise<T> {
  const held: TurnMemos = { open: true, memos: new Map() };
  try {
    return await turns.run(held, work);
  } finally {
    ended(held);
  }
}

/** duringTurn for work done at once (the /api/ask answer). */
export function duringTurnNow<T>(work: () => T): T {
  const held: TurnMemos = { open: true, memos: new Map() };
  try {
    return turns.run(held, work);
  } finally {
    ended(held);
  }
}

/** A memo of the turn running, by name (one per reader); undefined outside a turn or once it ended. */
export function turnMemo<V>(name: string): Map<string, V> | undefined {
  const held = turns.getStore();
  if (!held?.open) return undefined;
  let memo = held.memos.get(name);
  if (memo === undefined) held.memos.set(name, (memo = new Map()));
  return memo as Map<string, V>;
}

/**
 * `read()` kept for the turn running by `key` (a text read a dozen times a turn: its words, its tokens, its written-out form), read
 * afresh outside a turn. What it returns is shared by the turn's callers: one that changes it copies it first.
 */
export function turnOnce<V>(name: string, key: string, read: () => V): V {
  const memo = turnMemo<V>(name);
  if (memo === undefined) return read();
  if (memo.has(key)) return memo.get(key)!;
  const value = read();
  memo.set(key, value);
  return value;
}

/**
 * `read()` kept for the turn running by `key()` and read again when `owner` (the rules, the documents it reads from) is another;
 * read afresh outside a turn (the key not even made). One shape for the readers read several times a turn (readHouseholdMessage,
 * rumourCorrection, documentAsked, classInBrief).
 */
export function turnRemembered<V>(name: string, key: () => string, owner: object, read: () => V): V {
  const memo = turnMemo<{ owner: object; value: V }>(name);
  if (memo === undefined) return read();
  const at = key();
  const known = memo.get(at);
  if (known !== undefined && known.owner === owner) return known.value;
  const value = read();
  memo.set(at, { owner, value });
  return value;
}

let corpusDepth = 0;
/** `read` (synchronous) reads the corpus: the words it reads may be kept beyond a turn (`keptWords`). */
export function readingCorpus<T>(read: () => T): T {
  corpusDepth += 1;
  try {
    return read();
  } finally {
    corpusDepth -= 1;
  }
}
/** Whether the words read now are the corpus's. */
export const corpusRead = () => corpusDepth > 0;

/** The memos kept beyond a turn (words of the corpus only), by name: for keptTexts. */
const keptMemos = new Map<string, ReadonlyMap<string, unknown>>();
/** A memo that outlives turns, registered so that what it holds can be inspected (keptTexts). */
export function keptMemo<V>(name: string): Map<string, V> {
  const memo = new Map<string, V>();
  keptMemos.set(name, memo);
  return memo;
}

/** Every key any memo holds now, outside the turns (tests: nothing a person typed is among them). */
export function keptTexts(): string[] {
  return [...keptMemos.values()].flatMap((memo) => [...memo.keys()]);
}
