// start() and stop(): connecting, ignoring the bot's own messages, stop() waiting for handlers (and
// giving up on them after stopTimeoutMs), a client passed in staying open, restarting, reconnects,
// and the same over a real WebSocket.
import { describe, expect, it } from "vitest";
import { Bot } from "../../src/bot/index.js";
import { OsmiumClient, RpcError } from "../../src/index.js";
import { createBotHarness } from "../../src/testing/index.js";
import { botWorld, gate, onCleanup, until } from "./support/world.js";

describe("start()", () => {
  it("connects, knows who it is, and goes from stopped to running", async () => {
    const { harness, bot } = await botWorld();
    expect(bot.status).toBe("stopped");
    expect(bot.me).toBeUndefined();
    const starting = bot.start();
    expect(bot.status).toBe("starting");
    expect(bot.start()).toBe(starting);
    await starting;
    expect(bot.status).toBe("running");
    expect(bot.client.state).toBe("ready");
    expect(bot.me?.id).toBe(harness.bot.user.id);
    await bot.start(); // running already: nothing happens
    expect(harness.server.connectionCount).toBe(1);
  });

  it("never handles its own messages (an echo-everything bot does not loop)", async () => {
    const { harness, bot } = await botWorld();
    const seen: string[] = [];
    bot.use(async (ctx) => {
      seen.push(ctx.text);
      await ctx.send(`you said: ${ctx.text}`);
    });
    await bot.start();
    const dm = (await harness.user("Ada")).dm();
    await dm.send("hello");
    await dm.expectReply("you said: hello");
    await dm.expectNoReply();
    expect(seen).toEqual(["hello"]);
  });

  it("rejects as connect() does for a refused token, and is left stopped with nothing attached", async () => {
    const harness = await createBotHarness();
    const bot = new Bot({ ...harness.botOptions, token: "not-a-token", handleSignals: false });
    onCleanup(() => harness.close());
    const error = await bot.start().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RpcError);
    expect((error as RpcError).errorCode).toBe(401);
    expect(bot.status).toBe("stopped");
    expect(bot.client.state).toBe("closed");
    await bot.untilStopped();
    await bot.stop();
  });
});

