/**
 * SIGTERM under load, over real HTTP to `npm start` (src/main.ts as a child process): every
 * request a client had finished sending before the signal gets its answer, on new connections
 * (`Connection: close`) and on reused keep-alive ones alike; a Telegram answer waiting for
 * `retry_after` is delivered; then the process exits 0.
 */
import { Agent, request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { BotApiEmulator } from '../channels/telegram/emulator.ts';
import { TEST_TOKEN } from '../channels/telegram/harness.ts';
import { startMain, tempDatabasePath, until } from './harness.ts';

type Kind = 'close' | 'keep-alive';

interface Sent {
  kind: Kind;
  /** When the client had written the whole request (undefined: it never got that far). */
  sentAt?: number;
  /** The status, or the error the client saw (ECONNRESET, socket hang up…). */
  outcome?: number | string;
  endedAt?: number;
}

let asked = 0;

/**
 * Starts one request; `written` resolves once the whole request is handed to the network, `ended` with its outcome.
 * Each asks a question of its own: /api/ask keeps the answers to questions asked before (server/ask.ts), and
 * answers served from there end before a signal could find them in flight.
 */
function ask(url: string, kind: Kind, agent: Agent): { written: Promise<void>; ended: Promise<Sent> } {
  const sent: Sent = { kind };
  asked += 1;
  const body = JSON.stringify({ question: `ho ngheo duoc ho tro gi, hoi lan ${asked}` });
  let markWritten: () => void = () => undefined;
  const written = new Promise<void>((resolve) => (markWritten = resolve));
  const ended = new Promise<Sent>((resolve) => {
    const done = (outcome: number | string) => {
      sent.outcome ??= outcome;
      sent.endedAt ??= Date.now();
      markWritten();
      resolve(sent);
    };
    const outgoing = request(
      new URL('/api/ask', url),
      {
        method: 'POST',
        agent,
        headers: {
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(body),
          ...(kind === 'close' ? { Connection: 'close' } : {}),
        },
      },
      (response) => {
        response.resume();
        response.on('end', () => done(response.statusCode ?? 0));
        response.on('error', (error: NodeJS.ErrnoException) => done(error.code ?? error.message));
      },
    );
    outgoing.on('finish', () => {
      sent.sentAt = Date.now();
      markWritten();
    });
    outgoing.on('error', (error: NodeJS.ErrnoException) => done(error.code ?? error.message));
    outgoing.end(body);
  });
  return { written, ended };
}

describe('SIGTERM under load', () => {
  it('answers every request already sent, on close and keep-alive connections, then exits 0', async () => {
    const temp = tempDatabasePath();
    const main = startMain({ PORT: '0', HOST: '127.0.0.1', DATABASE_PATH: temp.databasePath, RATE_LIMIT_PER_MINUTE: '0' });
    try {
      const url = await until('the address', () => /http:\/\/127\.0\.0\.1:\d+\//.exec(main.output().stdout)?.[0], 60_000);
      const agents: Record<Kind, Agent> = {
        close: new Agent({ keepAlive: false }),
        'keep-alive': new Agent({ keepAlive: true, maxSockets: 40 }),
      };
      const results: Sent[] = [];
      let signalAt: number | undefined;
      const worker = async (kind: Kind) => {
        // Each client keeps asking until the signal; what it had sent by then must be answered.
        while (signalAt === undefined) results.push(await ask(url, kind, agents[kind]).ended);
      };
      // Few enough that, on a loaded shared machine, the answers in flight still come within the
      // server's 10 s close grace (after which it cuts connections on purpose).
      const workers = [...Array.from({ length: 10 }, () => worker('close')), ...Array.from({ length: 10 }, () => worker('keep-alive'))];
      await until('some load', () => (results.length >= 100 ? true : undefined), 60_000);
      // Then a burst the signal follows at once: 10 new connections, 10 requests on idle keep-alive ones.
      const burst = [
        ...Array.from({ length: 10 }, () => ask(url, 'close', agents.close)),
        ...Array.from({ length: 10 }, () => ask(url, 'keep-alive', agents['keep-alive'])),
      ];
      await Promise.all(burst.map((started) => started.written));
      main.child.kill('SIGTERM');
      signalAt = Date.now();
      results.push(...(await Promise.all(burst.map((started) => started.ended))));
      await Promise.all(workers);
      expect(await main.exited).toBe(0);

      const report = (kind: Kind) => {
        const sentBefore = results.filter((sent) => sent.kind === kind && sent.sentAt !== undefined && sent.sentAt < signalAt!);
        return {
          // Sent before the signal, ended after it: the requests a shutdown could have cut.
          inFlight: sentBefore.filter((sent) => sent.endedAt! >= signalAt!).length,
          failed: sentBefore.filter((sent) => sent.outcome !== 200).map((sent) => sent.outcome),
        };
      };
      const reports = { close: report('close'), keepAlive: report('keep-alive') };
      expect(reports).toEqual({
        close: { inFlight: expect.any(Number), failed: [] },
        keepAlive: { inFlight: expect.any(Number), failed: [] },
      });
      expect(reports.close.inFlight).toBeGreaterThan(0);
      expect(reports.keepAlive.inFlight).toBeGreaterThan(0);
      for (const agent of Object.values(agents)) agent.destroy();
      const events = main.output().stderr.trim().split('\n').map((line) => (JSON.parse(line) as { event: string }).event);
      expect(events.at(-1)).toBe('shutdown_finished');
    } finally {
      main.child.kill('SIGKILL');
      temp.remove();
    }
  }, 120_000);
});

describe('SIGTERM with a Telegram answer waiting for retry_after', () => {
  it('delivers the answer before the process exits', async () => {
    const emulator = await BotApiEmulator.start({ token: TEST_TOKEN });
    const temp = tempDatabasePath();
    const main = startMain({
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_PATH: temp.databasePath,
      TELEGRAM_BOT_TOKEN: TEST_TOKEN,
      TELEGRAM_API_ROOT: emulator.apiRoot,
    });
    try {
      await until('the address', () => /http:\/\/127\.0\.0\.1:\d+\//.exec(main.output().stdout)?.[0], 60_000);
      emulator.failNext('sendMessage', { error_code: 429, description: 'Too Many Requests: retry after 2', parameters: { retry_after: 2 } });
      const chat = { id: 8101, type: 'private' as const, first_name: 'Người dùng' };
      await emulator.push({
        message: { message_id: 1, date: Math.floor(Date.now() / 1000), chat, from: { id: 8101, is_bot: false, first_name: 'Người dùng' }, text: '/start', entities: [{ type: 'bot_command', offset: 0, length: 6 }] },
      });
      await emulator.waitFor(() => emulator.callsOf('sendMessage').length > 0, 30_000);
      main.child.kill('SIGTERM');
      expect(await main.exited).toBe(0);
      expect(emulator.messagesTo(8101).at(-1)?.text).toContain('Trợ lý Giảm nghèo');
    } finally {
      main.child.kill('SIGKILL');
      await emulator.close();
      temp.remove();
    }
  }, 120_000);
});
