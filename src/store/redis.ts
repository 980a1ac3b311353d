/**
 * What several instances share through Redis (REDIS_URL, ioredis), every key under REDIS_KEY_PREFIX:
 * - API and per-session rate limits (rate-limiter-flexible on Redis), behind the server's port, and
 *   Telegram's per-user limit (@grammyjs/ratelimiter counting in Redis);
 * - drafts of users who did not consent: in Redis with the same idle expiry as in memory, never in
 *   the database, sealed (AES-256-GCM under a key Redis never sees: sealDrafts), so Redis's files, replicas and a
 *   MONITOR hold no household data;
 * - one chat's messages one at a time across instances (a lock per chat: SET NX PX, released only by
 *   its owner, the pattern documented by Redis for a single instance);
 * - each Telegram update_id / Zalo message id handled once across instances, in front of a SQLite store (with PostgreSQL
 *   the store's claims are the one authority, src/app.ts: an instance that lost Redis would otherwise claim in the database
 *   what another claims in Redis, and both answer): a claim is a lease (SET NX
 *   PX DELIVERY_DEFAULTS.leaseMs with the holder's token) that expires by itself if its holder dies,
 *   becomes "done" (kept 7 days) once answered, and is given back by its holder when the database was
 *   away so the redelivery is answered.
 * When Redis is down each feature degrades on its own, with a warning log (README): rate limits let
 * requests through (the server's port does that on a throw), drafts and the chat lock fall back to
 * this process's memory, so a conversation still works on the instance it reached; delivery claims
 * fall back to the store's persisted claim.
 */
import { randomBytes } from 'node:crypto';
import { Redis, ReplyError } from 'ioredis';
import { RateLimiterRedis } from 'rate-limiter-flexible';
import { DELIVERY_DEFAULTS, DeliveryClaimLostError, DRAFT_LOST, DRAFT_UNREADABLE, ownerOfSession, heartbeat, processChatLock, renewWhileHandled, storeDeliveryClaims, StoreUnavailableError, type ChatLock, type DeliveryClaims, type DeliveryStore } from '../chat/ports.ts';
import { DRAFT_IDLE_MS, VolatileDrafts, type ErasableDrafts } from '../chat/session.ts';
import type { Logger } from '../log.ts';
import { REDELIVERY_MS, RETENTION } from '../privacy/retention.ts';
import { sealWith } from '../privacy/seal.ts';
import type { LimitedChannel } from '../channels/user-limit.ts';
import type { RateLimiterFactory } from '../server/rate-limit.ts';
import { DAY_MS } from './shared.ts';
import type { StaleDraft, StaleDraftMarks } from './types.ts';

export const REDIS_DEFAULTS = {
  /**
   * A command waits this long for Redis before the feature falls back (ms); the first that does opens the process's breaker
   * (redisBreaker), and every feature then falls back at once until Redis answers a PING (tried every breakerProbeMs).
   */
  commandTimeoutMs: 500,
  breakerProbeMs: 1000,
  connectTimeoutMs: 2000,
  /** A feature falling back (Redis away) is logged (`redis_fallback`) at most once in this long (ms). */
  fallbackWarnEveryMs: 60_000,
  /** Reconnect attempts back off up to this (ms). */
  maxReconnectDelayMs: 2000,
  /** A chat lock expires after this even if its holder died (SIGKILL) mid-message (ms). */
  chatLockTtlMs: 15_000,
  /** A chat lock held is renewed (heartbeat) every this fraction of chatLockTtlMs while its turn runs. */
  chatLockRenewFraction: 1 / 3,
  /** How often a waiting message retries the chat lock, and how long it waits in all (ms). */
  chatLockRetryMs: 25,
  chatLockWaitMs: 20_000,
  /**
   * An answered delivery's claim is kept this long: past Telegram's and Zalo's redelivery window
   * (hours), as long as the store keeps its claims (RETENTION.deliveryDays = 7 days) (ms).
   */
  deliveryClaimTtlMs: RETENTION.deliveryDays * DAY_MS,
  /** An update refused by a channel's per-user limit is remembered as refused this long: the platforms' redelivery window (ms). */
  refusedCountTtlMs: REDELIVERY_MS,
  /** The operator's scrub (scrubRedis): keys read per SCAN step, and how long it waits for Redis's rewrite of its files (ms). */
  scrubScanCount: 500,
  scrubPersistWaitMs: 120_000,
  scrubPollMs: 100,
  /**
   * A draft Redis holds counts as older than a mark (and is deleted) when it was last written up to this long after the mark
   * (ms): the mark is stamped on one instance's correction of the database's clock, the draft's age is Redis's time to live,
   * and the two differ by tens of milliseconds; an erased household must not come back for that (a newer draft lost instead
   * only makes the resident start the check again, told so). A copy written back over its own mark is told by its version
   * (DRAFT_SCRIPT), not by its age: never taken for the older draft, and written at once (was: after waiting out twice this).
   */
  staleMarkSkewMs: 250,
  /** Marks of stale drafts (StaleDraftMarks) read per query when Redis is back, to delete what they name. */
  staleDraftsBatch: 500,
  /**
   * How often a server with Redis looks for erasures made while Redis was away that older servers wait on
   * (StaleDraftMarks.unsettledErasures: they read no draft of anyone meanwhile), and settles them (ms).
   */
  erasureSweepMs: 1_000,
  /**
   * An unsettled erasure ends this long after the drafts its mark names were deleted (ms): an older server that read one of them
   * from Redis just before asks the marks within this (its commands wait commandTimeoutMs × 4 at most), and fails then.
   */
  erasureSettleGraceMs: 2_000,
  /**
   * At a deliberate stop (SIGTERM), drafts held in memory because Redis was away are written back to it: it is waited for this
   * long at most (ms; within the few seconds a stop is given before SIGKILL), looked at every stopSyncPollMs.
   */
  stopSyncWaitMs: 5_000,
  stopSyncPollMs: 100,
  /** Conversations remembered as told their draft was lost or unreadable (told once each), as many as drafts in memory. */
  missingDraftsTold: 10_000,
  /**
   * Conversations whose draft version and user's erasure this instance remembers as last seen (what a turn's write and a copy's
   * write-back are checked against, DRAFT_SCRIPT); one forgotten only makes a copy of it, written back, give way to the draft in Redis.
   */
  draftVersionsSeen: 10_000,
  /**
   * A copy held in memory while Redis was away is written back over the version this instance saw before it (always kept) or
   * one of its own latest writes Redis did not answer, these at most.
   */
  copyVersionsKept: 20,
  /**
   * A version without a token (written by an instance of round 30 or older, during a rolling upgrade) counts as the one this
   * instance saw when its time to live in Redis is no more than it was then less the time passed here since, plus this (ms):
   * Redis's rounding of it; any write since gave it its full time to live again.
   */
  untokenedVersionSlackMs: 5,
} as const;

/** Counts one hit; the first of a window sets the window's expiry. */
const COUNT_SCRIPT = "local c = redis.call('incr', KEYS[1]) if c == 1 then redis.call('pexpire', KEYS[1], ARGV[1]) end return c";

/** The value of a delivery claim once its delivery was answered. */
const FINISHED = 'done';

/**
 * Moves a key of the older format (named by the raw id, KEYS[1]) to its current name (KEYS[2]) unless that exists, with
 * its time to live, at most ARGV[1] ms; the old key is deleted either way. Returns the value moved (or nil).
 */
const ADOPT_SCRIPT = `local v = redis.call('get', KEYS[1])
if not v then return nil end
local ttl = redis.call('pttl', KEYS[1])
local max = tonumber(ARGV[1])
if ttl <= 0 or ttl > max then ttl = max end
redis.call('del', KEYS[1])
if redis.call('set', KEYS[2], v, 'PX', ttl, 'NX') then return v end
return redis.call('get', KEYS[2])`;

/**
 * When a draft was last written or read, on the store's one clock (`<ms>|<the draft's version then>`, DRAFT_SCRIPT): a
 * draft's age against a mark is told by it, not by Redis's time to live against the store's clock, which the time a turn
 * takes in Redis moved (a draft written 251 ms after a mark was deleted as older than it by REDIS_DEFAULTS.staleMarkSkewMs,
 * test/store/stale-skew-round36-instances18.test.ts). Kept as long as the draft.
 */
const touchedKey = (hash: string) => `draftt:${hash}`;

/**
 * Lua: whether the draft (dk, its version vk, when it was touched tk) was written or read after `latest` (ms, the store's
 * clock). The time touched counts only while the version is the one it was written with and the draft's time to live is no
 * longer than its (both set in one script: Redis's time stands still in it), else the draft was written or read since without
 * it (an instance of round 35 or older) and is told by its time to live, more than `ttl_at_most` ms.
 */
const WRITTEN_AFTER = `local function written_after(dk, vk, tk, latest, ttl_at_most)
  local at, on = string.match(redis.call('get', tk) or '', '^(%d+)|(.*)$')
  local left = redis.call('pttl', dk)
  if at and on == (redis.call('get', vk) or '') and left <= redis.call('pttl', tk) then return tonumber(at) > tonumber(latest) end
  return left > tonumber(ttl_at_most)
end`;

