/**
 * The web chat gives up an answer stalled half-way (a weak 2G signal) after the server's one named default,
 * HTTP_DEFAULTS.webAnswerWaitMs, handed to the page on its form as data-answer-wait-ms (as data-id-days is). Was a
 * number written into client.js, changed apart from the server's other timings.
 */
import { describe, expect, it } from 'vitest';
import { buildWebPage } from '../../../src/channels/web/page.ts';
import { HTTP_DEFAULTS } from '../../../src/server/defaults.ts';

describe('the web chat’s wait for a whole answer', () => {
  it('comes from HTTP_DEFAULTS on the page’s form, not from a number in the script', () => {
    const { html } = buildWebPage();
    expect(html).toContain(`data-answer-wait-ms="${HTTP_DEFAULTS.webAnswerWaitMs}"`);
    expect(html).toMatch(/var ANSWER_WAIT_MS = Number\(form\.getAttribute\('data-answer-wait-ms'\)\);/);
  });
});
