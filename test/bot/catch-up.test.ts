// A bot made with `new Bot(options)` has catch-up on: the commands sent while it was disconnected
// are handled once each after it reconnects, in order per chat, with `ctx.recovered` set, and the
// live ones after them.
import { describe, expect, it } from "vitest";
import type { CatchUpSummary } from "../../src/index.js";
import { botWorld } from "./support/world.js";

describe("a bot after a reconnect", () => {
  it.each([{ listen: false }, { listen: { port: 0 } }] as const)("handles the commands it missed once each, in order per chat, marked recovered (listen: %j)", async ({ listen }) => {
    const { harness, bot, errors } = await botWorld({}, { listen });
    const handled: string[] = [];
    bot.command("ping", (ctx) => {
      handled.push(`${ctx.chat.kind} ${ctx.text}${ctx.recovered ? " (recovered)" : ""}`);
      return ctx.reply(`${ctx.recovered ? "late pong" : "pong"} ${ctx.command?.rest}`);
    });
    await bot.start();
    const ada = await harness.user("Ada");
    const dm = ada.dm();
    const general = ada.in(harness.community("Lab", [ada]));
    await dm.send("!ping 0");
    await dm.expectReply("pong 0");

    const back = harness.server.holdOffline(harness.bot.user.id);
    await dm.send("!ping 1");
    await general.send("!ping 2");
    await dm.send("!ping 3");
    await general.send("!ping 4");
    await dm.send("!ping 5");
    const summary = new Promise<CatchUpSummary>((resolve) => bot.client.once("catchUp", resolve));
    back();
    expect(await summary).toEqual({ chats: 2, messages: 5, boundHit: false, bounds: [], errors: [] });
    for (const n of [1, 3, 5]) await dm.expectReply(`late pong ${n}`);
    for (const n of [2, 4]) await general.expectReply(`late pong ${n}`);
    // Live again; the next reply in the DM is this one's, so no missed command was answered twice.
    await dm.send("!ping 6");
    await dm.expectReply("pong 6");

    expect(handled.filter((line) => line.startsWith("dm"))).toEqual(["dm !ping 0", "dm !ping 1 (recovered)", "dm !ping 3 (recovered)", "dm !ping 5 (recovered)", "dm !ping 6"]);
    expect(handled.filter((line) => line.startsWith("channel"))).toEqual(["channel !ping 2 (recovered)", "channel !ping 4 (recovered)"]);
    expect(dm.transcript).toEqual([
      "Ada: !ping 0",
      "Test Bot: pong 0",
      "Ada: !ping 1",
      "Ada: !ping 3",
      "Ada: !ping 5",
      "Test Bot: late pong 1",
      "Test Bot: late pong 3",
      "Test Bot: late pong 5",
      "Ada: !ping 6",
      "Test Bot: pong 6",
    ]);
    expect(errors).toEqual([]);
  });

  it("leaves catch-up off when the options say so", async () => {
    const { harness, bot } = await botWorld({ catchUp: false });
    const handled: string[] = [];
    bot.command("ping", (ctx) => {
      handled.push(ctx.text);
      return ctx.reply(`pong ${ctx.command?.rest}`);
    });
    await bot.start();
    const dm = (await harness.user("Ada")).dm();
    const resynced = new Promise((resolve) => bot.client.once("resync", resolve));
    const back = harness.server.holdOffline(harness.bot.user.id);
    await dm.send("!ping missed");
    back();
    await resynced;
    await dm.send("!ping 1");
    await dm.expectReply("pong 1");
    expect(handled).toEqual(["!ping 1"]);
  });
});
