/**
 * What the chat keeps per user between messages, saved with a schema version (`v`) and migrated and
 * validated on load: an older version's session continues; a damaged one starts over with a warning.
 *
 * Privacy: the household interview (`interview`) is written here only after the user pressed the
 * consent button (`consentAt`). Without consent the draft lives only in process memory
 * (`VolatileDrafts`) for the conversation and is gone after a restart or a few idle hours.
 */
import * as z from 'zod';
import { ownerOfSession, type DraftStore } from './ports.ts';
import { isIsoDate } from '../text/dates.ts';
import { RETENTION } from '../privacy/retention.ts';
import { decodeAction } from './actions.ts';

const ButtonSchema = z.object({ label: z.string().max(200), action: z.string().max(64) });
/** Limits of what a session may hold; the core cuts to them before saving, so a saved session always loads. */
export const MAX_CHOICES = 40;
export const MAX_REPORT_SUBJECT = 400;

export const AnswerSchema = z.enum(['yes', 'no', 'unsure']);
export type Answer = z.infer<typeof AnswerSchema>;

export const InterviewSchema = z.object({
  /** Waiting for the consent button before the first question. */
  awaitingConsent: z.boolean(),
  /** The consent question was asked again in full once while it waits: later it is one short line. Optional, so older sessions load. */
  consentAsked: z.boolean().optional(),
  /**
   * yyyy-MM-dd in Vietnam when the check started: its questions and result are for that day. Optional, so
   * sessions saved before it load unchanged (and follow today), and older code reading a newer session drops it.
   */
  date: z.string().refine(isIsoDate).optional(),
  /** Index into the interview steps (see interview.ts); equal to their count once the result is shown. */
  position: z.number().int().min(0),
  area: z.enum(['rural', 'urban']).optional(),
  /**
   * The province the household was told to live in ("nha tui o ha noi …"): its own standard for its supports is said with the
   * result, and a higher standard of it replaces the national one. Household data like `area`; optional, so older sessions load.
   */
  province: z.string().max(80).optional(),
  members: z.number().int().min(1).optional(),
  income: z.object({ amount: z.number().min(0), perPerson: z.boolean() }).optional(),
  /**
   * A day's pay told without the days worked ("làm hồ 300k 1 ngày"), while the income is not known: the income question asks
   * the days a month, and an answer of days ("tầm 20 ngày", "20") makes the month's income from it. Household data like
   * `income` (kept as the interview is); optional, so older sessions load unchanged.
   */
  perDay: z
    .object({
      amount: z.number().min(0),
      perPerson: z.boolean(),
      /** Said of a group ("2 vc … 200k 1 ngày") without "mỗi người" or "cả hai": asked first; optional, so older sessions load. */
      earners: z.number().int().min(2).max(30).optional(),
    })
    .optional(),
  /**
   * The income told with a year near it that may be the time asked about ("năm nay … thu nhập 8 triệu"), while the income is
   * not known: the income question asks "8 triệu là một tháng hay cả năm?", and "1 thang", "ca nam" make the month's income from
   * it. Household data like `income`; optional, so older sessions load unchanged.
   */
  periodAsked: z.object({ amount: z.number().min(0), perPerson: z.boolean() }).optional(),
  /**
   * Each crop's income told without the crops a year ("bán lúa mỗi mùa 20 triệu"), while the income is not known: the income
   * question asks "Một năm hộ làm mấy mùa?" in the resident's word (`name`), and "2 mùa" makes the year's income from it (÷ 12,
   * `plus` the month's income told before, for a harvest's sale: harvestUncounted). Optional, so older sessions load unchanged.
   */
  cropAsked: z.object({ amount: z.number().min(0), perPerson: z.boolean(), name: z.string().min(1).max(10), plus: z.number().min(0).optional() }).optional(),
  /**
   * A harvest told by its weight beside the income ("mỗi vụ 3 tấn lúa, chồng làm hồ 5 triệu/tháng"), not counted: a sale said next
   * ("bán dc 20 triệu") is added to the income (each crop's, `each`: the crops a year asked, `cropAsked.plus` the income before).
   * Optional, so older sessions load unchanged.
   */
  harvestUncounted: z.object({ each: z.string().min(1).max(10).optional() }).optional(),
  /**
   * The income figure asked back ("tầm chục hay tám chục?") was said for a period other than one month ("1 năm làm được tám
   * chục triệu"), while the income is not known: a figure answered with no period of its own ("80 triệu") is for that period
   * (÷ 12 for a year). Optional, so older sessions load unchanged.
   */
  askedFor: z.object({ period: z.enum(['month', 'year']), count: z.number().int().min(1).max(120) }).optional(),
  /**
   * A harvest told by its weight and no money ("mỗi vụ dc 3 tấn lúa"), while the income is not known: the income question asks the
   * money the harvest brings in a year (HARVEST_MONEY_QUESTION), `askedFor` the year. Optional, so older sessions load unchanged.
   */
  harvestAsked: z.literal(true).optional(),
  /**
   * How many deprivations the household sentence told, none named ("thieu 2 chi so", round 26): said back with what was
   * understood, on the review before the first indicator question too; each indicator is still asked. Optional, so older
   * sessions load unchanged.
   */
  deprivationsCounted: z.number().int().min(0).max(30).optional(),
  /** Keyed by indicator id (rules/indicators.yaml); ids are data, so any short id-shaped key is accepted. */
  answers: z.record(z.string().regex(/^[a-z][a-z0-9_]{0,39}$/), AnswerSchema),
  /**
   * Which typed message told which household fact (Luật 91/2025/QH15: deleting a message deletes what was derived from it):
   * the message's ref (`m`, ChatStore.messageRef: a keyed hash, never the message's id), when (`at`, ISO), and the facts it
   * set (`f`: 'members', 'income', 'answers.water_source'…; interview.ts toldFacts), each fact the latest message's that set
   * it. Optional, so older sessions load (their facts are deleted with the whole check: Hủy, /xoadulieu).
   */
  from: z
    .array(z.object({ m: z.string().max(64), at: z.string().max(40), f: z.array(z.string().max(48)).min(1).max(40) }))
    .max(40)
    .optional(),
  /** "What I understood" (area, members, income per person) was shown before the indicator questions. */
  reviewed: z.boolean().optional(),
  /** Saved while a question was on screen in its older wording (version 2): shown again before any answer is read. */
  reask: z.boolean().optional(),
  /**
   * After a result, the members a what-if took away ("thằng lớn đi xkld rồi thì sao": 1): the next what-if ("nếu thu nhập 4 triệu
   * thì sao") is of the household without them, as the reply invited; dropped by any other message. Optional.
   */
  supposedAway: z.number().int().min(1).max(30).optional(),
});
export type Interview = z.infer<typeof InterviewSchema>;

const AwaitingSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('report'),
    /** What the report concerns, with nothing about the household: a passage id or "a check result". */
    subject: z.string().max(MAX_REPORT_SUBJECT),
    /** A check result's figures (class, income, deprivations): sent only when the person chose to attach them. */
    detail: z.string().max(MAX_REPORT_SUBJECT).optional(),
    attach: z.boolean().optional(),
  }),
  z.object({ kind: z.literal('province') }),
]);
export type Awaiting = z.infer<typeof AwaitingSchema>;

/** The longest delivery id a session keeps as `handled` (a longer one is not kept: the session must still parse). */
export const HANDLED_MAX_CHARS = 128;

export const SessionSchema = z.object({
  /** ISO time the user pressed "Đồng ý"; absent means no consent (never pre-set). */
  consentAt: z.string().optional(),
  province: z.string().max(80).optional(),
  /** The buttons last offered, so a typed number or label can press them on channels without buttons. */
  choices: z.array(ButtonSchema).max(MAX_CHOICES).optional(),
  /** False when those buttons were shown as words, not numbers (the step expected a typed number). */
  choicesNumbered: z.boolean().optional(),
  /** The last search results (passage ids only), for "more results", "full section", feedback, share. */
  results: z
    .object({ set: z.string().max(8), ids: z.array(z.string()).max(20), shown: z.number().int().min(0) })
    .optional(),
  awaiting: AwaitingSchema.optional(),
  interview: InterviewSchema.optional(),
  /**
   * What the last answer was about, for a follow-up ("còn hộ cận nghèo?", "vậy năm nay thì sao"): a rules answer's code
   * (topics.ts topicCode), the list of supports ("supports:<class>") or "check" after a household result. Names no
   * figure and nothing typed (a support asked with ages is kept as the support they put first: topics.ts codedTopic); stored
   * only with consent, otherwise kept in the draft (memory) like the interview; optional, so older sessions load unchanged.
   */
  last: z.string().max(80).optional(),
  /**
   * A household told in one message whose result was given from it, with no interview ("nha 5 nguoi o que thu nhap 6 trieu …, la
   * ho gi"), for the follow-ups about that household ("vay dc ho tro j", "thang 1 thi sao", "con neu 6 nguoi thi sao"): its figures
   * as a code (`h`, settled.ts toldCode: area, income, members, indicators, day; nothing typed), the ref of the message that told
   * them (`m`, as in interview.from) and when (`at`, ISO). Household data like the interview: stored only with consent, otherwise
   * kept in the draft (memory); dropped with that message (/xoatin), "Hủy", a new check and /xoadulieu. Optional, so older
   * sessions load unchanged.
   */
  told: z.object({ h: z.string().max(80), m: z.string().max(64), at: z.string().max(40) }).optional(),
  /**
   * The post just given to share (`text`) and the lines the person added to it (`added`: "Thêm số điện thoại liên hệ 0912 345 678
   * của anh Tư", round 42 outreach43), so the next edit changes that same post. Typed text, kept only in the draft (memory, or Redis
   * with several instances: RETENTION.draftIdleHours), never in the database, consent or not; dropped by the next answer that is
   * no post, a new post, /xoadulieu. Optional, so older sessions load unchanged. `filled`: what the person filled in a template so
   * far (day, hour, place; round 43 outreach44: "thêm giờ họp 8h" then "thêm địa điểm nhà văn hóa ấp 3" lost the hour), kept the same way.
   */
  post: z
    .object({
      text: z.string().max(6000),
      added: z.array(z.string().max(300)).max(10),
      filled: z.object({ day: z.string().max(10).optional(), time: z.string().max(120).optional(), place: z.string().max(300).optional() }).optional(),
    })
    .optional(),
  /**
   * The delivery (Telegram update_id, Zalo message id, the web chat's message id) whose turn left this state: an instance
   * killed after saving it but before marking the delivery answered leaves it here, so the platform's redelivery does not
   * read the same answer into the next question (core: handle). An id, nothing typed; optional.
   */
  handled: z.string().max(HANDLED_MAX_CHARS).optional(),
  /**
   * That delivery's turn moved the household check (an answer, its last one included, consent, a start): its redelivery
   * shows where the check is now (the question waiting, or the result). Unset: it changed no check (a side question),
   * so its redelivery is answered again, nothing saved a second time. Optional.
   */
  handledCheck: z.literal(true).optional(),
  /**
   * That delivery's turn changed no check (a side question): its redelivery is answered again. Written since round 29 beside
   * handledCheck, so that a state naming its delivery with neither was saved before (round 27 knew no handledCheck, round 28
   * wrote nothing for a side question): read as round 27 meant it (handledCheckOf). Optional; older code ignores it.
   */
  handledAside: z.literal(true).optional(),
});
export type Session = z.infer<typeof SessionSchema>;

