// What the first-connect fault tests watch: the lifecycle events and errors of a client, and a
// connect() with one call queued behind it, both settled.
import type { OsmiumClient, OsmiumError } from "../../../src/index.js";
import type { CallLedger } from "./ledger.js";

/** Records the client's lifecycle events (`state:<to>`, `open`, `close`, ...) and its `error` events, in order. */
export function watch(client: OsmiumClient): { events: string[]; errors: OsmiumError[] } {
  const events: string[] = [];
  const errors: OsmiumError[] = [];
  client.on("state", ({ to }) => events.push(`state:${to}`));
  for (const name of ["open", "close", "reconnecting", "ready"] as const) client.on(name, () => events.push(name));
  client.on("error", (error) => errors.push(error));
  return { events, errors };
}

/** Connects with one call queued behind the connect; both outcomes, settled. */
export async function firstConnect(client: OsmiumClient, ledger: CallLedger) {
  const connecting = client.connect().then(
    () => undefined,
    (error: unknown) => error,
  );
  const call = ledger.track(client.billing.getProducts({}));
  return { error: await connecting, call: await call };
}
