// The echo bot's tests: a user talks to the bot through the reference server in memory, and each
// test reads like the conversation it checks.
import { parseMarkdown } from "osmium-chat";
import type { Bot } from "osmium-chat/bot";
import { type BotHarness, createBotHarness } from "osmium-chat/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createEchoBot } from "../src/echo-bot.js";

let harness: BotHarness;
let bot: Bot;
const log: string[] = [];

beforeEach(async () => {
  harness = await createBotHarness({ bot: { name: "Echo Bot", username: "echobot" } });
  bot = createEchoBot({ ...harness.botOptions, handleSignals: false }, (line) => log.push(line));
  await bot.start();
});

afterEach(async () => {
  await bot.stop();
  await harness.close();
  log.length = 0;
});

describe("the echo bot", () => {
  it("answers !ping with pong, then edits in the round-trip time", async () => {
    const dm = (await harness.user("Ada")).dm();
    await dm.send("!ping");
    await dm.expectReaction("👀");
    const pong = await dm.expectReply("pong");
    const edited = await dm.expectEdit(/^pong \(\d+ ms\)$/);
    expect(edited.messageId).toBe(pong.messageId);
  });

  it("echoes text with its formatting", async () => {
    const dm = (await harness.user("Ada")).dm();
    await dm.send(parseMarkdown("!echo hello **bold** and _italic_"));
    const echo = await dm.expectReply("hello bold and italic");
    expect(echo.entities.map((e) => [e.entity.case, e.startIndex, e.length])).toEqual([
      ["bold", 6, 4],
      ["italic", 15, 6],
    ]);
  });

  it("tells users who they are, in a channel too", async () => {
    const ada = await harness.user("Ada");
    const general = ada.in(harness.community("Lab", [ada]));
    await general.send("/whoami");
    await general.expectReply(`you are Ada (id ${ada.user.id})`);
  });

  it("names unknown commands, and only answers mentions in channels", async () => {
    const grace = await harness.user("Grace");
    const general = grace.in(harness.community("Lab", [grace]));
    await general.send("good morning");
    await general.send("!dance");
    await general.expectReply("unknown command !dance; try !ping, !echo <text> or !whoami");
    await general.send("@echobot are you there?");
    await general.expectReply("hi Grace! try !ping, !echo <text> or !whoami");
    await general.expectNoReply();
  });

  it("logs each command once it is handled", async () => {
    const dm = (await harness.user("Ada")).dm();
    await dm.send("!echo hi");
    await dm.expectReply("hi");
    await expect.poll(() => log).toEqual([expect.stringMatching(/^bot: !echo handled in \d+ ms$/)]);
  });
});
