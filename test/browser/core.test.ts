// The SDK's transport and connection in Chromium: the page's own WebSocket, the handshake, calls
// answered out of order, RPC errors, timeouts, aborts, close, reconnect, and the browser's own
// online/offline events, each case run by the page against a scripted server in Node.
import { describe, expect, it } from "vitest";
import type { ClientMessage } from "../../gen/osmium/client/core_pb.js";
import { GOOD_TOKEN, ScriptedServer } from "../client/support/scripted-server.js";
import { useHarnessPage } from "./support/harness-page.js";

const textOf = (request: ClientMessage) => (request.message.case === "messagesSendMessage" ? request.message.value.message : "");

describe("the SDK's transport and connection in Chromium", () => {
  const h = useHarnessPage();

  /** Answers sendMessage with message id 100 + the number of the request, except the texts given. */
  function answerSends(silentFor: string[] = []): ClientMessage[] {
    const seen: ClientMessage[] = [];
    h.server.on("messagesSendMessage", (request) => {
      seen.push(request);
      if (silentFor.includes(textOf(request))) return undefined;
      return { result: { case: "sentMessage", value: { messageId: BigInt(100 + seen.length) } } };
    });
    return seen;
  }

  it("connects on the browser's own WebSocket, handshakes as a web client, and closes", async () => {
    expect(await h.run("handshake")).toEqual({
      socketsOpened: 1,
      url: `${h.context.url}/`,
      binaryType: "arraybuffer",
      nativeWebSocket: true,
      user: { id: "42", name: "Ada" },
      sessionId: "7",
      state: "ready",
      stateAfterClose: "closed",
      socketClosed: true,
    });
    const [initialize, authorize] = h.server.last.requests;
    expect(initialize?.message.case).toBe("coreInitialize");
    expect(initialize?.message.value).toMatchObject({ deviceType: "web", appVersion: "harness/1" });
    expect(authorize?.message).toMatchObject({ case: "authAuthorize", value: { token: GOOD_TOKEN } });
    expect(h.server.last.requests).toHaveLength(2);
  });

  it("offers the subprotocols given and gets the server's choice", async () => {
    expect(await h.run("subprotocol")).toBe("osmium.v1");
  });

  it("reports a text frame as an undecodable frame and stays ready", async () => {
    h.control((action) => {
      expect(action).toBe("sendTextFrame");
      for (const socket of h.server.wss?.clients ?? []) socket.send("hello");
    });
    expect(await h.run("textFrame")).toEqual({
      error: {
        name: "ProtocolError",
        code: "protocol_error",
        classes: ["ProtocolError", "OsmiumError"],
        byteLength: 5,
        message: expect.stringMatching(/^could not decode a 5-byte server frame: /),
      },
      state: "ready",
    });
  });

  it("reports a refused connection as a transport error, and rejects the first connect() with a ConnectError naming the URL", async () => {
    const gone = new ScriptedServer();
    const url = await gone.listen();
    await gone.close();
    // The browser gives pages no reason for a failed WebSocket: the cause can only say so.
    const connectError = {
      name: "ConnectError",
      code: "connect_failed",
      classes: ["ConnectError", "OsmiumError"],
      message: `could not connect to ${url}: WebSocket error`,
    };
    expect(await h.run("refused", { url, token: GOOD_TOKEN })).toEqual({
      errors: [{ name: "TransportError", code: "transport_error", classes: ["TransportError", "OsmiumError"], message: "WebSocket error" }, connectError],
      outcome: { error: connectError },
      state: "closed",
    });
  });

  it("matches results answered in reverse order to their calls", async () => {
    const held: ClientMessage[] = [];
    h.server.on("messagesSendMessage", (request, conn) => {
      held.push(request);
      if (held.length === 3) {
        for (const r of [...held].reverse()) conn.reply(r.id, { result: { case: "sentMessage", value: { messageId: BigInt(held.indexOf(r) + 1) } } });
      }
      return undefined;
    });
    expect(await h.run("outOfOrder")).toEqual([{ value: "1" }, { value: "2" }, { value: "3" }]);
    expect(held.map(textOf)).toEqual(["first", "second", "third"]);
    const ids = held.map((r) => r.id);
    expect(new Set(ids).size).toBe(3);
    expect(ids.every((id) => id > 0)).toBe(true);
  });

  it("rejects with an RpcError carrying the server's code, message, trace id and the request id", async () => {
    h.server.on("messagesSendMessage", () => ({ traceId: "trace-9", result: { case: "error", value: { errorCode: 403, errorMessage: "missing permission" } } }));
    const result = await h.run("rpcError");
    const [request] = h.server.requestsOf("messagesSendMessage");
    expect(result).toEqual({
      outcome: {
        error: {
          name: "RpcError",
          code: "rpc_error",
          classes: ["RpcError", "OsmiumError"],
          message: "messages.sendMessage failed: 403 missing permission",
          method: "messages.sendMessage",
          errorCode: 403,
          errorMessage: "missing permission",
          requestId: request?.id,
          traceId: "trace-9",
        },
      },
      state: "ready",
    });
  });

  it("times a call out, then surfaces its late result as unsolicited", async () => {
    const seen = answerSends(["slow"]);
    h.control((action) => {
      expect(action).toBe("answerLate");
      h.server.last.reply(seen[0]?.id ?? 0, { result: { case: "sentMessage", value: { messageId: 7n } } });
    });
    expect(await h.run("timeoutThenLateResult")).toEqual({
      outcome: {
        error: {
          name: "TimeoutError",
          code: "timeout",
          classes: ["TimeoutError", "OsmiumError"],
          message: "messages.sendMessage timed out after 50 ms",
          method: "messages.sendMessage",
          timeoutMs: 50,
        },
      },
      late: { reqId: seen[0]?.id, case: "sentMessage" },
    });
  });

  it("aborts a call before sending and in flight, and keeps working", async () => {
    const seen = answerSends(["in flight"]);
    h.control(async (action) => {
      expect(action).toBe("awaitInFlight");
      await expect.poll(() => seen.length).toBe(1);
    });
    const aborted = (reason: string) => ({
      error: {
        name: "AbortError",
        code: "aborted",
        classes: ["AbortError", "OsmiumError"],
        message: "messages.sendMessage was aborted",
        method: "messages.sendMessage",
        reason,
      },
    });
    expect(await h.run("abort")).toEqual({ early: aborted("gone already"), inFlight: aborted("user left"), after: { value: "102" } });
    // The call aborted up front never reached the server.
    expect(seen.map(textOf)).toEqual(["in flight", "after"]);
  });

  it("rejects a pending call with ConnectionClosedError when the client closes", async () => {
    const seen = answerSends(["in flight"]);
    h.control(async (action) => {
      expect(action).toBe("awaitInFlight");
      await expect.poll(() => seen.length).toBe(1);
    });
    expect(await h.run("closeWhilePending")).toEqual({
      outcome: {
        error: {
          name: "ConnectionClosedError",
          code: "connection_closed",
          classes: ["ConnectionClosedError", "OsmiumError"],
          message: "messages.sendMessage did not complete: the client was closed",
          method: "messages.sendMessage",
        },
      },
      state: "closed",
    });
  });

  it("reconnects after the server drops it, re-authorizes, and sends the calls made meanwhile", async () => {
    const seen = answerSends();
    h.control((action) => {
      expect(action).toBe("kill");
      h.server.last.kill();
    });
    expect(await h.run("reconnect")).toEqual({
      log: [
        "connecting",
        "handshaking",
        "ready",
        "close 1006 willReconnect=true",
        "reconnecting",
        "connecting",
        "handshaking",
        "ready",
        "resync attempts=1",
      ],
      queued: { value: "101" },
      after: { value: "102" },
    });
    expect(h.server.connections).toHaveLength(2);
    expect(h.server.connections[1]?.requests.map((r) => r.message.case)).toEqual(["coreInitialize", "authAuthorize", "messagesSendMessage", "messagesSendMessage"]);
    expect(seen.map(textOf)).toEqual(["queued", "after"]);
  });

  it("reconnects at once when the browser goes offline and back online, instead of waiting out the backoff", async () => {
    h.control(async (action) => {
      if (action === "kill") h.server.last.kill();
      else if (action === "offlineThenOnline") {
        await h.page.context().setOffline(true);
        await h.page.context().setOffline(false);
      } else throw new Error(`unexpected ${action}`);
    });
    expect(await h.run("backOnline")).toEqual({ delayMs: 29_700, events: ["offline", "online"], state: "ready" });
    expect(h.server.connections).toHaveLength(2);
  });
});
