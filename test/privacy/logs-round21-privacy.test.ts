/**
 * Round 21 (privacy): no personal text in logs. An error's message is logged (name, message, stack); JSON.parse's quotes the
 * text it could not read, so an outbox item damaged on disk (an answer quoting what a resident typed), a Zalo update or a
 * request body typed by a person went into the log line through `telegram.outbox_dropped` and the like. The quoted input is
 * masked now; the rest of the error (which token, where) stays for the operator.
 */
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.ts';

function parseError(text: string): Error {
  try {
    JSON.parse(text);
  } catch (error) {
    return error as Error;
  }
  throw new Error('parsed');
}

describe('a JSON error in a log line', () => {
  it.each([
    ['an outbox item cut short', 'nha tui o ap 3 sdt 0912345678, tui ten Nguyen Van Teo'],
    ['a body with a quote inside', '{"text": tui ten teo o ap 3}'],
  ])('%s: the line keeps the event and the error, not the text', (_, typed) => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'debug', write: (line) => lines.push(line) });
    logger.warn('telegram.outbox_dropped', { error: parseError(typed) });
    const line = lines.join('');
    expect(line).toContain('telegram.outbox_dropped');
    expect(line).toContain('SyntaxError');
    expect(line).toContain('is not valid JSON');
    for (const secret of ['nha tui', 'tui ten', 'teo', '0912']) expect(line).not.toContain(secret);
  });
});