/**
 * One write of a draft, atomic. KEYS: the draft, its version, the conversation's chat lock, its user's set of group drafts,
 * the draft's raw-named key of an older instance, the chat lock's last holder (LOCK_SCRIPT), the user's erasure (ERASE_DRAFTS_SCRIPT),
 * when the draft was touched (touchedKey: ARGV[16], the store's clock now, on every write but a deletion, which removes it).
 * ARGV[1] the kind: 'set' (value ARGV[2]), 'renew' (a read: the times to live only), 'reseal' (an older instance's plain draft
 * sealed, its version kept) or 'delete' (the version left as a tombstone); ARGV[3] the time to live (ms); ARGV[4] the chat
 * lock's token this instance holds for the turn ('' none): fenced, nothing is written once the lock is another's (another
 * instance took it after it ran out while this instance worked), -1; a lock that ran out is taken again for ARGV[8] ms and the
 * write goes ahead only when no one took it since (its last holder still this token; was: whenever it was free, so a lock
 * taken, used and released by another instance meanwhile was taken again and the stalled turn's draft went over the newer
 * one). ARGV[5] the stale mark (its time, ms) the write supersedes, 0 none. ARGV[6] the condition on a 'set': 'back' (a copy
 * written back after Redis was away: not written, 0, once the version is none of ARGV[10], the one this instance saw last
 * and those of its own writes Redis did not answer (it may have taken them), comma-separated: any write or deletion since,
 * by any instance; was: told by this instance's clock against Redis's TIME, with
 * a skew window; nor once the user's erasure is another than ARGV[11], the one this instance saw when the copy began: a group
 * chat's first draft has no version for the erasure to leave a tombstone on (was: written back after /xoadulieu or `privacy
 * erase`, the household back in Redis); a version without a token (an instance of round 30 or older wrote it, a rolling
 * upgrade) counts as seen only when it is ARGV[12], the one this instance saw, and its time to live is at most ARGV[13], what it
 * had then less the time passed since: not rewritten (was: any such version refused the write-back); an erasure other than
 * ARGV[11] made before ARGV[14] (ms, the store's clock: when this instance's read of the conversation failed, so the copy holds
 * nothing read from Redis; '' none) does not refuse it, nor does that erasure's tombstone on the version (was: any erasure of
 * the user's in the last DRAFT_IDLE_MS, the resident's new check after a morning's /xoadulieu thrown away)), 'turn' (a turn's own write: refused, -2, once the user's erasure is another than ARGV[11], the one the
 * turn read: a group chat's draft is not written after the user's /xoadulieu or `privacy erase`), '' none. A version is the
 * mark and a token (`<mark>|<token>`, ARGV[9] new at each set or delete), its time to live set by writes only (set,
 * delete), never by a read ('renew') or a reseal. ARGV[7] the draft's name kept in the user's set of group drafts (what the
 * user's erasure finds them by, eraseUserDrafts), '' for a private chat's. A 'delete' with 'back' (a deletion Redis did not
 * take, written back: ARGV[5] its mark) deletes a version this instance saw (ARGV[10], ARGV[12] and ARGV[13] as above), or
 * another written before that mark (the stale-mark rule, DELETE_STALE_SCRIPT: its mark older, the draft's time to live at
 * most ARGV[15], or touched after ARGV[17], the mark plus REDIS_DEFAULTS.staleMarkSkewMs, WRITTEN_AFTER); a draft written since is kept, 0 (was: deleted whatever Redis held, so a check begun again at another
 * instance after it settled the mark was lost when this one came back).
 */
const DRAFT_SCRIPT = `local function token(v) return string.match(v, '|([^|]*)$') or '' end
${WRITTEN_AFTER}
if ARGV[6] == 'turn' and ARGV[1] == 'set' and (redis.call('get', KEYS[7]) or '') ~= ARGV[11] then return -2 end
if ARGV[4] ~= '' then
  local holder = redis.call('get', KEYS[3])
  if holder and holder ~= ARGV[4] then return -1 end
  if not holder then
    local last = redis.call('get', KEYS[6])
    if last and last ~= ARGV[4] then return -1 end
    redis.call('set', KEYS[3], ARGV[4], 'PX', ARGV[8])
  end
end
local ttl = ARGV[3]
local version = ARGV[5] .. '|' .. ARGV[9]
if ARGV[1] == 'delete' then
  if ARGV[6] == 'back' then
    local now = redis.call('get', KEYS[2])
    if now then
      local seen = token(now)
      if seen == '' then seen = now == ARGV[12] and redis.call('pttl', KEYS[2]) <= tonumber(ARGV[13])
      else seen = string.find(',' .. ARGV[10] .. ',', ',' .. seen .. ',', 1, true) ~= nil end
      if not seen then
        local over = tonumber(string.match(now, '^[^|]*')) or 0
        if over >= tonumber(ARGV[5]) or written_after(KEYS[1], KEYS[2], KEYS[8], ARGV[17], ARGV[15]) then return 0 end
      end
    end
  end
  redis.call('del', KEYS[1], KEYS[5], KEYS[8])
  redis.call('set', KEYS[2], version, 'PX', ttl)
  return 1
end
if ARGV[1] == 'set' then
  if ARGV[6] == 'back' then
    local erased = redis.call('get', KEYS[7]) or ''
    local before = ''
    if erased ~= ARGV[11] then
      local at = tonumber(string.match(erased, '^(%d+)|') or '')
      if ARGV[14] == '' or not at or at >= tonumber(ARGV[14]) then return 0 end
      before = token(erased)
    end
    local now = redis.call('get', KEYS[2])
    if now then
      local seen = token(now)
      if seen == '' then
        if now ~= ARGV[12] or redis.call('pttl', KEYS[2]) > tonumber(ARGV[13]) then return 0 end
      elseif not string.find(',' .. ARGV[10] .. ',', ',' .. seen .. ',', 1, true) and seen ~= before then return 0 end
    end
  end
  redis.call('set', KEYS[1], ARGV[2], 'PX', ttl)
  redis.call('set', KEYS[2], version, 'PX', ttl)
elseif ARGV[1] == 'reseal' then
  redis.call('set', KEYS[1], ARGV[2], 'PX', ttl)
else
  redis.call('pexpire', KEYS[1], ttl)
end
redis.call('set', KEYS[8], ARGV[16] .. '|' .. (redis.call('get', KEYS[2]) or ''), 'PX', ttl)
if ARGV[7] ~= '' then
  redis.call('sadd', KEYS[4], ARGV[7])
  if redis.call('pttl', KEYS[4]) < tonumber(ttl) then redis.call('pexpire', KEYS[4], ttl) end
end
return 1`;

/**
 * A draft read with what its fenced writes are checked against (DRAFT_SCRIPT): KEYS the draft, its version, the user's erasure;
 * and the version's time to live (ms; an untokened version is told apart from a rewrite of it by that).
 */
const READ_DRAFT_SCRIPT = `return {redis.call('get', KEYS[1]) or false, redis.call('get', KEYS[2]) or false, redis.call('get', KEYS[3]) or false, redis.call('pttl', KEYS[2])}`;

/**
 * A chat lock taken (SET NX PX ARGV[2]) under token ARGV[1], which is kept as the lock's last holder (KEYS[2], ARGV[3] ms): a
 * turn whose lock ran out takes it again only if no one took it since (DRAFT_SCRIPT). 1 when taken.
 */
const LOCK_SCRIPT = `if redis.call('set', KEYS[1], ARGV[1], 'PX', ARGV[2], 'NX') then
  redis.call('set', KEYS[2], ARGV[1], 'PX', ARGV[3])
  return 1
end
return 0`;

/**
 * What an instance last saw of a conversation's draft in Redis: its version's token ('' none, or untokened), the user's erasure
 * ('' none) and, for a version without a token (round 30 or older), the version, its time to live then (ms) and when that was
 * (performance.now(): time passed here, not this instance's clock against Redis's); and when a read of it from Redis last
 * failed (the store's clock), none succeeding since: a copy begun then holds nothing read from Redis (DRAFT_SCRIPT ARGV[14]).
 */
type Seen = { version: string; erased: string; untokened?: { version: string; ttl: number; at: number }; unreadAt?: number };

/** The token of a draft's version (`<mark>|<token>`, DRAFT_SCRIPT); '' for an older instance's (the mark alone). */
const versionToken = (version: string | null) => (version === null ? undefined : (/\|([^|]*)$/.exec(version)?.[1] ?? ''));

/** The key of a user's last erasure of their drafts (ERASE_DRAFTS_SCRIPT), by the user's keyed hash. */
const erasedKey = (hashKey: (key: string) => string, userKey: string) => `erased:${hashKey(userKey)}`;

/** The key of a draft's version (DRAFT_SCRIPT), by the draft's name (the keyed hash of its conversation). */
const versionKey = (hash: string) => `draftv:${hash}`;

/** The key of a user's set of group-chat drafts (DRAFT_SCRIPT), by the user's keyed hash. */
const groupDraftsKey = (hashKey: (key: string) => string, userKey: string) => groupDraftsOf(hashKey(userKey));
const groupDraftsOf = (userHash: string) => `drafts:${userHash}`;

