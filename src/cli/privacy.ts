/**
 * `npm run cli -- privacy scrub`: the operator's scrub of erased data (Luật 91/2025/QH15: what a user deletes, and what outlived
 * its retention limit, must be gone from the files). Applies the retention limits now and rewrites the storage now instead of
 * at the store's next round: SQLite VACUUM and its WAL truncated; PostgreSQL the tables queued in scrub_pending rewritten
 * (VACUUM FULL); Redis keys without an expiry deleted and its append-only file and snapshot rewritten from the live keys.
 * Prints a Vietnamese summary; exit 0 all done, 1 not done (cannot open or reach a store), 2 usage, 3 part left for later.
 *
 * `npm run cli -- privacy erase --channel <kênh> --user <mã>`: a cadre's or operator's erasure of one user's data on their
 * request (a resident who asks at the commune instead of typing /xoadulieu): what /xoadulieu erases from the database
 * (Store.eraseUser) and, with REDIS_URL, the drafts of a check not consented to keep (round 20; each group chat's too, round 21), with a Vietnamese report of
 * what went by kind. Exit 0 erased (or nothing kept), 1 not done, 2 usage, 3 part left for later (a damaged page, Redis away).
 */
import { loadConfig } from '../config.ts';
import { formatNumber } from '../rules/text.ts';
import { RETENTION } from '../privacy/retention.ts';
import { formatTimeVietnam } from '../text/dates.ts';
import { openStore } from '../store/sqlite.ts';
import type { PurgedRows } from '../store/shared.ts';
import type { ScrubReport, Store, UserErasure } from '../store/types.ts';
import { parseCommandArgs, usageError } from './args.ts';
import type { CliCommand } from './types.ts';

const HELP = `Dọn dữ liệu đã xóa ngay (người vận hành; Luật 91/2025/QH15).

Cách dùng:
  npm run cli -- privacy scrub [--db ./data/bot.db]
  npm run cli -- privacy erase --channel <kênh> --user <mã người dùng> [--db ./data/bot.db]

erase: xóa dữ liệu của một người khi họ yêu cầu (qua cán bộ xã, người vận hành), như khi họ gõ /xoadulieu: phiên (cả
  các phiên trong nhóm), câu trả lời kiểm tra hộ đã đồng ý lưu, đường dẫn chia sẻ, báo sai, câu hỏi chưa trả lời được,
  câu trả lời còn chờ gửi tới họ. <kênh>: telegram, zalo, web, terminal hay api; <mã người dùng>: mã của người đó trên
  kênh (Telegram: số tài khoản; Zalo: mã người dùng của bot; web: mã phiên; api: userId). In từng loại đã xóa.
  Có REDIS_URL: xóa cả bản nháp kiểm tra hộ của người chưa đồng ý lưu trong Redis, ở chat riêng và các nhóm (in số khóa đã xóa; Redis chưa kết
  nối được thì đánh dấu để máy chủ xóa khi Redis kết nối lại, mã thoát 3). Không có REDIS_URL: bản nháp ấy nằm trong bộ
  nhớ của máy chủ đang chạy, lệnh không với tới (mất khi máy chủ khởi động lại hay sau 6 giờ không dùng; /xoadulieu).

Việc làm: xóa ngay mọi dòng quá thời hạn lưu; viết lại nơi lưu để chữ đã xóa không còn trong tệp:
  SQLite (DATABASE_PATH): VACUUM rồi cắt tệp -wal về 0 byte. Máy chủ dùng tệp đó phải dừng trước
    (mỗi tệp chỉ một tiến trình); khi chạy, máy chủ vẫn ghi đè dòng xóa bằng số 0 và cắt -wal sau mỗi lần xóa.
  PostgreSQL (DATABASE_URL): viết lại ngay các bảng đang chờ trong scrub_pending (VACUUM FULL, khóa từng bảng
    trong lúc viết lại); chạy được khi máy chủ đang chạy.
  Redis (REDIS_URL, REDIS_KEY_PREFIX): xóa khóa không có hạn, viết lại tệp AOF (BGREWRITEAOF) và RDB (BGSAVE)
    nếu Redis đang dùng chúng.

Tùy chọn:
  --db <tệp>        tệp SQLite (mặc định DATABASE_PATH, ./data/bot.db); bỏ qua khi có DATABASE_URL
  --channel <kênh>  (erase) kênh người đó dùng
  --user <mã>       (erase) mã người dùng trên kênh đó

Mã thoát: 0 xong hết; 1 không làm được (không mở được tệp, không kết nối được); 2 sai cách dùng;
  3 còn phần để lần sau (một bảng đang bị giữ khóa, một giao dịch bắt đầu trước lần xóa vẫn đang chạy, tệp -wal đang
  có người đọc, một tiến trình khác đang dọn): chạy lại sau ít phút.`;

