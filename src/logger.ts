// The `debug` option. Off by default, and when off no log line is ever built (callers guard with `?.`).
// What is logged goes through the same redaction as interceptors: never a token or a password.

/** A debug sink: receives one line per connection event, call and result. */
export type DebugLogger = (line: string) => void;

/** Resolves the `debug` option: `true` logs to `console.debug` with an `[osmium-chat]` prefix. */
export function resolveLogger(debug: boolean | DebugLogger | undefined): DebugLogger | undefined {
  if (typeof debug === "function") return debug;
  if (debug === true) return (line) => console.debug(`[osmium-chat] ${line}`);
  return undefined;
}

const MAX_PAYLOAD_CHARS = 300;

/** Shortens a payload for a log line. */
export function clip(text: string): string {
  return text.length <= MAX_PAYLOAD_CHARS ? text : `${text.slice(0, MAX_PAYLOAD_CHARS)}… (${text.length} chars)`;
}
