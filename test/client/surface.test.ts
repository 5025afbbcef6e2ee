import { describe, expect, it } from "vitest";
import { ClientMessageSchema } from "../../gen/osmium/client/core_pb.js";
import { OsmiumClient, createMemoryTransport } from "../../src/index.js";

const namespaces = ["core", "auth", "messages", "chats", "communities", "friends", "media", "settings", "users", "voice", "reactions", "stickers", "billing", "discovery"];

// `communities_get_channel_members` → ["communities", "getChannelMembers"]
function expectedMethod(field: string): [string, string] {
  const namespace = namespaces.find((n) => field.startsWith(`${n}_`));
  if (!namespace) throw new Error(`no namespace for ${field}`);
  const method = field.slice(namespace.length + 1).replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  return [namespace, method];
}

describe("client surface", () => {
  const client = new OsmiumClient({ transport: createMemoryTransport(() => ({ onFrame() {}, onClose() {} })) });
  const cases = ClientMessageSchema.fields.filter((f) => f.oneof?.name === "message").map((f) => f.name);

  it("has one method per ClientMessage case: 95", () => {
    expect(cases).toHaveLength(95);
    const total = namespaces.reduce((n, ns) => n + Object.keys((client as unknown as Record<string, object>)[ns] ?? {}).length, 0);
    expect(total).toBe(95);
  });

  // The surface does not depend on the transport; checked on a WebSocket client too, for the record.
  const wsClient = new OsmiumClient({ url: "ws://127.0.0.1:1" });
  it.each(cases.map((field) => [field, ...expectedMethod(field)] as const))("%s is client.%s.%s()", (_field, namespace, method) => {
    for (const c of [client, wsClient]) {
      const fn = (c as unknown as Record<string, Record<string, unknown>>)[namespace]?.[method];
      expect(typeof fn).toBe("function");
      expect((fn as { name: string }).name).toBe(method);
    }
  });

  it("has exactly the 14 namespaces", () => {
    for (const ns of namespaces) expect(typeof (client as unknown as Record<string, unknown>)[ns]).toBe("object");
  });

  it("starts idle and does not connect on construction", () => {
    expect(client.state).toBe("idle");
    expect(client.readyInfo).toBeUndefined();
  });

  it("rejects bad options with InvalidArgumentError naming the option", () => {
    const cases: Array<[object, string, string]> = [
      [{ url: "http://example.com" }, "url", "url must be a ws:// or wss:// URL"],
      [{ url: "not a url" }, "url", "url must be a ws:// or wss:// URL"],
      [{ requestTimeoutMs: -5 }, "requestTimeoutMs", "requestTimeoutMs must be a positive number or Infinity"],
      [{ connectTimeoutMs: 0 }, "connectTimeoutMs", "connectTimeoutMs must be a positive finite number"],
      [{ reconnect: { initialDelayMs: Number.NaN } }, "reconnect.initialDelayMs", "reconnect.initialDelayMs must be a positive finite number"],
      [{ reconnect: { maxAttempts: -1 } }, "reconnect.maxAttempts", "reconnect.maxAttempts must be a non-negative number"],
      [{ keepalive: { intervalMs: -1 } }, "keepalive.intervalMs", "keepalive.intervalMs must be a positive finite number"],
      [{ clientId: 1.5 }, "clientId", "clientId must be a uint32"],
      [{ maxQueuedCalls: -1 }, "maxQueuedCalls", "maxQueuedCalls must be a non-negative integer"],
      [{ token: 42 }, "token", "token must be a string"],
      [{ transport: {} }, "transport", "transport must have an open() method"],
    ];
    for (const [options, argument, message] of cases) {
      expect(() => new OsmiumClient(options as never)).toThrow(expect.objectContaining({ name: "InvalidArgumentError", code: "invalid_argument", argument, message }));
    }
    expect(() => client.setToken(5 as never)).toThrow(expect.objectContaining({ argument: "token" }));
  });

  it("never puts the token in an option error", () => {
    try {
      new OsmiumClient({ token: "secret-token", url: "http://x" });
    } catch (error) {
      expect(String((error as Error).message)).not.toContain("secret-token");
    }
  });
});
