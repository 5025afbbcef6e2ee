// `osmium-chat call <namespace.method> [json]`: one call, its result as JSON on standard output.
import type { Message } from "@bufbuild/protobuf";
import { CoreClient } from "../client.js";
import type { RpcMethod } from "../protocol/rpc-descriptors.js";
import { ExitCode, toCliError, usageError } from "./cli-error.js";
import { describeMethod, listMethods } from "./describe.js";
import { type Endpoint, connectionFlags, endpointOptions, resolveEndpoint } from "./endpoint.js";
import { parseFlags } from "./flags.js";
import { callUsage } from "./help.js";
import { messageJson } from "./json-output.js";
import { findMethod } from "./methods.js";
import { parseRequest } from "./request-json.js";
import { type Io, failWith } from "./io.js";

const flagSpec = { ...connectionFlags, list: "boolean", describe: "boolean", timeout: "value" } as const;

function parseTimeout(text: string | undefined): number {
  if (text === undefined) return 30_000;
  const ms = Number(text);
  if (!(Number.isFinite(ms) && ms > 0)) throw usageError(`--timeout must be a positive number of milliseconds, got ${text}`, { flag: "--timeout" });
  return ms;
}

/** Connects without reconnecting (a one-shot call fails fast), calls once, and always closes. */
async function callOnce(endpoint: Endpoint, rpc: RpcMethod, request: Message, timeoutMs: number): Promise<Message | undefined> {
  const client = new CoreClient({ ...endpointOptions(endpoint), reconnect: false, noSubscribe: true, requestTimeoutMs: timeoutMs });
  try {
    try {
      await client.connect();
    } catch (error) {
      throw toCliError(error, true);
    }
    return (await client.call(rpc.requestCase, request as never)) as Message | undefined;
  } finally {
    await client.close();
  }
}

/** Runs `call` with the arguments after the command name; resolves with the exit status. */
export async function runCall(argv: readonly string[], io: Io): Promise<number> {
  try {
    const { flags, positionals } = parseFlags(argv, flagSpec);
    if (flags.help || flags.list) {
      if (flags.list && positionals.length > 0) throw usageError(`--list takes no method, got ${positionals[0]}`);
      io.out(flags.help ? callUsage : listMethods());
      return ExitCode.ok;
    }
    const [name, requestText, extra] = positionals;
    if (name === undefined) throw usageError("which method? osmium-chat call <namespace.method> [request-json]; --list lists them");
    if (extra !== undefined) throw usageError(`unexpected argument ${extra}: the request is one JSON argument (quote it)`);
    const rpc = findMethod(name);
    if (flags.describe) {
      io.out(describeMethod(rpc));
      return ExitCode.ok;
    }
    const text = requestText === undefined || requestText === "-" ? await io.readStdin() : requestText;
    const request = parseRequest(rpc.method.input, text.trim() === "" ? "{}" : text);
    const timeoutMs = parseTimeout(flags.timeout);
    const endpoint = resolveEndpoint(flags, io.env, (warning) => io.warn(warning, flags.json === true));
    const result = await callOnce(endpoint, rpc, request, timeoutMs);
    io.out(messageJson(rpc.method.output, result, 2));
    return ExitCode.ok;
  } catch (error) {
    return failWith(io, "call", toCliError(error), argv.includes("--json"));
  }
}
