// Error isolation: whatever a handler throws, rejects with, or leaves failing unobserved reaches
// bot.catch() once, as a BotError with the update's context, and the bot goes on; nothing becomes an
// unhandled rejection, not even when the error handler itself fails.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Bot } from "../../src/bot/index.js";
import { BotError, BotOverflowError, OsmiumError, RpcError } from "../../src/index.js";
import { type BotHarness, createBotHarness } from "../../src/testing/index.js";
import { botWorld, gate, manualWorld, onCleanup } from "./support/world.js";

let unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => void unhandled.push(reason);
beforeEach(() => {
  unhandled = [];
  process.on("unhandledRejection", onUnhandled);
});
afterEach(() => {
  process.off("unhandledRejection", onUnhandled);
  expect(unhandled).toEqual([]);
});

describe("error isolation", () => {
  it("reports a throwing handler as a BotError with its context, and keeps answering", async () => {
    const { harness, bot, errors } = await botWorld();
    const boom = new Error("boom");
    bot.command("crash", () => {
      throw boom;
    });
    bot.command("ping", (ctx) => ctx.reply("pong"));
    await bot.start();
    const dm = (await harness.user("Ada")).dm();
    const { messageId } = await dm.send("!crash");
    await dm.send("!ping");
    await dm.expectReply("pong");
    expect(errors).toHaveLength(1);
    const [error] = errors;
    expect(error).toBeInstanceOf(BotError);
    expect(OsmiumError.is(error, "bot_error")).toBe(true);
    expect(error?.error).toBe(boom);
    expect(error?.cause).toBe(boom);
    expect(error?.ctx.message.messageId).toBe(messageId);
    expect(error?.ctx.text).toBe("!crash");
    expect(error?.message).toBe(`handling message ${messageId} in user:${error?.ctx.authorId} failed: boom`);
  });

  it("reports a rejected action, and what is not an Error", async () => {
    const { harness, bot, errors } = await botWorld();
    bot.command("far", (ctx) => ctx.client.messages.sendMessage({ chatRef: { ref: { case: "user", value: { userId: 424242n } } }, message: "hi" }));
    bot.command("odd", () => Promise.reject("a string"));
    await bot.start();
    const dm = (await harness.user("Ada")).dm();
    await dm.send("!far");
    await dm.send("!odd");
    await vi.waitFor(() => expect(errors).toHaveLength(2));
    expect(errors[0]?.error).toBeInstanceOf(RpcError);
    expect((errors[0]?.error as RpcError).errorMessage).toBe("chat_ref: no user 424242");
    expect(errors[1]?.error).toBe("a string");
    expect(errors[1]?.message).toMatch(/failed: a string$/);
  });

  it("reports an action a handler forgot to await, once, after waiting for it", async () => {
    const { harness, bot, errors, arrive } = await manualWorld();
    bot.command("forget", (ctx) => {
      void ctx.react("");
    });
    const dm = (await harness.user("Ada")).dm();
    await bot.handleUpdate(await arrive(dm, "!forget"));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.error).toMatchObject({ code: "invalid_argument", argument: "emoji" });
  });

  it("does not report an action whose failure the handler caught", async () => {
    const { harness, bot, errors, arrive } = await manualWorld();
    const caught: string[] = [];
    bot.command("careful", async (ctx) => {
      await ctx.react("").catch((error: OsmiumError) => caught.push(error.code));
    });
    const dm = (await harness.user("Ada")).dm();
    await bot.handleUpdate(await arrive(dm, "!careful"));
    expect(caught).toEqual(["invalid_argument"]);
    expect(errors).toEqual([]);
  });

  it("reports an awaited failing action once, as the error the handler threw", async () => {
    const { harness, bot, errors, arrive } = await manualWorld();
    bot.command("both", async (ctx) => {
      const pending = ctx.react("");
      await pending;
    });
    const dm = (await harness.user("Ada")).dm();
    await bot.handleUpdate(await arrive(dm, "!both"));
    expect(errors).toHaveLength(1);
  });

  it("reports failures of actions started after the update was handled (a timer in a handler)", async () => {
    const { harness, bot, errors, arrive } = await manualWorld();
    const started = gate();
    bot.command("later", (ctx) => {
      setTimeout(() => {
        void ctx.react("");
        started.open();
      }, 5);
    });
    const dm = (await harness.user("Ada")).dm();
    await bot.handleUpdate(await arrive(dm, "!later"));
    expect(errors).toEqual([]);
    await started.promise;
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    expect(errors[0]?.error).toMatchObject({ code: "invalid_argument", argument: "emoji" });
  });

  it("survives an error handler that throws, printing both errors", async () => {
    const { harness, bot } = await botWorld();
    const printed = vi.spyOn(console, "error").mockImplementation(() => {});
    bot.catch(() => {
      throw new Error("the error handler broke");
    });
    await crashThenPing(bot, harness);
    expect(printed).toHaveBeenCalledTimes(1);
    expect(printed.mock.calls[0]?.[0]).toBe("osmium-chat/bot: the bot.catch() handler threw while handling");
    expect((printed.mock.calls[0]?.[1] as BotError).message).toMatch(/failed: boom$/);
    expect((printed.mock.calls[0]?.[2] as Error).message).toBe("the error handler broke");
    printed.mockRestore();
  });

  it("prints errors with console.error when no handler is set", async () => {
    const harness = await createBotHarness();
    const bot = new Bot({ ...harness.botOptions, handleSignals: false });
    onCleanup(async () => {
      await bot.stop();
      await harness.close();
    });
    const printed = vi.spyOn(console, "error").mockImplementation(() => {});
    await crashThenPing(bot, harness);
    expect(printed).toHaveBeenCalledTimes(1);
    expect(printed.mock.calls[0]?.[0]).toBe("osmium-chat/bot: an error escaped a handler; set bot.catch() to handle it.");
    expect((printed.mock.calls[0]?.[1] as BotError).message).toMatch(/failed: boom$/);
    printed.mockRestore();
  });

  it("drops an update past maxPending and reports it as BotOverflowError", async () => {
    const { harness, bot, errors, arrive } = await manualWorld({ maxPending: 1 });
    const release = gate();
    bot.use(async (ctx, next) => {
      await release.promise;
      await ctx.reply(`handled ${ctx.text}`);
      await next();
    });
    const dm = (await harness.user("Ada")).dm();
    const first = bot.handleUpdate(await arrive(dm, "first"));
    const second = await arrive(dm, "second");
    await bot.handleUpdate(second);
    expect(bot.pending).toBe(1);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.error).toBeInstanceOf(BotOverflowError);
    expect(errors[0]?.error).toMatchObject({ code: "bot_overflow", maxPending: 1, message: "the bot fell 1 updates behind; this update was dropped" });
    expect(errors[0]?.ctx.message.messageId).toBe(second.message?.messageId);
    release.open();
    await first;
    await dm.expectReply("handled first");
    await dm.expectNoReply();
  });
});

/** Installs "!crash" (throws "boom") and "!ping", starts the bot, and has Ada crash it and then get her pong. */
async function crashThenPing(bot: Bot, harness: BotHarness): Promise<void> {
  bot.command("crash", () => {
    throw new Error("boom");
  });
  bot.command("ping", (ctx) => ctx.reply("pong"));
  await bot.start();
  const dm = (await harness.user("Ada")).dm();
  await dm.send("!crash");
  await dm.send("!ping");
  await dm.expectReply("pong");
}
