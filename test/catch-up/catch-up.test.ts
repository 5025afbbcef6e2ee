// Catch-up after a reconnect, end to end against the reference server: messages sent while the
// client is away arrive once each, in order per chat, marked recovered, before the chat's live
// ones, then the `catchUp` summary; the same with live messages racing the catch-up; bounds.
import { describe, expect, it } from "vitest";
import type { GetHistory } from "../../gen/osmium/client/messages_pb.js";
import { ChatRefs, InvalidArgumentError, OsmiumClient } from "../../src/index.js";
import { createTestServer } from "../../src/testing/index.js";
import { type CatchUpWorld, type MessageEntry, catchUpWorld, onCleanup, quick, summaries, texts } from "./support/world.js";

/** Ada's first message, seen live: the client now knows where it stands. */
async function hello(world: CatchUpWorld): Promise<number> {
  const id = await world.send("dm", "hello");
  await world.until((log) => log.some((e) => e.kind === "message" && e.id === id), "hello");
  return world.log.length;
}

const hasSummary = (world: CatchUpWorld) => () => summaries(world.log).length > 0;

describe.each(["memory", "socket"] as const)("catch-up over %s", (transport) => {
  it("delivers the 5 messages sent into 2 chats while away once each, in order per chat, marked recovered, then the summary", async () => {
    const world = await catchUpWorld(transport);
    const start = await hello(world);
    await world.away(async () => {
      for (const [place, text] of [["dm", "one"], ["channel", "two"], ["dm", "three"], ["channel", "four"], ["dm", "five"]] as const) await world.send(place, text);
    });
    await world.until(hasSummary(world), "the catch-up summary");
    // The most recently active chat first (the DM got "five"), each chat oldest first.
    expect(texts(world.messages(start))).toEqual(["dm one (recovered)", "dm three (recovered)", "dm five (recovered)", "channel two (recovered)", "channel four (recovered)"]);
    expect(world.log.at(-1)).toEqual({ kind: "summary", summary: { chats: 2, messages: 5, boundHit: false, bounds: [], errors: [] } });
    const after = await world.send("dm", "after");
    await world.until((log) => log.some((e) => e.kind === "message" && e.id === after), "the live message after the catch-up");
    expect(texts(world.messages(start)).slice(5)).toEqual(["dm after"]);
    expect(summaries(world.log)).toHaveLength(1);
  });

  it("holds live messages racing the catch-up until their chat is recovered, and delivers each message once", async () => {
    const world = await catchUpWorld(transport);
    const start = await hello(world);
    const sent: Promise<bigint>[] = [];
    await world.away(async () => {
      for (const [place, text] of [["dm", "one"], ["channel", "two"], ["dm", "three"], ["channel", "four"], ["dm", "five"]] as const) await world.send(place, text);
      // Once back, Ada writes to both chats while the client plans (it lists the chats), and to
      // each chat as the client asks for that chat's history.
      const fetched = new Set<string>();
      world.onCall = ({ method, request }) => {
        if (method === "chats.getChats" && sent.length === 0) sent.push(world.send("dm", "live-a"), world.send("channel", "live-b"));
        if (method !== "messages.getHistory") return;
        const place = (request as GetHistory).chatRef?.ref.case === "user" ? "dm" : "channel";
        if (!fetched.has(place)) sent.push(world.send(place, `live-${place}`));
        fetched.add(place);
      };
    });
    await world.until(hasSummary(world), "the catch-up summary");
    const ids = await Promise.all(sent);
    expect(ids).toHaveLength(4);
    await world.until((log) => ids.every((id) => log.some((e) => e.kind === "message" && e.id === id)), "the live messages");
    const delivered = world.messages(start);
    // Each message exactly once.
    expect(new Set(delivered.map((e) => e.id)).size).toBe(delivered.length);
    const inChat = (chat: MessageEntry["chat"]) => delivered.filter((e) => e.chat === chat);
    expect(inChat("dm").map((e) => e.text)).toEqual(["one", "three", "five", "live-a", "live-dm"]);
    expect(inChat("channel").map((e) => e.text)).toEqual(["two", "four", "live-b", "live-channel"]);
    for (const chat of ["dm", "channel"] as const) {
      const entries = inChat(chat);
      // What was sent while away is recovered; in a chat, no recovered message comes after a live one.
      expect(entries.slice(0, chat === "dm" ? 3 : 2).every((e) => e.recovered)).toBe(true);
      const firstLive = entries.findIndex((e) => !e.recovered);
      expect(firstLive === -1 || entries.slice(firstLive).every((e) => !e.recovered)).toBe(true);
    }
    // The summary comes after every recovered message and counts them.
    const summaryAt = world.log.findIndex((e) => e.kind === "summary");
    const recovered = delivered.filter((e) => e.recovered);
    expect(world.log.slice(summaryAt).some((e) => e.kind === "message" && e.recovered)).toBe(false);
    expect(summaries(world.log)).toEqual([{ chats: 2, messages: recovered.length, boundHit: false, bounds: [], errors: [] }]);
  });
});

