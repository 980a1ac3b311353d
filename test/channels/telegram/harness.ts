/**
 * Runs the real application (createApp on a temporary SQLite file) with the real Telegram
 * channel (startTelegram) against the local Bot API emulator, in polling or webhook mode, and
 * gives tests users and groups that send updates and get back what the bot sent.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Message, Update } from 'grammy/types';
import { createApp } from '../../../src/app.ts';
import { startTelegram, type TelegramChannel } from '../../../src/channels/telegram/index.ts';
import { createLogger, type Logger } from '../../../src/log.ts';
import { BotApiEmulator, type RecordedCall, type SentMessage } from './emulator.ts';

type App = Awaited<ReturnType<typeof createApp>>;

export const TEST_TOKEN = '123456789:AAH-test_token_for_the_local_emulator_0123';
export const TEST_SECRET = 'webhook_secret-0123456789';

/** Loose limits so a test can tap through an interview at machine speed; production keeps the defaults. */
export const FAST_TUNING = {
  rateLimit: { updates: 10_000, windowMs: 1000 },
  pacing: { overallPerSecond: 100_000, privateChatPerSecond: 100_000, groupPerMinute: 6_000_000, chatBurst: 100_000 },
};

export interface HarnessOptions {
  mode: 'polling' | 'webhook';
  databasePath: string;
  /** Reuse a running emulator (a restart keeps talking to the same "Telegram"). */
  emulator?: BotApiEmulator;
  tuning?: Parameters<typeof startTelegram>[3];
}

export class TelegramHarness {
  private readonly handled = new Set<number>();
  private nextMessageId = 1;

  private constructor(
    readonly emulator: BotApiEmulator,
    readonly channel: TelegramChannel,
    /** The real application behind the bot (for computing expectations, e.g. the top citation). */
    readonly app: App,
    private readonly webhookServer: Server | undefined,
    readonly webhookUrl: string | undefined,
    /** Every log line the app and the channel wrote (to check that no personal data leaks). */
    readonly logLines: string[],
  ) {}

  static async start(options: HarnessOptions): Promise<TelegramHarness> {
    const emulator = options.emulator ?? (await BotApiEmulator.start({ token: TEST_TOKEN }));
    const logLines: string[] = [];
    const logger: Logger = createLogger({ level: 'debug', write: (line) => logLines.push(line) });
    const app = await createApp({ databasePath: options.databasePath, logger });

    // The main server's role in webhook mode: a node:http server mounting the handler.
    let webhookServer: Server | undefined;
    let webhookUrl: string | undefined;
    let channel: TelegramChannel | undefined;
    if (options.mode === 'webhook') {
      webhookServer = createServer((request, response) => {
        if (request.url === '/telegram/webhook' && channel?.webhookHandler) void channel.webhookHandler(request, response);
        else response.writeHead(404).end();
      });
      await new Promise<void>((resolve) => webhookServer!.listen(0, '127.0.0.1', resolve));
      webhookUrl = `http://127.0.0.1:${(webhookServer.address() as AddressInfo).port}/telegram/webhook`;
    }

    channel = await startTelegram(
      {
        TELEGRAM_BOT_TOKEN: TEST_TOKEN,
        TELEGRAM_API_ROOT: emulator.apiRoot,
        TELEGRAM_WEBHOOK_URL: webhookUrl,
        TELEGRAM_WEBHOOK_SECRET: webhookUrl ? TEST_SECRET : undefined,
      },
      app,
      logger,
      options.tuning ?? FAST_TUNING,
    );
    const harness = new TelegramHarness(emulator, channel, app, webhookServer, webhookUrl, logLines);
    // Observe (not replace) the bot's update handling, so a test knows when an update is done.
    const bot = channel.bot;
    const handleUpdate = bot.handleUpdate.bind(bot);
    bot.handleUpdate = async (update, webhookReplyEnvelope) => {
      try {
        await handleUpdate(update, webhookReplyEnvelope);
      } finally {
        harness.handled.add(update.update_id);
        emulator.wakeWaiters();
      }
    };
    return harness;
  }

