// Per-chat ordering: the updates of one chat are handled one after another in arrival order, those
// of different chats side by side, at most `concurrency` chats at once, each chat taking turns.
import { describe, expect, it } from "vitest";
import { type Gate, botWorld, gate, manualWorld, until } from "./support/world.js";

describe("per-chat ordering", () => {
  it("handles one chat's messages in order, even when the first is slowest", async () => {
    const { harness, bot, errors } = await botWorld();
    const handled: string[] = [];
    bot.use(async (ctx) => {
      // The first message takes longest: without per-chat ordering, the others would overtake it.
      const delay = ctx.text === "1" ? 60 : ctx.text === "2" ? 20 : 0;
      await new Promise((resolve) => setTimeout(resolve, delay));
      handled.push(ctx.text);
      await ctx.reply(`done ${ctx.text}`);
    });
    await bot.start();
    const dm = (await harness.user("Ada")).dm();
    for (const text of ["1", "2", "3", "4"]) await dm.send(text);
    for (const text of ["1", "2", "3", "4"]) await dm.expectReply(`done ${text}`);
    expect(handled).toEqual(["1", "2", "3", "4"]);
    expect(errors).toEqual([]);
  });

  it("handles another chat while one chat's handler waits", async () => {
    const { harness, bot } = await botWorld();
    const held = gate();
    bot.use(async (ctx) => {
      if (ctx.text === "hold") await held.promise;
      await ctx.reply(`done ${ctx.text}`);
    });
    await bot.start();
    const ada = (await harness.user("Ada")).dm();
    const grace = (await harness.user("Grace")).dm();
    await ada.send("hold");
    await ada.send("after hold");
    await grace.send("meanwhile");
    await grace.expectReply("done meanwhile");
    await ada.expectNoReply({ withinMs: 50 });
    held.open();
    await ada.expectReply("done hold");
    await ada.expectReply("done after hold");
  });

  it("runs at most `concurrency` chats at once, and every chat gets its turn", async () => {
    const { harness, bot, arrive } = await manualWorld({ concurrency: 2 });
    const gates = new Map<string, Gate>();
    let running = 0;
    let most = 0;
    const started: string[] = [];
    bot.use(async (ctx) => {
      running++;
      most = Math.max(most, running);
      started.push(ctx.text);
      const g = gate();
      gates.set(ctx.text, g);
      await g.promise;
      running--;
    });
    const users = await Promise.all(["A", "B", "C"].map((name) => harness.user(name)));
    const [a, b, c] = users.map((u) => u.dm());
    const updates = [await arrive(a!, "a1"), await arrive(a!, "a2"), await arrive(b!, "b1"), await arrive(c!, "c1")];
    const handled = updates.map((u) => bot.handleUpdate(u));
    await until(() => started.length === 2, "two handlers to start");
    expect(started).toEqual(["a1", "b1"]);
    expect(bot.pending).toBe(4);
    gates.get("a1")?.open();
    // a1's slot goes to the next chat in line (c), not to a again: a waits its turn behind c.
    await until(() => started.length === 3, "a third handler");
    expect(started).toEqual(["a1", "b1", "c1"]);
    gates.get("b1")?.open();
    await until(() => started.length === 4, "the fourth handler");
    expect(started).toEqual(["a1", "b1", "c1", "a2"]);
    gates.get("c1")?.open();
    gates.get("a2")?.open();
    await Promise.all(handled);
    expect(most).toBe(2);
    expect(bot.pending).toBe(0);
  });

  it("keys chats by their ref: a DM, a group and a channel are three chats", async () => {
    const { harness, bot } = await botWorld({ concurrency: 3 });
    const held = gate();
    const keys: string[] = [];
    bot.use(async (ctx) => {
      keys.push(ctx.chat.key);
      await held.promise;
      await ctx.reply("ok");
    });
    await bot.start();
    const ada = await harness.user("Ada");
    const lab = harness.community("Lab", [ada]);
    const team = await harness.group("Team", [ada]);
    await ada.dm().send("x");
    await ada.in(team).send("y");
    await ada.in(lab).send("z");
    await until(() => keys.length === 3, "three chats handled at once");
    expect(keys).toEqual([`user:${ada.user.id}`, `group:${team.group.id}`, `channel:${lab.community.id}:${lab.channels[0]?.id}`]);
    held.open();
    for (const conversation of [ada.dm(), ada.in(team), ada.in(lab)]) await conversation.expectReply("ok");
  });
});
