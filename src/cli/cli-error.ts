// How `call` and `watch` fail: one error class with a kind, one exit status per kind, and one
// way to print it (a line of text, or a line of JSON with --json).
import { OsmiumError } from "../errors.js";

/**
 * Exit statuses of `osmium-chat call` and `osmium-chat watch` (also listed by `osmium-chat --help`
 * and the README), so scripts can tell a refused call from a typo from an unreachable server.
 */
export const ExitCode = {
  /** The call succeeded; `watch` was interrupted (SIGINT, SIGTERM). */
  ok: 0,
  /** The server answered the call with an error (its code and message are printed). */
  rpcError: 1,
  /** Bad usage: an unknown command, flag or method, or a request that is not valid JSON for the method. */
  usage: 2,
  /** The server could not be reached, the connection closed, the call timed out, or the server broke the protocol. */
  connection: 3,
  /** The server refused the token. */
  unauthorized: 4,
} as const;

/** Which kind of failure a CliError is; each has its exit status. */
export type CliErrorKind = "rpc_error" | "usage" | "connection" | "unauthorized";

const statusOf: Record<CliErrorKind, number> = {
  rpc_error: ExitCode.rpcError,
  usage: ExitCode.usage,
  connection: ExitCode.connection,
  unauthorized: ExitCode.unauthorized,
};

/** A failure of a command: a kind (hence an exit status), a message, and fields for --json. */
export class CliError extends Error {
  /** The kind of failure. */
  readonly kind: CliErrorKind;
  /** Extra fields for the --json form (`errorCode`, `method`, `field`, ...). */
  readonly details: Readonly<Record<string, string | number | readonly string[]>>;

  /** Creates the error. */
  constructor(kind: CliErrorKind, message: string, details: Record<string, string | number | readonly string[]> = {}) {
    super(message);
    this.name = "CliError";
    this.kind = kind;
    this.details = details;
  }

  /** The process exit status for this failure. */
  get exitCode(): number {
    return statusOf[this.kind];
  }
}

/** A usage error. */
export const usageError = (message: string, details: Record<string, string | number | readonly string[]> = {}): CliError =>
  new CliError("usage", message, details);

/**
 * Classifies whatever a command threw. `duringConnect`: an RpcError while connecting is the server
 * refusing the token, not a failed call.
 */
export function toCliError(error: unknown, duringConnect = false): CliError {
  if (error instanceof CliError) return error;
  if (OsmiumError.is(error, "rpc_error")) {
    const details = { errorCode: error.errorCode, errorMessage: error.errorMessage, method: error.method };
    if (duringConnect) return new CliError("unauthorized", `the server refused the token: ${error.errorCode} ${error.errorMessage}`.trimEnd(), details);
    return new CliError("rpc_error", error.message, details);
  }
  if (OsmiumError.is(error, "invalid_argument")) return usageError(error.message, { argument: error.argument });
  if (OsmiumError.is(error)) return new CliError("connection", error.message, { code: error.code });
  return new CliError("connection", error instanceof Error ? error.message : String(error));
}

/** The error as printed on standard error: `osmium-chat <command>: <message>`, or one JSON line. */
export function formatError(command: string, error: CliError, json: boolean): string {
  if (!json) return `osmium-chat ${command}: ${error.message}\n`;
  return `${JSON.stringify({ error: { kind: error.kind, exitCode: error.exitCode, message: error.message, ...error.details } })}\n`;
}