/**
 * The stale-draft mark (StaleDraftMarks) of a user's erasure made while Redis could not be reached (/xoadulieu at an instance cut
 * off from it, `privacy erase`), by the user's keyed hash as their set of group drafts is named: whoever settles it deletes each
 * group draft in that set older than the mark, and no instance reads one or writes back its copy of one made before it (the
 * private chat's draft has its own mark). Was: only the private chat's draft marked, the group chats' read again and kept in
 * Redis after "Đã xóa" though the resident was told they would go once Redis was back (test/store/erase-outage-round33-instances15.test.ts).
 */
export const erasureMark = (userHash: string) => `user:${userHash}`;

/**
 * Deletes the first ARGV[1] of KEYS (a user's drafts) and returns the indexes (from 1) of those Redis held; deletes the next
 * ARGV[4] (when they were touched, touchedKey); leaves each of the next but the last two (their versions) a tombstone (`0|<the erasure's token>`) for ARGV[2] ms (a copy written back later finds the erasure newer,
 * DRAFT_SCRIPT); keeps ARGV[3] (`<its time, the store's clock>|<token>`) as the user's erasure (the next to last) for as long: a turn of one of their chats running
 * meanwhile, a group chat's not yet in the set among them, writes no draft after it (DRAFT_SCRIPT); then deletes the last (their set).
 */
const ERASE_DRAFTS_SCRIPT = `local gone = {}
local drafts = tonumber(ARGV[1])
for i = 1, drafts do if redis.call('del', KEYS[i]) == 1 then gone[#gone + 1] = i end end
local touched = drafts + tonumber(ARGV[4])
for i = drafts + 1, touched do redis.call('del', KEYS[i]) end
local tombstone = '0|' .. string.match(ARGV[3], '([^|]*)$')
for i = touched + 1, #KEYS - 2 do redis.call('set', KEYS[i], tombstone, 'PX', ARGV[2]) end
redis.call('set', KEYS[#KEYS - 1], ARGV[3], 'PX', ARGV[2])
redis.call('del', KEYS[#KEYS])
return gone`;

/**
 * Deletes every draft of one user: their private chat's, under its hashed name and the raw name an older instance wrote
 * (`draft:<key>`), and each group chat's their set names (DRAFT_SCRIPT), their versions left as tombstones and the erasure
 * kept, then the set. The names (keyed hashes of the chats' keys) of the drafts deleted.
 */
async function eraseUserDrafts(redis: Pick<Redis, 'smembers' | 'eval'>, hashKey: (key: string) => string, userKey: string, now: () => Date): Promise<Set<string>> {
  const groups = await redis.smembers(groupDraftsKey(hashKey, userKey));
  const names = [hashKey(userKey), hashKey(userKey), ...groups];
  const drafts = [`draft:${hashKey(userKey)}`, `draft:${userKey}`, ...groups.map((hash) => `draft:${hash}`)];
  const touched = [hashKey(userKey), ...groups].map(touchedKey);
  const keys = [...drafts, ...touched, versionKey(hashKey(userKey)), ...groups.map(versionKey), erasedKey(hashKey, userKey), groupDraftsKey(hashKey, userKey)];
  // The erasure is its time (the store's clock) and a token: a copy begun after it is told apart from one begun before (DRAFT_SCRIPT).
  const erasure = `${now().getTime()}|${randomBytes(12).toString('base64url')}`;
  const gone = (await redis.eval(ERASE_DRAFTS_SCRIPT, keys.length, ...keys, drafts.length, DRAFT_IDLE_MS, erasure, touched.length)) as number[];
  return new Set(gone.map((index) => names[index - 1]!));
}

/**
 * Drafts are household data of people who did not consent to keep it (area, province, members, income, answers): Redis
 * may write them to its append-only file or snapshot and copy them to replicas, where a deleted draft stays until those
 * are rewritten (`cli privacy scrub`). Each is sealed (src/privacy/seal.ts) under its own key, the store's keyed hash of
 * "draft-seal:" and the draft's raw key: Redis holds neither the raw key nor the secret.
 */
export const sealDrafts = (hashKey: (key: string) => string) => sealWith(hashKey, 'draft-seal:');

/**
 * Deletes a draft (KEYS[1]) last written or read no later than a mark plus REDIS_DEFAULTS.staleMarkSkewMs (ARGV[3], the store's
 * clock, told by when it was touched, KEYS[3]; else ARGV[2] being the time to live such a draft would have left now, DRAFT_IDLE_MS
 * less the mark's age, WRITTEN_AFTER): one written since stays; so does one written back over that mark or a later one (its
 * version, KEYS[2], DRAFT_SCRIPT, at least the mark's time ARGV[1]). Returns 1 when deleted.
 */
const DELETE_STALE_SCRIPT = `${WRITTEN_AFTER}
local over = tonumber(string.match(redis.call('get', KEYS[2]) or '0', '^[^|]*')) or 0
if over >= tonumber(ARGV[1]) or redis.call('exists', KEYS[1]) == 0 or written_after(KEYS[1], KEYS[2], KEYS[3], ARGV[3], ARGV[2]) then return 0 end
redis.call('del', KEYS[3])
return redis.call('del', KEYS[1])`;

/** Deletes the lock only if it is still ours (an expired lock may have been taken by another instance). */
const RELEASE_SCRIPT = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";
/** A delivery claim, or a chat lock, renewed by its holder only (heartbeat): its lease runs ARGV[2] ms from now. */
const RENEW_SCRIPT = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end";
/**
 * A delivery claim taken (SET NX PX ARGV[2]) under token ARGV[1], kept as the claim's last holder (KEYS[2], ARGV[3] ms), as the
 * chat lock's (LOCK_SCRIPT): the token when taken, else what the claim holds (another's token, FINISHED), or false.
 */
const CLAIM_SCRIPT = `if redis.call('set', KEYS[1], ARGV[1], 'PX', ARGV[2], 'NX') then
  redis.call('set', KEYS[2], ARGV[1], 'PX', ARGV[3])
  return ARGV[1]
end
return redis.call('get', KEYS[1])`;
/**
 * A delivery claim still its holder's (fencing), before its turn is saved: renewed for ARGV[2] ms, or taken again when its
 * lease ran out and no one claimed it since (its last holder, KEYS[2], still ARGV[1], or none kept: Redis restarted empty)
 * (1); 0 when another claim holds it or finished it, or took it and gave it back (released: was taken again, so a stalled
 * instance answered a message another instance had released for its redelivery).
 */
const HOLD_SCRIPT = `local v = redis.call('get', KEYS[1])
if v == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) end
if v then return 0 end
local last = redis.call('get', KEYS[2])
if last and last ~= ARGV[1] then return 0 end
return redis.call('set', KEYS[1], ARGV[1], 'PX', ARGV[2]) and 1 or 0`;
/**
 * A delivery claim finished by its holder only (fencing): FINISHED for ARGV[2] ms (1), its last holder (KEYS[2]) dropped; or 0
 * when another claim holds it or finished it, or took it since and released it (its last holder another's).
 */
const FINISH_SCRIPT = `local v = redis.call('get', KEYS[1])
local last = redis.call('get', KEYS[2])
if v == ARGV[1] or (not v and (not last or last == ARGV[1])) then
  redis.call('set', KEYS[1], '${FINISHED}', 'PX', ARGV[2])
  redis.call('del', KEYS[2])
  return 1
end
return 0`;

/**
 * A counter store for @grammyjs/ratelimiter (its `storageClient`): the channels' per-user limit (src/channels/user-limit.ts)
 * counted in Redis, so a user's updates spread over several instances share one budget.
 */
export interface SharedCounters {
  incr(key: string): Promise<number>;
  pexpire(key: string, milliseconds: number): Promise<number>;
  /**
   * What became of the update `delivery` (the platform's id) when it was first counted within the window, at any instance:
   * 'new' the first time (counted now), else 'allowed' or 'refused' (refusedCount), so the same update delivered again is
   * neither counted twice nor decided otherwise.
   */
  firstCount(delivery: string): Promise<DeliveryCount>;
  /**
   * The update `delivery`, counted, was over its user's budget: delivered again within the platforms' redelivery window
   * (RETENTION.redeliveryHours), it is refused again.
   */
  refusedCount(delivery: string): Promise<void>;
}

/** SharedCounters.firstCount: the update is counted now, or was before and let through, or refused. */
export type DeliveryCount = 'new' | 'allowed' | 'refused';

/**
 * An update's mark (KEYS[1]) set 'allowed' for ARGV[1] ms unless it exists: 'new' then, else the mark ('refused', or
 * 'allowed'; '1' as an instance of round 22 wrote it: let through).
 */
const FIRST_COUNT_SCRIPT = `if redis.call('set', KEYS[1], 'allowed', 'PX', ARGV[1], 'NX') then return 'new' end
return redis.call('get', KEYS[1]) or 'new'`;

/** What the Redis claims need of the store: its own claims, the fallback and the second mark. */

