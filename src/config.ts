import * as z from 'zod';
import { parseProxyRange, type ProxyRange } from './server/client-address.ts';
import type { HoursOfDay } from './text/dates.ts';

/**
 * Environment → typed configuration, validated once at start. A bad value stops start-up with
 * a message naming the variable. Variable names are a public contract (README).
 */
const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();
const optionalUrl = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .pipe(z.url().optional())
  .optional();

const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_PATH: z.string().min(1).default('./data/bot.db'),
  /** PostgreSQL instead of SQLite (several instances share it): postgres://user:pass@host:5432/db */
  DATABASE_URL: optionalText.pipe(z.string().regex(/^postgres(ql)?:\/\/\S+$/, { error: 'không phải địa chỉ postgres://' }).optional()),
  /** Redis shared by several instances (rate limits, de-duplication, per-chat order, drafts without consent). */
  REDIS_URL: optionalText.pipe(z.string().regex(/^rediss?:\/\/\S+$/, { error: 'không phải địa chỉ redis://' }).optional()),
  /**
   * PostgreSQL: the hours of the day in Vietnam ("1-5", "22-4" across midnight, "0-24" any time) in which the store
   * rewrites the tables erased rows were removed from (VACUUM FULL locks a table while it runs); default STORE_DEFAULTS.pgScrubHours.
   */
  ERASURE_SCRUB_HOURS: z
    .string()
    .trim()
    .optional()
    .transform((value, context): HoursOfDay | undefined => {
      if (value === undefined || value === '') return undefined;
      const match = /^(\d{1,2})\s*-\s*(\d{1,2})$/.exec(value);
      const [from, to] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
      if (from >= 0 && from <= 23 && to >= 1 && to <= 24 && from !== to) return { from, to };
      context.addIssue({ code: 'custom', message: `"${value.slice(0, 20)}" không phải khoảng giờ` });
      return undefined;
    }),
  /** Prefix of every Redis key, so several deployments (or test runs) can share one Redis. */
  REDIS_KEY_PREFIX: z.string().trim().min(1).max(100).default('tro-ly:'),
  PUBLIC_URL: optionalUrl,
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  ADMIN_TOKEN: optionalText,
  /** "*" or one origin as browsers send it (scheme, host, port: https://cong-thong-tin.example.vn); anything else never matches, so refused. */
  CORS_ORIGIN: optionalText.pipe(
    z
      .string()
      .transform((value) => (value === '*' ? value : value.replace(/\/$/, '')))
      .pipe(z.string().regex(/^(\*|https?:\/\/[^\s/?#*]+)$/, { error: 'không phải * hay một nguồn dạng https://tên-miền' }))
      .optional(),
  ),
  /** Requests per minute per client on the JSON API (the web chat included); 0 turns the limit off. */
  RATE_LIMIT_PER_MINUTE: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    z.coerce.number().int().min(0).max(100_000).default(60),
  ),
  /**
   * Seconds an answer kept in the outbox (Telegram, Zalo) is left to the instance sending it from its last renewal: how
   * long an answer held by an instance that died waits for another. Unset: OUTBOX.leaseMs (src/channels/outbox.ts, 60 s).
   */
  OUTBOX_LEASE_SECONDS: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    z.coerce.number().int().min(5).max(3600).optional(),
  ),
  /** Reverse proxies whose X-Forwarded-For is believed: addresses or CIDR ranges, comma-separated. */
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((value, context): ProxyRange[] => {
      const entries = (value ?? '').split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
      const ranges: ProxyRange[] = [];
      for (const entry of entries) {
        const range = parseProxyRange(entry);
        if (range) ranges.push(range);
        else context.addIssue({ code: 'custom', message: `"${entry.slice(0, 60)}" không phải địa chỉ IP hay dải CIDR` });
      }
      return ranges;
    }),
  TELEGRAM_BOT_TOKEN: optionalText,
  TELEGRAM_API_ROOT: optionalUrl,
  TELEGRAM_WEBHOOK_URL: optionalUrl,
  TELEGRAM_WEBHOOK_SECRET: optionalText,
  ZALO_BOT_TOKEN: optionalText,
  ZALO_API_ROOT: optionalUrl,
  ZALO_WEBHOOK_URL: optionalUrl,
  ZALO_WEBHOOK_SECRET: optionalText,
});

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {}

