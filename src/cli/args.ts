/** Argument handling shared by the CLI commands: one wording for every usage error. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { parseUserDate, todayIso } from '../rules/index.ts';

/** Prints a usage problem and where the command's help is; returns the usage exit status, 2. */
export function usageError(command: string, message: string): number {
  process.stderr.write(`${message}\nXem: npm run cli -- ${command} --help\n`);
  return 2;
}

/** `parseArgs` for a command; an unknown or malformed option is reported by `usageError` and gives null. */
export function parseCommandArgs<T extends ParseArgsConfig>(command: string, config: T): ReturnType<typeof parseArgs<T>> | null {
  try {
    return parseArgs(config);
  } catch (error) {
    usageError(command, error instanceof Error ? error.message : String(error));
    return null;
  }
}

/** A --date option (dd/MM/yyyy or yyyy-MM-dd; today when absent) as ISO, or null after saying why it is refused. */
export function readDateOption(value: string | undefined): string | null {
  const date = value === undefined ? todayIso() : parseUserDate(value);
  if (!date) process.stderr.write(`Ngày “${value}” không có thật hoặc sai dạng; dùng dd/MM/yyyy hoặc yyyy-MM-dd.\n`);
  return date;
}
