export interface CliCommand {
  name: string;
  /** One line for `cli --help`. */
  summary: string;
  /** Full help for `cli <name> --help`: usage, options, examples. */
  help: string;
  /** Runs with the arguments after the command name; resolves to the exit status. */
  run(args: string[]): Promise<number>;
}
