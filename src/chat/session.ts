/**
 * What the chat keeps per user between messages, validated on load (a session written by an older
 * version or damaged on disk starts over rather than breaking the conversation).
 *
 * Privacy: the household interview (`interview`) is written here only after the user pressed the
 * consent button (`consentAt`). Without consent the draft lives only in process memory
 * (`VolatileDrafts`) for the conversation and is gone after a restart or a few idle hours.
 */
import { z } from 'zod';
import { INDICATOR_IDS } from '../rules/types.ts';

const ButtonSchema = z.object({ label: z.string().max(200), action: z.string().max(64) });
/** Limits of what a session may hold; the core cuts to them before saving, so a saved session always loads. */
export const MAX_CHOICES = 40;
export const MAX_REPORT_SUBJECT = 400;

export const AnswerSchema = z.enum(['yes', 'no', 'unsure']);
export type Answer = z.infer<typeof AnswerSchema>;

export const InterviewSchema = z.object({
  /** Waiting for the consent button before the first question. */
  awaitingConsent: z.boolean(),
  /** Index into the interview steps (see interview.ts); equal to their count once the result is shown. */
  position: z.number().int().min(0),
  area: z.enum(['rural', 'urban']).optional(),
  members: z.number().int().min(1).optional(),
  income: z.object({ amount: z.number().min(0), perPerson: z.boolean() }).optional(),
  answers: z.partialRecord(z.enum(INDICATOR_IDS), AnswerSchema),
  /** A clarifying question from money parsing is pending (the user's next text answers it). */
  incomeQuestion: z.string().optional(),
});
export type Interview = z.infer<typeof InterviewSchema>;

const AwaitingSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('report'), subject: z.string().max(MAX_REPORT_SUBJECT) }),
  z.object({ kind: z.literal('province') }),
]);

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
});
export type Session = z.infer<typeof SessionSchema>;

export function parseSession(value: unknown): { session: Session; valid: boolean } {
  if (value === undefined || value === null) return { session: {}, valid: true };
  const parsed = SessionSchema.safeParse(value);
  return parsed.success ? { session: parsed.data, valid: true } : { session: {}, valid: false };
}

/** Drafts of users who did not consent: memory only, bounded, forgotten when idle. */
const DRAFT_IDLE_MS = 6 * 60 * 60 * 1000;
const MAX_DRAFTS = 10_000;

export class VolatileDrafts {
  private readonly drafts = new Map<string, { interview: Interview; touched: number }>();

  constructor(private readonly now: () => Date) {}

  get(key: string): Interview | undefined {
    const entry = this.drafts.get(key);
    if (!entry) return undefined;
    if (this.now().getTime() - entry.touched > DRAFT_IDLE_MS) {
      this.drafts.delete(key);
      return undefined;
    }
    return entry.interview;
  }

  set(key: string, interview: Interview): void {
    // Map keeps insertion order: re-inserting moves the key to the end, so the first key is the least recent.
    this.drafts.delete(key);
    this.drafts.set(key, { interview, touched: this.now().getTime() });
    while (this.drafts.size > MAX_DRAFTS) {
      const oldest = this.drafts.keys().next().value;
      if (oldest === undefined) break;
      this.drafts.delete(oldest);
    }
  }

  delete(key: string): void {
    this.drafts.delete(key);
  }
}
