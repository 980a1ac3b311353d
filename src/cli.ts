/**
 * `npm run cli -- <command> [options]`. Each command lives in src/cli/<command>.ts and exports
 * `command: CliCommand`; this file only dispatches.
 */
import type { CliCommand } from './cli/types.ts';

const commands: Record<string, () => Promise<{ command: CliCommand }>> = {
  // Filled in as the modules land: ingest, search, check, batch, standard, chat.
  ingest: () => import('./cli/ingest.ts'),
  search: () => import('./cli/search.ts'),
  check: () => import('./cli/check.ts'),
  batch: () => import('./cli/batch.ts'),
  standard: () => import('./cli/standard.ts'),
  chat: () => import('./cli/chat.ts'),
  db: () => import('./cli/db.ts'),
  privacy: () => import('./cli/privacy.ts'),
};

function usage(): string {
  const lines = ['Cách dùng: npm run cli -- <lệnh> [tùy chọn]', '', 'Các lệnh:'];
  return lines.join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    const lines = [usage()];
    for (const load of Object.values(commands)) {
      const { command } = await load();
      lines.push(`  ${command.name.padEnd(10)} ${command.summary}`);
    }
    process.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  }
  const load = commands[name];
  if (!load) {
    process.stderr.write(`Không có lệnh "${name}". Xem: npm run cli -- --help\n`);
    return 2;
  }
  const { command } = await load();
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${command.help}\n`);
    return 0;
  }
  return command.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`Lỗi: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
