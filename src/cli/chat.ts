/**
 * `npm run chat`: the assistant's conversation in the terminal, on the same chat core as the
 * messaging channels. Interactive on a terminal; with piped input it reads one message per line,
 * prints the replies and exits at the end of input, so conversations can be scripted.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createApp } from '../app.ts';
import { turnToPlainText } from '../chat/render.ts';
import type { IncomingMessage, Reply } from '../chat/types.ts';
import { loadConfig } from '../config.ts';
import { createLogger } from '../log.ts';
import type { CliCommand } from './types.ts';

const HELP = `Trò chuyện với trợ lý ngay trong cửa sổ dòng lệnh.

Cách dùng:
  npm run chat                         trò chuyện (gõ số để chọn, Ctrl+D hoặc Ctrl+C để thoát)
  printf '/start\\nho ngheo la gi\\n' | npm run --silent chat
                                       mỗi dòng là một tin nhắn; in câu trả lời rồi thoát

Tùy chọn:
  --user <mã>    mã người dùng của phiên (mặc định "local"); phiên lưu trong DATABASE_PATH
  --json         in mỗi lượt trả lời thành một dòng JSON: {"message", "replies"}
  --db <tệp>     tệp cơ sở dữ liệu (mặc định theo DATABASE_PATH, ./data/bot.db)

Câu trả lời kiểm tra hộ gia đình chỉ được lưu khi bạn chọn "Đồng ý lưu" (gõ số của lựa chọn đó); /xoadulieu xóa tất cả.`;

const PROMPT = 'Bạn: ';

function render(replies: Reply[]): string {
  return turnToPlainText(replies, { numberedChoices: true }).join('\n\n');
}

export const command: CliCommand = {
  name: 'chat',
  summary: 'Trò chuyện với trợ lý trong cửa sổ dòng lệnh (hoặc qua đầu vào ống dẫn, mỗi dòng một tin)',
  help: HELP,
  async run(args) {
    const { values } = parseArgs({
      args,
      options: { user: { type: 'string', default: 'local' }, json: { type: 'boolean', default: false }, db: { type: 'string' } },
      strict: true,
    });
    const config = loadConfig();
    // Log lines would interleave with the conversation: warnings and errors only, unless LOG_LEVEL asks for more.
    const logger = createLogger({ level: process.env.LOG_LEVEL ? config.LOG_LEVEL : 'warn' });
    const app = await createApp({ databasePath: values.db ?? config.DATABASE_PATH, logger });
    const interactive = Boolean(process.stdin.isTTY) && !values.json;
    const send = (text: string) => app.core.handle({ channel: 'terminal', userId: values.user, text } satisfies IncomingMessage);
    const print = (text: string, replies: Reply[]) => {
      process.stdout.write(values.json ? `${JSON.stringify({ message: text, replies })}\n` : `${render(replies)}\n\n`);
    };

    const lines = createInterface({ input: process.stdin, output: interactive ? process.stdout : undefined, terminal: interactive });
    // Ctrl+C ends the conversation like Ctrl+D (readline would otherwise only pause).
    lines.on('SIGINT', () => lines.close());
    // The reader went away (`npm run chat | head`): stop reading, as Unix tools do, and close the database properly.
    let readerGone = false;
    const onOutputError = (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      readerGone = true;
      lines.close();
    };
    process.stdout.on('error', onOutputError);
    try {
      if (interactive) {
        process.stdout.write(`${render(await send('/start'))}\n\n`);
        lines.setPrompt(PROMPT);
        lines.prompt();
      }
      for await (const line of lines) {
        if (readerGone) break;
        // An empty or spaces-only line is a message too: the chat answers it with a short prompt, as on the web.
        print(line, await send(line));
        if (interactive) lines.prompt();
      }
      return 0;
    } finally {
      process.stdout.off('error', onOutputError);
      lines.close();
      await app.close();
    }
  },
};