/** What each variable expects, said in Vietnamese (the value itself is never echoed: it may be a secret). */
const EXPECTED: Partial<Record<keyof Config, string>> = {
  PORT: 'một số nguyên từ 0 đến 65535',
  DATABASE_PATH: 'đường dẫn tới tệp SQLite',
  DATABASE_URL: 'một địa chỉ PostgreSQL, ví dụ postgres://tro_ly:mat-khau@127.0.0.1:5432/tro_ly',
  REDIS_URL: 'một địa chỉ Redis, ví dụ redis://127.0.0.1:6379',
  REDIS_KEY_PREFIX: 'một chuỗi 1–100 ký tự, ví dụ tro-ly:',
  ERASURE_SCRUB_HOURS: 'khoảng giờ theo giờ Việt Nam, ví dụ 1-5 (1 giờ tới trước 5 giờ sáng), 22-4, hay 0-24 (bất cứ lúc nào)',
  PUBLIC_URL: 'một địa chỉ đầy đủ, ví dụ https://tro-ly.example.vn',
  CORS_ORIGIN: '* (mọi trang) hoặc một nguồn gồm giao thức và tên miền, không có đường dẫn, ví dụ https://cong-thong-tin.example.vn',
  LOG_LEVEL: 'một trong debug, info, warn, error',
  RATE_LIMIT_PER_MINUTE: 'một số nguyên không âm (0 = tắt)',
  TRUST_PROXY: 'danh sách địa chỉ IP hoặc dải CIDR của proxy, cách nhau bằng dấu phẩy, ví dụ 127.0.0.1,10.0.0.0/8',
  TELEGRAM_API_ROOT: 'một địa chỉ đầy đủ, ví dụ http://127.0.0.1:8081',
  TELEGRAM_WEBHOOK_URL: 'một địa chỉ đầy đủ, ví dụ https://tro-ly.example.vn/telegram/webhook',
  ZALO_API_ROOT: 'một địa chỉ đầy đủ, ví dụ http://127.0.0.1:8082',
  ZALO_WEBHOOK_URL: 'một địa chỉ đầy đủ, ví dụ https://tro-ly.example.vn/zalo/webhook',
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = issue.path.join('.');
      const expected = EXPECTED[name as keyof Config];
      return `  ${name}: giá trị không hợp lệ${expected ? `, cần ${expected}` : ''} (${issue.message}).`;
    });
    throw new ConfigError(`Cấu hình không hợp lệ (biến môi trường):\n${lines.join('\n')}`);
  }
  const config = parsed.data;
  if (config.TELEGRAM_WEBHOOK_URL && !config.TELEGRAM_WEBHOOK_SECRET) {
    throw new ConfigError('Cấu hình không hợp lệ: TELEGRAM_WEBHOOK_URL cần có TELEGRAM_WEBHOOK_SECRET.');
  }
  if (config.ZALO_WEBHOOK_URL && !config.ZALO_WEBHOOK_SECRET) {
    throw new ConfigError('Cấu hình không hợp lệ: ZALO_WEBHOOK_URL cần có ZALO_WEBHOOK_SECRET.');
  }
  if (config.ZALO_WEBHOOK_SECRET && (config.ZALO_WEBHOOK_SECRET.length < 8 || config.ZALO_WEBHOOK_SECRET.length > 256)) {
    throw new ConfigError('Cấu hình không hợp lệ: ZALO_WEBHOOK_SECRET phải dài 8–256 ký tự.');
  }
  return config;
}
