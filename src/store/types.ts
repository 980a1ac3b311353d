import type { ChatStore } from '../chat/ports.ts';

/**
 * A store behind the chat core's port, plus what the server needs besides the core: the cadres'
 * statistics and closing. Stores keep the least they can: sessions (with interview answers only when
 * the user consented), anonymous counters and feedback, problem reports and shares without user ids.
 */
export interface Store extends ChatStore {
  /** Which engine, for /healthz. */
  readonly backend: 'sqlite' | 'postgres';
  /** True when the database answers a trivial query now (readiness); never throws. */
  ping(): Promise<boolean>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}

export interface StoreStats {
  questionsAsked: number;
  questionsUnanswered: number;
  /** Recent unanswered questions, text only (no user ids), newest first. */
  unansweredQuestions: { text: string; count: number; lastAsked: string }[];
  checksByClass: Record<string, number>;
  feedback: { useful: number; notUseful: number };
  reports: { comment: string; subject: string; createdAt: string }[];
}
