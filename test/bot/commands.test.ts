// Commands: how they are parsed (prefixes, names, "@bot", arguments, the formatted rest) and how
// `bot.command()` dispatches them, in DMs, channels and groups, with default and custom prefixes.
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../src/index.js";
import { parseCommand, splitArgs } from "../../src/bot/index.js";
import { botWorld } from "./support/world.js";

const plain = (message: string) => ({ message, entities: [] });
const PREFIXES = ["!", "/"];

describe("parseCommand", () => {
  it("finds a command with either prefix, lower-casing its name", () => {
    expect(parseCommand(plain("!ping"), PREFIXES)).toEqual({ prefix: "!", name: "ping", target: undefined, args: [], rest: "", restText: { message: "", entities: [] } });
    expect(parseCommand(plain("  /Echo   hello   world  "), PREFIXES)).toEqual({
      prefix: "/",
      name: "echo",
      target: undefined,
      args: ["hello", "world"],
      rest: "hello   world",
      restText: { message: "hello   world", entities: [] },
    });
  });

  it("reads the bot a command is addressed to", () => {
    expect(parseCommand(plain("/start@EchoBot now"), PREFIXES)).toMatchObject({ name: "start", target: "EchoBot", args: ["now"] });
  });

  it("keeps quoted arguments together", () => {
    expect(parseCommand(plain(`!ban 42 "spamming links" 'and more' “curly quotes”`), PREFIXES)?.args).toEqual(["42", "spamming links", "and more", "curly quotes"]);
    expect(splitArgs(`a "unterminated b`)).toEqual(["a", `"unterminated`, "b"]);
    expect(splitArgs("")).toEqual([]);
  });

  it("is not fooled by text that is not a command", () => {
    for (const text of ["ping", "!", "! ping", "!ping!", "hello !ping", "!!", "/ping/x", ""]) expect(parseCommand(plain(text), PREFIXES), text).toBeUndefined();
  });

  it("takes the longest prefix first, and any prefix the bot is given", () => {
    expect(parseCommand(plain("!!ping"), ["!", "!!"])).toMatchObject({ prefix: "!!", name: "ping" });
    expect(parseCommand(plain("bot:status full"), ["bot:"])).toMatchObject({ prefix: "bot:", name: "status", args: ["full"] });
    expect(parseCommand(plain("!ping"), ["bot:"])).toBeUndefined();
  });

  it("gives the rest with its formatting, offsets in code points from its start", () => {
    const text = parseMarkdown("!echo 👋 **bold** and _it_");
    const command = parseCommand(text, PREFIXES);
    expect(command?.rest).toBe("👋 bold and it");
    expect(command?.restText.message).toBe("👋 bold and it");
    expect(command?.restText.entities.map((e) => [e.entity.case, e.startIndex, e.length])).toEqual([
      ["bold", 2, 4],
      ["italic", 11, 2],
    ]);
  });

  it("clips an entity that starts in the command itself", () => {
    const command = parseCommand(parseMarkdown("**!echo loud** quiet"), PREFIXES);
    expect(command?.restText.entities.map((e) => [e.entity.case, e.startIndex, e.length])).toEqual([["bold", 0, 4]]);
  });
});

describe("bot.command()", () => {
  it("answers a command with either prefix, any case, in a DM, a channel and a group", async () => {
    const { harness, bot, errors } = await botWorld();
    bot.command("ping", (ctx) => ctx.reply(`pong (${ctx.chat.kind})`));
    await bot.start();
    const ada = await harness.user("Ada");
    const grace = await harness.user("Grace");
    const dm = ada.dm();
    const general = grace.in(harness.community("Lab", [ada, grace]));
    const team = ada.in(await harness.group("Team", [ada, grace]));
    await dm.send("!ping");
    await dm.expectReply("pong (dm)");
    await general.send("/PING");
    await general.expectReply("pong (channel)");
    await team.send("!Ping extra words");
    await team.expectReply("pong (group)");
    expect(errors).toEqual([]);
  });

  it("gives the handler the parsed arguments, and takes several names", async () => {
    const { harness, bot } = await botWorld();
    bot.command(["add", "plus"], (ctx) => ctx.reply(String(ctx.command.args.reduce((sum, a) => sum + Number(a), 0))));
    await bot.start();
    const dm = (await harness.user("Ada")).dm();
    await dm.send("!add 1 2 3");
    await dm.expectReply("6");
    await dm.send("/plus 40 2");
    await dm.expectReply("42");
  });

  it("ignores a command addressed to another bot, and takes one addressed to it", async () => {
    const { harness, bot } = await botWorld({}, { bot: { name: "Echo Bot", username: "echobot" } });
    bot.command("ping", (ctx) => ctx.reply(`pong for ${ctx.command.target ?? "anyone"}`));
    await bot.start();
    const dm = (await harness.user("Ada")).dm();
    await dm.send("/ping@otherbot");
    await dm.send("/ping@EchoBot");
    await dm.expectReply("pong for EchoBot");
    await dm.expectNoReply();
  });

  it("uses the prefixes it is given, and only those", async () => {
    const { harness, bot } = await botWorld({ prefixes: ["?"] });
    bot.command("ping", (ctx) => ctx.reply("pong"));
    await bot.start();
    const dm = (await harness.user("Ada")).dm();
    await dm.send("!ping");
    await dm.send("/ping");
    await dm.send("?ping");
    await dm.expectReply("pong");
    await dm.expectNoReply();
  });

  it("passes non-matching commands down the chain", async () => {
    const { harness, bot } = await botWorld();
    bot.command("ping", (ctx) => ctx.reply("pong"));
    bot.use((ctx) => ctx.reply(`fallback: ${ctx.command?.name ?? "no command"}`));
    await bot.start();
    const dm = (await harness.user("Ada")).dm();
    await dm.send("!pong");
    await dm.expectReply("fallback: pong");
    await dm.send("hello");
    await dm.expectReply("fallback: no command");
  });

  it("rejects bad command names, naming the argument", async () => {
    const { bot } = await botWorld();
    expect(() => bot.command("!ping", () => {})).toThrow(expect.objectContaining({ code: "invalid_argument", argument: "names[0]" }));
    expect(() => bot.command("two words", () => {})).toThrow(expect.objectContaining({ code: "invalid_argument", argument: "names[0]" }));
    expect(() => bot.command([], () => {})).toThrow(expect.objectContaining({ code: "invalid_argument", argument: "names" }));
  });
});