describe("catch-up bounds", () => {
  it("recovers at most maxMessagesPerChat per chat, oldest first, and reports the bound", async () => {
    const world = await catchUpWorld("memory", { maxMessagesPerChat: 2 });
    const start = await hello(world);
    await world.away(async () => {
      for (const [place, text] of [["dm", "one"], ["dm", "two"], ["dm", "three"], ["channel", "four"]] as const) await world.send(place, text);
    });
    await world.until(hasSummary(world), "the catch-up summary");
    expect(texts(world.messages(start))).toEqual(["channel four (recovered)", "dm one (recovered)", "dm two (recovered)"]);
    expect(world.log.at(-1)).toEqual({ kind: "summary", summary: { chats: 2, messages: 3, boundHit: true, bounds: ["maxMessagesPerChat"], errors: [] } });
    // Live messages flow again; the skipped one stays skipped.
    const after = await world.send("dm", "after");
    await world.until((log) => log.some((e) => e.kind === "message" && e.id === after), "the live message");
    expect(texts(world.messages(start)).slice(3)).toEqual(["dm after"]);
  });

  it("recovers at most maxChats chats, the most recently active, and reports the bound", async () => {
    const world = await catchUpWorld("memory", { maxChats: 1 });
    const start = await hello(world);
    await world.away(async () => {
      for (const [place, text] of [["dm", "one"], ["channel", "two"], ["channel", "three"]] as const) await world.send(place, text);
    });
    await world.until(hasSummary(world), "the catch-up summary");
    expect(texts(world.messages(start))).toEqual(["channel two (recovered)", "channel three (recovered)"]);
    expect(world.log.at(-1)).toEqual({ kind: "summary", summary: { chats: 1, messages: 2, boundHit: true, bounds: ["maxChats"], errors: [] } });
  });

  it("stops at maxDurationMs, reports it, and lets live messages through", async () => {
    const world = await catchUpWorld("memory", { maxDurationMs: 50 });
    const start = await hello(world);
    await world.away(async () => {
      for (const [place, text] of [["dm", "one"], ["channel", "two"]] as const) await world.send(place, text);
      // The second chat's history is answered only long after the bound: the catch-up cannot finish in time.
      let histories = 0;
      world.onCall = ({ method }) => {
        if (method === "messages.getHistory" && ++histories === 2) world.server.setLatency(2_000);
      };
    });
    await world.until(hasSummary(world), "the catch-up summary");
    world.server.setLatency(0);
    expect(texts(world.messages(start))).toEqual(["channel two (recovered)"]);
    expect(world.log.at(-1)).toEqual({ kind: "summary", summary: { chats: 1, messages: 1, boundHit: true, bounds: ["maxDurationMs"], errors: [] } });
    const after = await world.send("dm", "after");
    await world.until((log) => log.some((e) => e.kind === "message" && e.id === after), "the live message");
    expect(texts(world.messages(start)).slice(1)).toEqual(["dm after"]);
  });
});

