/**
 * What the chat core needs from the outside world to remember things, in its own words: no channel,
 * driver or library type appears here. Implemented by src/store/sqlite.ts (the embedded default) and
 * the network stores. Every method returns a Promise because a store may be across the network; a
 * failure rejects (the core answers with an apology and logs it) and is never swallowed.
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from '../log.ts';
import type { Reply } from './types.ts';

/** A shared answer: what to show again to whoever opens the link. */
export interface SharedAnswer {
  passageId: string;
  question: string;
}

/** What deleteMessage removed. */
export interface MessageErasure {
  questions: number;
  /** How often the questions deleted were asked: more than `questions` when one was sent in several messages (kept once). */
  asks: number;
  reports: number;
}

/** A message of one user that left rows in the store (ChatStore.listMessages): its ref, when, and the texts kept (masked). */
export interface KeptMessage {
  ref: string;
  /** ISO time of its latest row. */
  at: string;
  questions: string[];
  reports: string[];
}

/** What a message's rows are found by (hashed by the store, as every key is): its sender and its id, together. */
export const messageKey = (ownerKey: string, messageId: string) => `${ownerKey}\u0000${messageId}`;

/** How a group chat's session is scoped under its user's key: `${userKey}:chat:${chatId}` (one per user and group). */
const GROUP_SCOPE = ':chat:';

export const groupSessionKey = (userKey: string, chatId: string) => `${userKey}${GROUP_SCOPE}${chatId}`;

/** The user key a session key belongs to: the key itself, or the part before its group scope. */
export function ownerOfSession(key: string): string {
  const at = key.indexOf(GROUP_SCOPE);
  return at < 0 ? key : key.slice(0, at);
}

/** A delivery's claim in the store, by its holder's token (ChatStore.claimDelivery): what a turn's session write is fenced by. */
export interface ClaimFence {
  channel: string;
  id: string;
  token: string;
}

/**
 * How a session write is made: `erasing` when it removes what the user asked to delete; `claim` (fencing) when the turn
 * handles a delivery claimed in the store: written (or deleted) in the same statement only while that claim holds the
 * delivery, else rejected with DeliveryClaimLostError and nothing written (another instance took the redelivery after this
 * one's lease ran out, between DeliveryClaim.held and the write).
 */
export interface SessionWrite {
  erasing?: boolean;
  claim?: ClaimFence;
  /**
   * When the turn read the session (ms, the store's clock: ChatStore.now): the write is refused (DeliveryClaimLostError) once
   * the session's user was erased after it (/xoadulieu, `privacy erase`, from any chat or instance), so a turn of one of their
   * chats running meanwhile does not write their data back (was: a group chat's session, fenced by its delivery's claim only,
   * written again after the erasure).
   */
  readAt?: number;
}

