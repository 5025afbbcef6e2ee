// Fault matrix, part 7: a flapping server — it accepts the handshake and drops the connection 5 ms
// after authorize (close 1012). The backoff starts over only after a connection stayed ready for
// `reconnect.resetAfterMs`, so such a server meets growing delays, not a reconnect storm; a
// connection that did stay up long enough starts the count over.
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ReconnectingInfo } from "../../src/index.js";
import { GOOD_TOKEN, ScriptedServer } from "../client/support/scripted-server.js";
import { useProcessWatch } from "./support/ledger.js";
import { endpoints, useWorld } from "./support/world.js";

const world = useWorld();
useProcessWatch();
afterEach(() => {
  vi.restoreAllMocks();
});

const ATTEMPTS = 6;

describe.each(endpoints)("a server that drops each connection 5 ms after authorize (%s)", (endpoint) => {
  async function flapping(dropAfterMs: number) {
    const server = world.own(new ScriptedServer());
    const url = endpoint === "websocket" ? await server.listen() : undefined;
    server.on("authAuthorize", (_request, conn) => {
      setTimeout(() => conn.close(1012, "service restart"), dropAfterMs);
      return { result: { case: "authorization", value: { token: GOOD_TOKEN } } };
    });
    return { server, reach: url === undefined ? { transport: server.transport() } : { url } };
  }

  it("the scheduled delays grow with every drop: the backoff does not start over on each handshake", async () => {
    vi.spyOn(Math, "random").mockReturnValue(0.999);
    const { server, reach } = await flapping(5);
    const client = world.client({ ...reach, token: GOOD_TOKEN, reconnect: { initialDelayMs: 4, maxDelayMs: 10_000 } });
    const scheduled: ReconnectingInfo[] = [];
    const enough = new Promise<void>((resolve) =>
      client.on("reconnecting", (info) => {
        scheduled.push(info);
        if (scheduled.length === ATTEMPTS) resolve();
      }),
    );
    await client.connect();
    await enough;
    await client.close();
    // Full jitter with random() = 0.999: just under initialDelayMs · 2^(attempt − 1).
    expect(scheduled).toEqual([3, 7, 15, 31, 63, 127].map((delayMs, i) => ({ attempt: i + 1, delayMs })));
    expect(server.connections.length).toBe(ATTEMPTS);
    expect(server.requestsOf("authAuthorize").length).toBe(ATTEMPTS);
  });

  it("a connection that stayed ready for resetAfterMs starts the backoff over", async () => {
    vi.spyOn(Math, "random").mockReturnValue(0.999);
    const { reach } = await flapping(40);
    const client = world.client({ ...reach, token: GOOD_TOKEN, reconnect: { initialDelayMs: 4, maxDelayMs: 10_000, resetAfterMs: 1 } });
    const attempts: number[] = [];
    const enough = new Promise<void>((resolve) =>
      client.on("reconnecting", ({ attempt }) => {
        attempts.push(attempt);
        if (attempts.length === 3) resolve();
      }),
    );
    await client.connect();
    await enough;
    await client.close();
    expect(attempts).toEqual([1, 1, 1]);
  });
});
