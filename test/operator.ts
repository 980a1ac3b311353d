/**
 * `npm run cli -- privacy …` as the operator runs it (src/build/run.mjs), for the tests of the privacy commands: the services
 * the test does not name are left out of its environment (a developer's DATABASE_URL or REDIS_URL is never the one touched).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
const SERVICE_VARIABLES = ['DATABASE_URL', 'REDIS_URL', 'DATABASE_PATH', 'REDIS_KEY_PREFIX'];

/** Runs `privacy <args>` with `env`; resolves to its exit code and output, whatever the code. */
export async function privacyCommand(env: Record<string, string>, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !SERVICE_VARIABLES.includes(name)));
  try {
    const { stdout, stderr } = await run(process.execPath, ['src/build/run.mjs', 'cli', 'privacy', ...args], { env: { ...clean, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
