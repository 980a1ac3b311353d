import type { StorageAdapter } from 'grammy';

/**
 * Persistence on better-sqlite3 (one file, `DATABASE_PATH`). Stores the least it can:
 * sessions (with interview answers only when the user consented), anonymous feedback,
 * problem reports without user ids, and counters for cadres.
 */
export interface Store {
  /** Sessions as a grammY storage adapter: keys like "telegram:12345", values JSON. */
  sessions: StorageAdapter<unknown>;
  /**
   * Deletes everything kept about one user: the session under `sessionKey`, the sessions scoped
   * under it (`${sessionKey}:…`, e.g. one per group chat) and the shares any of them made; returns rows removed.
   */
  deleteUser(sessionKey: string): number;
  recordQuestion(question: { answered: boolean; text: string }): void;
  recordCheck(classification: string): void;
  recordFeedback(feedback: { passageId: string; useful: boolean }): void;
  recordReport(report: { comment: string; subject: string }): void;
  /** Shared answers: a short token ↔ what to show again (a passage id and the question). */
  saveShare(share: { passageId: string; question: string }): string;
  loadShare(token: string): { passageId: string; question: string } | undefined;
  stats(): StoreStats;
  close(): void;
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