export interface ChatStore {
  /**
   * The session saved under `key` exactly as it was written (the core validates and migrates it),
   * or undefined when there is none or it expired.
   */
  readSession(key: string): Promise<unknown>;
  /** The store's clock (SessionWrite.readAt, erasures stamped by it); absent: the core's. */
  now?(): Date;
  /**
   * Saves (replaces) the session under `key`; a plain JSON-serialisable object. With `erasing`, the write takes out what
   * the user deleted (/xoatin of a message whose household facts the session held): no earlier copy of the row may stay
   * readable on disk either (SQLite: its write-ahead log is checkpointed and truncated, as after deleteUser).
   */
  writeSession(key: string, session: object, options?: SessionWrite): Promise<void>;
  /** Removes the session under `key` only (one that has nothing left worth keeping); `erasing` as for writeSession. */
  deleteSession(key: string, options?: SessionWrite): Promise<void>;
  /**
   * Deletes everything kept about one user: the session under `userKey`, the sessions scoped under it
   * (groupSessionKey, one per group chat), the shares any of them made, and the reports and
   * unanswered questions sent with `ownerKey` = `userKey`, and the answers waiting in the outbox for the
   * user's private chat (Telegram, Zalo); resolves to rows removed.
   */
  deleteUser(userKey: string): Promise<number>;
  /**
   * A household check kept without consent (its answers in the DraftStore, never here) is in progress in the conversation
   * under `key`, at `step` (the turns it has taken, DraftSchema.step); without `step`, none is any more. Only the keyed hashes
   * of the conversation and its user, the step and the store's time are kept, nothing the user told, at most
   * RETENTION.draftIdleHours (the draft's own idle time); deleteUser takes it too. What outlives the draft when the shared
   * store (Redis) comes back empty or a single instance restarts with its drafts in memory: the check lost is told, not
   * started again without a word. A negative step (-n at step n): the process holding the draft in its memory stopped
   * deliberately (SIGTERM, the terminal chat's end: ChatCore.stop), so the check is told lost to a restart, not to a fault.
   */
  markCheck(key: string, step: number | undefined): Promise<void>;
  /** The step of the check marked in progress under `key` (markCheck) within RETENTION.draftIdleHours, or none. */
  checkStep(key: string): Promise<number | undefined>;
  /**
   * Counts a question. An unanswered one's text is kept masked (src/privacy/mask.ts) for
   * RETENTION.unansweredDays, linked to `ownerKey` (the sender's private session key, or `api:<userId>` for
   * /api/ask) by a keyed hash only, never the raw key, so deleteUser(ownerKey) can remove it. Without an
   * `ownerKey` the text is not kept at all (no one could delete it): the question is only counted.
   */
  recordQuestion(question: { answered: boolean; text: string; ownerKey?: string; messageId?: string }): Promise<void>;
  recordCheck(classification: string): Promise<void>;
  recordFeedback(feedback: { passageId: string; useful: boolean }): Promise<void>;
  /** A "Báo sai" report: comment masked, kept RETENTION.reportDays, linked to `ownerKey` by a keyed hash only. */
  recordReport(report: { comment: string; subject: string; ownerKey?: string; messageId?: string }): Promise<void>;
  /**
   * A message's ref: the keyed hash of messageKey(ownerKey, messageId) its rows keep (never the id or the key), by which
   * they are deleted; the core marks with it, too, the household facts the message told (session.ts Interview.from).
   */
  messageRef(ownerKey: string, messageId: string): string;
  /**
   * Deletes what one message left (Luật 91/2025/QH15: a user deletes what they sent): the unanswered question and the
   * "Báo sai" report recorded with this `ownerKey` and the message whose ref (messageRef) is `ref`; and the answers still
   * waiting in the outbox for the user's private chat (`ownerKey` as `channel:userId`), which may quote that message or the
   * household facts it told. Resolves to what went of the message's own rows, by kind.
   */
  deleteMessage(ownerKey: string, ref: string): Promise<MessageErasure>;
  /**
   * The user's messages that left rows (an unanswered question, a "Báo sai" report), newest first, at most `limit`: for
   * a chat without message ids to show (Telegram, Zalo) and delete one by its ref.
   */
  listMessages(ownerKey: string, limit: number): Promise<KeptMessage[]>;
  /**
   * Claims a channel's delivery (Telegram update_id, Zalo message_id) for `lease.untilMs` (epoch ms)
   * under `lease.token`: 'claimed' the first time, and again once an unfinished claim's lease has run
   * out (its owner died or gave up); 'in-progress' while another claim's lease runs; 'done' once it
   * was finished, also across restarts (kept RETENTION.deliveryDays).
   */
  claimDelivery(channel: string, id: string, lease: DeliveryLease): Promise<DeliveryState>;
  /**
   * The delivery was answered (by whichever claim): a redelivery is never answered again. With `keep`, the
   * answer goes into the outbox (src/store/types.ts) in the same write, left to its channel for
   * `keep.leaseMs`; resolves to the outbox item's id then, for the channel to remove once the platform took it. With `token`
   * (fencing): written only while the claim under `token` holds the delivery; one taken over after its lease ran out, or
   * finished by its new holder, rejects with DeliveryClaimLostError and nothing is written (no answer kept either). With
   * `claimed` 'elsewhere' (the claim under `token` is kept by another service: Redis claims in front of the store), written
   * unless the store has the delivery finished already or held by another claim whose lease runs (a stale holder, woken
   * after its Redis claim was taken over and finished, or one answered while Redis was away); then it rejects the same way.
   */
  finishDelivery(channel: string, id: string, keep?: KeptAnswer, token?: string, claimed?: 'elsewhere'): Promise<number | undefined>;
  /** Gives the claim under `token` back unanswered (a redelivery is handled); a finished one stays. */
  releaseDelivery(channel: string, id: string, token: string): Promise<void>;
  /**
   * The claim under `lease.token` is still being handled (heartbeat): its lease runs to `lease.untilMs` now. False when it
   * is no longer that claim's (finished, given back, or taken over after its lease ran out).
   */
  renewDelivery(channel: string, id: string, lease: DeliveryLease): Promise<boolean>;
  /** Keeps a share under the token the core made; `ownerKey` lets deleteUser remove it. */
  saveShare(share: SharedAnswer & { token: string; ownerKey: string }): Promise<void>;
  loadShare(token: string): Promise<SharedAnswer | undefined>;
  /**
   * Deletes the share under `token` when the user under `ownerKey` made it (the keyed hash of its owner): its link no longer
   * opens. Resolves to whether it went; another user's link, or one gone already, stays as it is (false).
   */
  deleteShare(token: string, ownerKey: string): Promise<boolean>;
}