  /** Sends an update like Telegram and waits until the bot has fully handled it. */
  async deliver(update: Omit<Update, 'update_id'>): Promise<{ updateId: number; webhookStatus?: number }> {
    const delivered = await this.emulator.push(update);
    if (this.webhookUrl === undefined) {
      await this.emulator.waitFor(() => this.handled.has(delivered.updateId));
    }
    return delivered;
  }

  /** Whether the bot has fully handled the update with this id. */
  wasHandled(updateId: number): boolean {
    return this.handled.has(updateId);
  }

  newMessageId(): number {
    return this.nextMessageId++;
  }

  async stop(): Promise<void> {
    await this.channel.stop();
    if (this.webhookServer) {
      this.webhookServer.closeAllConnections();
      await new Promise<void>((resolve) => this.webhookServer!.close(() => resolve()));
    }
    await this.app.close();
  }

  /** Stops the bot and the app, and shuts the emulator down too. */
  async close(): Promise<void> {
    await this.stop();
    await this.emulator.close();
  }
}

/** The entities Telegram attaches to a command at the start of a text. */
function commandEntities(text: string): Message['entities'] {
  const command = /^\/\S+/.exec(text);
  return command ? [{ type: 'bot_command', offset: 0, length: command[0].length }] : undefined;
}

/** A person in a private chat (or, with `group`, writing in that group). */
export class FakeUser {
  readonly from: { id: number; is_bot: false; first_name: string; language_code: string };
  readonly chat: Message['chat'];

  constructor(
    private readonly harness: TelegramHarness,
    id: number,
    group?: { id: number; title: string },
  ) {
    this.from = { id, is_bot: false, first_name: `Người dùng ${id}`, language_code: 'vi' };
    this.chat = group
      ? { id: group.id, type: 'supergroup', title: group.title }
      : { id, type: 'private', first_name: this.from.first_name };
  }

  private get emulator(): BotApiEmulator {
    return this.harness.emulator;
  }

  /** Everything the bot sent to this chat while `action` ran. */
  private async collect(action: () => Promise<unknown>): Promise<SentMessage[]> {
    const before = this.emulator.sent.length;
    await action();
    return this.emulator.sent.slice(before).filter((message) => message.chatId === this.chat.id);
  }

  message(fields: Partial<Message>): Omit<Update, 'update_id'> {
    return {
      message: {
        message_id: this.harness.newMessageId(),
        date: Math.floor(Date.now() / 1000),
        chat: this.chat,
        from: this.from,
        ...fields,
      } as Update['message'],
    };
  }

  say(text: string, fields: Partial<Message> = {}): Promise<SentMessage[]> {
    const entities = commandEntities(text);
    return this.collect(() => this.harness.deliver(this.message({ text, ...(entities ? { entities } : {}), ...fields })));
  }

  send(fields: Partial<Message>): Promise<SentMessage[]> {
    return this.collect(() => this.harness.deliver(this.message(fields)));
  }

  /** Presses the button with callback data `data` on one of the bot's messages. */
  press(data: string, on: SentMessage): Promise<SentMessage[]> {
    return this.collect(() =>
      this.harness.deliver({
        callback_query: {
          id: `cq-${this.harness.newMessageId()}`,
          from: this.from,
          chat_instance: `ci-${this.chat.id}`,
          data,
          message: { message_id: on.messageId, date: Math.floor(Date.now() / 1000), chat: this.chat, text: on.text },
        },
      } as Omit<Update, 'update_id'>),
    );
  }

  /** Types `@bot query` in any chat; resolves with the bot's answerInlineQuery call. */
  async inline(query: string): Promise<RecordedCall> {
    const id = `iq-${this.harness.newMessageId()}`;
    await this.harness.deliver({ inline_query: { id, from: this.from, query, offset: '' } });
    return this.emulator.waitFor(() =>
      this.emulator.callsOf('answerInlineQuery').find((call) => call.payload.inline_query_id === id),
    );
  }
}

/** The labels and callback data of a sent message's buttons. */
export function buttonsOf(message: SentMessage | undefined): { text: string; data?: string; url?: string }[] {
  const rows: { text: string; callback_data?: string; url?: string }[][] = message?.replyMarkup?.inline_keyboard ?? [];
  return rows.flat().map((button) => ({ text: button.text, data: button.callback_data, url: button.url }));
}
