// Local echo: client_id chosen on the client, echoed on messageCreated to the sender's sessions.
import { describe, expect, it } from "vitest";
import { ChatRefs, type PendingMessage, PendingMessages, RpcError, newClientId } from "../../src/index.js";
import { nextEvent } from "./support/events.js";
import { connectUser, startServer } from "./support/world.js";

describe("client.send", () => {
  it("has its clientId at once, resolves with the message id, and the server echoes the clientId to the sender only", async () => {
    const server = startServer();
    const ada = await connectUser(server, "Ada");
    const bob = await connectUser(server, "Bob");
    const echo = nextEvent(ada.client, "messageCreated");
    const delivered = nextEvent(bob.client, "messageCreated");
    const pending = ada.client.send(ChatRefs.user(bob.id), "hello");
    expect(typeof pending.clientId).toBe("bigint");
    expect(pending.clientId).not.toBe(0n);
    const { clientId, messageId } = await pending;
    expect(clientId).toBe(pending.clientId);
    const own = await echo;
    expect(own.clientId).toBe(clientId);
    expect(own.message?.messageId).toBe(messageId);
    const theirs = await delivered;
    expect(theirs.message?.messageId).toBe(messageId);
    expect(theirs.clientId).toBeUndefined();
  });

  it("uses a given clientId, and draws a different one for every send", async () => {
    const server = startServer();
    const ada = await connectUser(server, "Ada");
    const chosen = newClientId();
    const echo = nextEvent(ada.client, "messageCreated");
    expect((await ada.client.send(ChatRefs.self(), "mine", { clientId: chosen })).clientId).toBe(chosen);
    expect((await echo).clientId).toBe(chosen);
    const ids = new Set(Array.from({ length: 100 }, () => newClientId()));
    expect(ids.size).toBe(100);
    expect(ids.has(0n)).toBe(false);
  });

  it("rejects like sendMessage, still with its clientId", async () => {
    const server = startServer({ limits: { messageLength: 5 } });
    const ada = await connectUser(server, "Ada");
    const pending = ada.client.send(ChatRefs.self(), "far too long");
    expect(pending.clientId).not.toBe(0n);
    const error = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RpcError);
    expect((error as RpcError).errorCode).toBe(413);
  });
});

describe("PendingMessages", () => {
  it("lists a message at once and drops it when the server's copy arrives", async () => {
    const server = startServer();
    const ada = await connectUser(server, "Ada");
    const confirmed: [PendingMessage, bigint | undefined][] = [];
    const changes: string[] = [];
    const outbox = new PendingMessages(ada.client, {
      onChange: (p) => changes.push(p.status),
      onConfirmed: (p, update) => confirmed.push([p, update.message?.messageId]),
    });
    const pending = outbox.send(ChatRefs.self(), "hello");
    expect(outbox.list().map((p) => [p.clientId, p.message, p.status])).toEqual([[pending.clientId, "hello", "sending"]]);
    expect(outbox.list(ChatRefs.self())).toHaveLength(1);
    expect(outbox.list(ChatRefs.user(1n))).toHaveLength(0);
    const { messageId } = await pending;
    expect(confirmed.map(([p, id]) => [p.clientId, id])).toEqual([[pending.clientId, messageId]]);
    expect(outbox.list()).toEqual([]);
    expect(changes).toEqual(["sending"]);
    outbox.close();
  });

  it("takes a chat's ids as decimal strings, as every request does; the listed message holds them as bigints", async () => {
    const server = startServer();
    const ada = await connectUser(server, "Ada");
    const bob = await connectUser(server, "Bob");
    const outbox = new PendingMessages(ada.client);
    const pending = outbox.send({ ref: { case: "user", value: { userId: String(bob.id) } } }, "hi");
    expect(outbox.list(ChatRefs.user(bob.id)).map((p) => p.chatRef)).toEqual([ChatRefs.user(bob.id)]);
    expect((await pending).messageId).toBeTypeOf("bigint");
    outbox.close();
  });

  it("keeps a failed send listed with its error until discarded", async () => {
    const server = startServer({ limits: { messageLength: 3 } });
    const ada = await connectUser(server, "Ada");
    const outbox = new PendingMessages(ada.client);
    const pending = outbox.send(ChatRefs.self(), "too long");
    await pending.catch(() => {});
    const entry = outbox.get(pending.clientId);
    expect(entry?.status).toBe("failed");
    expect(entry?.error).toBeInstanceOf(RpcError);
    expect(outbox.discard(pending.clientId)).toBe(true);
    expect(outbox.list()).toEqual([]);
    outbox.close();
  });

  it("marks a message sent, with its id, when no echo can arrive (noSubscribe)", async () => {
    const server = startServer();
    const ada = await connectUser(server, "Ada", { noSubscribe: true });
    const outbox = new PendingMessages(ada.client);
    const { messageId, clientId } = await outbox.send(ChatRefs.self(), "quiet");
    expect(outbox.get(clientId)).toMatchObject({ status: "sent", messageId, message: "quiet" });
    outbox.close();
  });
});
