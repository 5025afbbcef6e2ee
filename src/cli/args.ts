/** Options of `osmium-chat serve`. */
export interface ServeArgs {
  port: number;
  host: string;
  statePath?: string;
}

export const usage = `Usage: osmium-chat serve [--port 8080] [--host 127.0.0.1] [--state file.json]
       osmium-chat --version

Runs the Osmium reference server for local development. On a fresh state it seeds a demo
community, a user and an echo bot (which answers in the server process) and prints their tokens.
With --state, the state is kept in that file across restarts (written atomically).`;

/** A bad command line: the CLI prints it with the usage text and exits 2. */
export class UsageError extends Error {
  /** Always `"usage"`. */
  readonly code = "usage";
  override readonly name = "UsageError";
}

/** Parses `serve` arguments; throws UsageError with a message naming the bad argument. */
export function parseServeArgs(argv: string[]): ServeArgs {
  const args: ServeArgs = { port: 8080, host: "127.0.0.1" };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    const need = () => {
      if (value === undefined || value.startsWith("--")) throw new UsageError(`${flag} needs a value`);
      i++;
      return value;
    };
    switch (flag) {
      case "--port": {
        const port = Number(need());
        if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be 0-65535, got ${value}`);
        args.port = port;
        break;
      }
      case "--host":
        args.host = need();
        break;
      case "--state":
        args.statePath = need();
        break;
      default:
        throw new UsageError(`unknown argument ${flag}`);
    }
  }
  return args;
}
