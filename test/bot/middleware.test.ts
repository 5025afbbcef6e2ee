// Middleware: the order things run in (around next()), filters in front of handlers, composers
// installed in composers (and growing afterwards), and the next() contract: once, while the update
// is handled, and awaited for you when a middleware forgets to.
import { describe, expect, it } from "vitest";
import { Composer, MiddlewareError, compose } from "../../src/bot/index.js";
import { botWorld, gate, manualWorld } from "./support/world.js";

describe("middleware order", () => {
  it("runs in the order added, each around the rest of the chain", async () => {
    const { harness, bot, errors } = await botWorld();
    const order: string[] = [];
    bot.use(async (_ctx, next) => {
      order.push("outer before");
      await next();
      order.push("outer after");
    });
    bot.use(async (_ctx, next) => {
      order.push("inner before");
      await next();
      order.push("inner after");
    });
    bot.command("ping", async (ctx) => {
      order.push("handler");
      await ctx.reply("pong");
    });
    bot.use(() => {
      order.push("never: the handler ended the chain");
    });
    await bot.start();
    const dm = (await harness.user("Ada")).dm();
    await dm.send("!ping");
    await dm.expectReply("pong");
    await bot.stop();
    expect(order).toEqual(["outer before", "inner before", "handler", "inner after", "outer after"]);
    expect(errors).toEqual([]);
  });

  it("skips filtered handlers whose filter does not pass, async filters included", async () => {
    const { harness, bot, arrive } = await manualWorld();
    const seen: string[] = [];
    bot.filter(async (ctx) => ctx.text.startsWith("a"), (ctx) => void seen.push(`a-handler ${ctx.text}`));
    bot.filter((ctx) => ctx.text.startsWith("b"), (ctx) => void seen.push(`b-handler ${ctx.text}`));
    bot.use((ctx) => void seen.push(`rest ${ctx.text}`));
    const dm = (await harness.user("Ada")).dm();
    for (const text of ["apple", "banana", "cherry"]) await bot.handleUpdate(await arrive(dm, text));
    expect(seen).toEqual(["a-handler apple", "b-handler banana", "rest cherry"]);
  });

  it("runs a composer installed with use(), including what it gets after installation", async () => {
    const { harness, bot } = await botWorld();
    const feature = new Composer();
    bot.use(feature);
    bot.use((ctx) => ctx.reply("nobody took it"));
    feature.command("late", (ctx) => ctx.reply("added after installation"));
    await bot.start();
    const dm = (await harness.user("Ada")).dm();
    await dm.send("!late");
    await dm.expectReply("added after installation");
    await dm.send("!other");
    await dm.expectReply("nobody took it");
  });

  it("lets state set by one middleware reach the handlers after it", async () => {
    const { harness, bot } = await botWorld();
    bot.use(async (ctx, next) => {
      ctx.state.greeting = `hello ${ctx.author?.name}`;
      await next();
    });
    bot.command("hi", (ctx) => ctx.reply(String(ctx.state.greeting)));
    await bot.start();
    const dm = (await harness.user("Ada")).dm();
    await dm.send("!hi");
    await dm.expectReply("hello Ada");
  });

  it("compose() chains plain functions, and calls the chain's own next after the last", async () => {
    const order: string[] = [];
    const chain = compose<object>([
      async (_ctx, next) => {
        order.push("a");
        await next();
        order.push("a after");
      },
      (_ctx, next) => {
        order.push("b");
        return next();
      },
    ]);
    await chain({}, async () => {
      order.push("end");
    });
    expect(order).toEqual(["a", "b", "end", "a after"]);
  });

  it("refuses what is not middleware, naming the argument", async () => {
    const { bot } = await botWorld();
    expect(() => bot.use(42 as never)).toThrow(expect.objectContaining({ code: "invalid_argument", argument: "middleware[0]" }));
    expect(() => bot.filter("yes" as never)).toThrow(expect.objectContaining({ code: "invalid_argument", argument: "predicate" }));
  });
});

describe("the next() contract", () => {
  it("reports a second next() as a MiddlewareError, and the rest of the chain ran once", async () => {
    const { harness, bot, errors, arrive } = await manualWorld();
    let handled = 0;
    bot.use(async (_ctx, next) => {
      await next();
      await next();
    });
    bot.use(() => void handled++);
    const dm = (await harness.user("Ada")).dm();
    await bot.handleUpdate(await arrive(dm, "twice"));
    expect(handled).toBe(1);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.error).toBeInstanceOf(MiddlewareError);
    expect(errors[0]?.error).toMatchObject({ code: "middleware_error", message: "next() was called more than once by the same middleware" });
  });

  it("reports next() called after the update was handled", async () => {
    const { harness, bot, errors, arrive } = await manualWorld();
    const later = gate<() => Promise<void>>();
    bot.use((_ctx, next) => {
      later.open(next);
    });
    const dm = (await harness.user("Ada")).dm();
    await bot.handleUpdate(await arrive(dm, "hello"));
    const next = await later.promise;
    expect(() => next()).toThrow(expect.objectContaining({ code: "middleware_error", message: "next() was called after the update was handled" }));
    expect(errors).toEqual([]);
  });

  it("waits for a rest of the chain that was not awaited, and reports its failure", async () => {
    const { harness, bot, errors, arrive } = await manualWorld();
    const slow = gate();
    let finished = false;
    bot.use((_ctx, next) => {
      void next(); // forgot to await
    });
    bot.use(async () => {
      await slow.promise;
      finished = true;
      throw new Error("late failure");
    });
    const dm = (await harness.user("Ada")).dm();
    const handled = bot.handleUpdate(await arrive(dm, "hello"));
    let done = false;
    void handled.then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).toBe(false);
    slow.open();
    await handled;
    expect(finished).toBe(true);
    expect(errors.map((e) => (e.error as Error).message)).toEqual(["late failure"]);
  });

  it("does not report a failure of next() that the middleware caught", async () => {
    const { harness, bot, errors, arrive } = await manualWorld();
    const caught: string[] = [];
    bot.use(async (_ctx, next) => {
      try {
        await next();
      } catch (error) {
        caught.push((error as Error).message);
      }
    });
    bot.use(() => {
      throw new Error("handled upstream");
    });
    const dm = (await harness.user("Ada")).dm();
    await bot.handleUpdate(await arrive(dm, "hello"));
    expect(caught).toEqual(["handled upstream"]);
    expect(errors).toEqual([]);
  });
});