/** Retention tables as the summary names them. */
const TABLE_NAMES: Record<keyof PurgedRows, string> = {
  sessions: 'phiên',
  reports: 'báo sai',
  unansweredQuestions: 'câu hỏi chưa trả lời được',
  shares: 'đường dẫn chia sẻ',
  deliveries: 'mã tin đã xử lý',
  outbox: 'tin chờ gửi',
  staleDrafts: 'dấu bản nháp cũ trong Redis',
  draftChecks: 'dấu lượt kiểm tra hộ đang làm dở không lưu',
  refusedUpdates: 'mã tin bị từ chối vì gửi quá nhanh',
  messageRefs: 'mã tin đã gửi câu hỏi còn giữ',
};

const REDIS_FILE_STATES = { rewritten: 'đã viết lại', off: 'không dùng', unknown: 'không biết (Redis không cho đọc CONFIG)', failed: 'chưa viết lại được' } as const;

const DEFERRED_WHY = {
  locked: 'bảng đang bị một truy vấn dài giữ khóa',
  readers: 'một giao dịch bắt đầu trước lần xóa vẫn đang chạy, dòng đã xóa có thể còn trong bảng',
  reader: 'tệp đang có tiến trình khác đọc',
  busy: 'một tiến trình khác đang dọn',
} as const;

function storeLines(where: string, report: ScrubReport): string[] {
  const removed = Object.values(report.purged).reduce((sum, count) => sum + count, 0);
  const perTable = (Object.keys(TABLE_NAMES) as (keyof PurgedRows)[]).map((table) => `${TABLE_NAMES[table]} ${formatNumber(report.purged[table])}`);
  const lines = [`- ${where}: xóa theo thời hạn lưu ${formatNumber(removed)} dòng (${perTable.join(', ')}).`];
  if (report.file) {
    const { bytesBefore, bytesAfter, secureDelete } = report.file;
    lines.push(
      `- Đã viết lại tệp (VACUUM, -wal cắt về 0 byte): ${formatNumber(bytesBefore)} byte → ${formatNumber(bytesAfter)} byte; ` +
        `ghi đè dòng xóa bằng số 0 (secure_delete): ${secureDelete ? 'bật' : 'TẮT'}.`,
    );
  } else {
    lines.push(report.compacted.length > 0 ? `- Đã viết lại các bảng (VACUUM FULL): ${report.compacted.join(', ')}.` : '- Không bảng nào chờ viết lại.');
  }
  for (const { what, why } of report.deferred) lines.push(`- Chưa xong: ${what} (${DEFERRED_WHY[why]}).`);
  return lines;
}

interface StoreOptions {
  databasePath: string;
  databaseUrl?: string;
}

/** The store the server uses (DATABASE_URL, else the SQLite file) and how the report names it; undefined after saying why not. */
async function openOperatorStore(options: StoreOptions, failed: string): Promise<{ store: Store; where: string } | undefined> {
  try {
    if (options.databaseUrl) {
      const { openPostgresStore, redactUrl } = await import('../store/postgres.ts');
      return { store: await openPostgresStore(options.databaseUrl), where: `PostgreSQL ${redactUrl(options.databaseUrl)}` };
    }
    return { store: openStore(options.databasePath), where: `SQLite ${options.databasePath}` };
  } catch (error) {
    process.stderr.write(`${failed}: ${error instanceof Error ? error.message : String(error)}\n`);
    return undefined;
  }
}

