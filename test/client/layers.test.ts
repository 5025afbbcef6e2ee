// The three clients (docs/architecture.md "Client layers"): createClient() with the per-method
// functions of gen/osmium/rpc.ts ("osmium-chat/rpc"), CoreClient with the namespaces, OsmiumClient
// with the helpers. Each per-method function sends exactly the rpc the table describes, and the
// smallest client talks to the reference server like the others.
import { afterEach, describe, expect, it } from "vitest";
import * as rpc from "../../gen/osmium/rpc.js";
import { BaseClient, CoreClient, InvalidArgumentError, OsmiumClient, type RpcClient, type RpcEntry, createClient } from "../../src/index.js";
import { rpcTable } from "../../src/protocol/rpc-table.js";
import { createTestServer } from "../../src/testing/index.js";

const self = { ref: { case: "self" as const, value: {} } };

/** An RpcClient that records what it is asked to call. */
function recorder(): { client: RpcClient; calls: Array<{ rpc: RpcEntry; request: unknown; options: unknown }> } {
  const calls: Array<{ rpc: RpcEntry; request: unknown; options: unknown }> = [];
  const client = {
    call(rpc: RpcEntry, request: unknown, options: unknown) {
      calls.push({ rpc, request, options });
      return Promise.resolve(undefined);
    },
    on() {
      return client;
    },
    once() {
      return client;
    },
    off() {
      return client;
    },
  } as unknown as RpcClient;
  return { client, calls };
}

describe("the per-method functions", () => {
  it("are exactly one per rpc: 95", () => {
    expect(Object.keys(rpc).sort()).toEqual([...rpcTable.values()].map((r) => r.name).sort());
    expect(Object.keys(rpc)).toHaveLength(95);
  });

  it.each([...rpcTable.values()].map((r) => [r.requestCase, r] as const))("%s sends the table's entry, the request and the options as given", async (_case, entry) => {
    const { client, calls } = recorder();
    const fn = (rpc as unknown as Record<string, (c: RpcClient, r: unknown, o: unknown) => Promise<unknown>>)[entry.name];
    const request = {};
    const options = { timeoutMs: 5 };
    await fn?.(client, request, options);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.rpc).toEqual(entry);
    expect(calls[0]?.rpc.method).toBe(entry.method);
    expect(calls[0]?.request).toBe(request);
    expect(calls[0]?.options).toBe(options);
  });
});

describe("the layers over the reference server", () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const fn of cleanup.splice(0).reverse()) await fn();
  });

  async function world() {
    const server = createTestServer();
    cleanup.push(() => server.close());
    const { token } = await server.createUser({ name: "Ada" });
    return { server, token };
  }

  it("createClient + sendMessage + one event: the call resolves and its update arrives", async () => {
    const { server, token } = await world();
    const client = createClient({ transport: server.transport(), token });
    cleanup.push(() => client.close());
    const created: bigint[] = [];
    const arrived = new Promise<void>((resolve) =>
      client.on("messageCreated", ({ message }) => {
        created.push(message?.messageId ?? -1n);
        resolve();
      }),
    );
    await client.connect();
    const { messageId } = await rpc.sendMessage(client, { chatRef: self, message: "lean" });
    await arrived;
    expect(created).toEqual([messageId]);
    const { messages } = await rpc.getHistory(client, { chatRef: self, limit: 10 });
    expect(messages.map((m) => m.message)).toEqual(["lean"]);
  });

  it("the smallest client has no namespaces, helpers or update iterator, and refuses a call that is not an rpc entry", async () => {
    const { server, token } = await world();
    const client = createClient({ transport: server.transport(), token });
    expect(client).toBeInstanceOf(BaseClient);
    expect(client).not.toBeInstanceOf(CoreClient);
    expect((client as unknown as Record<string, unknown>).messages).toBeUndefined();
    expect((client as unknown as Record<string, unknown>).updates).toBeUndefined();
    await expect(client.call("messagesSendMessage" as never)).rejects.toThrow(expect.objectContaining({ name: "InvalidArgumentError", argument: "rpc" }));
    await expect(client.call({} as never)).rejects.toBeInstanceOf(InvalidArgumentError);
  });

  it("CoreClient has every namespace method and call() by case, no helper", async () => {
    const { server, token } = await world();
    const client = new CoreClient({ transport: server.transport(), token });
    cleanup.push(() => client.close());
    await client.connect();
    expect(typeof client.messages.sendMessage).toBe("function");
    expect(typeof client.updates).toBe("function");
    expect((client.messages as unknown as Record<string, unknown>).iterHistory).toBeUndefined();
    expect((client as unknown as Record<string, unknown>).send).toBeUndefined();
    const sent = await client.messages.sendMessage({ chatRef: self, message: "by namespace" });
    const byCase = await client.call("messagesSendMessage", { chatRef: self, message: "by case" });
    const byFunction = await rpc.sendMessage(client, { chatRef: self, message: "by function" });
    expect(byCase.messageId > sent.messageId && byFunction.messageId > byCase.messageId).toBe(true);
  });

  it("OsmiumClient is a CoreClient with the helpers on top", async () => {
    const { server, token } = await world();
    const client = new OsmiumClient({ transport: server.transport(), token, cache: true });
    cleanup.push(() => client.close());
    expect(client).toBeInstanceOf(CoreClient);
    await client.connect();
    await rpc.sendMessage(client, { chatRef: self, message: "one" });
    const texts: string[] = [];
    for await (const message of client.messages.iterHistory(self)) texts.push(message.message);
    expect(texts).toEqual(["one"]);
  });
});
