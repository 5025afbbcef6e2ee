import { describe, expect, it } from "vitest";
import {
  AbortError,
  ConnectionClosedError,
  InvalidArgumentError,
  OsmiumError,
  ProtocolError,
  RpcError,
  TimeoutError,
} from "../../src/index.js";
import { GOOD_TOKEN } from "./support/scripted-server.js";
import { nextEvent, settle, transportKinds, until, useHarness } from "./support/harness.js";

const chatRef = { ref: { case: "self" as const, value: {} } };

describe.each(transportKinds)("calls over %s", (kind) => {
  const h = useHarness(kind);

  it("resolves with the typed result", async () => {
    h.server.on("messagesSendMessage", (req) => {
      const text = req.message.case === "messagesSendMessage" ? req.message.value.message : "";
      return { result: { case: "sentMessage", value: { messageId: BigInt(text.length) * 1000n } } };
    });
    const client = h.client({ token: GOOD_TOKEN });
    await client.connect();
    const sent = await client.messages.sendMessage({ chatRef, message: "hello" });
    expect(sent.messageId).toBe(5000n);
    expect(sent.$typeName).toBe("osmium.client.messages.SentMessage");
    const [request] = h.server.requestsOf("messagesSendMessage");
    expect(request?.message.value).toMatchObject({ message: "hello", chatRef: { ref: { case: "self" } } });
  });

  it("resolves undefined for a method returning Empty answered with no result", async () => {
    h.server.on("messagesEditMessage", () => ({}));
    const client = h.client();
    await client.connect();
    await expect(client.messages.editMessage({ chatRef, messageId: 1n, message: "x" })).resolves.toBeUndefined();
  });

  it("rejects with RpcError carrying code, message, method, request id and trace id", async () => {
    h.server.on("messagesSendMessage", () => ({ traceId: "trace-9", result: { case: "error", value: { errorCode: 403, errorMessage: "no access" } } }));
    const client = h.client();
    await client.connect();
    const outcome = await settle(client.messages.sendMessage({ chatRef, message: "x" }));
    const error = "error" in outcome ? outcome.error : undefined;
    expect(error).toBeInstanceOf(RpcError);
    expect(error).toMatchObject({
      name: "RpcError",
      code: "rpc_error",
      errorCode: 403,
      errorMessage: "no access",
      method: "messages.sendMessage",
      requestId: h.server.requestsOf("messagesSendMessage")[0]?.id,
      traceId: "trace-9",
      message: "messages.sendMessage failed: 403 no access",
    });
    expect(OsmiumError.is(error, "rpc_error")).toBe(true);
  });

  it("routes out-of-order results to the right callers", async () => {
    const held: Array<{ id: number; text: string }> = [];
    h.server.on("messagesSendMessage", (req) => {
      held.push({ id: req.id, text: req.message.case === "messagesSendMessage" ? req.message.value.message : "" });
      return undefined;
    });
    const client = h.client();
    await client.connect();
    const calls = ["a", "bb", "ccc"].map((message) => client.messages.sendMessage({ chatRef, message }));
    await until(() => held.length === 3);
    for (const { id, text } of [...held].reverse()) {
      h.server.last.reply(id, { result: { case: "sentMessage", value: { messageId: BigInt(text.length) } } });
    }
    expect((await Promise.all(calls)).map((r) => r.messageId)).toEqual([1n, 2n, 3n]);
  });

  it("never gives a call in flight's id to another: one call held while 700 pass, 500 of them at once, each answered to its caller", async () => {
    const held: number[] = [];
    h.server.on("messagesSendMessage", (req) => {
      const text = req.message.case === "messagesSendMessage" ? req.message.value.message : "";
      if (text === "held") {
        held.push(req.id);
        return undefined;
      }
      return { result: { case: "sentMessage", value: { messageId: BigInt(text) } } };
    });
    const client = h.client();
    await client.connect();
    const heldCall = settle(client.messages.sendMessage({ chatRef, message: "held" }));
    await until(() => held.length === 1);
    for (let i = 0; i < 200; i++) expect((await client.messages.sendMessage({ chatRef, message: String(i) })).messageId).toBe(BigInt(i));
    const many = Array.from({ length: 500 }, (_, i) => client.messages.sendMessage({ chatRef, message: String(1000 + i) }));
    expect((await Promise.all(many)).map((r) => r.messageId)).toEqual(Array.from({ length: 500 }, (_, i) => BigInt(1000 + i)));
    const ids = h.server.requestsOf("messagesSendMessage").map((r) => r.id);
    expect(ids).toHaveLength(701);
    expect(ids.filter((id) => id === held[0])).toHaveLength(1);
    expect(ids.every((id) => id > 0)).toBe(true);
    const unsolicited: unknown[] = [];
    client.on("unsolicitedResult", (result) => unsolicited.push(result));
    h.server.last.reply(held[0] as number, { result: { case: "sentMessage", value: { messageId: 7n } } });
    const outcome = await heldCall;
    expect("value" in outcome && outcome.value.messageId).toBe(7n);
    expect(unsolicited).toEqual([]);
  });

  it("times out, frees the id, and reports the late result as unsolicited", async () => {
    let heldId = 0;
    h.server.on("messagesSendMessage", (req) => {
      heldId = req.id;
      return undefined;
    });
    const client = h.client();
    await client.connect();
    const outcome = await settle(client.messages.sendMessage({ chatRef, message: "slow" }, { timeoutMs: 30 }));
    expect("error" in outcome && outcome.error).toBeInstanceOf(TimeoutError);
    expect("error" in outcome && outcome.error).toMatchObject({ code: "timeout", method: "messages.sendMessage", timeoutMs: 30, message: "messages.sendMessage timed out after 30 ms" });
    const unsolicited = nextEvent(client, "unsolicitedResult");
    h.server.last.reply(heldId, { result: { case: "sentMessage", value: { messageId: 1n } } });
    expect((await unsolicited).reqId).toBe(heldId);
  });

  it("aborts with the signal's reason and frees the id", async () => {
    let heldId = 0;
    h.server.on("messagesSendMessage", (req) => {
      heldId = req.id;
      return undefined;
    });
    const client = h.client();
    await client.connect();
    const controller = new AbortController();
    const call = settle(client.messages.sendMessage({ chatRef, message: "x" }, { signal: controller.signal }));
    await until(() => heldId !== 0);
    controller.abort("user left");
    const outcome = await call;
    expect("error" in outcome && outcome.error).toBeInstanceOf(AbortError);
    expect("error" in outcome && outcome.error).toMatchObject({ code: "aborted", method: "messages.sendMessage", reason: "user left", message: "messages.sendMessage was aborted" });
    const unsolicited = nextEvent(client, "unsolicitedResult");
    h.server.last.reply(heldId, { result: { case: "sentMessage", value: { messageId: 1n } } });
    expect((await unsolicited).reqId).toBe(heldId);
  });

  it("rejects an already-aborted signal without sending", async () => {
    const client = h.client();
    await client.connect();
    const outcome = await settle(client.messages.sendMessage({ chatRef }, { signal: AbortSignal.abort("early") }));
    expect("error" in outcome && outcome.error).toMatchObject({ code: "aborted", reason: "early" });
    expect(h.server.requestsOf("messagesSendMessage")).toHaveLength(0);
  });

  it("rejects a result of the wrong case with ProtocolError, and a void method answered with a value", async () => {
    h.server.on("messagesSendMessage", () => ({ result: { case: "chat", value: {} } }));
    h.server.on("messagesEditMessage", () => ({ result: { case: "sentMessage", value: { messageId: 1n } } }));
    h.server.on("messagesGetHistory", () => ({}));
    const client = h.client();
    await client.connect();
    const wrong = await settle(client.messages.sendMessage({ chatRef }));
    expect("error" in wrong && wrong.error).toBeInstanceOf(ProtocolError);
    expect("error" in wrong && wrong.error).toMatchObject({
      code: "protocol_error",
      method: "messages.sendMessage",
      message: `messages.sendMessage expects sentMessage but the server answered chat (request ${h.server.requestsOf("messagesSendMessage")[0]?.id})`,
    });
    await expect(client.messages.editMessage({ chatRef })).rejects.toMatchObject({ code: "protocol_error", message: expect.stringMatching(/^messages.editMessage expects no result but the server answered sentMessage/) });
    await expect(client.messages.getHistory({ chatRef })).rejects.toMatchObject({ code: "protocol_error", message: expect.stringMatching(/^messages.getHistory expects messages but the server answered no result/) });
  });

  it("rejects bad arguments with InvalidArgumentError naming them", async () => {
    const client = h.client();
    await client.connect();
    const send = client.messages.sendMessage as (request: unknown, options?: unknown) => Promise<unknown>;
    await expect(send("hi")).rejects.toMatchObject({ code: "invalid_argument", argument: "request", message: "request must be an object (messages.sendMessage)" });
    await expect(send(null)).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(send({}, { timeoutMs: -1 })).rejects.toMatchObject({ argument: "timeoutMs", message: "timeoutMs must be a positive number or Infinity" });
    await expect(send({}, { timeoutMs: Number.NaN })).rejects.toMatchObject({ argument: "timeoutMs" });
    await expect(send({}, "fast")).rejects.toMatchObject({ argument: "options" });
    await expect(send({}, { signal: {} })).rejects.toMatchObject({ argument: "signal" });
    await expect(client.call("nope" as "messagesSendMessage", {})).rejects.toMatchObject({ argument: "requestCase" });
    expect(h.server.requestsOf("messagesSendMessage")).toHaveLength(0);
  });

  it("rejects calls before connect() and after close() with ConnectionClosedError", async () => {
    const client = h.client();
    await expect(client.users.getProfile({})).rejects.toMatchObject({
      code: "connection_closed",
      message: "users.getProfile was not sent: the client is not connected (call connect() first)",
    });
    await client.connect();
    await client.close();
    const late = await settle(client.users.getProfile({}));
    expect("error" in late && late.error).toBeInstanceOf(ConnectionClosedError);
    expect("error" in late && late.error).toMatchObject({ message: "users.getProfile was not sent: the client is closed" });
  });

  it("calls any RPC through call(case, value)", async () => {
    h.server.on("messagesSendMessage", () => ({ result: { case: "sentMessage", value: { messageId: 77n } } }));
    const client = h.client();
    await client.connect();
    const sent = await client.call("messagesSendMessage", { chatRef, message: "raw" });
    expect(sent.messageId).toBe(77n);
  });

  it("accepts an omitted request for methods whose fields are all optional", async () => {
    h.server.on("authGetSessions", () => ({ result: { case: "sessions", value: { sessions: [] } } }));
    const client = h.client();
    await client.connect();
    expect((await client.auth.getSessions()).sessions).toEqual([]);
  });
});