/**
 * Interview drafts of users who did not consent to storage: kept only for a short idle time, never in
 * the database (process memory by default; a shared expiring cache when several instances run).
 */
export interface DraftStore {
  /** Where drafts live, told to the user in the consent question, e.g. "bộ nhớ tạm của máy chủ". */
  readonly where: string;
  /** The draft, or none; or, once for a conversation, DRAFT_LOST or DRAFT_UNREADABLE (a shared store that failed it). */
  get(key: string): Promise<unknown>;
  set(key: string, draft: object): Promise<void>;
  delete(key: string): Promise<void>;
  /**
   * Deletes every draft of one user (/xoadulieu): their private chat's and each group chat's (groupSessionKey). Resolves to how
   * many went, or undefined when that cannot be known now (the shared store away: they go once it is back).
   */
  deleteUser(userKey: string): Promise<number | undefined>;
  /**
   * The drafts this process alone holds (its memory: lost when it stops), by conversation key; absent for a store whose
   * drafts outlive the process (Redis).
   */
  held?(): { key: string; draft: unknown }[];
  /**
   * Before a deliberate stop (ChatCore.stop): writes back to the shared store the drafts this process alone holds because it
   * was away when they were written, waiting a bounded time for it to come back; absent for a store with nothing to write back.
   */
  flush?(): Promise<void>;
}

/**
 * DraftStore.get: the conversation's draft is known to be newer elsewhere (another instance's memory, while the shared store
 * was away) or gone with it: a check in progress cannot go on here. Said once for each such change.
 */
export const DRAFT_LOST = Symbol('draft lost');
/**
 * DraftStore.get: the shared store cannot be read now and this instance holds no copy: a draft, if there was one, cannot
 * be had. Said once for a conversation while the store stays away.
 */
export const DRAFT_UNREADABLE = Symbol('draft unreadable');

/**
 * Thrown (rejected) by a store when its database cannot be reached right now (connection refused or
 * lost, server restarting, no free connection in time). The core lets it through instead of
 * apologising, so an HTTP channel answers 503 and a platform redelivers the update later: the
 * message is then answered once, when the database is back.
 */
export class StoreUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}

/**
 * The delivery's claim is no longer this holder's (fencing): its lease ran out while it worked (the event loop blocked, a
 * stalled write) and another instance claimed the platform's redelivery, or finished it already. The holder's answer must
 * not be saved or sent: the new holder answers the resident, once.
 */
export class DeliveryClaimLostError extends Error {
  constructor() {
    super('delivery claim taken over by another holder');
    this.name = 'DeliveryClaimLostError';
  }
}

