import { WebSocket as NodeWebSocket } from "ws";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { OsmiumClient, OsmiumError, RpcError, TimeoutError, type WebSocketConstructor, createWebSocketTransport } from "../../src/index.js";
import { nextEvent, settle } from "./support/harness.js";
import { ScriptedServer } from "./support/scripted-server.js";

describe("WebSocket transport", () => {
  let server: ScriptedServer;
  let url: string;
  const clients: OsmiumClient[] = [];
  beforeEach(async () => {
    server = new ScriptedServer();
    url = await server.listen();
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.close()));
    await server.close();
  });

  it("uses a caller's WebSocket constructor, with binaryType arraybuffer and the protocols given", async () => {
    const made: Array<{ url: string; protocols: unknown; socket: NodeWebSocket }> = [];
    class Recording extends NodeWebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols);
        made.push({ url: address, protocols, socket: this });
      }
    }
    const client = new OsmiumClient({ url, WebSocket: Recording as unknown as WebSocketConstructor, protocols: ["osmium.v1"] });
    clients.push(client);
    await client.connect();
    expect(made).toHaveLength(1);
    expect(made[0]?.url).toBe(url);
    expect(made[0]?.protocols).toEqual(["osmium.v1"]);
    expect(made[0]?.socket.binaryType).toBe("arraybuffer");
  });

  it("reports a text frame as an undecodable frame", async () => {
    const client = new OsmiumClient({ transport: createWebSocketTransport(url), keepalive: false });
    clients.push(client);
    await client.connect();
    const error = nextEvent(client, "error");
    server.wss?.clients.forEach((socket) => socket.send("hello"));
    expect(await error).toMatchObject({ code: "protocol_error", byteLength: 5 });
  });

  it("reports a refused connection as a transport error", async () => {
    const closed = new ScriptedServer();
    const deadUrl = await closed.listen();
    await closed.close();
    const client = new OsmiumClient({ url: deadUrl, reconnect: false });
    clients.push(client);
    const error = nextEvent(client, "error");
    const outcome = await settle(client.connect());
    expect(await error).toMatchObject({ code: "transport_error", name: "TransportError", message: expect.stringContaining("ECONNREFUSED") });
    // The first connect() fails at once, naming the URL, with the socket's error as its cause.
    expect(outcome).toMatchObject({ error: { code: "connect_failed", url: deadUrl, cause: { code: "ECONNREFUSED" } } });
  });
});

describe("OsmiumError", () => {
  it("recognises errors by brand and code, even from another copy of the package", () => {
    const foreign = Object.assign(new Error("x"), { code: "timeout" });
    Object.defineProperty(foreign, Symbol.for("osmium-chat.OsmiumError"), { value: true });
    expect(OsmiumError.is(foreign, "timeout")).toBe(true);
    expect(OsmiumError.is(new TimeoutError("m.n", 5))).toBe(true);
    expect(OsmiumError.is(new RpcError(1, "x", "m.n", 1), "timeout")).toBe(false);
    expect(OsmiumError.is(new Error("plain"))).toBe(false);
    expect(OsmiumError.is(null)).toBe(false);
  });

  it("wraps anything else as code unknown with the original as cause", () => {
    const cause = new Error("boom");
    expect(OsmiumError.from(cause)).toMatchObject({ code: "unknown", message: "boom", cause });
    expect(OsmiumError.from("text")).toMatchObject({ code: "unknown", message: "text" });
    const own = new TimeoutError("a.b", 1);
    expect(OsmiumError.from(own)).toBe(own);
  });
});
