// A reference server on a loopback WebSocket with a fake clock, for the abuse probes: limits are
// set per test, time moves only when the test moves it, and every client and the server are closed
// after each test.
import { afterEach } from "vitest";
import { OsmiumClient } from "../../../src/index.js";
import { createTestServer, type ServerLimits, type TestServer } from "../../../src/testing/index.js";

/** The fake clock's start. */
export const T0 = Date.parse("2026-03-01T12:00:00Z");

/** What {@link useClockedServer}'s `start` gives a test. */
export interface ClockedServer {
  server: TestServer;
  clock: { now: number };
  url: string;
  /** A connected client: signed in with `token`, or not signed in at all. */
  client(token?: string): Promise<OsmiumClient>;
}

/** Registers the clean-up and returns `start(limits)`. */
export function useClockedServer(): (limits: Partial<ServerLimits>) => Promise<ClockedServer> {
  let server: TestServer | undefined;
  const clients: OsmiumClient[] = [];
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.close()));
    await server?.close();
    server = undefined;
  });
  return async (limits) => {
    const clock = { now: T0 };
    const started = createTestServer({ now: () => clock.now, limits });
    server = started;
    const url = await started.listen({ port: 0 });
    const client = async (token?: string) => {
      const c = new OsmiumClient({ url, reconnect: false, keepalive: false, ...(token ? { token } : {}) });
      clients.push(c);
      await c.connect();
      return c;
    };
    return { server: started, clock, url, client };
  };
}
