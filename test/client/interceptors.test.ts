import { describe, expect, it, vi } from "vitest";
import { type InterceptedCall, type InterceptedOutcome, REDACTED } from "../../src/index.js";
import { GOOD_TOKEN, USER } from "./support/scripted-server.js";
import { nextEvent, settle, transportKinds, useHarness } from "./support/harness.js";

const chatRef = { ref: { case: "self" as const, value: {} } };

describe.each(transportKinds)("interceptors and debug over %s", (kind) => {
  const h = useHarness(kind);

  it("see each call and its outcome: method, request, result or error, duration", async () => {
    h.server.on("messagesSendMessage", () => ({ result: { case: "sentMessage", value: { messageId: 8n } } }));
    h.server.on("messagesEditMessage", () => ({ result: { case: "error", value: { errorCode: 404, errorMessage: "gone" } } }));
    const calls: InterceptedCall[] = [];
    const outcomes: InterceptedOutcome[] = [];
    const client = h.client({ interceptors: [{ onCall: (c) => calls.push(c), onOutcome: (o) => outcomes.push(o) }] });
    await client.connect();
    await client.messages.sendMessage({ chatRef, message: "hi" });
    await settle(client.messages.editMessage({ chatRef, messageId: 1n }));
    expect(calls.map((c) => [c.method, c.requestCase, c.requestId])).toEqual([
      ["core.initialize", "coreInitialize", 1],
      ["messages.sendMessage", "messagesSendMessage", 2],
      ["messages.editMessage", "messagesEditMessage", 3],
    ]);
    expect(calls[1]?.request).toMatchObject({ message: "hi" });
    const [, sent, edited] = outcomes;
    expect(sent).toMatchObject({ method: "messages.sendMessage", requestId: 2, result: { messageId: 8n }, error: undefined });
    expect(sent?.durationMs).toBeGreaterThanOrEqual(0);
    expect(edited).toMatchObject({ method: "messages.editMessage", result: undefined, error: { code: "rpc_error", errorCode: 404 } });
  });

  it("never show a token or password to interceptors, the debug log or errors", async () => {
    h.server.on("authSignIn", () => ({ result: { case: "authorization", value: { token: GOOD_TOKEN, user: USER, sessionId: 1n } } }));
    h.server.on("settingsChangePassword", () => ({ result: { case: "error", value: { errorCode: 400, errorMessage: "weak" } } }));
    const seen: unknown[] = [];
    const lines: string[] = [];
    const client = h.client({
      token: GOOD_TOKEN,
      debug: (line) => lines.push(line),
      interceptors: [{ onCall: (c) => seen.push(c), onOutcome: (o) => seen.push(o) }],
    });
    const errors: unknown[] = [];
    client.on("error", (e) => errors.push(e));
    await client.connect();
    await client.auth.signIn({ email: "ada@example.com", password: "hunter2-password", totp: "123456" });
    await settle(client.settings.changePassword({ currentPassword: "hunter2-password", newPassword: "n3w-password" }));
    const ready = nextEvent(client, "ready");
    h.server.last.kill();
    await ready;

    const dump = JSON.stringify(seen, (_k, v) => (typeof v === "bigint" ? v.toString() : v)) + lines.join("\n") + errors.map(String).join("\n");
    for (const secret of [GOOD_TOKEN, "hunter2-password", "n3w-password", "123456"]) expect(dump).not.toContain(secret);
    const authorize = seen.find((s) => (s as InterceptedCall).method === "auth.authorize") as InterceptedCall;
    expect(authorize.request).toMatchObject({ token: REDACTED });
    const signIn = seen.filter((s) => (s as InterceptedCall).method === "auth.signIn") as InterceptedOutcome[];
    expect(signIn[0]?.request).toMatchObject({ email: "ada@example.com", password: REDACTED, totp: REDACTED });
    expect(signIn[1]?.result).toMatchObject({ token: REDACTED, user: { name: "Ada" } });
    expect(lines.some((l) => l.startsWith("→ #2 auth.authorize") && l.includes(REDACTED))).toBe(true);
    expect(lines).toContain("state handshaking → ready");
    // The real request still carried the secrets: only the copies were redacted.
    expect(h.server.requestsOf("authSignIn")[0]?.message.value).toMatchObject({ password: "hunter2-password" });
    expect(h.server.connections[1]?.requests[1]?.message.value).toMatchObject({ token: GOOD_TOKEN });
  });

  it("reports an interceptor that throws as an error event, and the call still completes", async () => {
    h.server.on("messagesSendMessage", () => ({ result: { case: "sentMessage", value: { messageId: 1n } } }));
    const client = h.client({
      interceptors: [
        {
          onCall: (c) => {
            if (c.method === "messages.sendMessage") throw new Error("metrics down");
          },
        },
      ],
    });
    await client.connect();
    const error = nextEvent(client, "error");
    expect((await client.messages.sendMessage({ chatRef })).messageId).toBe(1n);
    expect(await error).toMatchObject({ code: "unknown", message: "metrics down" });
  });
});

describe("debug: true", () => {
  const h = useHarness("memory");

  it("logs to console.debug with a prefix, without the token", async () => {
    const lines: string[] = [];
    const spy = vi.spyOn(console, "debug").mockImplementation((line: string) => void lines.push(line));
    const client = h.client({ token: GOOD_TOKEN, debug: true });
    await client.connect();
    spy.mockRestore();
    expect(lines[0]).toBe("[osmium-chat] state idle → connecting");
    expect(lines).toContain("[osmium-chat] state handshaking → ready");
    expect(lines.join("\n")).not.toContain(GOOD_TOKEN);
  });
});
