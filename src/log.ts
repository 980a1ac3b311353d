/**
 * Structured logs: one JSON line per event on stderr. Never pass user texts, personal answers or
 * tokens in `fields`; as a last guard, anything that looks like a bot token or a bot API URL is masked.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

const LEVEL_ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };
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

function describeError(error: unknown): Record<string, unknown> {
  if (error instanceof Error) {
    return { name: error.name, message: maskSecrets(error.message), stack: error.stack && maskSecrets(error.stack) };
  }
  return { message: maskSecrets(String(error)) };
}

export function createLogger(
  options: { level?: LogLevel; write?: (line: string) => void; base?: Record<string, unknown> } = {},
): Logger {
  const minimum = LEVEL_ORDER[options.level ?? 'info'];
  const write = options.write ?? ((line: string) => process.stderr.write(line));
  const base = options.base ?? {};

  const emit = (level: LogLevel, event: string, fields: Record<string, unknown> = {}) => {
    if (LEVEL_ORDER[level] < minimum) return;
    const record: Record<string, unknown> = { time: new Date().toISOString(), level, event, ...base };
    for (const [key, value] of Object.entries(fields)) {
      record[key] = value instanceof Error || key === 'error' ? describeError(value) : value;
    }
    write(`${maskSecrets(JSON.stringify(record))}\n`);
  };

  return {
    debug: (event, fields) => emit('debug', event, fields),
    info: (event, fields) => emit('info', event, fields),
    warn: (event, fields) => emit('warn', event, fields),
    error: (event, fields) => emit('error', event, fields),
    child: (fields) => createLogger({ ...options, base: { ...base, ...fields } }),
  };
}

/** Logs that go nowhere, for tests and scripts that print their own output. */
export const silentLogger: Logger = createLogger({ write: () => {} });
