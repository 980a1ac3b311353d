/**
 * The Bot API emulator in a process of its own, for `npm run bench -- telegram`, so that the bot
 * under measurement does not share its event loop with "Telegram". Prints its API root on the first
 * line of stdout; then each stdin line is a JSON array of updates to queue, answered with "ok".
 */
import { createInterface } from 'node:readline';
import { BotApiEmulator } from '../channels/telegram/emulator.ts';

const token = process.argv[2];
if (!token) throw new Error('usage: telegram-emulator.ts <bot token>');
const emulator = await BotApiEmulator.start({ token });
process.stdout.write(`${emulator.apiRoot}\n`);
for await (const line of createInterface({ input: process.stdin })) {
  for (const update of JSON.parse(line) as Parameters<BotApiEmulator['push']>[0][]) await emulator.push(update);
  process.stdout.write('ok\n');
}
await emulator.close();
