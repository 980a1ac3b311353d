/** The HTTP server's tunables, in one place (README, "Máy chủ"). */
export const HTTP_DEFAULTS = {
  /** How long a close waits for in-flight requests before cutting the connections. */
  closeGraceMs: 10_000,
  /**
   * At a close the server keeps accepting until no connection has come for this long, so requests
   * already sent (in the accept queue, or on an idle keep-alive connection) start and are answered
   * instead of being reset when the listener and the idle connections close…
   */
  closeQuietMs: 100,
  /** …but no longer than this, when new connections keep coming. */
  closeDrainMaxMs: 2_000,
  /** A route limited per session gets this many times the per-address budget (many people, one NAT). */
  sharedAddressFactor: 10,
  /**
   * While the rate limits' store (Redis) stays unreachable, one reminder line at most this often (ms): the loss and the
   * return are one line each, the requests in between are counted, not logged (a line per request flooded the log).
   */
  rateLimitReminderMs: 60_000,
  /** Unknown paths are logged cut to this length: enough to diagnose, not a log-flooding vector. */
  maxLoggedPath: 80,
  /** The whole request head must arrive within this; then 408. */
  headersTimeoutMs: 10_000,
  /** The whole request must arrive within this, however it trickles; then 408. */
  requestTimeoutMs: 30_000,
  /**
   * The web chat (client.js, data-answer-wait-ms of its form) gives up a try whose answer is not whole this long after the
   * try began (a stream stalled half-way on a weak signal) and sends the same message again.
   */
  webAnswerWaitMs: 30_000,
  /** How often node:http checks the two timeouts above (its default, 30 s, made them late by up to 30 s). */
  timeoutCheckMs: 1_000,
  /**
   * A request line is written at info when it failed (status ≥ 400) or took at least this long, and
   * at debug otherwise: a line per cheap successful request cost 15% of /healthz throughput.
   */
  slowRequestMs: 500,
  /** Longest URL (path and query) answered; longer → 414. */
  maxUrlBytes: 8 * 1024,
  /** Largest request head (request line and headers) answered; larger → 431. */
  maxHeaderBytes: 16 * 1024,
  /**
   * Node's parser limit (`maxHeaderSize`), above the two limits: requests between them reach the
   * server and get a precise 414 or 431; beyond it the parser refuses them (clientError).
   */
  parserHeaderBytes: 32 * 1024,
  /** A body that sends nothing for this long is answered 408 and its connection closed. */
  bodyIdleMs: 5_000,
  /**
   * /api/ask keeps its encoded answers, least recently asked dropped first, up to this many bytes of JSON
   * (an answer with 5 results is ~9 KB, with 20 ~35 KB; a gzipped copy, made when a client asks for one,
   * is kept beside it and adds about a third).
   */
  askCacheBytes: 8 * 1024 * 1024,
} as const;
