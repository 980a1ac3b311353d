/**
 * What the benches that start real server processes share (scale.bench.ts, retry.bench.ts): a process started and its
 * address read from its output, a graceful stop, and an HTTP load spread over several instances (autocannon).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Starts `node <args>` at the repository's root; resolves once it prints its address. */
export function spawnUrl(args: string[], env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  child.stderr!.resume();
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const url = /http:\/\/127\.0\.0\.1:\d+\/?\S*/.exec(output)?.[0];
      if (url) resolve({ child, url });
    });
    child.on('exit', (code) => reject(new Error(`exited (${code}) before printing its address`)));
  });
}

/** SIGTERM, and waits for the exit. */
export async function stop(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.on('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** POSTs `body()` to `path` of every instance (the connections split between them) for `seconds`: 2xx/s, the worst p99, failures. */
export async function loadAll(urls: string[], path: string, body: () => string, options: { connections: number; seconds: number; headers?: Record<string, string> }) {
  const results = await Promise.all(
    urls.map((url) =>
      autocannon({
        url: new URL(path, url).toString(),
        connections: options.connections / urls.length,
        duration: options.seconds,
        requests: [{ method: 'POST', headers: { 'content-type': 'application/json', ...options.headers }, setupRequest: (request) => ({ ...request, body: body() }) }],
      }),
    ),
  );
  const ok = results.reduce((sum, result) => sum + result['2xx'], 0);
  const other = results.reduce((sum, result) => sum + result.non2xx + result.errors, 0);
  return { requests: ok, perSecond: ok / options.seconds, p99: Math.max(...results.map((result) => result.latency.p99)), failed: other };
}
