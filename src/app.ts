/**
 * The composition root: rules, corpus and search index, the database, and the chat core on top.
 * main.ts (all channels), the terminal chat and the tests build the same thing through here.
 * A broken rules file, corpus file or database stops start-up with a message naming the file; a PostgreSQL not reachable yet does not (src/store/waiting.ts).
 */
import { createChatCore } from './chat/core.ts';
import type { UserForgetter } from './chat/ports.ts';
import type { ChatCore } from './chat/types.ts';
import type { DocumentMeta } from './corpus/types.ts';
import { loadStartCorpus } from './corpus/cache.ts';
import { silentLogger, type Logger } from './log.ts';
import { loadRules, type RuleSet } from './rules/index.ts';
import { createSearchEngine } from './search/engine.ts';
import { createProvinces, type Provinces } from './chat/provinces.ts';
import { loadOrBuildIndex } from './search/index-cache.ts';
import type { SearchEngine } from './search/types.ts';
import type { SharedState } from './store/redis.ts';
import { openStore } from './store/sqlite.ts';
import type { Store, StoreProblem } from './store/types.ts';
import type { HoursOfDay } from './text/dates.ts';

export interface AppOptions {
  databasePath: string;
  /** PostgreSQL instead of the SQLite file (DATABASE_URL); migrated at open. */
  databaseUrl?: string;
  /** Redis shared by several instances (REDIS_URL) and the prefix of its keys. */
  redisUrl?: string;
  redisKeyPrefix?: string;
  /** PostgreSQL: the hours of the store's own rewrites of erased rows (ERASURE_SCRUB_HOURS). */
  scrubHours?: HoursOfDay;
  logger?: Logger;
  /** Clock for dates in answers, session expiry and timestamps (tests). */
  now?: () => Date;
  /** Other data folders (tests); default the repository's corpus/ and rules/. */
  corpusDir?: string;
  rulesDir?: string;
}

/** What /healthz and /readyz report: each service, whether it answers now and what does not work. */
export interface Health {
  /** `problems` only when there are some (disk full, lock held elsewhere, damaged pages: answers still come). */
  database: { backend: Store['backend']; reachable: boolean; problems?: StoreProblem[] };
  /** Present when REDIS_URL is set. */
  redis?: { reachable: boolean };
}

export interface App {
  core: ChatCore;
  /** What channels keep about a user outside the store (Zalo's inbox): the core forgets it too at /xoadulieu. */
  forgetters: Set<UserForgetter>;
  store: Store;
  /** Rate limits, drafts and chat order shared through Redis, when REDIS_URL is set. */
  shared?: SharedState;
  health(): Promise<Health>;
  search: SearchEngine;
  rules: RuleSet;
  documents: DocumentMeta[];
  /** The provinces known by name, before and since 01/07/2025 (corpus/provinces-2025.yaml). */
  provinces: Provinces;
  close(): Promise<void>;
}

export async function createApp(options: AppOptions): Promise<App> {
  const logger = options.logger ?? silentLogger;
  const rules = loadRules(options.rulesDir);
  const { corpus, provincesSince2025 } = await loadStartCorpus(options.corpusDir);
  const search = createSearchEngine(corpus, loadOrBuildIndex(corpus.passages).index);
  const provinces = createProvinces(provincesSince2025);
  // The database last: nothing above can leave it open when it fails.
  const clock = options.now ? { now: options.now } : {};
  // PostgreSQL (pg, node-pg-migrate) and Redis (ioredis) are loaded only when configured: importing them costs start-up otherwise.
  const store: Store = options.databaseUrl
    ? await (await import('./store/waiting.ts')).openPostgresOrWait(options.databaseUrl, { ...clock, logger, ...(options.scrubHours ? { scrubHours: options.scrubHours } : {}) })
    : openStore(options.databasePath, { ...clock, logger });
  let shared: SharedState | undefined;
  try {
    if (options.redisUrl) shared = await (await import('./store/redis.ts')).openRedisState(options.redisUrl, options.redisKeyPrefix ?? 'tro-ly:', logger, { hashKey: (key) => store.hashKey(key), staleDrafts: store });
  } catch (error) {
    await store.close();
    throw error;
  }
  const forgetters = new Set<UserForgetter>();
  const core = createChatCore({
    forgetters,
    search,
    rules,
    store,
    // Each update's claim in one place every instance reads: PostgreSQL when configured (no instance answers without it:
    // 503, redelivered), so an instance that lost Redis and one that still has it never both answer the same update (was:
    // one claimed in Redis, the other in PostgreSQL). Redis's claims only in front of a SQLite file.
    ...(shared ? { drafts: shared.drafts, lock: shared.chatLock, ...(store.backend === 'postgres' ? {} : { deliveries: shared.deliveryClaims(store) }) } : {}),
    documents: corpus.documents,
    provinces,
    logger,
    // The one clock: the store's (PostgreSQL: the database server's), which every instance shares and rows are stamped by.
    now: options.now ?? (() => store.now()),
  });
  logger.info('app_ready', { passages: search.passageCount, documents: corpus.documents.length, rules: rules.version });
  const health = async (): Promise<Health> => {
    const [database, problems, redis] = await Promise.all([store.ping(), store.problems(), shared?.ping()]);
    return {
      database: { backend: store.backend, reachable: database, ...(problems.length > 0 ? { problems } : {}) },
      ...(redis === undefined ? {} : { redis: { reachable: redis } }),
    };
  };
  const close = async () => {
    // A deliberate stop: the checks whose drafts go with this process are told lost to a restart, not to a fault.
    await core.stop?.();
    await shared?.close();
    await store.close();
  };
  return { core, forgetters, store, ...(shared ? { shared } : {}), health, search, rules, documents: corpus.documents, provinces, close };
}