/**
 * Whether the delivery a saved state names (`handled`) moved the household check, so that its redelivery shows where the
 * check is (core: repeatTurn) instead of reading the message again. A state with neither handledCheck nor handledAside was
 * saved by round 27 or 28: moved when a check is under way past its consent, as round 27 read it (its redelivery then
 * showed the question waiting), so an answer is never read a second time into the next question.
 */
export function handledCheckOf(held: Pick<Session, 'handledCheck' | 'handledAside'>, check: { awaitingConsent?: boolean } | undefined, finished: boolean): boolean {
  if (held.handledCheck === true) return true;
  if (held.handledAside === true) return false;
  return check !== undefined && !check.awaitingConsent && !finished;
}
export type ToldHousehold = NonNullable<Session['told']>;

/**
 * The version of the saved session's shape, written with every session (`v`). A change to the shape
 * bumps it and adds a step to SESSION_MIGRATIONS; never edit a shipped step.
 */
export const SESSION_VERSION = 3;

/**
 * SESSION_MIGRATIONS[n] turns a version n+1 session into version n+2. Version 1 is the unversioned
 * format saved before versions existed: the same fields, no `v`.
 */
const SESSION_MIGRATIONS: ((value: Record<string, unknown>) => Record<string, unknown>)[] = [(value) => value, rewordedQuestions];

