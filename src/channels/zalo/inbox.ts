/**
 * Zalo polling's inbox on disk. Zalo forgets an update once getUpdates handed it out, so one the database
 * could not take yet (PostgreSQL unreachable) is written here before it waits, and removed once handled:
 * a stop or a crash meanwhile does not lose it, the next start handles it first. The file holds only the
 * updates waiting for the database, their text masked (src/privacy/mask.ts). The run that keeps one answers it as
 * typed (held in memory); a later start answers the masked text, which keeps what the household reader needs (kin
 * by birth order "cậu hai", counts, ages, amounts, the unit of a masked ward "phường [địa chỉ]", read urban:
 * test/privacy/mask-household-round25-privacy5.test.ts). Readable by this user only (0600); at the next
 * start an update older than RETENTION.outboxHours (or the store's session time if shorter: outboxCutoff) is dropped,
 * logged; forgotten at its sender's /xoadulieu; the file is removed when none waits. Written to a
 * temporary file, then renamed: never half written. A damaged file is set aside (see setAside), its content never logged.
 * Several instances on one PostgreSQL may share DATABASE_PATH (one folder, one machine): each holds its own file
 * (claimInbox: `<path>`, else `<path>` numbered 2, 3…, under a lock the operating system drops when the process ends),
 * so none overwrites another's waiting updates, and a restart takes a dead instance's file and answers what it kept.
 */
import { chmodSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { IncomingMessage } from '../../chat/types.ts';
import type { Logger } from '../../log.ts';
import { maskPersonalData } from '../../privacy/mask.ts';
import { outboxCutoff } from '../../store/shared.ts';
import { holdFileLock, type FileLock } from '../../store/sqlite.ts';

export const ZALO_INBOX = {
  /** How many instances sharing one DATABASE_PATH get an inbox file; any more keep waiting updates in memory only. */
  slots: 16,
} as const;

/** An update as the bot handles it: where to answer, its id, the message for the core. */
export interface WaitingUpdate {
  chatId: string;
  messageId: string;
  message: IncomingMessage;
}

export interface ZaloInbox {
  /** The update waits for the database: kept (masked) until dropped. */
  keep(update: WaitingUpdate): void;
  /** The update was handled (or given up for good): no longer kept. */
  drop(messageId: string): void;
  /** The updates kept by an earlier run and still within their retention (older ones are dropped, logged). */
  kept(): WaitingUpdate[];
  /** Drops the updates of one user (`zalo:<user id>`, the core's user key); how many went. */
  forget(userKey: string): number;
  /** Lets another process (or the next start) take this inbox file. */
  close(): void;
}

/** The inbox file `path` stands for with slot `n` (1: `path` itself; else `-n` before `.json`). */
export function inboxSlotPath(path: string, n: number): string {
  return n === 1 ? path : path.replace(/(\.json)?$/, (extension) => `-${n}${extension}`);
}

/**
 * The first inbox file of `path`'s slots no running process holds, held by this one until close (see the top);
 * undefined when all ZALO_INBOX.slots are held or the folder cannot be written (logged): updates wait in memory only.
 */
export function claimInbox(path: string, logger: Logger, now: () => Date = () => new Date()): ZaloInbox | undefined {
  try {
    mkdirSync(dirname(path), { recursive: true });
    for (let n = 1; n <= ZALO_INBOX.slots; n += 1) {
      const slot = inboxSlotPath(path, n);
      const lock = holdFileLock(`${slot}.lock`);
      if (lock) return fileInbox(slot, logger, now, lock);
    }
    logger.error('zalo.inbox_unavailable', { path, reason: 'all_slots_held', slots: ZALO_INBOX.slots });
  } catch (error) {
    logger.error('zalo.inbox_unavailable', { path, error });
  }
  return undefined;
}

type Kept = WaitingUpdate & { keptAt: number };

/** The inbox in file `path`; `lock`: this process's hold on it (claimInbox), released by close. */
export function fileInbox(path: string, logger: Logger, now: () => Date = () => new Date(), lock?: FileLock): ZaloInbox {
  const waiting = new Map<string, Kept>();
  let content: string | undefined;
  try {
    content = readFileSync(path, 'utf8');
  } catch (error) {
    const { code } = error as NodeJS.ErrnoException;
    if (code !== 'ENOENT') logger.error('zalo.inbox_unreadable', { path, reason: code ?? (error as Error).name });
  }
  if (content !== undefined) {
    try {
      const updates: unknown = JSON.parse(content);
      if (!Array.isArray(updates)) throw new TypeError('not a list of updates');
      for (const update of updates as Kept[]) waiting.set(update.messageId, update);
    } catch (error) {
      // Never the error's message: JSON.parse quotes the file's content, which is what people typed.
      setAside(path, now(), logger, (error as Error).name);
    }
  }
  const save = () => {
    try {
      if (waiting.size === 0) return rmSync(path, { force: true });
      mkdirSync(dirname(path), { recursive: true });
      const temporary = `${path}.tmp`;
      rmSync(temporary, { force: true });
      writeFileSync(temporary, JSON.stringify([...waiting.values()]), { mode: 0o600 });
      renameSync(temporary, path);
    } catch (error) {
      // The update still waits in memory: only a stop before the database is back would lose it.
      logger.error('zalo.inbox_write_failed', { path, waiting: waiting.size, error });
    }
  };
  const remove = (which: (update: Kept) => boolean): number => {
    const gone = [...waiting.values()].filter(which);
    for (const update of gone) waiting.delete(update.messageId);
    if (gone.length > 0) save();
    return gone.length;
  };
  return {
    keep: (update) => {
      const { text } = update.message;
      const message = text === undefined ? update.message : { ...update.message, text: maskPersonalData(text) };
      waiting.set(update.messageId, { ...update, message, keptAt: now().getTime() });
      save();
    },
    drop: (messageId) => void remove((update) => update.messageId === messageId),
    kept: () => {
      const cutoff = outboxCutoff(now());
      const expired = remove((update) => update.keptAt < cutoff);
      if (expired > 0) logger.warn('zalo.inbox_expired', { updates: expired });
      return [...waiting.values()].map(({ keptAt: _keptAt, ...update }) => update);
    },
    forget: (userKey) => remove((update) => `${update.message.channel}:${update.message.userId}` === userKey),
    close: () => {
      if (lock?.open) lock.close();
    },
  };
}

/**
 * A damaged inbox file (half written, edited by hand) is renamed `<path>.damaged-<ms>`, readable by its owner
 * only, so the next writes start clean and someone can still look at it; its updates are not answered.
 */
function setAside(path: string, at: Date, logger: Logger, reason: string): void {
  const aside = `${path}.damaged-${at.getTime()}`;
  try {
    chmodSync(path, 0o600);
    renameSync(path, aside);
    logger.error('zalo.inbox_unreadable', { path, reason, movedTo: aside });
  } catch (error) {
    logger.error('zalo.inbox_unreadable', { path, reason, notMoved: (error as NodeJS.ErrnoException).code ?? 'unknown' });
  }
}