export interface SharedState {
  rateLimiters: RateLimiterFactory;
  /** Per-user counters over a window of `windowMs` (a channel's limit); Redis down: let through, logged (`<channel>_rate_limit`). */
  counters(windowMs: number, channel: LimitedChannel): SharedCounters;
  drafts: ErasableDrafts;
  chatLock: ChatLock;
  /**
   * Delivery claims in Redis, in front of the store's claims, which are used when Redis is down; an
   * answered delivery is marked in both, so a redelivery during a later Redis outage finds it answered.
   */
  deliveryClaims(store: DeliveryStore): DeliveryClaims;
  /** True when Redis answers now. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export interface RedisStateOptions {
  /**
   * The store's keyed hash (Store.hashKey): every key names a conversation, a user, an address or a delivery by it, as the
   * database's rows do, never by the raw id (a web page's session id works as a password).
   */
  hashKey: (key: string) => string;
  /** The store's marks of drafts Redis did not take (the store itself): shared by every instance, outliving this one. */
  staleDrafts: StaleDraftMarks;
}

/** Redis's commands the features send, each through the breaker (redisBreaker). */
const GUARDED_COMMANDS = new Set(['get', 'set', 'del', 'eval', 'pexpire', 'smembers']);
/** The breaker opened: the feature falls back at once, Redis is not asked. */
export class RedisBreakerOpen extends Error {
  constructor() {
    super('Redis không trả lời (cầu dao mở): dùng phương án dự phòng');
  }
}

/**
 * `work`, or "Command timed out" once REDIS_DEFAULTS.commandTimeoutMs passed without its answer. A timer that fires while
 * the answer waits unread (this process's event loop was busy longer than the wait: timers run before sockets are read)
 * first lets the waiting input be read (setImmediate runs after it): a busy instance is not a Redis that does not answer.
 * ioredis's own timeout fired there and opened the breaker of an instance under load, its drafts and claims then kept in its
 * memory only: another instance told a resident their check was lost (test/e2e/soak-round23-soak.test.ts).
 */
function withinCommandTime<T>(work: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const settle = (done: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      done();
    };
    const timer = setTimeout(() => setImmediate(() => settle(() => reject(new Error('Command timed out')))), REDIS_DEFAULTS.commandTimeoutMs);
    work.then(
      (value) => settle(() => resolve(value)),
      (error: unknown) => settle(() => reject(error)),
    );
  });
}

/**
 * The process's circuit breaker in front of Redis: a command that fails without Redis's answer (timed out: Redis accepts
 * connections but does not answer; the connection lost) opens it, and while it is open every feature falls back at once
 * instead of waiting REDIS_DEFAULTS.commandTimeoutMs again per command and per message. A PING every
 * REDIS_DEFAULTS.breakerProbeMs (and the client's `ready` after a reconnect) closes it when Redis answers again; `closed`
 * is then called (the drafts kept in memory meanwhile are written back). An error Redis answered (a ReplyError), or a rejection that is no Error (a spent rate budget), is an
 * answer: it opens nothing.
 */
export function redisBreaker(client: Redis, logger: Logger, closed: () => void) {
  let open = false;
  let probe: NodeJS.Timeout | undefined;
  let probing = false;
  const close = () => {
    if (!open) return;
    open = false;
    clearInterval(probe);
    probe = undefined;
    logger.info('redis_breaker_closed', {});
    closed();
  };
  const trip = (error: unknown) => {
    // Not an Error: an answer in another form (rate-limiter-flexible rejects with its result when a budget is spent).
    // A StoreUnavailableError: the database (the keyed hash's secret) is away, not Redis.
    if (open || !(error instanceof Error) || error instanceof ReplyError || error instanceof RedisBreakerOpen || error instanceof StoreUnavailableError) return;
    open = true;
    logger.warn('redis_breaker_open', { error: error instanceof Error ? error.message : String(error), probeMs: REDIS_DEFAULTS.breakerProbeMs });
    probe = setInterval(() => {
      if (probing) return;
      probing = true;
      client
        .ping()
        .then((answer) => answer === 'PONG' && close())
        .catch(() => undefined)
        .finally(() => (probing = false));
    }, REDIS_DEFAULTS.breakerProbeMs).unref();
  };
  client.on('ready', close);
  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    if (open) throw new RedisBreakerOpen();
    try {
      return await withinCommandTime(work());
    } catch (error) {
      trip(error);
      throw error;
    }
  };
  const guarded = new Proxy(client, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof property !== 'string' || !GUARDED_COMMANDS.has(property) || typeof value !== 'function') return value;
      return (...args: unknown[]) => guard(() => (value as (...a: unknown[]) => Promise<unknown>).apply(target, args));
    },
  });
  return {
    /** The client whose feature commands (GUARDED_COMMANDS) go through the breaker. */
    client: guarded,
    guard,
    get open() {
      return open;
    },
    stop: () => {
      clearInterval(probe);
      client.off('ready', close);
    },
  };
}

