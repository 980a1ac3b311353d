/**
 * Round 26 (law helper law11, 05/12/2026): a household check about a later day of this year names that day, not only its
 * year. Was "Bạn hỏi về năm 2026, nên mình xét theo chuẩn áp dụng ngày 31/12/2026" (in chat) and "câu hỏi về năm 2026: …"
 * (`cli check --text`), as if the whole year were asked.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

// 05/12/2026 09:00 in Vietnam.
const now = () => new Date('2026-12-05T02:00:00Z');
let harness: Harness;
afterEach(() => harness?.close());

describe('a later day of this year named in a household check', () => {
  it('"nha tui o que 4 nguoi thu nhap 6 trieu, toi ngay 31/12/2026 thi la ho gi": the day asked is named', async () => {
    harness = await openHarness({ now });
    const told = await harness.say('nha tui o que 4 nguoi thu nhap 6 trieu, toi ngay 31/12/2026 thi la ho gi');
    expect(told.text).toContain('Bạn hỏi về ngày 31/12/2026, nên mình xét theo chuẩn áp dụng ngày 31/12/2026.');
    expect(told.text).not.toContain('Bạn hỏi về năm 2026');
  });

  it('a year asked is still said as the year ("qua nam 2027 thu nhap 8 trieu thi sao")', async () => {
    harness = await openHarness({ now });
    await harness.say('nha tui 4 nguoi o que');
    const told = await harness.say('qua nam 2027 thu nhap 8 trieu thi sao');
    expect(told.text).toContain('Bạn hỏi về năm 2027, nên mình xét theo chuẩn áp dụng ngày 01/01/2027.');
  });

  it('cli check --text "ho o que 4 nguoi thu nhap 6 trieu thi ngay 31/12/2026 la ho gi": the note names the day', () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli.ts', 'check', '--json', '--date', '2026-12-05', '--text', 'ho o que 4 nguoi thu nhap 6 trieu thi ngay 31/12/2026 la ho gi'],
      { cwd: root, encoding: 'utf8' },
    );
    expect(run.status, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.asOf).toBe('2026-12-31');
    expect(out.notes[0]).toBe('câu hỏi về ngày 31/12/2026: xét theo chuẩn áp dụng ngày 31/12/2026');
  });
});