export const DELIVERY_DEFAULTS = {
  /**
   * A claim not renewed within this long is free again: the instance that took it died (SIGKILL) or
   * hangs, and the platform's redelivery is answered. Its holder renews it every `renewMs` while it
   * handles the delivery (however long: the chat lock waits up to 20 s), so the lease is only how long
   * a dead holder's work waits for another instance (was 60 s, unrenewed).
   */
  leaseMs: 15_000,
  /** How often a claim being handled is renewed: three renewals per lease, so one late or lost costs nothing. */
  renewMs: 5_000,
  /**
   * Deliveries answered without a claim (the store degraded) remembered in memory until the store takes their
   * finish, at most this many (the oldest forgotten first).
   */
  unclaimedRemembered: 10_000,
  /**
   * The finishes the store did not take (storeDeliveryClaims) are written again by one loop per process: at most this many
   * writes a round, one at a time.
   */
  lateFinishBatch: 50,
  /** The wait between two rounds of that loop that failed doubles from renewMs up to this. */
  lateRetryMaxMs: 30_000,
} as const;

/**
 * Forgets what a channel keeps about a user outside the store (a Zalo update waiting on disk), at the user's
 * /xoadulieu (`userKey` as ChatStore.deleteUser takes it); resolves to how many things went.
 */
export type UserForgetter = (userKey: string) => number;

/** A claim held while its delivery is handled (`token` tells the holder's claim from a later one). */
export interface DeliveryLease {
  token: string;
  untilMs: number;
}

/** What claiming a delivery found. */
export type DeliveryState = 'claimed' | 'in-progress' | 'done';

/**
 * An answer a channel sends after the core returned it (Telegram), as the outbox keeps it: written with the
 * delivery's finish, so a process killed before the platform took it does not lose it (the next start, or
 * another instance once `leaseMs` ran out, sends it).
 */
export interface KeptAnswer {
  /** The platform's chat id the messages go to. */
  recipient: string;
  /** The channel's own description of its calls (JSON), opaque to the core and the store. */
  messages: string;
  /** How long the answer is left to the channel sending it now: longer than its longest wait for the platform. */
  leaseMs: number;
  /**
   * The user whose message it answers (`channel:userId`), set by the core: kept as its keyed hash only, so the user's
   * erasure (/xoadulieu, "Xóa tin này") takes the answer also when it waits for a group.
   */
  ownerKey?: string;
  /**
   * Only replayed to a retry of the same request (the web chat), never sent by an outbox taker: it may be kept after the
   * answer was given (a finish written late, storeDeliveryClaims), which a platform's answer may not (it would go twice).
   */
  replay?: boolean;
}

/** How a channel that sends the answer itself has it kept with the finish (ChatCore.handle). */
export interface AnswerKeeping {
  /** The replies as the channel will send them, or undefined when there is nothing to send. */
  render(replies: Reply[]): KeptAnswer | undefined;
  /** The answer was kept under this outbox id: the channel removes it once sent. */
  kept(id: number): void;
  /**
   * The delivery's claim went to another holder while this one worked (fencing, DeliveryClaimLostError): nothing is answered
   * here ([] is returned). A channel whose caller waits for the answer (the web chat) gets it elsewhere or asks to resend.
   */
  lost?(): void;
}

/** A delivery being handled under a lease. */
export interface DeliveryClaim {
  /**
   * The answer was handed to the channel: the delivery is done, a redelivery is dropped. With `keep`, the
   * answer is kept in the outbox by the same write: resolves to its id (undefined when not kept).
   */
  finish(keep?: KeptAnswer): Promise<number | undefined>;
  /** Lets a redelivery of the same update be handled (the database was away, nothing was answered). */
  release(): Promise<void>;
  /**
   * Renews the claim now, before its turn is saved: false when it is no longer this holder's (taken over after its lease
   * ran out, or finished elsewhere), so nothing is saved over the new holder's session and nothing is sent. True when it
   * cannot be known now (the store unreachable: the save says so itself) or there is no claim in the store (Unclaimed).
   */
  held(): Promise<boolean>;
  /** The claim as the store holds it (storeDeliveryClaims), for the turn's session write to be fenced by; none in front of it. */
  readonly fence?: ClaimFence;
}

/**
 * The store is there but cannot take a claim now (SQLite degraded: disk full, a write lock held by
 * another process, a damaged page). Answers need no database, so the delivery is answered without a
 * claim in the store: it is held in this process's memory instead, and finished there (and in the store
 * once it writes again), so a redelivery meanwhile is not answered twice; only one after a restart before
 * the store wrote again may be (README "Máy chủ"). Not an unreachable store: that is
 * StoreUnavailableError, thrown, and the update is delivered again later instead.
 */