export async function openRedisState(url: string, prefix: string, logger: Logger, options: RedisStateOptions): Promise<SharedState> {
  const { hashKey, staleDrafts } = options;
  // The one clock: the store's (StaleDraftMarks.now), which the marks every instance reads carry; no clock of its own.
  const now = () => staleDrafts.now();
  const client = new Redis(url, {
    keyPrefix: prefix,
    lazyConnect: true,
    connectTimeout: REDIS_DEFAULTS.connectTimeoutMs,
    // The breaker's commands wait commandTimeoutMs (withinCommandTime); this bounds the others (its PING, a command left
    // unanswered after the breaker's wait) and must not fire first for a busy event loop.
    commandTimeout: REDIS_DEFAULTS.commandTimeoutMs * 4,
    // Fail fast while disconnected (the feature falls back) instead of queueing commands for later.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: (attempt) => Math.min(attempt * 200, REDIS_DEFAULTS.maxReconnectDelayMs),
  });
  let down = false;
  let closing = false;
  const lost = (reason: string) => {
    if (!down && !closing) logger.warn('redis_unavailable', { error: reason });
    down = true;
  };
  client.on('error', (error: Error) => lost(error.message));
  // A Redis killed closes its connections without an error (the socket just ends); when it is back before the first
  // reconnect attempt (retryStrategy) is refused, `close` is the only sign the connection was lost.
  client.on('close', () => lost('Connection closed'));
  client.on('ready', () => {
    if (down) logger.info('redis_back');
    down = false;
  });
  // One breaker for every feature of this process: a Redis that hangs costs one command's wait, not one per feature and message.
  const breaker = redisBreaker(client, logger, () => {
    void syncDrafts();
    void releaseOwed();
  });
  const redis = breaker.client;
  try {
    await client.connect();
  } catch (error) {
    // Start anyway: every feature has a fallback, and the client keeps reconnecting.
    logger.warn('redis_unavailable_at_start', { error: error instanceof Error ? error.message : String(error) });
  }

  const warned = new Set<string>();
  const fallback = <T>(feature: string, error: unknown, value: T): T => {
    // The database away (the keyed hash's secret not read yet: src/store/waiting.ts), not Redis: the store's log says so.
    if (error instanceof StoreUnavailableError) return value;
    if (!warned.has(feature)) logger.warn('redis_fallback', { feature, error: error instanceof Error ? error.message : String(error) });
    warned.add(feature);
    setTimeout(() => warned.delete(feature), REDIS_DEFAULTS.fallbackWarnEveryMs).unref();
    return value;
  };

  /**
   * Keys written before Redis keys were hashed (or by an instance of an older version during a rolling upgrade) are named
   * by the raw id: a draft (`draft:<key>`) or an answered delivery (`delivery:<channel>:<id>`) is moved to its hashed name
   * when read and the raw-named key deleted (logged by kind only). Rate-limit counters and chat locks of the older format
   * are not read again: they expire within their minute.
   */
  const adopt = async (kind: string, legacyKey: string, currentKey: string, maxTtlMs: number): Promise<string | null> => {
    const moved = (await redis.eval(ADOPT_SCRIPT, 2, legacyKey, currentKey, maxTtlMs)) as string | null;
    if (moved !== null) logger.info('redis_legacy_key_migrated', { kind });
    return moved;
  };

  // One conversation's turns on this instance in order (chatLock), and a draft synced after the turn in progress.
  const localLock = processChatLock();
  const memoryDrafts = new VolatileDrafts(now);
  const draftKey = (key: string) => `draft:${hashKey(key)}`;
  const legacyDraftKey = (key: string) => `draft:${key}`;
  const sealed = sealDrafts(hashKey);
  const lockKeyOf = (key: string) => `lock:chat:${hashKey(key)}`;
  /**
   * This instance's chat lock on a conversation while a turn of it runs here (chatLock), by conversation key: the turn's
   * draft writes are fenced by its token.
   */
  const lockHolds = new Map<string, string>();
  const lastHolderKeyOf = (key: string) => `lockv:chat:${hashKey(key)}`;
  /**
   * What this instance last saw of a conversation's draft in Redis (a read, or its own write), by conversation key: the
   * version's token and the user's erasure ('' none). A turn's write is refused after an erasure it did not see; a copy
   * written back after Redis was away, over any write it did not see (DRAFT_SCRIPT). Bounded like the drafts in memory.
   */
  const seen = new Map<string, Seen>();
  const saw = (key: string, what: Seen) => {
    seen.delete(key);
    seen.set(key, what);
    if (seen.size > REDIS_DEFAULTS.draftVersionsSeen) seen.delete(seen.keys().next().value!);
  };
  /**
   * A copy's base (a conversation unsynced): what this instance had seen when its first write Redis did not answer was made
   * (the version, the user's erasure), and the versions of those writes (Redis may have taken one it did not answer in time),
   * the latest REDIS_DEFAULTS.copyVersionsKept (was: the version seen dropped with them after 20 writes, the write-back refused).
   * Its write-back goes over no other version, nor after another erasure (DRAFT_SCRIPT 'back').
   */
  const copyBase = new Map<string, { seen: Seen | undefined; own: string[] }>();
  const unanswered = (key: string, version: string) => {
    const base = copyBase.get(key) ?? { seen: seen.get(key), own: [] };
    copyBase.set(key, { seen: base.seen, own: [...base.own, version].slice(-REDIS_DEFAULTS.copyVersionsKept) });
  };
  /** A copy's write-back (DRAFT_SCRIPT 'back', ARGV[10] to ARGV[13]): the versions it goes over, the erasure, an untokened version. */
  const backArgs = (key: string) => {
    const base = copyBase.get(key) ?? { seen: undefined, own: [] };
    const first = base.seen;
    const versions = [first?.version ?? '', ...base.own].filter(Boolean).join(',');
    const untokened = first?.untokened;
    const ttlAtMost = untokened ? untokened.ttl - Math.floor(performance.now() - untokened.at) + REDIS_DEFAULTS.untokenedVersionSlackMs : -1;
    // An erasure stamped this long before the failed read (two instances' clocks differ by that much at most) is older than the copy.
    const unreadAt = first?.unreadAt === undefined ? '' : first.unreadAt - REDIS_DEFAULTS.staleMarkSkewMs;
    return [versions, first?.erased ?? '', untokened?.version ?? '', ttlAtMost, unreadAt];
  };
  /**
   * One write of the draft under `key` (DRAFT_SCRIPT; a group chat's is named in its user's set), versioned by the stale mark
   * this instance's copy supersedes (its own, unsynced) and a new token. `fenced` (the turn's own writes): not
   * written once this instance's chat lock on the conversation is another's (it ran out while this instance worked, whoever
   * held it since), nor a set after the user's erasure the turn did not read, rejecting with DeliveryClaimLostError.
   * `writtenBack`: a copy written back, with its base (copyBase): written unless Redis holds another version (another
   * instance wrote or deleted it since): resolves false then; a deletion written back, with its base: false when Redis holds
   * a draft written after it that this instance did not see (DRAFT_SCRIPT).
   */
  const writeDraft = async (
    key: string,
    write: { kind: 'set'; value: string; writtenBack?: true } | { kind: 'delete'; writtenBack?: true } | { kind: 'reseal'; value: string } | { kind: 'renew' },
    fenced = false,
  ): Promise<boolean> => {
    const owner = ownerOfSession(key);
    const group = owner !== key;
    const writtenBack = 'writtenBack' in write ? write.writtenBack : undefined;
    const version = unsynced.get(key) ?? 0;
    const token = fenced ? (lockHolds.get(key) ?? '') : '';
    const read = seen.get(key);
    const condition = writtenBack !== undefined ? 'back' : fenced && read ? 'turn' : '';
    const newVersion = randomBytes(9).toString('base64url');
    const keys = [
      draftKey(key),
      versionKey(hashKey(key)),
      lockKeyOf(key),
      group ? groupDraftsKey(hashKey, owner) : draftKey(key),
      legacyDraftKey(key),
      lastHolderKeyOf(key),
      erasedKey(hashKey, owner),
      touchedKey(hashKey(key)),
    ];
    const value = 'value' in write ? write.value : '';
    // A deletion written back goes over a draft written before its mark too: one with at most this time to live left.
    const before = DRAFT_IDLE_MS - (now().getTime() - version) + REDIS_DEFAULTS.staleMarkSkewMs;
    const fences = writtenBack ? [...backArgs(key), before] : ['', read?.erased ?? '', '', -1, '', ''];
    const args = [write.kind, value, DRAFT_IDLE_MS, token, version, condition, group ? hashKey(key) : '', REDIS_DEFAULTS.chatLockTtlMs, newVersion, ...fences, now().getTime(), version + REDIS_DEFAULTS.staleMarkSkewMs];
    let result: number;
    try {
      result = Number(await redis.eval(DRAFT_SCRIPT, keys.length, ...keys, ...args));
    } catch (error) {
      if (write.kind === 'set' || write.kind === 'delete') unanswered(key, newVersion);
      throw error;
    }
    if (result === -1) throw new DeliveryClaimLostError();
    if (result === -2) {
      // The user erased their drafts (/xoadulieu, `privacy erase`) while this turn ran: nothing of it is kept.
      logger.warn('redis_draft_after_erasure_refused', {});
      throw new DeliveryClaimLostError();
    }
    if (result === 1 && (write.kind === 'set' || write.kind === 'delete')) saw(key, { version: newVersion, erased: String(fences[1]) });
    return result === 1;
  };
  /**
   * Conversations whose draft in Redis is older than this instance's (a write or a deletion Redis did not take: it was
   * away), with when that was: their draft is the one in memory, or none (deleted: /xoadulieu, "Xóa tin này", a check
   * cancelled), never the one left in Redis, which would bring back an erased household or lose the answers given
   * meanwhile. Written to Redis (or deleted from it) as soon as it is back (syncDrafts, on `ready`). Every other instance,
   * and this one after a restart, learns it from the mark in the database (StaleDraftMarks): the draft left in Redis is
   * not read anywhere, and is deleted by whichever instance meets it first (a read, or Redis back).
   */
  const unsynced = new Map<string, number>();
  /**
   * The marks any instance left on this conversation's draft (StaleDraftMarks) and on its user's erasure (erasureMark), a group
   * chat's and the private chat's alike (was: the private chat's own mark alone, which a third instance settling it clears:
   * test/store/erasure-marks-round34-instances16.test.ts).
   */
  const marksOn = async (key: string): Promise<StaleDraft[]> => {
    const hashes = [hashKey(key), erasureMark(hashKey(ownerOfSession(key)))];
    return (await Promise.all(hashes.map(async (hash) => (await staleDrafts.staleDrafts({ hash, limit: 1 }))[0]))).filter((mark) => mark !== undefined);
  };
  /**
   * This instance's copies of drafts Redis did not take (unsynced), by conversation key: a random id each, noted in the store
   * with its user (StaleDraftMarks.markCopy) while it is pending. An erasure of that user settled meanwhile (its `user:` mark gone,
   * round 38) leaves the copy its time, nothing linked to the user (copyErasedAt).
   */
  const copies = new Map<string, string>();
  /** The copy's erasure, as a mark (`at` its time), asked after the marks: an erasure's mark settled between the two is seen here. */
  const copyErased = async (key: string): Promise<StaleDraft | undefined> => {
    const copy = copies.get(key);
    const at = copy === undefined ? undefined : await staleDrafts.copyErasedAt?.(copy);
    return at === undefined ? undefined : { hash: erasureMark(''), at };
  };
  /** The copy written to Redis or dropped: its note goes. */
  const copyDone = async (key: string) => {
    const copy = copies.get(key);
    copies.delete(key);
    if (copy !== undefined) await staleDrafts.copyDone?.(copy).catch((error: unknown) => fallback('drafts', error, undefined));
  };
  /** The latest of them (and of this instance's copy's erasure), or none. */
  const latestMark = async (key: string): Promise<StaleDraft | undefined> => {
    const marks = await marksOn(key);
    const erased = await copyErased(key);
    return [...marks, ...(erased ? [erased] : [])].sort((x, y) => y.at - x.at)[0];
  };
  /** Redis did not take this draft write: the copy in memory is the newer one, here and for every instance. */
  const staleInRedis = async (key: string, error: unknown) => {
    fallback('drafts', error, undefined);
    let at = now().getTime();
    unsynced.set(key, at);
    try {
      // Later than every change marked before, whatever this instance's clock says (two instances' corrections of the
      // database's clock differ by some milliseconds): a newer change, an erasure above all, is never taken for an older one.
      const before = await latestMark(key);
      if (before && before.at >= at) {
        at = before.at + 1;
        unsynced.set(key, at);
      }
      await staleDrafts.markDraftStale(hashKey(key), at);
      if (staleDrafts.markCopy) {
        const copy = copies.get(key) ?? randomBytes(12).toString('base64url');
        copies.set(key, copy);
        await staleDrafts.markCopy(copy, hashKey(ownerOfSession(key)), at);
      }
    } catch (markError) {
      // The database away too: this instance alone knows (the draft in Redis expires within DRAFT_IDLE_MS).
      logger.warn('redis_draft_not_marked', { error: markError instanceof Error ? markError.message : String(markError) });
    }
  };
  /**
   * The draft a mark names, if Redis still holds the one older than the mark (its time to live says when it was last
   * written or read; REDIS_DEFAULTS.staleMarkSkewMs of clock difference allowed), is deleted; one written since stays; a user's
   * erasure's (erasureMark) names their private chat's draft and each of their group drafts. A draft's mark goes either way;
   * an erasure's is kept until a sweep settles it (settleErasures, round 38, with a store noting copies: StaleDraftMarks.markCopy), else until it expires (the store's purge, RETENTION.draftIdleHours, when every copy older than it held in
   * an instance's memory has expired too): an instance cut off from Redis that holds a copy made before the erasure finds it
   * when it is back (syncDraft) and writes nothing. Was: cleared by the first instance settling it, so a fourth instance's older
   * copy, its own mark cleared with it, was written back: the erased household in Redis again
   * (test/store/erasure-marks-round34-instances16.test.ts). Resolves to the names of those deleted.
   */
  const settleMark = async (mark: StaleDraft): Promise<string[]> => {
    const left = DRAFT_IDLE_MS - (now().getTime() - mark.at) + REDIS_DEFAULTS.staleMarkSkewMs;
    const user = mark.hash.startsWith(erasureMark('')) ? mark.hash.slice(erasureMark('').length) : undefined;
    const names = user === undefined ? [mark.hash] : [user, ...(await redis.smembers(groupDraftsOf(user)))];
    const deleted: string[] = [];
    for (const name of names) if (Number(await redis.eval(DELETE_STALE_SCRIPT, 3, `draft:${name}`, versionKey(name), touchedKey(name), mark.at, left, mark.at + REDIS_DEFAULTS.staleMarkSkewMs)) === 1) deleted.push(name);
    if (user === undefined) await staleDrafts.staleDraftCleared(mark.hash, mark.at);
    return deleted;
  };
  /**
   * Every mark settled, page by page after the last one read (an erasure's mark stays after it is settled, settleMark): the
   * number of drafts deleted; the erasures' marks settled are added to `erasures`.
   */
  const settleMarks = async (erasures: StaleDraft[] = []) => {
    let deleted = 0;
    for (let after: StaleDraft | undefined; ; ) {
      const marks = await staleDrafts.staleDrafts({ limit: REDIS_DEFAULTS.staleDraftsBatch, after });
      for (const mark of marks) {
        deleted += (await settleMark(mark)).length;
        if (mark.hash.startsWith(erasureMark(''))) erasures.push(mark);
      }
      if (marks.length < REDIS_DEFAULTS.staleDraftsBatch) return deleted;
      after = marks[marks.length - 1];
    }
  };
  /** Redis took this conversation's draft write: the copy in memory and the mark this instance left go. */
  const tookWrite = async (key: string) => {
    await memoryDrafts.delete(key);
    const since = unsynced.get(key);
    unsynced.delete(key);
    copyBase.delete(key);
    await copyDone(key);
    if (since !== undefined) await staleDrafts.staleDraftCleared(hashKey(key), since).catch((error: unknown) => fallback('drafts', error, undefined));
  };
  const syncDraft = async (key: string) => {
    const since = unsynced.get(key) ?? 0;
    const mark = await latestMark(key);
    // Another instance's change Redis did not take either, made later (an answer, an erasure there): this copy is older and
    // nothing is written. That instance writes its change back, or whoever meets its mark first deletes the draft older than
    // it (settleMark): the mark is left for them (was: the draft in Redis deleted and that mark cleared, so the later copy,
    // finding a version it never saw, was refused and the resident's later answers lost when this instance came back first,
    // test/store/drafts-round33-instances15.test.ts).
    const later = mark !== undefined && mark.at > since;
    const draft = later ? undefined : await memoryDrafts.get(key);
    if (later) logger.info('redis_draft_newer_kept', {});
    // A deletion of its own goes over what this instance saw, or a draft older than it, not over a check begun since at another
    // instance that settled its mark (test/store/drafts-round32-instances14.test.ts).
    else if (draft === undefined) {
      if (!(await writeDraft(key, { kind: 'delete', writtenBack: true }))) logger.info('redis_draft_newer_kept', {});
    }
    // Written back as the copy made at its mark: never taken for a draft older than that mark (another instance settling it
    // meanwhile keeps it: was deleted when written less than REDIS_DEFAULTS.staleMarkSkewMs after it, the resident's check
    // lost just as Redis came back, test/store/drafts-round29-faults8.test.ts), and never over a version it did not see (another
    // instance's write since, Redis back there first: was overwritten by this older copy, test/store/drafts-round30-instances11.test.ts;
    // told by the versions' tokens, not by this instance's clock against Redis's, test/store/drafts-round31-instances12.test.ts).
    else if (!(await writeDraft(key, { kind: 'set', value: sealed.seal(key, JSON.stringify(draft)), writtenBack: true }))) logger.info('redis_draft_newer_kept', {});
    await memoryDrafts.delete(key);
    unsynced.delete(key);
    copyBase.delete(key);
    await copyDone(key);
    if (mark && !later) await staleDrafts.staleDraftCleared(hashKey(key), since);
  };
  let syncing: Promise<void> | undefined;
  const syncDrafts = () =>
    (syncing ??= (async () => {
      let synced = 0;
      let settled = 0;
      try {
        for (const key of [...unsynced.keys()]) {
          // After the conversation's turn in progress here, if any (its own writes come first).
          await localLock.run(key, () => (unsynced.has(key) ? syncDraft(key) : Promise.resolve()));
          synced += 1;
        }
        // Then what other instances marked, also one that stopped before Redis came back.
        settled += await settleMarks();
      } catch (error) {
        fallback('drafts', error, undefined);
      }
      if (synced + settled > 0) logger.info('redis_drafts_synced', { drafts: synced, staleDeleted: settled, left: unsynced.size });
    })().finally(() => (syncing = undefined)));
  client.on('ready', () => void syncDrafts());
  // Connected at start already (before the listener): the marks left by others are settled now.
  if (client.status === 'ready') void syncDrafts();
  /**
   * Erasures made while Redis was away that servers of round 36 or older wait on, reading no draft of anyone (migration
   * 1797600000000_erasures-unsettled.sql): every mark settled (the user's drafts deleted from Redis), then, past
   * REDIS_DEFAULTS.erasureSettleGraceMs, those seen before it end. Was: such a server read a group draft of the user back from
   * Redis until a new server met the mark (test/store/rolling-upgrade-round37-instances19.test.ts). The erasures' marks settled
   * go with them (round 38), their users' copies held elsewhere keeping the erasure's time alone (StaleDraftMarks.markCopy):
   * was kept 6 hours, a hash of the user after their erasure (test/store/erasure-settled-round38-instances20.test.ts).
   */
  let sweeping = false;
  const settleErasures = async () => {
    if (sweeping || breaker.open || client.status !== 'ready' || !staleDrafts.unsettledErasures || !staleDrafts.erasuresSettled) return;
    sweeping = true;
    try {
      const unsettled = await staleDrafts.unsettledErasures();
      if (unsettled.length === 0) return;
      const erasures: StaleDraft[] = [];
      const settled = await settleMarks(erasures);
      await sleep(REDIS_DEFAULTS.erasureSettleGraceMs);
      if (closing) return;
      await staleDrafts.erasuresSettled(unsettled, staleDrafts.markCopy ? erasures : []);
      logger.info('redis_erasures_settled', { erasures: unsettled.length, staleDeleted: settled });
    } catch (error) {
      // Left for the next sweep (or another server); a store closed with this one is no fault.
      if (!closing) fallback('drafts', error, undefined);
    } finally {
      sweeping = false;
    }
  };
  const erasureSweep = setInterval(() => void settleErasures(), REDIS_DEFAULTS.erasureSweepMs).unref();
  /**
   * The conversations told their draft was lost or could not be read (DRAFT_LOST, DRAFT_UNREADABLE), with the change or
   * the outage it was about: told once each, not at every message. Bounded like the drafts in memory.
   */
  const toldMissing = new Map<string, number>();
  let unreadableSince: number | undefined;
  const missing = (key: string, since: number, kind: typeof DRAFT_LOST | typeof DRAFT_UNREADABLE) => {
    if ((toldMissing.get(key) ?? -1) >= since) return undefined;
    toldMissing.delete(key);
    toldMissing.set(key, since);
    if (toldMissing.size > REDIS_DEFAULTS.missingDraftsTold) toldMissing.delete(toldMissing.keys().next().value!);
    return kind;
  };
  /** Another instance's mark on this conversation's draft (the database away: none known). */
  const markOn = (key: string) => latestMark(key).catch(() => undefined);
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  /** Deletes a draft, fenced (the turn's own write) or not (an erasure); the raw-named key too: no older draft left behind. */
  const deleteDraft = async (key: string, fenced: boolean) => {
    await memoryDrafts.delete(key);
    try {
      await writeDraft(key, { kind: 'delete' }, fenced);
    } catch (error) {
      if (error instanceof DeliveryClaimLostError) throw error;
      return staleInRedis(key, error);
    }
    await tookWrite(key);
  };
  const drafts: SharedState['drafts'] = {
    where: 'bộ nhớ đệm Redis dùng chung của các máy chủ trợ lý (không phải cơ sở dữ liệu)',
    get: async (key) => {
      const since = unsynced.get(key);
      if (since !== undefined) {
        // Changed at another instance since (told more there, or erased: /xoadulieu): this copy is older, never read.
        const mark = await markOn(key);
        if (!mark || mark.at <= since) return memoryDrafts.get(key);
        await memoryDrafts.delete(key);
        // Dropped: what the resident tells from here on is a new copy (its own id), not the erased one.
        await copyDone(key);
        return missing(key, mark.at, DRAFT_LOST);
      }
      try {
        // With what the turn's write is checked against (DRAFT_SCRIPT): the version read, the user's last erasure.
        const [stored, version, erased, versionTtl] = (await redis.eval(READ_DRAFT_SCRIPT, 3, draftKey(key), versionKey(hashKey(key)), erasedKey(hashKey, ownerOfSession(key)))) as [string | null, string | null, string | null, number];
        const untokened = version !== null && versionToken(version) === '' ? { version, ttl: Number(versionTtl), at: performance.now() } : undefined;
        saw(key, { version: versionToken(version) ?? '', erased: erased ?? '', untokened });
        const value = stored ?? (await adopt('draft', legacyDraftKey(key), draftKey(key), DRAFT_IDLE_MS));
        unreadableSince = undefined;
        const text = value === null ? undefined : sealed.open(key, value);
        // Older than a change Redis did not take (marked by any instance): deleted, not read; the newer one is elsewhere.
        for (const mark of text === undefined ? [] : await marksOn(key)) {
          if ((await settleMark(mark)).includes(hashKey(key))) return missing(key, mark.at, DRAFT_LOST);
        }
        if (text !== undefined) {
          // An older instance's plain draft is sealed now.
          await writeDraft(key, text === value ? { kind: 'reseal', value: sealed.seal(key, text) } : { kind: 'renew' });
          return JSON.parse(text) as unknown;
        }
      } catch (error) {
        fallback('drafts', error, undefined);
        if (error instanceof StoreUnavailableError) return undefined;
        // Nothing read from Redis: a copy begun now holds only what the resident tells from here on.
        saw(key, { ...(seen.get(key) ?? { version: '', erased: '' }), unreadAt: now().getTime() });
        // Redis away and no copy here: lost if another instance marked a newer change, else unknown.
        const mark = await markOn(key);
        unreadableSince ??= now().getTime();
        return mark ? missing(key, mark.at, DRAFT_LOST) : missing(key, unreadableSince, DRAFT_UNREADABLE);
      }
      return memoryDrafts.get(key);
    },
    set: async (key, draft) => {
      try {
        await writeDraft(key, { kind: 'set', value: sealed.seal(key, JSON.stringify(draft)) }, true);
      } catch (error) {
        // Fenced: this instance's turn lost the chat lock to another's, whose draft stays.
        if (error instanceof DeliveryClaimLostError) throw error;
        await memoryDrafts.set(key, draft);
        return staleInRedis(key, error);
      }
      await tookWrite(key);
    },
    delete: (key) => deleteDraft(key, true),
    // An erasure (/xoadulieu) is not fenced by the chat lock: whoever holds it, the household goes (was: refused once the lock
    // was another's, after the database's rows were erased: no confirmation, the draft left in Redis).
    erase: (key) => deleteDraft(key, false),
    flush: async () => {
      const deadline = Date.now() + REDIS_DEFAULTS.stopSyncWaitMs;
      const held = unsynced.size;
      // Redis back: the breaker closes (its probe, or the client's `ready`) and the drafts are written (syncDrafts).
      while (unsynced.size > 0 && Date.now() < deadline) {
        if (!breaker.open && client.status === 'ready') await syncDrafts();
        if (unsynced.size > 0) await sleep(REDIS_DEFAULTS.stopSyncPollMs);
      }
      if (held > 0) logger[unsynced.size > 0 ? 'warn' : 'info']('redis_drafts_flushed_at_stop', { drafts: held, left: unsynced.size });
    },
    deleteUser: async (userKey) => {
      // The user's drafts this instance holds because Redis did not take them: in memory, and marked if Redis is away now.
      const held = [...unsynced.keys()].filter((key) => ownerOfSession(key) === userKey);
      const inMemory = await memoryDrafts.deleteUserKeys(userKey);
      let inRedis: Set<string>;
      try {
        inRedis = await eraseUserDrafts(redis, hashKey, userKey, now);
      } catch (error) {
        for (const key of new Set([userKey, ...held])) await staleInRedis(key, error);
        await staleDrafts.markDraftStale(erasureMark(hashKey(userKey)), now().getTime()).catch((markError: unknown) =>
          logger.warn('redis_draft_not_marked', { error: markError instanceof Error ? markError.message : String(markError) }),
        );
        return undefined;
      }
      for (const key of new Set([userKey, ...held])) await tookWrite(key);
      // A draft may be both in Redis and in this instance's memory (a copy): counted once; one chat's here, another's there: both.
      return new Set([...inRedis, ...inMemory.map(hashKey)]).size;
    },
  };

  /**
   * Renews a chat lock held (heartbeat, ports.ts) every REDIS_DEFAULTS.chatLockRenewFraction of its time to live while its turn runs, however long (a slow database);
   * stopped at its release. Was: never renewed, so a turn longer than REDIS_DEFAULTS.chatLockTtlMs lost the lock while still
   * working and another instance answered the same conversation at once (test/store/lock-round30-instances11.test.ts). A
   * renewal finding the lock another's (this instance's event loop blocked past its time) is logged once (`chat_lock_lost`):
   * the turn's draft writes are fenced by the lock (DRAFT_SCRIPT), its session write by the delivery's claim.
   */
  const renewLock = (lockKey: string, token: string, ttlMs: number) =>
    heartbeat(ttlMs * REDIS_DEFAULTS.chatLockRenewFraction, async () => Number(await redis.eval(RENEW_SCRIPT, 1, lockKey, token, ttlMs)) === 1, {
      lost: () => logger.warn('chat_lock_lost', {}),
      failed: (error) => fallback('chat_lock', error, undefined),
    });
  const chatLock: ChatLock = {
    // The local queue keeps this instance's own messages in order without polling Redis for them.
    run: (key, work) =>
      localLock.run(key, async () => {
        const lockKey = lockKeyOf(key);
        const token = randomBytes(12).toString('base64url');
        const deadline = Date.now() + REDIS_DEFAULTS.chatLockWaitMs;
        const ttlMs = REDIS_DEFAULTS.chatLockTtlMs;
        let held = false;
        try {
          while (!held) {
            held = Number(await redis.eval(LOCK_SCRIPT, 2, lockKey, lastHolderKeyOf(key), token, ttlMs, DRAFT_IDLE_MS)) === 1;
            if (held) break;
            if (Date.now() > deadline) {
              logger.warn('chat_lock_timeout', {});
              break;
            }
            await sleep(REDIS_DEFAULTS.chatLockRetryMs);
          }
        } catch (error) {
          fallback('chat_lock', error, undefined);
          // Redis may still take the SET it did not answer (a stalled server): the lock would then be ours, unknown to us.
          owedReleases.set(token, { lockKey, at: Date.now() });
          held = false;
        }
        const heartbeat = held ? renewLock(lockKey, token, ttlMs) : undefined;
        if (held) lockHolds.set(key, token);
        try {
          return await work();
        } finally {
          heartbeat?.stop();
          if (held) lockHolds.delete(key);
          if (held)
            await redis.eval(RELEASE_SCRIPT, 1, lockKey, token).catch((error: unknown) => {
              owedReleases.set(token, { lockKey, at: Date.now() });
              return fallback('chat_lock', error, 0);
            });
        }
      }),
  };
  /**
   * Chat locks this instance may hold without knowing it (a SET Redis did not answer in time but may have taken) or could not
   * release, by token: released, if still ours, once Redis answers again (the breaker closes), so the conversation's next
   * message does not wait out the lock's REDIS_DEFAULTS.chatLockTtlMs. One older than that has expired by itself.
   */
  const owedReleases = new Map<string, { lockKey: string; at: number }>();
  const releaseOwed = async () => {
    for (const [token, { lockKey, at }] of [...owedReleases]) {
      if (Date.now() - at < REDIS_DEFAULTS.chatLockTtlMs) {
        try {
          await redis.eval(RELEASE_SCRIPT, 1, lockKey, token);
        } catch {
          return;
        }
      }
      owedReleases.delete(token);
    }
  };

  // A claim is the key holding its holder's token for the lease (it expires by itself if the holder
  // dies); finished, it holds FINISHED for as long as the store keeps its claims.
  const deliveryClaims = (store: DeliveryStore): DeliveryClaims => {
    const persisted = storeDeliveryClaims(store, now, logger);
    return {
      close: () => persisted.close?.(),
      claim: async (channel, id) => {
        const claimKey = `delivery:${channel}:${hashKey(`${channel}:${id}`)}`;
        /** The claim's last holder (CLAIM_SCRIPT): a stalled holder takes back only a claim no one took since. */
        const holderKey = `deliveryv:${channel}:${hashKey(`${channel}:${id}`)}`;
        const token = randomBytes(12).toString('base64url');
        let held: string | null;
        try {
          await adopt('delivery', `delivery:${channel}:${id}`, claimKey, REDIS_DEFAULTS.deliveryClaimTtlMs);
          held = (await redis.eval(CLAIM_SCRIPT, 2, claimKey, holderKey, token, DELIVERY_DEFAULTS.leaseMs, DRAFT_IDLE_MS)) as string | null;
        } catch (error) {
          fallback('deliveries', error, undefined);
          return persisted.claim(channel, id);
        }
        if (held === FINISHED) return 'done';
        // Another holder's lease (or one that ran out between the two calls: the redelivery comes again).
        if (held !== token) return 'in-progress';
        const heartbeat = renewWhileHandled(logger, channel, async () => Number(await redis.eval(RENEW_SCRIPT, 1, claimKey, token, DELIVERY_DEFAULTS.leaseMs)) === 1);
        return {
          held: async () => {
            try {
              return Number(await redis.eval(HOLD_SCRIPT, 2, claimKey, holderKey, token, DELIVERY_DEFAULTS.leaseMs)) === 1;
            } catch (error) {
              return fallback('deliveries', error, true);
            }
          },
          finish: async (keep) => {
            // Fenced in Redis first: a claim taken over meanwhile marks nothing (its holder answers).
            const inRedis = await redis.eval(FINISH_SCRIPT, 2, claimKey, holderKey, token, REDIS_DEFAULTS.deliveryClaimTtlMs).then(
              (done) => ({ status: 'fulfilled' as const, value: Number(done) }),
              (reason: unknown) => ({ status: 'rejected' as const, reason }),
            );
            if (inRedis.status === 'fulfilled' && inRedis.value !== 1) {
              heartbeat.stop();
              throw new DeliveryClaimLostError();
            }
            // Fenced in the store too (was: written whatever it held): a stale holder whose Redis finish could not be asked
            // (Redis away) or found no key (Redis restarted empty) marks nothing over the delivery finished by its new
            // holder, nor over a claim taken in the store while Redis was away, and keeps no second answer.
            const [inStore] = await Promise.allSettled([store.finishDelivery(channel, id, keep, token, 'elsewhere')]);
            heartbeat.stop();
            if (inStore.status === 'rejected' && inStore.reason instanceof DeliveryClaimLostError) throw inStore.reason;
            if (inRedis.status === 'rejected') fallback('deliveries', inRedis.reason, undefined);
            // Marked in one of them: a redelivery is dropped (unless it meets the other one alone, README).
            if (inRedis.status === 'rejected' && inStore.status === 'rejected') throw inStore.reason;
            // The answer is kept only by the store's write.
            return inStore.status === 'fulfilled' ? inStore.value : undefined;
          },
          release: async () => {
            await redis.eval(RELEASE_SCRIPT, 1, claimKey, token).catch((error: unknown) => fallback('deliveries', error, 0));
            heartbeat.stop();
          },
        };
      },
    };
  };

  const rateLimiters: RateLimiterFactory = (budget) => {
    const limiter = new RateLimiterRedis({
      storeClient: client,
      keyPrefix: `rate:${budget.name}`,
      points: budget.perMinute,
      duration: 60,
    });
    return {
      hit: async (key) => {
        try {
          await breaker.guard(() => limiter.consume(hashKey(key)));
          return { allowed: true, retryAfterSeconds: 0 };
        } catch (outcome) {
          // rate-limiter-flexible rejects with its result when the budget is spent, with an Error when Redis failed.
          if (outcome instanceof Error) throw outcome;
          const msBeforeNext = (outcome as { msBeforeNext?: number }).msBeforeNext ?? 1000;
          return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(msBeforeNext / 1000)) };
        }
      },
    };
  };

  // INCR and the window's expiry in one step: a counter can never be left without its expiry.
  const counters = (windowMs: number, channel: LimitedChannel): SharedCounters => {
    const countedKey = (delivery: string) => `counted:${hashKey(`${channel}:${delivery}`)}`;
    return {
      incr: async (key) => {
        try {
          return Number(await redis.eval(COUNT_SCRIPT, 1, `count:${hashKey(key)}`, windowMs));
        } catch (error) {
          // Fail open like the API limits: the update goes through as a first hit.
          return fallback(`${channel}_rate_limit`, error, 1);
        }
      },
      // Set by incr already.
      pexpire: async () => 1,
      firstCount: async (delivery) => {
        try {
          const mark = String(await redis.eval(FIRST_COUNT_SCRIPT, 1, countedKey(delivery), windowMs));
          return mark === 'new' || mark === 'refused' ? mark : 'allowed';
        } catch (error) {
          // Counted as new, as before: the update goes through unless the budget is spent.
          return fallback(`${channel}_rate_limit`, error, 'new');
        }
      },
      refusedCount: async (delivery) => {
        try {
          // Refused again when delivered again within the platform's redelivery window, not only within the limit's.
          await redis.set(countedKey(delivery), 'refused', 'PX', REDIS_DEFAULTS.refusedCountTtlMs);
        } catch (error) {
          fallback(`${channel}_rate_limit`, error, undefined);
        }
      },
    };
  };

  return {
    rateLimiters,
    counters,
    drafts,
    chatLock,
    deliveryClaims,
    ping: async () => {
      try {
        return (await client.ping()) === 'PONG';
      } catch {
        return false;
      }
    },
    close: async () => {
      closing = true;
      clearInterval(erasureSweep);
      breaker.stop();
      client.disconnect();
    },
  };
}

