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

/**
 * The code of a failure, or of what caused it: a store's StoreUnavailableError wraps the driver's error (ECONNREFUSED,
 * PostgreSQL's 57P03…), and a name with several addresses fails with an AggregateError of one error each.
 */
function codeOf(error: unknown, depth = 0): string | undefined {
  if (typeof error !== 'object' || error === null || depth > 4) return undefined;
  const { code, cause } = error as { code?: unknown; cause?: unknown };
  if (typeof code === 'string' || typeof code === 'number') return String(code);
  const inner = error instanceof AggregateError ? error.errors : [];
  return [cause, ...inner].map((each) => codeOf(each, depth + 1)).find((found) => found !== undefined);
}

/** What the log says of a failure: a code (its cause's; ioredis gives none: then the error's name) and a short message, never a stack. */
function failureFields(error: unknown): { code: string; message: string } {
  const message = error instanceof Error ? error.message : String(error);
  return {
    code: codeOf(error) ?? (error instanceof Error ? error.name : typeof error),
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
