/**
 * The log of a store (Redis behind the rate limits, the database behind a channel's outbox) going away and coming back:
 * one line when it is lost (code and message, never a stack), a reminder at most every `reminderMs` while it stays away,
 * one line when it answers again; each with how many attempts failed since the loss (a count only: never a key, an
 * address, a session or a text). A line per attempt flooded the log (every request, every 5 s per channel and instance).
 */
import type { Logger } from './log.ts';

export interface OutageEvents {
  /** The first failure: the store is lost. */
  lost: string;
  /** A reminder while it stays away. */
  still: string;
  /** It answered again. */
  back: string;
  /** The field counting the failed attempts since the loss. */
  counted: string;
}

export interface OutageLog {
  /** An attempt failed (its store unreachable): logged only at the loss and as a reminder. */
  failed(log: Logger, error: unknown): void;
  /** An attempt was answered: one line if the store was lost until now. */
  answered(log: Logger): void;
}

/** What the log says of a failure: a code (ioredis gives none: then the error's name) and a short message, never a stack. */
function failureFields(error: unknown): { code: string; message: string } {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  return {
    code: typeof code === 'string' || typeof code === 'number' ? String(code) : error instanceof Error ? error.name : typeof error,
    message: message.slice(0, 160),
  };
}

export function outageLog(events: OutageEvents, reminderMs: number, now: () => number = Date.now): OutageLog {
  let lostAt: number | undefined;
  let lastLineAt = 0;
  let failures = 0;
  return {
    failed(log, error) {
      const time = now();
      failures += 1;
      if (lostAt === undefined) {
        lostAt = lastLineAt = time;
        log.warn(events.lost, { ...failureFields(error), reminderSeconds: Math.round(reminderMs / 1000) });
      } else if (time - lastLineAt >= reminderMs) {
        lastLineAt = time;
        log.warn(events.still, { ...failureFields(error), downSeconds: Math.round((time - lostAt) / 1000), [events.counted]: failures });
      }
    },
    answered(log) {
      if (lostAt === undefined) return;
      log.info(events.back, { downSeconds: Math.round((now() - lostAt) / 1000), [events.counted]: failures });
      lostAt = undefined;
      failures = 0;
    },
  };
}