/**
 * One user's drafts (a household check they did not consent to keep) deleted from Redis by the operator's erasure (`npm run cli
 * -- privacy erase`), in their private chat and each group chat, as the chat's own erasure (/xoadulieu) deletes them
 * (eraseUserDrafts). The number of drafts deleted (0 when Redis held none). Throws when Redis cannot be reached.
 */
export async function eraseRedisDraft(url: string, prefix: string, hashKey: (key: string) => string, userKey: string, now: () => Date): Promise<number> {
  const redis = new Redis(url, { keyPrefix: prefix, lazyConnect: true, connectTimeout: REDIS_DEFAULTS.connectTimeoutMs, maxRetriesPerRequest: 0, retryStrategy: () => null });
  redis.on('error', () => {});
  try {
    await redis.connect();
    return (await eraseUserDrafts(redis, hashKey, userKey, now)).size;
  } finally {
    redis.disconnect();
  }
}

/** How one of Redis's files came out of the scrub: rewritten from the live keys, not in use, or not known (CONFIG refused). */
export type RedisFileState = 'rewritten' | 'off' | 'unknown' | 'failed';

/** What scrubRedis did. */
export interface RedisScrubReport {
  /** Keys under the prefix. */
  keys: number;
  /** Keys under the prefix that had no expiry (every key the assistant writes has one): deleted. */
  withoutExpiry: number;
  /** The append-only file (appendonly) and the snapshot (save): each rewritten from what is live now. */
  aof: RedisFileState;
  rdb: RedisFileState;
}

