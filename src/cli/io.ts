// The process as the commands see it: standard streams and the environment, in one place.
import { type CliError, formatError } from "./cli-error.js";

/** Standard output and error, standard input, the environment. */
export interface Io {
  /** Writes a line (a newline is added) to standard output. */
  out(text: string): void;
  /** Writes a line to standard error: as text, or as `{"warning": ...}` with --json. */
  warn(text: string, json: boolean): void;
  /** Writes raw text to standard error. */
  err(text: string): void;
  /** Standard input, whole; `""` when it is a terminal (nobody is piping a request in). */
  readStdin(): Promise<string>;
  readonly env: NodeJS.ProcessEnv;
}

/** The real process. */
export const processIo: Io = {
  out: (text) => void process.stdout.write(`${text}\n`),
  warn: (text, json) => void process.stderr.write(json ? `${JSON.stringify({ warning: text })}\n` : `osmium-chat: ${text}\n`),
  err: (text) => void process.stderr.write(text),
  readStdin: async () => {
    if (process.stdin.isTTY) return "";
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  },
  env: process.env,
};

/** Prints `error` for `command` and returns its exit status. */
export function failWith(io: Io, command: string, error: CliError, json: boolean): number {
  io.err(formatError(command, error, json));
  return error.exitCode;
}