export interface Unclaimed extends DeliveryClaim {
  readonly unclaimed: 'store-degraded';
  /** Why the claim was not written (the store's error; logged, it names no personal text). */
  readonly error: unknown;
}

/** What claiming a delivery came to: a claim to finish or release, or why there is none. */
export type ClaimOutcome = DeliveryClaim | Exclude<DeliveryState, 'claimed'> | Unclaimed;

export const isUnclaimed = (outcome: ClaimOutcome): outcome is Unclaimed => typeof outcome === 'object' && 'unclaimed' in outcome;

/**
 * Claims a channel's delivery (Telegram update_id, Zalo message id) before it is handled, so each is
 * answered once, also when the platform retries it at another instance: a claim (a lease of
 * DELIVERY_DEFAULTS.leaseMs), or why not: 'in-progress' (handled elsewhere now, or its holder died
 * less than a lease ago: the platform should redeliver later), 'done' (answered: drop it) or
 * Unclaimed (the store is degraded: answer without a claim). Rejects with StoreUnavailableError when
 * the store cannot be reached (nothing is answered, the platform redelivers).
 */
export interface DeliveryClaims {
  claim(channel: string, id: string): Promise<ClaimOutcome>;
  /** Stops the write-back of finishes the store did not take (its timer): the process stops (ChatCore.stop). */
  close?(): void;
}

/**
 * The delivery is being handled elsewhere (its claim's lease runs): nothing was answered here, the
 * channel asks the platform to redeliver later (webhook 503, polling keeps the update), by which time
 * it is done (dropped) or its lease ran out (answered).
 */
export class DeliveryInProgressError extends Error {
  constructor() {
    super('delivery is being handled elsewhere; redeliver later');
    this.name = 'DeliveryInProgressError';
  }
}

/** Nothing was answered and the platform should deliver the update again later (503, keep it). */
export function shouldRedeliver(error: unknown): boolean {
  return error instanceof StoreUnavailableError || error instanceof DeliveryInProgressError;
}

/** What a persisted delivery claim needs of the store. */
export type DeliveryStore = Pick<ChatStore, 'claimDelivery' | 'finishDelivery' | 'releaseDelivery' | 'renewDelivery'>;

/** A delivery storeDeliveryClaims holds in memory: handled without its claim, or its finish, in the store. */
interface HeldDelivery {
  channel: string;
  id: string;
  done: boolean;
  unfinished?: boolean;
  /** The claim an unfinished delivery was answered under: its late finish is fenced by it (another holder's is not marked). */
  token?: string;
  keep?: KeptAnswer;
  /** Given back unanswered (DeliveryClaim.release) while the store was unreachable: the token of the claim it still holds. */
  owedRelease?: string;
  /** Its claim's renewal found it another holder's (logged once). */
  renewLost?: boolean;
}

