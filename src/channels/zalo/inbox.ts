/**
 * Zalo polling's inbox on disk. Zalo forgets an update once getUpdates handed it out, so one the database
 * could not take yet (PostgreSQL unreachable) is written here before it waits, and removed once handled:
 * a stop or a crash meanwhile does not lose it, the next start handles it first. The file holds only the
 * updates waiting for the database (the message text among them, as the core will read it), never anything
 * else, and is removed when none waits. Written to a temporary file, then renamed: never half written.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { IncomingMessage } from '../../chat/types.ts';
import type { Logger } from '../../log.ts';

/** An update as the bot handles it: where to answer, its id, the message for the core. */
export interface WaitingUpdate {
  chatId: string;
  messageId: string;
  message: IncomingMessage;
}

export interface ZaloInbox {
  /** The update waits for the database: kept until dropped. */
  keep(update: WaitingUpdate): void;
  /** The update was handled (or given up for good): no longer kept. */
  drop(messageId: string): void;
  /** The updates kept by an earlier run (read at start). */
  kept(): WaitingUpdate[];
}

export function fileInbox(path: string, logger: Logger): ZaloInbox {
  const waiting = new Map<string, WaitingUpdate>();
  try {
    for (const update of JSON.parse(readFileSync(path, 'utf8')) as WaitingUpdate[]) waiting.set(update.messageId, update);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') logger.error('zalo.inbox_unreadable', { path, error });
  }
  const save = () => {
    try {
      if (waiting.size === 0) return rmSync(path, { force: true });
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(`${path}.tmp`, JSON.stringify([...waiting.values()]));
      renameSync(`${path}.tmp`, path);
    } catch (error) {
      // The update still waits in memory: only a stop before the database is back would lose it.
      logger.error('zalo.inbox_write_failed', { path, waiting: waiting.size, error });
    }
  };
  return {
    keep: (update) => {
      waiting.set(update.messageId, update);
      save();
    },
    drop: (messageId) => {
      if (waiting.delete(messageId)) save();
    },
    kept: () => [...waiting.values()],
  };
}
