/**
 * What a channel remembers of the updates it decided (the per-user limit's counted ids): a Map kept in the order its
 * entries were set, so the oldest are at the front.
 */

/** Forgets the entries set `keepMs` or more before `time` (`at`: when an entry was set) and the oldest beyond `most`. */
export function forgetOlder<K, V>(marks: Map<K, V>, time: number, keepMs: number, most: number, at: (value: V) => number): void {
  for (const [key, value] of marks) {
    if (time - at(value) < keepMs && marks.size <= most) break;
    marks.delete(key);
  }
}
