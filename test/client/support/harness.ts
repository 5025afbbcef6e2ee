// Per-test setup shared by the client suites: a scripted server reached over the in-memory transport
// or a real WebSocket on loopback, clients that are always closed afterwards, and event recorders.
import { afterEach, beforeEach } from "vitest";
import { type ClientEventName, type ClientEvents, OsmiumClient, type OsmiumClientOptions } from "../../../src/index.js";
import { ScriptedServer, type ScriptedServerOptions } from "./scripted-server.js";

/** The two ways a test reaches the server. */
export type TransportKind = "memory" | "websocket";
/** Both, for `describe.each`. */
export const transportKinds: TransportKind[] = ["memory", "websocket"];

/** A test's server and client factory. */
export interface Harness {
  readonly server: ScriptedServer;
  /** A client for this test's server (closed after the test). Keepalive is off unless asked for. */
  client(options?: OsmiumClientOptions): OsmiumClient;
  /** The client options that reach this test's server. */
  endpoint(): Pick<OsmiumClientOptions, "transport" | "url">;
}

/** Registers beforeEach/afterEach hooks and returns the harness they fill. */
export function useHarness(kind: TransportKind, serverOptions: ScriptedServerOptions = {}): Harness {
  let server: ScriptedServer | undefined;
  let url = "";
  const clients: OsmiumClient[] = [];
  beforeEach(async () => {
    server = new ScriptedServer(serverOptions);
    if (kind === "websocket") url = await server.listen();
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.close()));
    await server?.close();
  });
  const harness: Harness = {
    get server() {
      if (!server) throw new Error("server not started");
      return server;
    },
    endpoint() {
      return kind === "memory" ? { transport: harness.server.transport() } : { url };
    },
    client(options = {}) {
      const client = new OsmiumClient({
        ...harness.endpoint(),
        keepalive: false,
        reconnect: { initialDelayMs: 5, maxDelayMs: 20 },
        ...options,
      });
      clients.push(client);
      return client;
    },
  };
  return harness;
}

/** Records events in order as `[name, payload]` pairs. */
export function record(client: OsmiumClient, names: readonly ClientEventName[]): Array<[ClientEventName, unknown]> {
  const log: Array<[ClientEventName, unknown]> = [];
  for (const name of names) client.on(name, ((payload: unknown) => log.push([name, payload])) as ClientEvents[typeof name]);
  return log;
}

/** Resolves with the payload of the next `event`. */
export function nextEvent<E extends ClientEventName>(client: OsmiumClient, event: E): Promise<Parameters<ClientEvents[E]>[0]> {
  return new Promise((resolve) => {
    client.once(event, ((payload: Parameters<ClientEvents[E]>[0]) => resolve(payload)) as ClientEvents[E]);
  });
}

/** Resolves once `predicate` holds, polling every few ms (for conditions no event announces). */
export async function until(predicate: () => boolean, timeoutMs = 2_000): Promise<void> {
  const started = Date.now();
  while (!predicate()) {
    if (Date.now() - started > timeoutMs) throw new Error("until: condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

/** Settles a promise into `{ value }` or `{ error }`, for exact assertions on both. */
export async function settle<T>(promise: Promise<T>): Promise<{ value: T } | { error: unknown }> {
  try {
    return { value: await promise };
  } catch (error) {
    return { error };
  }
}