/** The default DeliveryClaims: the store's persisted claim under a lease; a claim it cannot write is Unclaimed. */
export function storeDeliveryClaims(store: DeliveryStore, now: () => Date, logger: Logger): DeliveryClaims {
  /**
   * Deliveries handled without a claim while the store could not write: being handled, or answered; and those answered
   * whose finish the store, unreachable, did not take (`unfinished`: a redelivery waits until it is written, then finds it
   * done, with the kept answer a retry is replayed, `keep`), or given back unanswered while it was (`owedRelease`).
   */
  const unclaimed = new Map<string, HeldDelivery>();
  /**
   * The one write-back of the finishes the store did not take, for the whole process (was: one 5-s timer and a renewal
   * timer per unfinished delivery, up to unclaimedRemembered × 2 queries every 5 s, never cleared on close): one timer,
   * one write at a time, at most DELIVERY_DEFAULTS.lateFinishBatch writes a round, oldest first. A round that fails stops
   * at its first failure (one log line, ids and reason only) and the next waits twice as long, from renewMs up to
   * lateRetryMaxMs; a round that wrote its whole batch goes on at once with the rest. A claim written (the store writes
   * again) or a redelivery of an unfinished one starts a round now. Stopped by close().
   */
  const late = { timer: undefined as NodeJS.Timeout | undefined, running: undefined as Promise<void> | undefined, waitMs: DELIVERY_DEFAULTS.renewMs as number, closed: false };
  const waitingFinish = () => [...unclaimed.values()].filter((held) => held.done).length;
  /**
   * The claims of the unfinished deliveries, renewed every renewMs until their late finish is written (or their claim is
   * lost, or forgotten, or close()): the write-back waits up to lateRetryMaxMs, longer than the lease, and a redelivery
   * reaching another instance meanwhile would be claimed and answered again (was: the renewal stopped at the failed
   * finish). One timer for all, one renewal at a time, a tick stopping at its first failure (the store away: none can be).
   */
  const renewal = { timer: undefined as NodeJS.Timeout | undefined, running: false };
  const unfinishedClaims = () => [...unclaimed.values()].filter((held) => held.unfinished && held.token !== undefined && !held.renewLost);
  const renewUnfinished = async () => {
    for (const held of unfinishedClaims()) {
      if (late.closed) return;
      const renewed = await store.renewDelivery(held.channel, held.id, { token: held.token!, untilMs: now().getTime() + DELIVERY_DEFAULTS.leaseMs });
      if (!renewed) {
        held.renewLost = true;
        logger.warn('delivery_lease_not_renewed', { channel: held.channel, id: held.id, reason: 'lost' });
      }
    }
  };
  const stopRenewing = () => {
    clearInterval(renewal.timer);
    renewal.timer = undefined;
  };
  const keepRenewing = () => {
    if (late.closed || renewal.timer) return;
    renewal.timer = setInterval(() => {
      if (unfinishedClaims().length === 0) return stopRenewing();
      if (renewal.running) return;
      renewal.running = true;
      void renewUnfinished()
        .catch(() => undefined)
        .finally(() => {
          renewal.running = false;
        });
    }, DELIVERY_DEFAULTS.renewMs);
    renewal.timer.unref();
  };
  /** One round: true when it wrote its whole batch (more may be left), false when a write failed. */
  const finishRound = async (): Promise<boolean> => {
    const batch = [...unclaimed].filter(([, held]) => held.done).slice(0, DELIVERY_DEFAULTS.lateFinishBatch);
    for (const [key, delivery] of batch) {
      if (late.closed) return false;
      // Written meanwhile, or forgotten (past unclaimedRemembered): nothing more to keep.
      if (unclaimed.get(key) !== delivery) continue;
      try {
        await store.finishDelivery(delivery.channel, delivery.id, delivery.keep, delivery.token);
      } catch (error) {
        if (error instanceof DeliveryClaimLostError) {
          // Taken over after its lease ran out: its new holder marks it answered (its answer went out here, said so).
          if (unclaimed.get(key) === delivery) unclaimed.delete(key);
          logger.warn('delivery_late_finish_lost', { channel: delivery.channel, id: delivery.id });
          continue;
        }
        late.waitMs = Math.min(late.waitMs * 2, DELIVERY_DEFAULTS.lateRetryMaxMs);
        logger.warn('delivery_finish_failed', { channel: delivery.channel, id: delivery.id, waiting: waitingFinish(), retryInMs: late.waitMs, reason: errorReason(error) });
        return false;
      }
      if (unclaimed.get(key) === delivery) unclaimed.delete(key);
    }
    late.waitMs = DELIVERY_DEFAULTS.renewMs;
    return true;
  };
  /** Runs a write-back round now unless one runs; then the next one, at once or after the wait, while finishes are left. */
  const writeBackNow = () => {
    if (late.closed || late.running) return;
    clearTimeout(late.timer);
    late.timer = undefined;
    let whole = false;
    late.running = finishRound()
      .then((wrote) => {
        whole = wrote;
      })
      .catch((error: unknown) => {
        // A round that threw (its logger, or the store past its own catch) is a failed round: tried again after the wait
        // (was: the loop stalled for good, `running` never cleared). Ids and reason only.
        late.waitMs = Math.min(late.waitMs * 2, DELIVERY_DEFAULTS.lateRetryMaxMs);
        try {
          logger.error('delivery_late_finish_round_failed', { waiting: waitingFinish(), retryInMs: late.waitMs, reason: errorReason(error) });
        } catch {
          // The logger itself failing: the next round is scheduled all the same.
        }
      })
      .finally(() => {
        late.running = undefined;
        if (unfinishedClaims().length === 0) stopRenewing();
        if (late.closed || waitingFinish() === 0) return;
        // Only finishes of a degraded store left (answered without a claim written): tried again at the next claim
        // written, as before.
        if (!whole && ![...unclaimed.values()].some((held) => held.unfinished)) return;
        late.timer = setTimeout(writeBackNow, whole ? 0 : late.waitMs);
        late.timer.unref();
      });
  };
  /** Remembers a delivery handled without its claim or its finish in the store, the oldest forgotten past the limit. */
  const hold = (key: string, delivery: HeldDelivery) => {
    unclaimed.set(key, delivery);
    if (unclaimed.size <= DELIVERY_DEFAULTS.unclaimedRemembered) return;
    const [oldestKey, oldest] = unclaimed.entries().next().value!;
    unclaimed.delete(oldestKey);
    // A redelivery of it (answered, or being answered) would now be answered again.
    logger.warn('delivery_unclaimed_forgotten', { channel: oldest.channel, id: oldest.id, done: oldest.done, held: unclaimed.size });
  };
  /**
   * An answered delivery whose finish the store did not take: a write-back round is scheduled after the wait (renewMs at
   * first) unless one runs or is scheduled already.
   */
  const writeBackAfterWait = () => {
    if (late.closed || late.running || late.timer) return;
    late.timer = setTimeout(writeBackNow, late.waitMs);
    late.timer.unref();
  };
  const flushUnclaimed = () => {
    if (waitingFinish() > 0) writeBackNow();
  };
  return {
    close: () => {
      late.closed = true;
      clearTimeout(late.timer);
      late.timer = undefined;
      stopRenewing();
    },
    claim: async (channel, id) => {
      const key = JSON.stringify([channel, id]);
      const held = unclaimed.get(key);
      if (held?.unfinished) flushUnclaimed();
      if (held && held.owedRelease === undefined) return held.done && !held.unfinished ? 'done' : 'in-progress';
      const token = randomUUID();
      let state: DeliveryState;
      try {
        if (held?.owedRelease !== undefined) {
          // Given back here while the store was away: given back now, so this redelivery is answered (not 503 for a lease).
          await store.releaseDelivery(channel, id, held.owedRelease);
          unclaimed.delete(key);
        }
        state = await store.claimDelivery(channel, id, { token, untilMs: now().getTime() + DELIVERY_DEFAULTS.leaseMs });
      } catch (error) {
        // Unreachable: redeliver later. Any other failure of the claim's write: the store is degraded, answer
        // anyway, held in memory.
        if (error instanceof StoreUnavailableError) throw error;
        const delivery = { channel, id, done: false };
        hold(key, delivery);
        return {
          unclaimed: 'store-degraded',
          error,
          finish: async (keep) => {
            delivery.done = true;
            try {
              const kept = await store.finishDelivery(channel, id, keep);
              unclaimed.delete(key);
              return kept;
            } catch {
              // Still not written (the store is degraded, as the claim said): held in memory until the store takes it.
              return undefined;
            }
          },
          release: async () => void unclaimed.delete(key),
          held: async () => true,
        };
      }
      flushUnclaimed();
      if (state !== 'claimed') return state;
      const renew = () => store.renewDelivery(channel, id, { token, untilMs: now().getTime() + DELIVERY_DEFAULTS.leaseMs });
      const heartbeat = renewWhileHandled(logger, channel, renew);
      return {
        fence: { channel, id, token },
        held: () => renew().catch(() => true),
        // Renewed until the store took the finish or failed it (or the release): a slow write (a table locked) keeps the claim;
        // one the store did not take (unreachable) is renewed on by the write-back until its late finish is written.
        finish: async (keep) => {
          let unfinished = false;
          try {
            // Fenced by the claim's token: one taken over meanwhile is not marked answered by this holder.
            return await store.finishDelivery(channel, id, keep, token);
          } catch (error) {
            if (error instanceof DeliveryClaimLostError) throw error;
            // The answer was given but the store did not take its finish. Unreachable (PostgreSQL restarted mid-batch, or
            // the finish slower than its statement timeout: 57014): a redelivery here waits ('in-progress', as one reaching
            // another instance does for the claim's lease) until the finish is written, then is dropped, or replayed the
            // kept answer (a web retry). Another failure (degraded): dropped at once, as an answer without a claim. A
            // platform's kept answer is not written late: it would be sent twice (the channel sends this one now).
            unfinished = error instanceof StoreUnavailableError;
            const held: HeldDelivery = { channel, id, done: true, token, ...(unfinished ? { unfinished } : {}), ...(unfinished && keep?.replay ? { keep } : {}) };
            hold(key, held);
            if (unfinished) {
              writeBackAfterWait();
              keepRenewing();
            }
            throw error;
          } finally {
            heartbeat.stop();
          }
        },
        release: async () => {
          try {
            await store.releaseDelivery(channel, id, token);
          } catch (error) {
            // Nothing was answered, but the store (unreachable) keeps the claim until its lease runs out: a redelivery here
            // gives it back first (claim above); one reaching another instance waits for the lease.
            if (error instanceof StoreUnavailableError) hold(key, { channel, id, done: false, owedRelease: token });
            throw error;
          } finally {
            heartbeat.stop();
          }
        },
      };
    },
  };
}

