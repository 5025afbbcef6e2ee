// A `ws://` URL carries the token and every message in clear text, so one that is not loopback
// gets a warning. Loopback is exempt: local development and tests talk to a server on the same
// machine, where nothing travels over a network.
import type { DebugLogger } from "./logger.js";

// Hosts already warned about on the console: one warning per host per process, however many clients.
const warnedHosts = new Set<string>();

/** True for the loopback hosts: `localhost` (and `*.localhost`, RFC 6761), 127.0.0.0/8, `::1`, and 127/8 mapped into IPv6. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, "");
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  // WHATWG URL parsing already normalised IPv4 shorthands ("127.1") and IPv6 spellings ("[0:0::1]",
  // "[::ffff:127.0.0.1]" → "[::ffff:7f00:1]").
  if (/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)) return true;
  return host === "[::1]" || host === "::1" || /^\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\]$/.test(host);
}

/** The warning for `url`, or `undefined` when it is `wss://`, loopback, or not a URL at all. */
export function insecureUrlWarning(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined; // option validation reports it
  }
  if (parsed.protocol !== "ws:" || isLoopbackHost(parsed.hostname)) return undefined;
  return `${parsed.protocol}//${parsed.host} is not encrypted: the token and every message travel in clear text; use wss:// outside loopback`;
}

/**
 * Warns about a non-loopback `ws://` URL: on the client's debug log (every client), and with
 * `console.warn` once per host per process.
 */
export function warnIfInsecureUrl(url: string, log: DebugLogger | undefined): void {
  const warning = insecureUrlWarning(url);
  if (warning === undefined) return;
  log?.(`warning: ${warning}`);
  const host = new URL(url).host;
  if (warnedHosts.has(host)) return;
  warnedHosts.add(host);
  console.warn(`[osmium-chat] ${warning}`);
}
