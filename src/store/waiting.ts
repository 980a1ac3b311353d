/**
 * PostgreSQL (DATABASE_URL) not reachable when the server starts: a server and its database started together (the
 * database still starting, 57P03), a restart of both after a power cut, the network not up yet. The server starts anyway,
 * degraded as when PostgreSQL goes away while it runs: every message gets the Vietnamese 503 with Retry-After (nothing
 * answered unsaved, a channel's update delivered again later), /healthz says "store" is degraded, /readyz is 503 so a load
 * balancer sends nothing here; answers from the documents (/api/ask, /api/check) still come. The database is opened
 * (migrations first, as at any start) every STORE_DEFAULTS.pgOpenRetryMs until it answers; then everything works.
 * A database that answers but refuses (wrong password, no such database, a migration failing) still stops the start:
 * waiting would not mend it.
 */
import { StoreUnavailableError } from '../chat/ports.ts';
import type { Logger } from '../log.ts';
import { outageLog } from '../outage.ts';
import { isUnavailable, openPostgresStore, redactUrl, type OpenPostgresOptions } from './postgres.ts';
import { STORE_DEFAULTS } from './shared.ts';
import type { Store } from './types.ts';

/** The open failed because PostgreSQL could not be reached (not because it refused). */
const unreachable = (error: unknown) => error instanceof StoreUnavailableError && isUnavailable(error.cause ?? error);

/** The PostgreSQL store, or, while it cannot be reached at start, one that waits for it (see above). */
export async function openPostgresOrWait(url: string, options: OpenPostgresOptions & { logger: Logger; retryMs?: number }): Promise<Store> {
  try {
    return await openPostgresStore(url, options);
  } catch (error) {
    if (!unreachable(error)) throw error;
    return waitingStore(url, options, error);
  }
}

function waitingStore(url: string, options: OpenPostgresOptions & { logger: Logger; retryMs?: number }, firstError: unknown): Store {
  const { logger } = options;
  const retryMs = options.retryMs ?? STORE_DEFAULTS.pgOpenRetryMs;
  const outage = outageLog(
    { lost: 'store_unavailable_at_start', still: 'store_still_unavailable_at_start', back: 'store_connected', counted: 'failedTries' },
    STORE_DEFAULTS.pgOpenReminderMs,
  );
  outage.failed(logger, firstError);
  const unavailable = () =>
    new StoreUnavailableError(`Cơ sở dữ liệu PostgreSQL ${redactUrl(url)} chưa kết nối được từ lúc máy chủ khởi động; máy chủ thử lại mỗi ${Math.round(retryMs / 1000)} giây.`);
  let opened: Store | undefined;
  let closed = false;
  let attempt: Promise<void> | undefined;
  const tryOpen = () =>
    (attempt ??= openPostgresStore(url, options)
      .then(async (store) => {
        if (closed) return store.close();
        opened = store;
        clearInterval(timer);
        outage.answered(logger);
      })
      .catch((error: unknown) => outage.failed(logger, error))
      .finally(() => (attempt = undefined)));
  const timer = setInterval(() => void tryOpen(), retryMs).unref();
  const close = async () => {
    closed = true;
    clearInterval(timer);
    await attempt;
    await opened?.close();
  };
  /** What works before the database is opened; every other call fails as a lost connection does. */
  const waiting: Partial<Record<keyof Store, unknown>> = {
    backend: 'postgres',
    now: options.now ?? (() => new Date()),
    hashKey: () => {
      throw unavailable();
    },
    messageRef: () => {
      throw unavailable();
    },
    ping: async () => false,
    problems: async () => [],
  };
  return new Proxy({} as Store, {
    get(_target, property) {
      // Not a promise (`then`), nor anything else a caller may look for by a symbol.
      if (typeof property !== 'string' || property === 'then') return undefined;
      if (property === 'close') return close;
      if (opened) {
        const value = Reflect.get(opened, property) as unknown;
        return typeof value === 'function' ? value.bind(opened) : value;
      }
      if (property in waiting) return waiting[property as keyof Store];
      return async () => {
        throw unavailable();
      };
    },
  });
}
