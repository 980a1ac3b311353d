import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['test/**/*.test.ts'],
    // Many tests start real processes (tsx, npm, the server, PostgreSQL databases). On this 2-core machine at load
    // 20 (a session's helpers at work) one start took up to 10 s and 4 tests of a fresh-clone run passed their
    // 30 s / 60 s limits (01/12/2026, 2b71e53); a limit is for a hang, not a speed check (speed: npm run bench).
    testTimeout: 90_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