/**
 * A lease renewed (heartbeat) every `everyMs` until stopped: the one timer behind a delivery claim's renewal (renewWhileHandled)
 * and a Redis chat lock's (src/store/redis.ts). `renew` resolving false (the lease no longer this holder's) ends the renewals
 * and is told once (`lost`); a renewal that fails (the store or Redis away) is told (`failed`) and the next one is tried.
 * Nothing is told once stopped (a renewal answered after the finish or release, which ends the lease).
 */
export function heartbeat(everyMs: number, renew: () => Promise<boolean>, told: { lost(): void; failed(error: unknown): void }): { stop(): void } {
  let stopped = false;
  const stop = () => {
    stopped = true;
    clearInterval(timer);
  };
  const timer = setInterval(() => {
    void renew().then(
      (held) => {
        if (held || stopped) return;
        stop();
        told.lost();
      },
      (error: unknown) => {
        if (!stopped) told.failed(error);
      },
    );
  }, Math.max(1, Math.floor(everyMs)));
  timer.unref();
  return { stop };
}

/**
 * Renews a claim every DELIVERY_DEFAULTS.renewMs until stopped (finished or given back), so a handling longer than the lease
 * keeps it while a dead holder's lease runs out soon. `renew` resolving false (the claim no longer this holder's) or failing
 * is logged once (`delivery_lease_not_renewed`): a redelivery reaching another instance past the lease may then be answered
 * there too.
 */
