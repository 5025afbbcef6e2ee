// What `watch` says on standard error about its connection: connected, disconnected,
// reconnecting, resync, errors, closed; as text, or as JSON lines with --json.
import type { CoreClient } from "../client.js";
import type { Io } from "./io.js";

type Fields = Record<string, string | number | boolean>;

/** The reporter of one watch: `report` writes an event, `connected` says whether it was ever ready. */
export interface Lifecycle {
  report(event: string, text: string, fields?: Fields): void;
  readonly connected: boolean;
}

/**
 * Reports `client`'s lifecycle events while `isDone()` is false. Before the first ready nothing but
 * `connected` is reported: `connect()` rejects with the cause, and that is the one report then.
 */
export function reportLifecycle(client: CoreClient, io: Io, json: boolean, isDone: () => boolean): Lifecycle {
  let connected = false;
  const report = (event: string, text: string, fields: Fields = {}) =>
    io.err(json ? `${JSON.stringify({ event, ...fields })}\n` : `osmium-chat watch: ${text}\n`);

  client.on("ready", (info) => {
    connected = true;
    const who = info.user ? `as ${info.user.name} (user ${info.user.id})` : "without a token (not authorized)";
    report("connected", `connected ${who}`, info.user ? { userId: String(info.user.id), name: info.user.name } : {});
  });
  client.on("close", ({ code, reason, willReconnect }) => {
    if (isDone() || !willReconnect) return;
    report("disconnected", `connection lost (${code}${reason ? ` ${reason}` : ""})`, { code, reason });
  });
  client.on("reconnecting", ({ attempt, delayMs }) =>
    report("reconnecting", `reconnecting in ${Math.round(delayMs)} ms (attempt ${attempt})`, { attempt, delayMs: Math.round(delayMs) }),
  );
  client.on("resync", ({ attempts }) =>
    report("resync", `reconnected after ${attempts} attempt(s); updates sent while disconnected were missed`, { attempts }),
  );
  client.on("unknownUpdate", () => report("unknownUpdate", "skipped an update of a case this version does not know (a newer server?)"));
  // Not fatal: the client carries on (a bad frame, a transport failure before a reconnect).
  client.on("error", (error) => {
    if (connected && !isDone()) report("error", error.message, { code: error.code, message: error.message });
  });
  return {
    report,
    get connected() {
      return connected;
    },
  };
}
