// Filters: chat kinds, mentions of the bot (entities and plain "@username"), hears() with strings
// and regular expressions, authors, and combinations.
import { describe, expect, it } from "vitest";
import { and, chatKind, fromUser, isChannel, isDM, isGroup, mentionsMe, not, or } from "../../src/bot/index.js";
import { fmt, mention, userMention } from "../../src/index.js";
import { botWorld, manualWorld } from "./support/world.js";

describe("chat kinds", () => {
  it("routes DMs, groups and channels to their handlers", async () => {
    const { harness, bot } = await botWorld();
    bot.chatKind("dm", (ctx) => ctx.reply("dm handler"));
    bot.chatKind(["group", "channel"], (ctx) => ctx.reply(`shared handler (${ctx.chat.kind})`));
    await bot.start();
    const ada = await harness.user("Ada");
    const lab = harness.community("Lab", [ada]);
    const team = await harness.group("Team", [ada]);
    await ada.dm().send("hi");
    await ada.dm().expectReply("dm handler");
    await ada.in(team).send("hi");
    await ada.in(team).expectReply("shared handler (group)");
    await ada.in(lab).send("hi");
    await ada.in(lab).expectReply("shared handler (channel)");
  });

  it("has standalone predicates, and refuses unknown kinds", async () => {
    const { harness, bot, arrive } = await manualWorld();
    const verdicts: boolean[][] = [];
    bot.use((ctx) => void verdicts.push([isDM(ctx), isGroup(ctx), isChannel(ctx), chatKind("dm", "channel")(ctx)]));
    const ada = await harness.user("Ada");
    await bot.handleUpdate(await arrive(ada.dm(), "x"));
    await bot.handleUpdate(await arrive(ada.in(await harness.group("Team", [ada])), "x"));
    await bot.handleUpdate(await arrive(ada.in(harness.community("Lab", [ada])), "x"));
    expect(verdicts).toEqual([
      [true, false, false, true],
      [false, true, false, false],
      [false, false, true, true],
    ]);
    expect(() => chatKind("room" as never)).toThrow(expect.objectContaining({ code: "invalid_argument", argument: "kinds" }));
    expect(() => chatKind()).toThrow(expect.objectContaining({ code: "invalid_argument", argument: "kinds" }));
  });
});

describe("mentions", () => {
  it("sees the bot mentioned by username entity, by name or id, or as @username in plain text", async () => {
    const { harness, bot, arrive } = await manualWorld();
    const verdicts: Array<[string, boolean]> = [];
    bot.use((ctx) => void verdicts.push([ctx.text, mentionsMe(ctx)]));
    const ada = await harness.user("Ada");
    const general = ada.in(harness.community("Lab", [ada]));
    const botId = harness.bot.user.id;
    for (const text of [
      fmt`${mention("TestBot")} hello`,
      fmt`hey ${userMention("Test Bot")}`,
      fmt`hey ${userMention(String(botId))}`,
      fmt`hey ${userMention("@testbot")}`,
      "plain @testbot, are you there?",
      "(@TESTBOT)",
      fmt`${mention("ada")} hello`,
      "mail me at ada@testbot.example",
      "@testbotx is another bot",
      "testbot without the at",
      fmt`${userMention("Ada")} only`,
    ]) {
      await bot.handleUpdate(await arrive(general, text));
    }
    expect(verdicts).toEqual([
      ["@TestBot hello", true],
      ["hey Test Bot", true],
      [`hey ${botId}`, true],
      ["hey @testbot", true],
      ["plain @testbot, are you there?", true],
      ["(@TESTBOT)", true],
      ["@ada hello", false],
      ["mail me at ada@testbot.example", false],
      ["@testbotx is another bot", false],
      ["testbot without the at", false],
      ["Ada only", false],
    ]);
  });

  it("answers mentions with bot.mentioned() and ignores the rest", async () => {
    const { harness, bot } = await botWorld();
    bot.mentioned((ctx) => ctx.reply(`you called, ${ctx.author?.name}?`));
    await bot.start();
    const ada = await harness.user("Ada");
    const general = ada.in(harness.community("Lab", [ada]));
    await general.send("just chatting");
    await general.send(fmt`${mention("testbot")} help`);
    await general.expectReply("you called, Ada?");
    await general.expectNoReply();
  });
});

describe("hears()", () => {
  it("matches a string as the whole text, and a RegExp anywhere, with ctx.match", async () => {
    const { harness, bot } = await botWorld();
    bot.hears("hello", (ctx) => ctx.reply("exact hello"));
    bot.hears(/(\d+) \+ (\d+)/, (ctx) => ctx.reply(String(Number(ctx.match[1]) + Number(ctx.match[2]))));
    bot.hears(["bye", /^see you/i], (ctx) => ctx.reply(`bye (${ctx.match[0]})`));
    await bot.start();
    const dm = (await harness.user("Ada")).dm();
    await dm.send("hello there");
    await dm.send("  hello  ");
    await dm.expectReply("exact hello");
    await dm.send("what is 20 + 22?");
    await dm.expectReply("42");
    await dm.send("See you later");
    await dm.expectReply("bye (See you)");
    await dm.send("bye");
    await dm.expectReply("bye (bye)");
    await dm.expectNoReply();
  });

  it("starts a global RegExp afresh for every message", async () => {
    const { harness, bot } = await botWorld();
    bot.hears(/ping/g, (ctx) => ctx.reply(`pong at ${ctx.match.index}`));
    await bot.start();
    const dm = (await harness.user("Ada")).dm();
    await dm.send("ping");
    await dm.expectReply("pong at 0");
    await dm.send("ping");
    await dm.expectReply("pong at 0");
  });

  it("refuses triggers that are neither strings nor RegExps", async () => {
    const { bot } = await botWorld();
    expect(() => bot.hears(42 as never)).toThrow(expect.objectContaining({ code: "invalid_argument", argument: "trigger" }));
    expect(() => bot.hears(["ok", 42] as never)).toThrow(expect.objectContaining({ code: "invalid_argument", argument: "trigger[1]" }));
    expect(() => bot.hears([])).toThrow(expect.objectContaining({ code: "invalid_argument", argument: "trigger" }));
  });
});

describe("authors and combinations", () => {
  it("filters by author, and combines filters with and/or/not", async () => {
    const { harness, bot } = await botWorld();
    const ada = await harness.user("Ada");
    const grace = await harness.user("Grace");
    const lab = harness.community("Lab", [ada, grace]);
    bot.filter(and(fromUser(ada.user.id), isChannel), (ctx) => ctx.reply("Ada in a channel"));
    bot.filter(or(isDM, mentionsMe), (ctx) => ctx.reply(`for me, from ${ctx.author?.name}`));
    bot.filter(not(fromUser(String(ada.user.id))), (ctx) => ctx.reply(`not Ada: ${ctx.author?.name}`));
    await bot.start();
    await ada.in(lab).send("x");
    await ada.in(lab).expectReply("Ada in a channel");
    await grace.dm().send("x");
    await grace.dm().expectReply("for me, from Grace");
    await grace.in(lab).expectReply("Ada in a channel"); // Grace saw the answer to Ada, too
    await grace.in(lab).send("x");
    await grace.in(lab).expectReply("not Ada: Grace");
    expect(() => fromUser("not an id")).toThrow(expect.objectContaining({ code: "invalid_argument", argument: "userIds[0]" }));
  });
});
