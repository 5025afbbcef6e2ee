// `osmium-chat watch`: every update as one JSON line on standard output until interrupted;
// connection lifecycle on standard error.
import { UpdateSchema } from "../../gen/osmium/client/updates_pb.js";
import { CoreClient } from "../client.js";
import type { UpdateCase } from "../events.js";
import { CliError, ExitCode, toCliError, usageError } from "./cli-error.js";
import { connectionFlags, endpointOptions, resolveEndpoint } from "./endpoint.js";
import { parseFlags } from "./flags.js";
import { watchUsage } from "./help.js";
import { type Io, failWith } from "./io.js";
import { messageJson } from "./json-output.js";
import { nearest } from "./suggest.js";
import { reportLifecycle } from "./watch-lifecycle.js";

const flagSpec = { ...connectionFlags, filter: "value" } as const;

/** The update cases, as event names: `messageCreated`, `chatTyping`, ... */
const updateCases: readonly string[] = UpdateSchema.oneofs[0]?.fields.map((f) => f.localName) ?? [];

/** Parses `--filter a,b`; throws a usage CliError naming an unknown case with the nearest ones. */
export function parseFilter(text: string | undefined): ReadonlySet<UpdateCase> | undefined {
  if (text === undefined) return undefined;
  const cases = text.split(",").map((c) => c.trim()).filter((c) => c !== "");
  if (cases.length === 0) throw usageError("--filter needs at least one update case", { flag: "--filter" });
  for (const c of cases) {
    if (updateCases.includes(c)) continue;
    const suggestions = nearest(c, updateCases);
    const hint = suggestions.length === 0 ? `; the cases are ${updateCases.join(", ")}` : ` (did you mean ${suggestions.join(", ")}?)`;
    throw usageError(`--filter: unknown update case ${c}${hint}`, { flag: "--filter", suggestions });
  }
  return new Set(cases as UpdateCase[]);
}

/**
 * Runs `watch` with the arguments after the command name; resolves with the exit status once
 * interrupted (0), or when the server refuses the token (4) or the client gives up (3).
 */
export async function runWatch(argv: readonly string[], io: Io): Promise<number> {
  const json = argv.includes("--json");
  let client: CoreClient;
  let filter: ReadonlySet<UpdateCase> | undefined;
  try {
    const { flags, positionals } = parseFlags(argv, flagSpec);
    if (flags.help) {
      io.out(watchUsage);
      return ExitCode.ok;
    }
    if (positionals.length > 0) throw usageError(`unexpected argument ${positionals[0]}`);
    filter = parseFilter(flags.filter);
    const endpoint = resolveEndpoint(flags, io.env, (warning) => io.warn(warning, json));
    client = new CoreClient(endpointOptions(endpoint));
  } catch (error) {
    return failWith(io, "watch", toCliError(error), json);
  }

  return new Promise<number>((resolve) => {
    let done = false;
    const finish = (status: number, error?: CliError) => {
      if (done) return;
      done = true;
      process.off("SIGINT", interrupt);
      process.off("SIGTERM", interrupt);
      process.stdout.off("error", readerGone);
      void client.close().then(() => {
        if (error) failWith(io, "watch", error, json);
        else lifecycle.report("closed", "closed");
        resolve(status);
      });
    };
    const interrupt = () => finish(ExitCode.ok);
    process.on("SIGINT", interrupt);
    process.on("SIGTERM", interrupt);
    // A reader that went away (`watch | head`) is a normal end, not a crash.
    const readerGone = () => finish(ExitCode.ok);
    process.stdout.on("error", readerGone);

    client.on("update", (update) => {
      if (filter && !filter.has(update.update.case as UpdateCase)) return;
      io.out(messageJson(UpdateSchema, update));
    });
    const lifecycle = reportLifecycle(client, io, json, () => done);
    client.on("authFailed", (error) => finish(ExitCode.unauthorized, toCliError(error, true)));
    client.on("state", ({ to }) => {
      if (to === "closed" && lifecycle.connected && !done) finish(ExitCode.connection, new CliError("connection", "the client stopped reconnecting"));
    });
    client.connect().catch((error: unknown) => {
      const failure = toCliError(error, true);
      finish(failure.exitCode, failure);
    });
  });
}