describe("catch-up", () => {
  it("carries on when the connection is lost again during the catch-up: every message once, one summary", async () => {
    const world = await catchUpWorld("memory");
    const start = await hello(world);
    let lostAgain!: Promise<() => void>;
    await world.away(async () => {
      for (const [place, text] of [["channel", "one"], ["channel", "two"], ["dm", "three"], ["dm", "four"]] as const) await world.send(place, text);
      // The DM (most recent) is recovered first; as the channel's history is asked for, the client is dropped again.
      lostAgain = new Promise((resolve) => {
        let histories = 0;
        world.onCall = ({ method }) => {
          if (method === "messages.getHistory" && ++histories === 2) resolve(world.server.holdOffline(world.me.user.id));
        };
      });
    });
    const back = await lostAgain;
    world.onCall = () => {};
    await world.send("channel", "five");
    back();
    await world.until(hasSummary(world), "the catch-up summary");
    expect(texts(world.messages(start))).toEqual([
      "dm three (recovered)",
      "dm four (recovered)",
      "channel one (recovered)",
      "channel two (recovered)",
      "channel five (recovered)",
    ]);
    expect(summaries(world.log)).toEqual([{ chats: 2, messages: 5, boundHit: false, bounds: [], errors: [] }]);
  });

  it("counts the messages of history results as seen (a client that signed in after connecting takes no starting point)", async () => {
    const server = createTestServer();
    const me = await server.createUser({ name: "Me", email: "me@example.com", password: "correct horse battery staple" });
    const ada = await server.createUser({ name: "Ada" });
    const adaClient = new OsmiumClient({ token: ada.token, transport: server.transport() });
    const client = new OsmiumClient({ transport: server.transport(), reconnect: quick, catchUp: true });
    onCleanup(async () => {
      await Promise.all([client.close(), adaClient.close()]);
      await server.close();
    });
    const toMe = { chatRef: ChatRefs.user(me.user.id) };
    await adaClient.connect();
    await adaClient.messages.sendMessage({ ...toMe, message: "old" });
    const delivered: string[] = [];
    client.on("messageCreated", ({ message }, { recovered }) => delivered.push(`${message?.message}${recovered ? " (recovered)" : ""}`));
    const summary = new Promise((resolve) => client.once("catchUp", resolve));
    await client.connect();
    await client.auth.signIn({ email: "me@example.com", password: "correct horse battery staple" });
    const { messages } = await client.messages.getHistory({ chatRef: ChatRefs.user(ada.user.id) });
    expect(messages.map((m) => m.message)).toEqual(["old"]);
    const back = server.holdOffline(me.user.id);
    await adaClient.messages.sendMessage({ ...toMe, message: "new" });
    back();
    expect(await summary).toEqual({ chats: 1, messages: 1, boundHit: false, bounds: [], errors: [] });
    expect(delivered).toEqual(["new (recovered)"]);
  });

  it("holds a live edit of a message being recovered until the message itself was delivered", async () => {
    const world = await catchUpWorld("memory");
    const start = await hello(world);
    let edited!: Promise<void>;
    let one = 0n;
    await world.away(async () => {
      one = await world.send("dm", "one");
      await world.send("dm", "two");
      // Ada edits "one" as the client asks for the DM's history: the edit comes live, mid catch-up.
      edited = new Promise((resolve) => {
        world.onCall = ({ method }) => {
          if (method === "messages.getHistory") resolve(world.edit("dm", one, "one, edited"));
        };
      });
    });
    await world.until(hasSummary(world), "the catch-up summary");
    await edited;
    await world.until((log) => log.some((e) => e.kind === "edit"), "the edit");
    const about = world.log.slice(start).flatMap((e, i) => (e.kind !== "summary" && e.id === one ? [{ kind: e.kind, at: i }] : []));
    expect(about.map((e) => e.kind)).toEqual(["message", "edit"]);
    expect(world.log.slice(start).find((e) => e.kind === "edit")).toEqual({ kind: "edit", chat: "dm", id: one, text: "one, edited" });
  });

  it("ends without a summary when the client is closed during the catch-up", async () => {
    const world = await catchUpWorld("memory");
    const start = await hello(world);
    let closed!: Promise<void>;
    await world.away(async () => {
      await world.send("dm", "one");
      await world.send("channel", "two");
      closed = new Promise((resolve) => {
        world.onCall = ({ method }) => {
          if (method === "messages.getHistory") resolve(world.client.close());
        };
      });
    });
    await closed;
    expect(world.client.state).toBe("closed");
    expect(summaries(world.log)).toEqual([]);
    expect(world.messages(start).length).toBeLessThanOrEqual(1);
  });

  it("starts from the chat list when the client saw no message before it was dropped (a new DM included)", async () => {
    const world = await catchUpWorld("memory");
    // The starting point is taken on connecting: the chat list, then each community's channels
    // (here one); a round trip after the last of these settled, it is in place.
    await new Promise<void>((resolve) => {
      world.onOutcome = ({ method }) => {
        if (method === "communities.getChannels") resolve();
      };
    });
    await world.client.settings.getAccount();
    await world.away(async () => {
      await world.send("dm", "first ever");
      await world.send("channel", "hi all");
    });
    await world.until(hasSummary(world), "the catch-up summary");
    expect(texts(world.messages())).toEqual(["channel hi all (recovered)", "dm first ever (recovered)"]);
    expect(summaries(world.log)).toEqual([{ chats: 2, messages: 2, boundHit: false, bounds: [], errors: [] }]);
  });

  it("is off by default: what was sent while away is not delivered, and live updates say recovered: false", async () => {
    const world = await catchUpWorld("memory", false);
    const start = await hello(world);
    expect(world.messages(0)).toEqual([expect.objectContaining({ text: "hello", recovered: false })]);
    const resynced = new Promise((resolve) => world.client.once("resync", resolve));
    await world.away(() => world.send("dm", "missed").then(() => undefined));
    await resynced;
    const after = await world.send("dm", "after");
    await world.until((log) => log.some((e) => e.kind === "message" && e.id === after), "the live message");
    expect(texts(world.messages(start))).toEqual(["dm after"]);
    expect(summaries(world.log)).toEqual([]);
  });

  it("rejects bad options, naming the field", () => {
    const transport = createTestServer().transport();
    expect(() => new OsmiumClient({ transport, catchUp: { maxChats: 0 } })).toThrow(new InvalidArgumentError("catchUp.maxChats", "must be a positive integer"));
    expect(() => new OsmiumClient({ transport, catchUp: { maxMessagesPerChat: 1.5 } })).toThrow(InvalidArgumentError);
    expect(() => new OsmiumClient({ transport, catchUp: { maxDurationMs: -1 } })).toThrow(new InvalidArgumentError("catchUp.maxDurationMs", "must be a positive number or Infinity"));
    expect(() => new OsmiumClient({ transport, catchUp: "yes" as never })).toThrow(new InvalidArgumentError("catchUp", "must be a boolean or an object"));
  });
});
