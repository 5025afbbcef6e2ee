// A string field that is not valid UTF-8 in a server frame (an update or a result): the frame is
// still delivered, with U+FFFD in place of each invalid sequence (as the official SDK decodes it),
// and the client reports it as one ProtocolError `error` event per connection, however many such
// frames arrive; a new connection reports again. Through the public API, against the reference
// server, in memory and over a real socket: the reader's frames pass through a relay that turns an
// ASCII marker in the text of a message into an invalid byte (the reference server itself never
// sends invalid UTF-8).
import { describe, expect, it } from "vitest";
import { type OsmiumError, ProtocolError } from "../../src/index.js";
import { endpoints, useWorld } from "../reliability/support/world.js";
import { RewritingRelay, replaceBytes, rewritingTransport } from "./support/rewriting-relay.js";

const world = useWorld();

const MARKER = new TextEncoder().encode("<?>");
// 0xFF never occurs in UTF-8.
const INVALID = Uint8Array.from([0x3c, 0xff, 0x3e]);

describe.each(endpoints)("a string that is not valid UTF-8 (%s)", (endpoint) => {
  it("is delivered with U+FFFD and reported once per connection, as a ProtocolError", async () => {
    const server = world.server();
    const alice = await server.createUser({ name: "Alice" });
    const bob = await server.createUser({ name: "Bob" });
    const { channels } = server.createCommunity({ owner: alice.user.id, name: "Guild", members: [bob.user.id] });
    const chatRef = { ref: { case: "channel" as const, value: { communityId: channels[0]!.communityId, channelId: channels[0]!.id } } };
    const rewritten: number[] = [];
    const rewrite = (frame: Uint8Array) => {
      const out = replaceBytes(frame, MARKER, INVALID);
      if (out.some((byte, i) => byte !== frame[i])) rewritten.push(out.byteLength);
      return out;
    };
    const direct = await world.reach(server, endpoint);
    const throughRelay =
      endpoint === "memory"
        ? { transport: rewritingTransport(server.transport(), rewrite) }
        : { url: await world.own(new RewritingRelay(direct.url as string, rewrite)).listen() };
    const sender = world.client({ ...direct, token: alice.token });
    const reader = world.client({ ...throughRelay, token: bob.token });
    await Promise.all([sender.connect(), reader.connect()]);
    const events: Array<[string, unknown]> = [];
    reader.on("error", (e) => events.push(["error", e]));
    reader.on("messageCreated", (u) => events.push(["messageCreated", u.message?.message]));
    const expectedError = (byteLength: number) =>
      new ProtocolError(`a ${byteLength}-byte server frame has a string field that is not valid UTF-8; it was decoded with U+FFFD in place of the invalid bytes (reported once per connection)`, {
        byteLength,
      });

    await sender.messages.sendMessage({ chatRef, message: "first <?> bad" });
    await sender.messages.sendMessage({ chatRef, message: "second <?> bad" });
    await sender.messages.sendMessage({ chatRef, message: "fine" });
    await reader.billing.getProducts({}); // barrier: every push to the reader has arrived
    expect(rewritten.length).toBeGreaterThanOrEqual(2);
    expect(events).toEqual([
      ["error", expectedError(rewritten[0]!)],
      ["messageCreated", "first <\uFFFD> bad"],
      ["messageCreated", "second <\uFFFD> bad"],
      ["messageCreated", "fine"],
    ]);
    const error = events[0]![1] as OsmiumError;
    expect(error).toBeInstanceOf(ProtocolError);
    expect(error).toMatchObject({ code: "protocol_error", byteLength: rewritten[0] });

    // A new connection reports again, once: here first for a result, which is delivered too.
    const resynced = Promise.all([new Promise((resolve) => reader.once("resync", resolve)), new Promise((resolve) => sender.once("resync", resolve))]);
    server.dropConnections();
    await resynced;
    events.length = 0;
    const before = rewritten.length;
    const history = await reader.messages.getHistory({ chatRef });
    expect(history.messages.map((m) => m.message).sort()).toEqual(["fine", "first <\uFFFD> bad", "second <\uFFFD> bad"]);
    expect(rewritten.length).toBe(before + 1);
    await sender.messages.sendMessage({ chatRef, message: "third <?> bad" });
    await sender.messages.sendMessage({ chatRef, message: "fourth <?> bad" });
    await reader.billing.getProducts({});
    expect(events).toEqual([
      ["error", expectedError(rewritten[before]!)],
      ["messageCreated", "third <\uFFFD> bad"],
      ["messageCreated", "fourth <\uFFFD> bad"],
    ]);
    expect(reader.state).toBe("ready");
  });
});
