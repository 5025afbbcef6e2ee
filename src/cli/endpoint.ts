// Where `call` and `watch` connect, and as whom: --url / OSMIUM_URL, OSMIUM_TOKEN / --token.
import { type ClientOptions, DEFAULT_URL } from "../client-options.js";
import { usageError } from "./cli-error.js";

/** The flags every connecting command accepts. */
export const connectionFlags = { url: "value", token: "value", json: "boolean", help: "boolean" } as const;

/** A server URL and the token to authorize with (none: not authorized). */
export interface Endpoint {
  readonly url: string;
  readonly token: string | undefined;
}

/** Shown when the token comes from the command line. */
export const tokenFlagWarning =
  "warning: a token passed with --token lands in your shell history and shows in the process list; set OSMIUM_TOKEN instead";

/**
 * The endpoint from the flags, else the environment, else the official server. `warn` receives the
 * warning about --token. Throws a usage CliError naming the source of a URL that is not ws:// or wss://.
 */
export function resolveEndpoint(flags: { url?: string; token?: string }, env: NodeJS.ProcessEnv, warn: (text: string) => void): Endpoint {
  const source = flags.url !== undefined ? "--url" : env.OSMIUM_URL ? "OSMIUM_URL" : undefined;
  const url = flags.url ?? (env.OSMIUM_URL || DEFAULT_URL);
  let protocol = "";
  try {
    protocol = new URL(url).protocol;
  } catch {
    // reported below
  }
  if (protocol !== "ws:" && protocol !== "wss:") throw usageError(`${source ?? "the URL"} must be a ws:// or wss:// URL, got ${url}`, { argument: source ?? "url" });
  if (flags.token !== undefined) warn(tokenFlagWarning);
  const token = flags.token ?? (env.OSMIUM_TOKEN || undefined);
  return { url, token };
}

/** The client options that connect to `endpoint`. */
export function endpointOptions(endpoint: Endpoint): Pick<ClientOptions, "url" | "token"> {
  return endpoint.token === undefined ? { url: endpoint.url } : { url: endpoint.url, token: endpoint.token };
}
