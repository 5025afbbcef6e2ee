// Fault matrix, part 9: the reference server is closed while an in-memory client is connected. The
// in-memory transport knows its server is gone for good (no later connection can succeed), so the
// connection fails fatally: a clear error, state `closed`, no reconnect loop — and a test that forgets
// client.close() still ends (test/reliability/handles.test.ts runs the same in a child process).
import { describe, expect, it } from "vitest";
import { ConnectError, ConnectionClosedError, OsmiumClient, type OsmiumError } from "../../src/index.js";
import { createTestServer } from "../../src/testing/index.js";
import { CallLedger, codesOf, useProcessWatch } from "./support/ledger.js";
import { useWorld } from "./support/world.js";

const world = useWorld();
useProcessWatch();

describe("the in-memory server is closed for good", () => {
  it("while connected: in-flight calls fail once, the client closes with an error saying so, and does not reconnect", async () => {
    const server = world.server();
    server.setLatency(200);
    const ledger = new CallLedger();
    const client = world.client({ transport: server.transport(), interceptors: [ledger.interceptor] });
    await client.connect();
    const events: string[] = [];
    const errors: OsmiumError[] = [];
    client.on("state", ({ to }) => events.push(`state:${to}`));
    client.on("close", (info) => events.push(`close:${info.code}:${info.willReconnect}`));
    client.on("reconnecting", () => events.push("reconnecting"));
    client.on("error", (error) => errors.push(error));
    const call = ledger.track(client.billing.getProducts({}));
    await ledger.whenSent(1);
    await server.close();
    expect(codesOf([await call])).toEqual(["connection_closed"]);
    await new Promise<void>((resolve) => (client.state === "closed" ? resolve() : client.once("state", () => resolve())));
    expect(events).toEqual(["close:1001:false", "state:closed"]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(ConnectionClosedError);
    expect(errors[0]?.message).toBe("the connection closed (1001 server shutting down); the server is gone for good");
    expect(client.state).toBe("closed");
    ledger.expectAllSettledOnce();
  });

  it("before connecting: the first connect() fails with ConnectError, even with retryFirstConnect", async () => {
    const server = createTestServer();
    const transport = server.transport();
    await server.close();
    for (const retryFirstConnect of [false, true]) {
      const client = new OsmiumClient({ transport, retryFirstConnect, keepalive: false });
      const error = await client.connect().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConnectError);
      expect(error).toMatchObject({ message: "could not connect to the transport: the in-memory server is closed" });
      expect(client.state).toBe("closed");
    }
  });
});