/**
 * Version 2 → 3: every indicator question is now asked so that "Có" means deprived. Up to version 2 these six
 * were asked the other way round ("Hộ có nguồn nước sạch … không?": "Không" = deprived), so their saved answers
 * are flipped to keep their meaning; an interview in progress shows its current question again before reading an
 * answer (the screen may show the old wording), and the old buttons kept for typed numbers are dropped.
 */
const ASKED_THE_OTHER_WAY_UP_TO_V2 = ['water_source', 'sanitation', 'telecom', 'information_access', 'digital_services', 'waste'];
const FLIPPED: Record<string, string> = { yes: 'no', no: 'yes' };
function rewordedQuestions(value: Record<string, unknown>): Record<string, unknown> {
  const interview = value.interview;
  if (!interview || typeof interview !== 'object' || Array.isArray(interview)) return value;
  const { answers } = interview as { answers?: unknown };
  const flipped =
    answers && typeof answers === 'object' && !Array.isArray(answers)
      ? Object.fromEntries(
          Object.entries(answers).map(([id, answer]) => [id, ASKED_THE_OTHER_WAY_UP_TO_V2.includes(id) && typeof answer === 'string' ? (FLIPPED[answer] ?? answer) : answer]),
        )
      : answers;
  const answerButton = (choice: unknown) => {
    const action = decodeAction(String((choice as { action?: unknown })?.action));
    return action?.kind === 'check' && (action.step === 'answer' || action.step === 'staleAnswer');
  };
  const choices = Array.isArray(value.choices) ? value.choices.filter((choice) => !answerButton(choice)) : value.choices;
  return { ...value, choices, interview: { ...interview, answers: flipped, reask: true } };
}

export type SessionLoad =
  | { session: Session; valid: true; migratedFrom?: number }
  | { session: Session; valid: false; reason: 'invalid' | 'newer_version' };

/** What the core hands to the store: the session with its schema version. */
export function serializeSession(session: Session): object {
  return { v: SESSION_VERSION, ...session };
}

/** A stored session, migrated to the current version and validated; an unusable one starts over (and says why). */
export function parseSession(value: unknown): SessionLoad {
  if (value === undefined || value === null) return { session: {}, valid: true };
  if (typeof value !== 'object' || Array.isArray(value)) return { session: {}, valid: false, reason: 'invalid' };
  const { v, ...fields } = value as Record<string, unknown>;
  const version = v === undefined ? 1 : v;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { session: {}, valid: false, reason: 'invalid' };
  if (version > SESSION_VERSION) return { session: {}, valid: false, reason: 'newer_version' };
  const migrated = SESSION_MIGRATIONS.slice(version - 1).reduce((current, step) => step(current), fields);
  const parsed = SessionSchema.safeParse(migrated);
  if (!parsed.success) return { session: {}, valid: false, reason: 'invalid' };
  return version < SESSION_VERSION ? { session: parsed.data, valid: true, migratedFrom: version } : { session: parsed.data, valid: true };
}

/**
 * What a user who did not consent has told about a household, kept out of the database (in the
 * DraftStore): the interview, a household told in one message (`told`), the buttons under a result (they
 * carry its figures and class), a report waiting with a result's figures, and buttons of a turn that left
 * nothing else worth a session row.
 */
