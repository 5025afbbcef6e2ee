import { describe, expect, it } from "vitest";
import { ProtocolError } from "../../src/index.js";
import { nextEvent, record, transportKinds, until, useHarness } from "./support/harness.js";

const chatRef = { ref: { case: "self" as const, value: {} } };
const GARBAGE = new Uint8Array([0x08, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]);

describe.each(transportKinds)("server frames over %s", (kind) => {
  const h = useHarness(kind);

  it("reports a garbage frame as a ProtocolError and still handles the next frame", async () => {
    let heldId = 0;
    h.server.on("messagesSendMessage", (req) => {
      heldId = req.id;
      return undefined;
    });
    const client = h.client();
    await client.connect();
    const call = client.messages.sendMessage({ chatRef });
    await until(() => heldId !== 0);
    const error = nextEvent(client, "error");
    h.server.last.sendRaw(GARBAGE);
    const reported = await error;
    expect(reported).toBeInstanceOf(ProtocolError);
    expect(reported).toMatchObject({ code: "protocol_error", byteLength: 11, message: "could not decode a 11-byte server frame: invalid varint" });
    h.server.last.reply(heldId, { result: { case: "sentMessage", value: { messageId: 5n } } });
    expect((await call).messageId).toBe(5n);
    expect(client.state).toBe("ready");
  });

  it("surfaces an update of an unknown case as unknownUpdate, not as an error", async () => {
    const client = h.client();
    await client.connect();
    const events = record(client, ["unknownUpdate", "update", "error"]);
    // ServerMessage.update (field 2) holding an Update with field 99 = 1, a case from a newer server.
    h.server.last.sendWithId(new Uint8Array([0x12, 0x03, 0x98, 0x06, 0x01]));
    await until(() => events.length > 0);
    expect(events.map(([name]) => name)).toEqual(["unknownUpdate"]);
    const update = events[0]?.[1] as { update: { case: unknown }; $unknown?: Array<{ no: number }> };
    expect(update.update.case).toBeUndefined();
    expect(update.$unknown?.map((f) => f.no)).toEqual([99]);
  });

  it("surfaces a result for an unknown request id as unsolicitedResult", async () => {
    const client = h.client();
    await client.connect();
    const unsolicited = nextEvent(client, "unsolicitedResult");
    h.server.last.reply(4242, { result: { case: "sentMessage", value: { messageId: 1n } } });
    const result = await unsolicited;
    expect(result.reqId).toBe(4242);
    expect(result.result).toMatchObject({ case: "sentMessage", value: { messageId: 1n } });
  });

  it("reports skipped server message ids as a gap", async () => {
    const client = h.client();
    await client.connect();
    const gaps = record(client, ["gap"]);
    const typing = { chatTyping: { userId: 1n, typing: true } };
    h.server.last.push({ update: { case: "chatTyping", value: typing.chatTyping } });
    h.server.last.skipIds(3);
    h.server.last.push({ update: { case: "chatTyping", value: typing.chatTyping } });
    h.server.last.push({ update: { case: "chatTyping", value: typing.chatTyping } });
    h.server.last.skipIds(1);
    const last = nextEvent(client, "chatTyping");
    h.server.last.push({ update: { case: "chatTyping", value: typing.chatTyping } });
    await until(() => gaps.length === 2);
    await last;
    // Ids 1 (initialize's result), 2 (first update), then 3..5 skipped, 6, 7, then 8 skipped, 9.
    expect(gaps).toEqual([
      ["gap", { from: 3, to: 5 }],
      ["gap", { from: 8, to: 8 }],
    ]);
  });

  it("restarts gap tracking on a new connection and hints a resync", async () => {
    const client = h.client();
    await client.connect();
    h.server.last.skipIds(10);
    h.server.last.push({ update: { case: "sessionDeleted", value: { sessionId: 1n } } });
    await nextEvent(client, "gap");
    const events = record(client, ["gap", "resync", "ready"]);
    h.server.last.kill();
    await nextEvent(client, "resync");
    h.server.last.push({ update: { case: "sessionDeleted", value: { sessionId: 2n } } });
    await nextEvent(client, "sessionDeleted");
    expect(events.map(([name]) => name)).toEqual(["ready", "resync"]);
  });
});
