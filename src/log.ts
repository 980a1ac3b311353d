/**
 * Structured logs through pino: one JSON line per event on stderr (`time`, `level`, `event`, the
 * child's fields such as `requestId`, then the event's fields), written asynchronously in chunks and
 * flushed at exit. Never pass user texts, personal answers or tokens in `fields`; as a last guard,
 * anything that looks like a bot token or a bot API URL is masked in the written line.
 */
import pino from 'pino';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

const BOT_TOKEN_PATTERN = /\d{5,}:[A-Za-z0-9_-]{20,}/g;
/**
 * The token segment of a bot API URL (`…/bot<TOKEN>/<method>`, Telegram and Zalo alike): long,
 * followed by a slash and not a host (`//bot-api…`), so paths such as `/bot.db` or `…/bot.ts:12`
 * stay readable. Stops before a backslash: masking runs on the JSON line, where " is written \".
 */
const BOT_URL_TOKEN_PATTERN = /(?<!\/)\/bot[^/\s"\\]{10,}(?=\/)/g;

export interface Logger {
  debug(event: string, fields?: Record<string, unknown>): void;
  info(event: string, fields?: Record<string, unknown>): void;
  warn(event: string, fields?: Record<string, unknown>): void;
  error(event: string, fields?: Record<string, unknown>): void;
  child(fields: Record<string, unknown>): Logger;
}

export function maskSecrets(text: string): string {
  return text.replace(BOT_TOKEN_PATTERN, '[token]').replace(BOT_URL_TOKEN_PATTERN, '/bot[token]');
}

/**
 * What JSON.parse quotes of the text it could not read (`Unexpected token 'h', "nha tui o a"... is not valid JSON`): the text
 * a person typed, or an answer quoting it (an outbox item), never written to a log (Luật 91/2025/QH15).
 */
const JSON_QUOTE = /"[^\n]*"(?:\.\.\.)? is not valid JSON/g;

/** An error's text as it is written: secrets and the quoted input of a JSON error masked. */
const errorText = (text: string) => maskSecrets(text).replace(JSON_QUOTE, '"[…]" is not valid JSON');

function describeError(error: unknown): Record<string, unknown> {
  if (error instanceof Error) {
    return { name: error.name, message: errorText(error.message), stack: error.stack && errorText(error.stack) };
  }
  return { message: errorText(String(error)) };
}

/** An `error` field, or any Error value, is written as its name, masked message and stack. */
function describeErrors(fields: Record<string, unknown>): Record<string, unknown> {
  let described: Record<string, unknown> | undefined;
  for (const key in fields) {
    const value = fields[key];
    if (value instanceof Error || key === 'error') {
      described ??= { ...fields }; // never change the caller's object
      described[key] = describeError(value);
    }
  }
  return described ?? fields;
}

function wrap(logger: pino.Logger): Logger {
  return {
    debug: (event, fields) => logger.debug(fields ?? {}, event),
    info: (event, fields) => logger.info(fields ?? {}, event),
    warn: (event, fields) => logger.warn(fields ?? {}, event),
    error: (event, fields) => logger.error(fields ?? {}, event),
    child: (fields) => wrap(logger.child(fields)),
  };
}

/**
 * `write` replaces stderr (tests collect the lines); `base` fields go on every line, like a child's.
 * pino's own `pid` and `hostname` are left out.
 */
export function createLogger(
  options: { level?: LogLevel; write?: (line: string) => void; base?: Record<string, unknown> } = {},
): Logger {
  const destination = options.write ? { write: options.write } : pino.destination({ fd: 2, sync: false });
  const logger = pino(
    {
      level: options.level ?? 'info',
      base: options.base ?? null,
      messageKey: 'event',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }), log: describeErrors },
      hooks: { streamWrite: maskSecrets },
    },
    destination,
  );
  return wrap(logger);
}

/** Logs that go nowhere, for tests and scripts that print their own output. */
export const silentLogger: Logger = wrap(pino({ level: 'silent' }));