/**
 * The operator's scrub of Redis (`npm run cli -- privacy scrub`): every key under `prefix` must expire (drafts 6 hours
 * idle, claims 7 days, locks and counters within their window), so one without an expiry is deleted; then what Redis keeps
 * on disk is rewritten from the live keys, so a draft deleted (/xoadulieu) or expired is no longer in the append-only file
 * (BGREWRITEAOF) or the snapshot (BGSAVE). Waits for each rewrite (at most REDIS_DEFAULTS.scrubPersistWaitMs).
 */
export async function scrubRedis(url: string, prefix: string): Promise<RedisScrubReport> {
  const redis = new Redis(url, { lazyConnect: true, connectTimeout: REDIS_DEFAULTS.connectTimeoutMs, maxRetriesPerRequest: 0, retryStrategy: () => null });
  redis.on('error', () => {});
  await redis.connect();
  try {
    let keys = 0;
    let withoutExpiry = 0;
    let cursor = '0';
    do {
      const [next, found] = await redis.scan(cursor, 'MATCH', `${prefix.replace(/[*?[\]\\]/g, '\\$&')}*`, 'COUNT', REDIS_DEFAULTS.scrubScanCount);
      cursor = next;
      keys += found.length;
      for (const key of found) {
        if ((await redis.pttl(key)) === -1) withoutExpiry += await redis.del(key);
      }
    } while (cursor !== '0');
    const setting = async (name: string): Promise<string | undefined> => {
      try {
        return ((await redis.config('GET', name)) as string[])[1];
      } catch {
        return undefined;
      }
    };
    const persistence = async () => Object.fromEntries((await redis.info('persistence')).split(/\r?\n/).map((line) => line.split(':')));
    /** Starts a background rewrite (waiting out one already running) and waits for it; its INFO fields say when it is done. */
    const rewrite = async (command: 'bgrewriteaof' | 'bgsave', running: string, status: string): Promise<RedisFileState> => {
      const deadline = Date.now() + REDIS_DEFAULTS.scrubPersistWaitMs;
      const settled = async () => {
        while ((await persistence())[running] !== '0') {
          if (Date.now() > deadline) return false;
          await new Promise((resolve) => setTimeout(resolve, REDIS_DEFAULTS.scrubPollMs));
        }
        return true;
      };
      if (!(await settled())) return 'failed';
      await redis.call(command);
      // BGREWRITEAOF may only schedule the rewrite (a snapshot running): it starts when that ends.
      while ((await persistence()).aof_rewrite_scheduled === '1' && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, REDIS_DEFAULTS.scrubPollMs));
      return (await settled()) && (await persistence())[status] === 'ok' ? 'rewritten' : 'failed';
    };
    const appendonly = await setting('appendonly');
    const save = await setting('save');
    return {
      keys,
      withoutExpiry,
      aof: appendonly === undefined ? 'unknown' : appendonly === 'yes' ? await rewrite('bgrewriteaof', 'aof_rewrite_in_progress', 'aof_last_bgrewrite_status') : 'off',
      rdb: save === undefined ? 'unknown' : save.trim() !== '' ? await rewrite('bgsave', 'rdb_bgsave_in_progress', 'rdb_last_bgsave_status') : 'off',
    };
  } finally {
    redis.disconnect();
  }
}
