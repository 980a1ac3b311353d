/**
 * Zalo channel benchmark on the real app (temporary database) and the fake Zalo platform on
 * loopback. Baseline: the same messages handed to `core.handle` directly, so the ratios show what
 * the channel adds (HTTP both ways, validation, per-chat queue, rendering, splitting).
 *   - polling, burst: every update queued at once, 50 chats; updates handled per second
 *   - polling, one at a time: p50/p99 from update queued to last reply part received
 *   - webhook, burst: deliveries POSTed to the handler, 10 at a time
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../src/app.ts';
import { startZalo } from '../../src/channels/zalo/index.ts';
import { createLogger } from '../../src/log.ts';
import { startFakeZalo, zaloUpdate } from '../channels/zalo/fake-zalo-server.ts';

const TOKEN = '1459232241454765289:benchTokenForTheLocalFakeZalo';
const SECRET = 'bench-webhook-secret';
const CHATS = 50;
const BURST = 1000;
/** The burst gives each chat 20 messages at once: measured past the per-user limit (USER_RATE_LIMIT), which would drop them. */
const FLOOD = { updates: 1_000_000, windowMs: 1000 };
const SEQUENTIAL = 200;
const WEBHOOK_CONCURRENCY = 10;
const TEXTS = [
  'muc tieu giam ty le ho ngheo moi nam bao nhieu',
  'hộ cận nghèo được hỗ trợ bảo hiểm y tế thế nào',
  '/chuan',
  'thu tuc xet ho ngheo',
  '/hotro',
  'vay von ngan hang chinh sach xa hoi',
  '/kiemtra nt 1.2tr bhyt nuoc nhatieu',
  'chi thi 05 giam ngheo ben vung',
];

const dir = mkdtempSync(join(tmpdir(), 'zalo-bench-'));
const app = await createApp({ databasePath: join(dir, 'bench.db') });
const textOf = (index: number) => TEXTS[index % TEXTS.length]!;
const chatOf = (index: number) => `bench-${index % CHATS}`;

/** Counts the channel's "replied" log events, so the bench knows when every answer has been sent. */
let replied = 0;
const waiters: { count: number; resolve: () => void }[] = [];
const logger = createLogger({
  write: (line) => {
    if (!line.includes('"event":"zalo.replied"')) return;
    replied += 1;
    for (const waiter of waiters.filter((entry) => replied >= entry.count)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
  },
});
const repliedCount = (count: number) =>
  replied >= count ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ count, resolve }));

function rate(count: number, startNs: bigint): number {
  return count / (Number(process.hrtime.bigint() - startNs) / 1e9);
}
function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
const show = (label: string, value: string) => console.log(`${label.padEnd(40)} ${value}`);

// Baseline: the core alone, same messages, same users.
for (let i = 0; i < 100; i += 1) await app.core.handle({ channel: 'zalo', userId: `warm-${i % CHATS}`, text: textOf(i) });
let start = process.hrtime.bigint();
for (let i = 0; i < BURST; i += 1) await app.core.handle({ channel: 'zalo', userId: `base-${chatOf(i)}`, text: textOf(i) });
const baseline = rate(BURST, start);
show('core.handle directly (baseline)', `${Math.round(baseline)} messages/s`);

// Polling.
const fake = await startFakeZalo({ token: TOKEN });
const polling = await startZalo({ ZALO_BOT_TOKEN: TOKEN, ZALO_API_ROOT: fake.apiRoot }, app, logger, { pollTimeoutSeconds: 5, rateLimit: FLOOD });
await fake.waitFor('polling', () => fake.callsOf('getUpdates').length > 0);
for (let i = 0; i < 50; i += 1) fake.pushUpdate(zaloUpdate(chatOf(i), { text: textOf(i) }));
await repliedCount(50);

let target = replied + BURST;
start = process.hrtime.bigint();
for (let i = 0; i < BURST; i += 1) fake.pushUpdate(zaloUpdate(chatOf(i), { text: textOf(i) }));
await repliedCount(target);
const pollingRate = rate(BURST, start);
show('polling, burst over 50 chats', `${Math.round(pollingRate)} updates/s (${(pollingRate / baseline).toFixed(2)}× baseline)`);

const latencies: number[] = [];
for (let i = 0; i < SEQUENTIAL; i += 1) {
  target = replied + 1;
  const began = process.hrtime.bigint();
  fake.pushUpdate(zaloUpdate(chatOf(i), { text: textOf(i) }));
  await repliedCount(target);
  latencies.push(Number(process.hrtime.bigint() - began) / 1e6);
}
latencies.sort((a, b) => a - b);
const direct: number[] = [];
for (let i = 0; i < SEQUENTIAL; i += 1) {
  const began = process.hrtime.bigint();
  await app.core.handle({ channel: 'zalo', userId: `base-${chatOf(i)}`, text: textOf(i) });
  direct.push(Number(process.hrtime.bigint() - began) / 1e6);
}
direct.sort((a, b) => a - b);
show(
  'polling, one at a time: p50 / p99',
  `${percentile(latencies, 50).toFixed(1)} / ${percentile(latencies, 99).toFixed(1)} ms ` +
    `(core alone ${percentile(direct, 50).toFixed(1)} / ${percentile(direct, 99).toFixed(1)} ms; ` +
    `p50 ${(percentile(latencies, 50) / percentile(direct, 50)).toFixed(1)}×)`,
);
await polling.stop();

// Webhook: deliveries posted to the handler on a local node:http server.
const webhook = await startZalo(
  { ZALO_BOT_TOKEN: TOKEN, ZALO_API_ROOT: fake.apiRoot, ZALO_WEBHOOK_URL: 'https://example.org/zalo/webhook', ZALO_WEBHOOK_SECRET: SECRET },
  app,
  logger,
  { rateLimit: FLOOD },
);
const server = createServer((request, response) => void webhook.webhookHandler?.(request, response));
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const webhookUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
const post = (i: number) =>
  fetch(webhookUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Bot-Api-Secret-Token': SECRET },
    body: JSON.stringify(zaloUpdate(chatOf(i), { text: textOf(i) })),
  }).then((response) => response.text());
target = replied + BURST;
start = process.hrtime.bigint();
let nextIndex = 0;
await Promise.all(
  Array.from({ length: WEBHOOK_CONCURRENCY }, async () => {
    while (nextIndex < BURST) await post(nextIndex++);
  }),
);
await repliedCount(target);
const webhookRate = rate(BURST, start);
show(`webhook, ${WEBHOOK_CONCURRENCY} deliveries at a time`, `${Math.round(webhookRate)} updates/s (${(webhookRate / baseline).toFixed(2)}× baseline)`);

const memory = process.memoryUsage();
show('memory after the run (rss / heap used)', `${Math.round(memory.rss / 1e6)} / ${Math.round(memory.heapUsed / 1e6)} MB`);
show('messages sent to the fake platform', `${fake.sent.length} (longest ${Math.max(...fake.sent.map((m) => m.text.length))} chars)`);

await webhook.stop();
await new Promise((resolve) => server.close(resolve));
await fake.close();
await app.close();
rmSync(dir, { recursive: true, force: true });