export const DraftSchema = SessionSchema.pick({ interview: true, choices: true, choicesNumbered: true, awaiting: true, last: true, told: true, post: true, handled: true, handledCheck: true, handledAside: true }).extend({
  /**
   * The turn's session could not be written (SQLite degraded: disk full, a lock held elsewhere) or read (a damaged
   * page): this draft holds the conversation's place and wins over the stored session until a write succeeds.
   */
  unsaved: z.literal(true).optional(),
  /**
   * A check kept without consent: the turns it has taken, also kept in the database with no content (ChatStore.markCheck),
   * so a draft gone (Redis back empty, a restart) or older than that (a copy come back from before) is told as lost.
   */
  step: z.number().int().positive().optional(),
});
export type Draft = z.infer<typeof DraftSchema>;

/** What the core hands to a DraftStore (Redis keeps drafts across a restart): the draft with the session version. */
export function serializeDraft(draft: Draft): object {
  return { v: SESSION_VERSION, ...draft };
}

/**
 * A draft read back from a DraftStore, migrated like a session; anything damaged is dropped. A bare interview is
 * an earlier draft; a draft without `v` was written by version 2.
 */
export function parseDraft(value: unknown): Draft | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const { v, ...fields } = value as Record<string, unknown>;
  const wrapped = v === undefined && InterviewSchema.safeParse(fields).success ? { interview: fields } : fields;
  const version = v === undefined ? 2 : v;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > SESSION_VERSION) return undefined;
  const migrated = SESSION_MIGRATIONS.slice(version - 1).reduce((current, step) => step(current), wrapped);
  const parsed = DraftSchema.safeParse(migrated);
  return parsed.success ? parsed.data : undefined;
}

/** Drafts of users who did not consent: memory only, bounded, forgotten when idle. */
export const DRAFT_IDLE_MS = RETENTION.draftIdleHours * 60 * 60 * 1000;
const MAX_DRAFTS = 10_000;

/**
 * A DraftStore whose turn writes may be refused once the conversation's chat lock is another instance's (Redis: fenced,
 * DeliveryClaimLostError), with `erase`: one conversation's draft deleted whoever holds the lock, for an erasure (/xoadulieu),
 * which must not stop half-way. Required (was optional, the core falling back to `delete`, which a store fencing its deletes
 * would refuse): a store whose deletes are never refused erases with `delete` (VolatileDrafts).
 */
export type ErasableDrafts = DraftStore & { erase(key: string): Promise<void> };

/** The DraftStore of one process (the default): nothing leaves memory, a restart forgets everything. */
export class VolatileDrafts implements ErasableDrafts {
  readonly where = 'bộ nhớ tạm của máy chủ (mất khi máy chủ khởi động lại)';
  private readonly drafts = new Map<string, { draft: object; touched: number }>();

  constructor(private readonly now: () => Date) {}

  async get(key: string): Promise<object | undefined> {
    const entry = this.drafts.get(key);
    if (!entry) return undefined;
    if (this.now().getTime() - entry.touched > DRAFT_IDLE_MS) {
      this.drafts.delete(key);
      return undefined;
    }
    return entry.draft;
  }

  async set(key: string, draft: object): Promise<void> {
    // Map keeps insertion order: re-inserting moves the key to the end, so the first key is the least recent.
    this.drafts.delete(key);
    this.drafts.set(key, { draft, touched: this.now().getTime() });
    while (this.drafts.size > MAX_DRAFTS) {
      const oldest = this.drafts.keys().next().value;
      if (oldest === undefined) break;
      this.drafts.delete(oldest);
    }
  }

  async delete(key: string): Promise<void> {
    this.drafts.delete(key);
  }

  /** One process's drafts are never refused: an erasure is a delete. */
  erase(key: string): Promise<void> {
    return this.delete(key);
  }

  async deleteUser(userKey: string): Promise<number> {
    return (await this.deleteUserKeys(userKey)).length;
  }

  /** deleteUser, saying which chats' drafts went (their keys). */
  async deleteUserKeys(userKey: string): Promise<string[]> {
    const keys = [...this.drafts.keys()].filter((key) => ownerOfSession(key) === userKey);
    for (const key of keys) this.drafts.delete(key);
    return keys;
  }

  held(): { key: string; draft: unknown }[] {
    const time = this.now().getTime();
    return [...this.drafts].filter(([, entry]) => time - entry.touched <= DRAFT_IDLE_MS).map(([key, entry]) => ({ key, draft: entry.draft }));
  }
}
