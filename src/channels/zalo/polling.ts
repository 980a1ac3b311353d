/**
 * Long polling: `getUpdates` in a loop, each update handed to the bot without waiting (the bot's
 * queue keeps each chat in order). Failures back off exponentially and recover on their own;
 * `stop()` aborts the pending long poll at once and waits for updates already being handled.
 */
import type { Logger } from '../../log.ts';
import { ZaloApiError, type ZaloApi } from './api.ts';
import type { ZaloBot } from './bot.ts';
import { backOffAfter, retryUntilDone, type RetryOptions } from './retry.ts';

/** Seconds the platform holds a getUpdates call open when nothing arrives (its default is 30). */
export const DEFAULT_POLL_TIMEOUT_SECONDS = 30;
/** Past this many updates in flight, polling waits for them before asking for more. */
const MAX_PENDING_UPDATES = 100;

export interface PollingDeps {
  api: ZaloApi;
  bot: ZaloBot;
  logger: Logger;
  retry: RetryOptions;
  timeoutSeconds: number;
  /** Runs once before the first poll (getMe, deleteWebhook), retried until it succeeds. */
  prepare: (signal: AbortSignal) => Promise<void>;
}

export interface Polling {
  stop(): Promise<void>;
}

/** Waits for `settled`, or less: until `signal` aborts; leaves no listener behind. */
async function untilAborted(settled: Promise<void>, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return;
  let onAbort: () => void = () => {};
  const aborted = new Promise<void>((resolve) => (onAbort = resolve));
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    await Promise.race([settled, aborted]);
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

export function startPolling(deps: PollingDeps): Polling {
  const { api, bot, logger } = deps;
  const controller = new AbortController();
  const context = { retry: deps.retry, logger, signal: controller.signal };

  async function loop(): Promise<void> {
    if (!(await retryUntilDone('prepare', deps.prepare, context))) return;
    logger.info('zalo.polling_started', { timeoutSeconds: deps.timeoutSeconds });
    let failures = 0;
    while (!controller.signal.aborted) {
      if (bot.pending >= MAX_PENDING_UPDATES) await bot.idle();
      // While updates wait for the database, Zalo keeps the next ones better than this process would.
      if (bot.waiting > 0) {
        logger.info('zalo.polling_paused', { waiting: bot.waiting });
        await untilAborted(bot.noneWaiting(), controller.signal);
        continue;
      }
      let updates: unknown[];
      try {
        updates = await api.getUpdates({ timeout: deps.timeoutSeconds }, controller.signal);
      } catch (error) {
        // Some servers answer an idle long poll with 408 instead of an empty result.
        if (error instanceof ZaloApiError && error.errorCode === 408) continue;
        failures += 1;
        if (!(await backOffAfter('getUpdates', failures, error, context))) return;
        continue;
      }
      if (failures > 0) logger.info('zalo.polling_recovered', { failures });
      failures = 0;
      // Not awaited: each chat's queue keeps order; one the database could not take is retried by the bot (kept in its inbox).
      for (const update of updates) void bot.handleUpdate(update);
    }
  }

  const running = loop();
  return {
    async stop() {
      controller.abort();
      await running;
      await bot.idle();
      logger.info('zalo.polling_stopped');
    },
  };
}
