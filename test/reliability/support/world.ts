// Per-test set-up of the reliability suites: reference servers reached in memory or over a real
// WebSocket on loopback, clients, and anything else with a `close()`, all closed after each test.
import { afterEach } from "vitest";
import { OsmiumClient, type OsmiumClientOptions, type Transport, type TransportListener } from "../../../src/index.js";
import { type TestServer, type TestServerOptions, createTestServer } from "../../../src/testing/index.js";

/** The two ways a client reaches a server. */
export type Endpoint = "memory" | "websocket";
/** Both, for `describe.each`. */
export const endpoints: Endpoint[] = ["memory", "websocket"];

/** Small reconnect delays: a storm of 100 drops stays well under a second of backoff. */
export const FAST_RECONNECT = { initialDelayMs: 1, maxDelayMs: 5 } as const;

interface Closable {
  close(): Promise<void> | void;
}

/** A test's servers, clients and other closables. */
export interface World {
  /** A reference server, closed after the test. */
  server(options?: TestServerOptions): TestServer;
  /** The client options that reach `server` by `endpoint` (listening on port 0 first if needed). */
  reach(server: TestServer, endpoint: Endpoint): Promise<Pick<OsmiumClientOptions, "transport" | "url">>;
  /** A client (keepalive off, fast reconnect unless overridden), closed after the test. */
  client(options: OsmiumClientOptions): OsmiumClient;
  /** Closes `thing` after the test (before the servers). */
  own<T extends Closable>(thing: T): T;
}

/** Registers the afterEach hook and returns the world it cleans up. */
export function useWorld(): World {
  const servers: TestServer[] = [];
  const others: Closable[] = [];
  afterEach(async () => {
    await Promise.all(others.splice(0).map((c) => c.close()));
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });
  return {
    server(options) {
      const server = createTestServer(options);
      servers.push(server);
      return server;
    },
    async reach(server, endpoint) {
      if (endpoint === "memory") return { transport: server.transport() };
      return { url: server.url ?? (await server.listen({ port: 0 })) };
    },
    client(options) {
      const client = new OsmiumClient({ keepalive: false, reconnect: FAST_RECONNECT, ...options });
      others.push(client);
      return client;
    },
    own(thing) {
      others.push(thing);
      return thing;
    },
  };
}

/**
 * An in-memory transport to whichever server is current: `down()` makes every attempt fail as a
 * refused connection does, `up(server)` points it at a (new) server. The in-process twin of a server
 * restarting on the same port.
 */
export class SwitchableTransport implements Transport {
  private target: TestServer | undefined;

  constructor(target: TestServer) {
    this.target = target;
  }

  /** New connections fail until `up()`. */
  down(): void {
    this.target = undefined;
  }

  /** New connections go to `server`. */
  up(server: TestServer): void {
    this.target = server;
  }

  open(listener: TransportListener) {
    // A closed server is not gone for good here: another one comes up in its place.
    if (this.target) {
      return this.target.transport().open({
        onOpen: () => listener.onOpen(),
        onFrame: (frame) => listener.onFrame(frame),
        onError: (error) => listener.onError(error),
        onClose: ({ code, reason, wasClean }) => listener.onClose({ code, reason, wasClean }),
      });
    }
    queueMicrotask(() => {
      listener.onError(new Error("connection refused"));
      listener.onClose({ code: 1006, reason: "", wasClean: false });
    });
    return { send() {}, close() {} };
  }
}