describe("stop()", () => {
  it("stops taking updates, waits for running and queued handlers, then closes its client", async () => {
    const { harness, bot, errors } = await botWorld();
    const held = gate();
    const handled: string[] = [];
    bot.use(async (ctx) => {
      if (ctx.text === "slow") await held.promise;
      await ctx.reply(`done ${ctx.text}`);
      handled.push(ctx.text);
    });
    await bot.start();
    const dm = (await harness.user("Ada")).dm();
    await dm.send("slow");
    await dm.send("queued");
    await until(() => bot.pending === 2, "both updates to be pending");
    let stopped = false;
    const stopping = bot.stop().then(() => (stopped = true));
    expect(bot.status).toBe("stopping");
    expect(bot.stop()).toBe(bot.stop());
    await dm.send("after stop");
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(stopped).toBe(false);
    expect(bot.client.state).toBe("ready");
    held.open();
    await stopping;
    expect(handled).toEqual(["slow", "queued"]);
    await dm.expectReply("done slow");
    await dm.expectReply("done queued");
    await dm.expectNoReply();
    expect(bot.status).toBe("stopped");
    expect(bot.client.state).toBe("closed");
    expect(errors).toEqual([]);
  });

  it("waits for actions a handler started without awaiting them", async () => {
    const { harness, bot, errors } = await botWorld();
    const held = gate();
    bot.use((ctx) => {
      void ctx.typing(async () => {
        await held.promise;
        await ctx.reply("finished late");
      });
    });
    await bot.start();
    const dm = (await harness.user("Ada")).dm();
    await dm.send("hi");
    await dm.expectTyping();
    let stopped = false;
    const stopping = bot.stop().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(stopped).toBe(false);
    expect(bot.pending).toBe(1);
    held.open();
    await stopping;
    await dm.expectReply("finished late");
    expect(bot.client.state).toBe("closed");
    expect(errors).toEqual([]);
  });

  it("gives up after stopTimeoutMs: aborts ctx.signal, drops what has not started, closes", async () => {
    const { harness, bot, errors } = await botWorld({ stopTimeoutMs: 50 });
    const aborted: boolean[] = [];
    const started: string[] = [];
    bot.use(async (ctx) => {
      started.push(ctx.text);
      await new Promise<void>((resolve) => ctx.signal.addEventListener("abort", () => resolve()));
      aborted.push(ctx.signal.aborted);
    });
    await bot.start();
    const dm = (await harness.user("Ada")).dm();
    await dm.send("stuck");
    await dm.send("never started");
    await until(() => bot.pending === 2, "both updates to be pending");
    await bot.stop();
    expect(bot.status).toBe("stopped");
    expect(bot.client.state).toBe("closed");
    expect(started).toEqual(["stuck"]);
    await until(() => aborted.length === 1, "the stuck handler to see the abort");
    expect(aborted).toEqual([true]);
    expect(bot.pending).toBe(0);
    expect(errors).toEqual([]);
  });

  it("leaves a client it was given open, and detaches from it", async () => {
    const harness = await createBotHarness();
    const client = new OsmiumClient(harness.botOptions);
    await client.connect();
    const bot = new Bot(client, { handleSignals: false });
    onCleanup(async () => {
      await client.close();
      await harness.close();
    });
    expect(bot.me?.id).toBe(harness.bot.user.id);
    bot.command("ping", (ctx) => ctx.reply("pong"));
    await bot.start();
    const dm = (await harness.user("Ada")).dm();
    await dm.send("!ping");
    await dm.expectReply("pong");
    await bot.stop();
    expect(client.state).toBe("ready");
    await dm.send("!ping");
    await dm.expectNoReply();
  });

  it("resolves at once when never started, and untilStopped() follows the life of the bot", async () => {
    const { bot } = await botWorld();
    await bot.stop();
    await bot.untilStopped();
    await bot.start();
    let stopped = false;
    const until_ = bot.untilStopped().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(stopped).toBe(false);
    await bot.stop();
    await until_;
    expect(stopped).toBe(true);
  });

  it("can start again after stopping", async () => {
    const { harness, bot } = await botWorld();
    bot.command("ping", (ctx) => ctx.reply("pong"));
    await bot.start();
    await bot.stop();
    await bot.start();
    expect(bot.status).toBe("running");
    const dm = (await harness.user("Ada")).dm();
    await dm.send("!ping");
    await dm.expectReply("pong");
  });
});

describe("connection", () => {
  it("answers again after the server drops its connection", async () => {
    const { harness, bot } = await botWorld();
    bot.command("ping", (ctx) => ctx.reply("pong"));
    await bot.start();
    const dm = (await harness.user("Ada")).dm();
    const resynced = new Promise((resolve) => bot.client.once("resync", resolve));
    harness.server.dropConnections();
    await resynced;
    await until(() => bot.client.state === "ready", "the bot to be ready");
    await dm.send("!ping");
    await dm.expectReply("pong", { timeoutMs: 5_000 });
  });

  it("stops when its client closes for good (here: no reconnecting)", async () => {
    const { harness, bot } = await botWorld({ reconnect: false });
    await bot.start();
    harness.server.dropConnections();
    await bot.untilStopped();
    expect([bot.status, bot.client.state]).toEqual(["stopped", "closed"]);
  });

  it("works the same over a real WebSocket", async () => {
    const { harness, bot, errors } = await botWorld({}, { listen: { port: 0 } });
    expect(harness.url).toMatch(/^ws:\/\/127\.0\.0\.1:\d+$/);
    expect(harness.botOptions).toEqual({ token: harness.bot.token, url: harness.url, reconnect: { initialDelayMs: 10, maxDelayMs: 100 } });
    bot.command("ping", (ctx) => ctx.reply("pong"));
    bot.hears(/hello/i, (ctx) => ctx.react("👋"));
    await bot.start();
    const ada = await harness.user("Ada");
    const general = ada.in(harness.community("Lab", [ada]));
    await general.send("!ping");
    await general.expectReply("pong");
    await general.send("Hello bot");
    await general.expectReaction("👋");
    await bot.stop();
    expect(bot.client.state).toBe("closed");
    expect(errors).toEqual([]);
  });
});
