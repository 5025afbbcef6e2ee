// Write coalescing of the WebSocket transport (src/transport/coalesce.ts): the first frame of an
// event-loop turn goes out at once, the rest of the turn's frames go to a corked socket and leave
// in one write when the turn ends; sockets that cannot be corked (browsers) get every frame as before. A unit over a recording socket, and the
// real thing: 200 calls made in one turn all answered, in order, over a WebSocket on port 0.
import { setImmediate as nextTurn } from "node:timers/promises";
import { afterEach, describe, expect, it } from "vitest";
import { OsmiumClient } from "../../src/index.js";
import { createTestServer } from "../../src/testing/index.js";
import { coalescingSend } from "../../src/transport/coalesce.js";
import type { WebSocketLike } from "../../src/transport/websocket.js";

function recordingSocket(withRawSocket: boolean): { socket: WebSocketLike; events: string[] } {
  const events: string[] = [];
  const socket = {
    binaryType: "arraybuffer",
    onopen: null,
    onmessage: null,
    onclose: null,
    onerror: null,
    send: (frame: Uint8Array) => events.push(`send ${frame[0]}`),
    close: () => undefined,
    ...(withRawSocket ? { _socket: { cork: () => events.push("cork"), uncork: () => events.push("uncork") } } : {}),
  };
  return { socket, events };
}

describe("coalescingSend", () => {
  it("sends a turn's first frame at once, corks for the rest, and uncorks when the turn ends", async () => {
    const { socket, events } = recordingSocket(true);
    const send = coalescingSend(socket);
    send(Uint8Array.of(1));
    send(Uint8Array.of(2));
    send(Uint8Array.of(3));
    expect(events).toEqual(["send 1", "cork", "send 2", "send 3"]);
    await nextTurn();
    expect(events).toEqual(["send 1", "cork", "send 2", "send 3", "uncork"]);
  });

  it("never corks for a lone frame", async () => {
    const { socket, events } = recordingSocket(true);
    const send = coalescingSend(socket);
    send(Uint8Array.of(1));
    await nextTurn();
    send(Uint8Array.of(2));
    await nextTurn();
    expect(events).toEqual(["send 1", "send 2"]);
  });

  it("starts coalescing once the socket appears (ws has none before it opens)", async () => {
    const { socket, events } = recordingSocket(false);
    const send = coalescingSend(socket);
    send(Uint8Array.of(1));
    (socket as { _socket?: unknown })._socket = { cork: () => events.push("cork"), uncork: () => events.push("uncork") };
    await nextTurn();
    send(Uint8Array.of(2));
    send(Uint8Array.of(3));
    await nextTurn();
    expect(events).toEqual(["send 1", "send 2", "cork", "send 3", "uncork"]);
  });

  it("sends straight through a socket it cannot cork", async () => {
    const { socket, events } = recordingSocket(false);
    const send = coalescingSend(socket);
    send(Uint8Array.of(1));
    send(Uint8Array.of(2));
    await nextTurn();
    expect(events).toEqual(["send 1", "send 2"]);
  });
});

describe("coalesced writes over a real WebSocket", () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const fn of cleanup.splice(0).reverse()) await fn();
  });

  it("answers 200 calls made in one turn, each with its own result", async () => {
    const server = createTestServer();
    cleanup.push(() => server.close());
    const url = await server.listen({ port: 0 });
    const { token } = await server.createUser({ name: "Coalesce" });
    const client = new OsmiumClient({ url, token, reconnect: false });
    cleanup.push(() => client.close());
    await client.connect();
    const sent = await Promise.all(Array.from({ length: 200 }, (_, i) => client.messages.sendMessage({ chatRef: { ref: { case: "self", value: {} } }, message: `m${i}` })));
    // The server numbers messages as it receives them: strictly increasing ids mean the frames
    // arrived whole and in the order they were sent.
    const ids = sent.map((s) => s.messageId);
    expect(ids.every((id, i) => i === 0 || id > (ids[i - 1] as bigint))).toBe(true);
    const { messages } = await client.messages.getHistory({ chatRef: { ref: { case: "self", value: {} } }, limit: 100 });
    expect(messages.map((m) => m.message).sort()).toEqual(Array.from({ length: 100 }, (_, i) => `m${i + 100}`).sort());
  });
});
