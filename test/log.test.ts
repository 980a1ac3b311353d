import { describe, expect, it } from 'vitest';
import { createLogger, maskSecrets } from '../src/log.ts';

describe('logger', () => {
  it('writes one JSON line per event with the base fields', () => {
    const lines: string[] = [];
    const log = createLogger({ write: (line) => lines.push(line) }).child({ requestId: 'r1' });
    log.info('request.done', { status: 200 });
    expect(lines).toHaveLength(1);
    const record = JSON.parse(lines[0]!);
    expect(record).toMatchObject({ level: 'info', event: 'request.done', requestId: 'r1', status: 200 });
  });

  it('drops events below the level', () => {
    const lines: string[] = [];
    createLogger({ level: 'warn', write: (line) => lines.push(line) }).info('quiet');
    expect(lines).toEqual([]);
  });

  it('masks bot tokens in messages and URLs', () => {
    const token = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw';
    expect(maskSecrets(`POST https://api.telegram.org/bot${token}/getMe`)).not.toContain(token);
    const lines: string[] = [];
    createLogger({ write: (line) => lines.push(line) }).error('send.failed', { error: new Error(`bad ${token}`) });
    expect(lines[0]).not.toContain(token);
    expect(JSON.parse(lines[0]!).error.message).toBe('bad [token]');
  });
});

describe('maskSecrets on paths', () => {
  it('masks a token of any shape inside a bot API URL', () => {
    expect(maskSecrets('POST https://bot-api.zaloplatforms.com/botAbCdEf0123456789xyz/sendMessage')).toBe(
      'POST https://bot-api.zaloplatforms.com/bot[token]/sendMessage',
    );
  });

  it('leaves file paths that merely start with "bot" readable', () => {
    const text = 'at src/channels/zalo/bot.ts:12:5 opening ./data/bot.db';
    expect(maskSecrets(text)).toBe(text);
  });
});

describe('logger fields', () => {
  it('writes time, level and event, and describes an Error under any key without changing the caller object', () => {
    const lines: string[] = [];
    const fields = { cause: new Error('hỏng 123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw'), attempt: 2 };
    createLogger({ write: (line) => lines.push(line) }).warn('send.retry', fields);
    const record = JSON.parse(lines[0]!);
    expect(record).toMatchObject({ level: 'warn', event: 'send.retry', attempt: 2, cause: { name: 'Error', message: 'hỏng [token]' } });
    expect(new Date(record.time).toISOString()).toBe(record.time);
    expect(record).not.toHaveProperty('pid');
    expect(fields.cause).toBeInstanceOf(Error);
  });
});
