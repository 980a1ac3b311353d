/** `npm run chat | head`: when the reader of its output goes away, the chat stops quietly (exit 0, no EPIPE trace). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let folder: string | undefined;
afterEach(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('npm run chat into a pipe that closes early', () => {
  it('stops reading and exits 0 without an EPIPE error', () => {
    folder = mkdtempSync(join(tmpdir(), 'chat-pipe-'));
    // 40 questions, of which `head -1` reads one line: the writes after that hit a closed pipe.
    const script = `yes /chuan | head -40 | npm run --silent chat -- --db "${join(folder, 'bot.db')}" | head -1; echo "chat exit \${PIPESTATUS[2]}" >&2`;
    const { LOG_LEVEL: _ignored, ...env } = process.env;
    const run = spawnSync('bash', ['-c', script], { cwd: ROOT, env, encoding: 'utf8', timeout: 120_000 });
    expect(run.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(run.stderr).not.toContain('EPIPE');
    expect(run.stderr).toContain('chat exit 0');
  }, 180_000);
});