async function scrub(options: StoreOptions & { redisUrl?: string; redisPrefix: string }): Promise<number> {
  const opened = await openOperatorStore(options, 'Chưa dọn được');
  if (!opened) return 1;
  const { store, where } = opened;
  const lines = ['Dọn dữ liệu đã xóa:'];
  let incomplete = false;
  try {
    const report = await store.scrubNow();
    lines.push(...storeLines(where, report));
    incomplete = report.deferred.length > 0 || report.file?.secureDelete === false;
  } catch (error) {
    process.stderr.write(`Chưa dọn được ${where}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    await store.close();
  }
  if (options.redisUrl) {
    const { scrubRedis } = await import('../store/redis.ts');
    try {
      const redis = await scrubRedis(options.redisUrl, options.redisPrefix);
      lines.push(
        `- Redis (${options.redisPrefix}): ${formatNumber(redis.keys)} khóa, ${formatNumber(redis.withoutExpiry)} khóa không có hạn đã xóa; ` +
          `tệp AOF: ${REDIS_FILE_STATES[redis.aof]}; tệp RDB: ${REDIS_FILE_STATES[redis.rdb]}.`,
      );
      incomplete ||= redis.aof === 'failed' || redis.rdb === 'failed';
    } catch (error) {
      process.stdout.write(`${lines.join('\n')}\n`);
      process.stderr.write(`Chưa dọn được Redis: ${error instanceof Error ? error.message : String(error)}\n`);
      return 1;
    }
  }
  lines.push(
    incomplete
      ? 'Còn phần chưa xong (trên): hãy chạy lại lệnh này sau ít phút.'
      : 'Xong. Bản sao lưu, kho WAL của PostgreSQL và máy chủ dự phòng không được dọn ở đây: xem README, mục dữ liệu cá nhân.',
  );
  process.stdout.write(`${lines.join('\n')}\n`);
  return incomplete ? 3 : 0;
}

/** The channels a user key is made of (`channel:userId`, chat/types.ts ChannelName; `api` for /api/ask's userId). */
const ERASE_CHANNELS = ['telegram', 'zalo', 'web', 'terminal', 'api'] as const;

/** What one user's erasure removed, by kind, as the report names them. */
const ERASED_NAMES: Record<Exclude<keyof UserErasure, 'pending'>, string> = {
  sessions: 'Phiên (cả phiên trong nhóm, câu trả lời kiểm tra hộ đã đồng ý lưu, sự đồng ý)',
  shares: 'đường dẫn chia sẻ',
  reports: 'báo sai',
  questions: 'câu hỏi chưa trả lời được',
  outbox: 'câu trả lời chờ gửi',
};

/** What became of the user's draft (a household check not consented to keep): deleted from Redis, marked for later, or out of reach. */
type DraftErasure = { redis: 'erased'; keys: number } | { redis: 'marked'; error: string } | { redis: 'none' };

/**
 * The user's drafts in Redis (REDIS_URL) deleted, as /xoadulieu deletes them, and marked stale in the store (StaleDraftMarks), so an
 * instance holding a newer copy in its memory (Redis was away for it) drops it instead of writing it back, and, when Redis cannot
 * be reached now, every instance deletes it when Redis is back. Without REDIS_URL drafts live in the running server's memory only.
 */
async function eraseDraft(store: Store, userKey: string, redis: { url?: string; prefix: string }): Promise<DraftErasure> {
  if (!redis.url) return { redis: 'none' };
  const { eraseRedisDraft, erasureMark } = await import('../store/redis.ts');
  // The private chat's draft, and each group chat's (the erasure's own mark: round 33, was the private chat's alone).
  for (const hash of [store.hashKey(userKey), erasureMark(store.hashKey(userKey))]) await store.markDraftStale(hash, store.now().getTime());
  try {
    return { redis: 'erased', keys: await eraseRedisDraft(redis.url, redis.prefix, (key) => store.hashKey(key), userKey, () => store.now()) };
  } catch (error) {
    return { redis: 'marked', error: error instanceof Error ? error.message : String(error) };
  }
}

async function erase(options: StoreOptions & { channel: string; userId: string; redisUrl?: string; redisPrefix: string }): Promise<number> {
  const opened = await openOperatorStore(options, 'Chưa xóa được');
  if (!opened) return 1;
  const { store, where } = opened;
  const userKey = `${options.channel}:${options.userId}`;
  let erasure: UserErasure;
  let draft: DraftErasure;
  let unowned: { count: number; goneBy?: number };
  try {
    erasure = await store.eraseUser(userKey);
    unowned = await store.outboxUnowned();
    draft = await eraseDraft(store, userKey, { ...(options.redisUrl ? { url: options.redisUrl } : {}), prefix: options.redisPrefix });
  } catch (error) {
    process.stderr.write(`Chưa xóa được trong ${where}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    await store.close();
  }
  const kinds = Object.keys(ERASED_NAMES) as (keyof typeof ERASED_NAMES)[];
  const total = kinds.reduce((sum, kind) => sum + erasure[kind], 0);
  const who = `người dùng ${options.channel} ${options.userId}`;
  const lines = [
    total > 0 ? `Đã xóa dữ liệu của ${who} (theo yêu cầu của họ, Luật 91/2025/QH15):` : `Không có dữ liệu nào của ${who} trong cơ sở dữ liệu (không xóa gì):`,
    `- ${where}: ${formatNumber(total)} dòng. ${kinds.map((kind) => `${ERASED_NAMES[kind]}: ${formatNumber(erasure[kind])}`).join('; ')}.`,
  ];
  if (erasure.pending) lines.push('- Chưa xong: một số dòng nằm trên trang hỏng của tệp; chúng không còn được đọc và sẽ bị xóa ở lần khởi động sau (sau khi sửa tệp).');
  if (total > 0) {
    lines.push(
      options.databaseUrl
        ? '- Dòng đã xóa không còn đọc được; chữ của chúng rời trang dữ liệu ở khung giờ đêm kế tiếp, hoặc ngay khi chạy: npm run cli -- privacy scrub.'
        : '- Dòng đã xóa được ghi đè bằng số 0 trong tệp và tệp -wal đã được cắt.',
    );
  }
  if (unowned.count > 0) {
    lines.push(
      `- Hộp thư đi còn ${formatNumber(unowned.count)} câu trả lời chờ gửi không ghi người được trả lời (như câu lưu trước vòng 19, khi hộp thư đi chưa ghi người): ` +
        `lệnh không biết câu nào trả lời người này nên không xóa theo người; chúng tự xóa ${RETENTION.outboxHours} giờ sau khi lưu` +
        `${unowned.goneBy === undefined ? '' : `, câu cuối cùng lúc ${formatTimeVietnam(new Date(unowned.goneBy).toISOString())}`} (hay chạy privacy scrub sau giờ đó).`,
    );
  }
  const idle = `${RETENTION.draftIdleHours} giờ không dùng`;
  if (draft.redis === 'erased') {
    lines.push(`- Redis (${options.redisPrefix}): bản nháp kiểm tra hộ của người chưa đồng ý lưu: ${formatNumber(draft.keys)} khóa đã xóa${draft.keys === 0 ? ' (không có bản nháp nào)' : ''}.`);
  } else if (draft.redis === 'marked') {
    lines.push(
      `- Redis (${options.redisPrefix}) chưa kết nối được (${draft.error}): bản nháp kiểm tra hộ của người chưa đồng ý lưu đã được đánh dấu trong cơ sở dữ liệu; ` +
        `máy chủ trợ lý xóa nó khi Redis kết nối lại (nó cũng tự mất sau ${idle}). Chạy lại lệnh này khi Redis chạy để xóa ngay.`,
    );
  } else {
    lines.push(
      `- Bản nháp kiểm tra hộ của người chưa đồng ý lưu không nằm trong cơ sở dữ liệu mà trong bộ nhớ của máy chủ trợ lý đang chạy (không có REDIS_URL): ` +
        `lệnh này không với tới được. Nó mất khi máy chủ khởi động lại, hoặc sau ${idle}; người đó gõ /xoadulieu để xóa ngay.`,
    );
  }
  lines.push(
    'Lệnh này không xóa: tin Zalo còn chờ trong hộp thư đến của máy chủ đang chạy: người đó gõ /xoadulieu để xóa ngay. ' +
      'Bản sao lưu: xem README, mục dữ liệu cá nhân.',
  );
  process.stdout.write(`${lines.join('\n')}\n`);
  return erasure.pending || draft.redis === 'marked' ? 3 : 0;
}

export const command: CliCommand = {
  name: 'privacy',
  summary: 'Dữ liệu cá nhân: dọn ngay dữ liệu đã xóa và quá hạn lưu khỏi tệp (scrub); xóa dữ liệu của một người theo yêu cầu (erase)',
  help: HELP,
  async run(args) {
    const parsed = parseCommandArgs('privacy', {
      args,
      options: { db: { type: 'string' }, channel: { type: 'string' }, user: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
    if (!parsed) return 2;
    const [action, ...extra] = parsed.positionals;
    if (extra.length > 0) return usageError('privacy', `Thừa đối số: ${extra.join(' ')}`);
    if (action !== 'scrub' && action !== 'erase') return usageError('privacy', action ? `Không có việc "${action}" (scrub, erase).` : 'Cần chọn việc: scrub hay erase.');
    const { channel, user } = parsed.values;
    if (action === 'scrub' && (channel !== undefined || user !== undefined)) return usageError('privacy', '--channel và --user chỉ dùng với erase.');
    const config = loadConfig();
    const store = { databasePath: parsed.values.db ?? config.DATABASE_PATH, ...(config.DATABASE_URL ? { databaseUrl: config.DATABASE_URL } : {}) };
    if (action === 'scrub') return scrub({ ...store, ...(config.REDIS_URL ? { redisUrl: config.REDIS_URL } : {}), redisPrefix: config.REDIS_KEY_PREFIX });
    if (!channel || !(ERASE_CHANNELS as readonly string[]).includes(channel)) {
      return usageError('privacy', `Cần --channel là một trong: ${ERASE_CHANNELS.join(', ')}${channel ? ` (không có kênh "${channel}")` : ''}.`);
    }
    const userId = user?.trim();
    if (!userId || /\s/.test(userId)) return usageError('privacy', 'Cần --user là mã người dùng trên kênh đó (một chuỗi, không có dấu cách).');
    return erase({ ...store, channel, userId, ...(config.REDIS_URL ? { redisUrl: config.REDIS_URL } : {}), redisPrefix: config.REDIS_KEY_PREFIX });
  },
};