export function renewWhileHandled(logger: Logger, channel: string, renew: () => Promise<boolean>): { stop(): void } {
  let quiet = false;
  const warn = (reason: string) => {
    if (quiet) return;
    quiet = true;
    logger.warn('delivery_lease_not_renewed', { channel, reason });
  };
  const beat = heartbeat(DELIVERY_DEFAULTS.renewMs, renew, { lost: () => warn('lost'), failed: (error) => warn(errorReason(error)) });
  return {
    stop: () => {
      quiet = true;
      beat.stop();
    },
  };
}

/**
 * Runs one chat's messages one at a time: `run(key, work)` starts `work` only after every earlier
 * `run` with the same key has finished, also when they arrive at different instances (shared lock).
 */
export interface ChatLock {
  run<T>(key: string, work: () => Promise<T>): Promise<T>;
}

/** The default ChatLock: this process only (right for one instance). */
export function processChatLock(): ChatLock {
  const tails = new Map<string, Promise<unknown>>();
  return {
    run: async (key, work) => {
      const previous = tails.get(key) ?? Promise.resolve();
      const current = previous.then(work, work);
      const tail = current.catch(() => undefined);
      tails.set(key, tail);
      try {
        return await current;
      } finally {
        if (tails.get(key) === tail) tails.delete(key);
      }
    },
  };
}

/** What a store's failure is, for the log: its code or name, never its message. */
function errorReason(error: unknown): string {
  const { code, name } = (error ?? {}) as { code?: unknown; name?: unknown };
  return typeof code === 'string' ? code : typeof name === 'string' ? name : 'unknown';
}
