// Security: oversized frames are refused on both sides, each with a configurable limit and an error
// that names the size and the limit. The client refuses to send a request over `maxFrameBytes`
// (InvalidArgumentError; the connection is untouched) and drops a server frame over it undecoded
// (a ProtocolError event, then a `gap` for the message it lost), or over `ws` refuses it from its
// header with a 1009 close and reconnects. The reference server closes the
// connection with 1009 when a frame exceeds `limits.frameBytes` (in memory with a reason; over a
// socket from the frame's header, before reading it); the client reconnects.
import { create, toBinary } from "@bufbuild/protobuf";
import { describe, expect, it } from "vitest";
import { ClientMessageSchema } from "../../gen/osmium/client/core_pb.js";
import { type CloseInfo, type GapRange, InvalidArgumentError, type OsmiumError, OsmiumClient, ProtocolError } from "../../src/index.js";
import { CallLedger, codesOf, useProcessWatch } from "./support/ledger.js";
import { endpoints, useWorld } from "./support/world.js";

const world = useWorld();
useProcessWatch();

const LIMIT = 1_024;
const chatRef = { ref: { case: "self" as const, value: {} } };

describe("the client's maxFrameBytes", () => {
  it("must be a positive finite number", () => {
    for (const bad of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => new OsmiumClient({ maxFrameBytes: bad })).toThrow(new InvalidArgumentError("maxFrameBytes", "must be a positive finite number"));
    }
  });
});

describe.each(endpoints)("oversized frames (%s)", (endpoint) => {
  it("the client refuses to send a request over maxFrameBytes, naming its size and the limit; the connection is untouched", async () => {
    const server = world.server();
    const alice = await server.createUser({ name: "Alice" });
    const ledger = new CallLedger();
    const client = world.client({ ...(await world.reach(server, endpoint)), token: alice.token, maxFrameBytes: LIMIT, interceptors: [ledger.interceptor] });
    await client.connect();
    const text = "x".repeat(2_000);
    // Request id 3: the handshake used 1 (initialize) and 2 (authorize).
    const size = toBinary(ClientMessageSchema, create(ClientMessageSchema, { id: 3, message: { case: "messagesSendMessage", value: { chatRef, message: text } } })).byteLength;
    const refused = await ledger.track(client.messages.sendMessage({ chatRef, message: text }));
    expect(!refused.ok && refused.error).toBeInstanceOf(InvalidArgumentError);
    expect(!refused.ok && (refused.error as InvalidArgumentError).argument).toBe("request");
    expect(!refused.ok && (refused.error as Error).message).toBe(`request of messages.sendMessage encodes to ${size} bytes, over the limit of ${LIMIT} (maxFrameBytes)`);
    expect(ledger.sent).toBe(0);

    expect(codesOf([await ledger.track(client.messages.sendMessage({ chatRef, message: "small" }))])).toEqual(["ok"]);
    const history = await ledger.track(client.messages.getHistory({ chatRef }));
    expect(history.ok && history.value.messages.map((m) => m.message)).toEqual(["small"]);
    expect(client.state).toBe("ready");
    ledger.expectAllSettledOnce();
  });

  // In memory the frame arrives whole and the client drops it. Over a socket `ws` refuses it from its
  // header (maxPayload = maxFrameBytes), before buffering it, and closes with 1009; the client reconnects.
  it("a server frame over maxFrameBytes: in memory dropped undecoded (one ProtocolError, a gap), over ws refused by a 1009 close and a reconnect; then business as usual", async () => {
    const server = world.server();
    const alice = await server.createUser({ name: "Alice" });
    const bob = await server.createUser({ name: "Bob" });
    const { channels } = server.createCommunity({ owner: alice.user.id, name: "Guild", members: [bob.user.id] });
    const channel = { ref: { case: "channel" as const, value: { communityId: channels[0]!.communityId, channelId: channels[0]!.id } } };
    const reach = await world.reach(server, endpoint);
    const sender = world.client({ ...reach, token: alice.token });
    const reader = world.client({ ...reach, token: bob.token, maxFrameBytes: LIMIT });
    await Promise.all([sender.connect(), reader.connect()]);
    const errors: OsmiumError[] = [];
    const gaps: GapRange[] = [];
    const closes: CloseInfo[] = [];
    const delivered: string[] = [];
    reader.on("error", (e) => errors.push(e));
    reader.on("gap", (g) => gaps.push(g));
    reader.on("close", (c) => closes.push(c));
    reader.on("messageCreated", (u) => delivered.push(u.message?.message ?? ""));
    const resynced = new Promise((resolve) => reader.once("resync", resolve));

    await sender.messages.sendMessage({ chatRef: channel, message: "y".repeat(3_000) });
    if (endpoint === "websocket") {
      await resynced;
      expect(closes).toEqual([{ code: 1009, reason: `a server frame exceeds the limit of ${LIMIT} bytes (maxFrameBytes)`, wasClean: false, willReconnect: true }]);
      expect(errors).toEqual([]);
    }
    await sender.messages.sendMessage({ chatRef: channel, message: "short" });
    await reader.billing.getProducts({}); // barrier: every push to the reader has arrived

    if (endpoint === "memory") {
      expect(closes).toEqual([]);
      expect(errors.length).toBe(1);
      expect(errors[0]).toBeInstanceOf(ProtocolError);
      const byteLength = (errors[0] as ProtocolError).byteLength ?? 0;
      expect(byteLength).toBeGreaterThan(3_000);
      expect(errors[0]?.message).toBe(`a ${byteLength}-byte server frame exceeds the limit of ${LIMIT} bytes (maxFrameBytes)`);
      expect(gaps).toHaveLength(1);
      expect(gaps[0]!.to).toBe(gaps[0]!.from);
    }
    expect({ delivered, state: reader.state }).toEqual({ delivered: ["short"], state: "ready" });
  });

  // Over a socket, `ws` refuses the frame from its header (maxPayload), before reading it: it closes
  // with 1009 and no reason. In memory the frame is whole, and the reason names its size.
  it("the server closes with 1009 (in memory, with a reason naming the size and its limit); in-flight calls fail once, the client reconnects", async () => {
    const server = world.server({ limits: { frameBytes: LIMIT } });
    const alice = await server.createUser({ name: "Alice" });
    const ledger = new CallLedger();
    const client = world.client({ ...(await world.reach(server, endpoint)), token: alice.token, interceptors: [ledger.interceptor] });
    await client.connect();
    const closed = new Promise<CloseInfo>((resolve) => client.once("close", resolve));
    const resync = new Promise((resolve) => client.once("resync", resolve));
    const text = "z".repeat(2_000);
    const size = toBinary(ClientMessageSchema, create(ClientMessageSchema, { id: 3, message: { case: "messagesSendMessage", value: { chatRef, message: text } } })).byteLength;
    const big = await ledger.track(client.messages.sendMessage({ chatRef, message: text }));
    const reason = endpoint === "memory" ? `frame of ${size} bytes exceeds the limit of ${LIMIT}` : "";
    expect(!big.ok && (big.error as Error).message).toBe(`messages.sendMessage got no result: the connection closed (1009${reason ? ` ${reason}` : ""})`);
    expect(await closed).toEqual({ code: 1009, reason, wasClean: true, willReconnect: true });

    await resync;
    expect(codesOf([await ledger.track(client.messages.sendMessage({ chatRef, message: "fits" }))])).toEqual(["ok"]);
    const history = await ledger.track(client.messages.getHistory({ chatRef }));
    expect(history.ok && history.value.messages.map((m) => m.message)).toEqual(["fits"]);
    ledger.expectAllSettledOnce();
  });
});
