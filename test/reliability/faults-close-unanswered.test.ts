// Fault matrix, part 8: close() while the peer never answers the close frame — a black-holed socket,
// in the handshake and when ready, and a transport that never reports its close. close() resolves
// once `closeTimeoutMs` has passed, dropping the connection (reported as a 1006 "close timeout"
// close), instead of waiting out the WebSocket's own 30 s closing handshake.
import { describe, expect, it } from "vitest";
import type { CloseInfo, OsmiumClient } from "../../src/index.js";
import { ScriptedServer } from "../client/support/scripted-server.js";
import { BlackholeProxy } from "./support/blackhole-proxy.js";
import { CallLedger, codesOf, useProcessWatch } from "./support/ledger.js";
import { useWorld } from "./support/world.js";

const world = useWorld();
useProcessWatch();

const dropped: CloseInfo = { code: 1006, reason: "close timeout", wasClean: false, willReconnect: false };

async function blackholed(answerInitialize: boolean) {
  const server = world.own(new ScriptedServer());
  if (!answerInitialize) server.on("coreInitialize", () => undefined);
  const port = Number(new URL(await server.listen()).port);
  const proxy = world.own(new BlackholeProxy(port));
  return { server, proxy, url: await proxy.listen() };
}

function closes(client: OsmiumClient): CloseInfo[] {
  const seen: CloseInfo[] = [];
  client.on("close", (info) => seen.push(info));
  return seen;
}

describe("close() when the peer ignores the close frame", () => {
  it("ready, over a black-holed socket: close() resolves after closeTimeoutMs and the socket is dropped", async () => {
    const { proxy, url } = await blackholed(true);
    const ledger = new CallLedger();
    const client = world.client({ url, closeTimeoutMs: 50, interceptors: [ledger.interceptor] });
    const seen = closes(client);
    await client.connect();
    const call = ledger.track(client.billing.getProducts({}));
    await ledger.whenSent(1);
    proxy.blackhole();
    await client.close();
    expect(seen).toEqual([dropped]);
    expect(codesOf([await call])).toEqual(["connection_closed"]);
    expect(client.state).toBe("closed");
    ledger.expectAllSettledOnce();
  });

  it("in the handshake, over a black-holed socket, with the default bound", async () => {
    const { proxy, url } = await blackholed(false);
    const client = world.client({ url });
    const seen = closes(client);
    const connecting = client.connect().catch((error: { code?: string }) => error.code);
    await new Promise<void>((resolve) => client.on("state", ({ to }) => to === "handshaking" && resolve()));
    proxy.blackhole();
    await client.close();
    expect(await connecting).toBe("connection_closed");
    expect(seen).toEqual([dropped]);
  });

  it("a transport that never reports its close: close() resolves after closeTimeoutMs, the transport is aborted once", async () => {
    const server = world.own(new ScriptedServer());
    const inner = server.transport();
    let aborts = 0;
    const client = world.client({
      closeTimeoutMs: 20,
      transport: {
        open(listener) {
          const conn = inner.open(listener);
          // Its close() goes nowhere: the peer never learns of it, so no onClose ever comes.
          return { send: (frame) => conn.send(frame), close: () => {}, abort: () => void aborts++ };
        },
      },
    });
    const seen = closes(client);
    await client.connect();
    await client.close();
    expect({ seen, aborts, state: client.state }).toEqual({ seen: [dropped], aborts: 1, state: "closed" });
  });
});
