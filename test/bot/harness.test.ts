// The harness of osmium-chat/testing: conversations with a bot read in order, and a failed
// expectation says what was expected and what the bot did say, here and elsewhere. It tests any
// bot, not only one written with osmium-chat/bot.
import { describe, expect, it } from "vitest";
import { OsmiumClient } from "../../src/index.js";
import { ExpectationError, createBotHarness, createTestServer } from "../../src/testing/index.js";
import { botWorld, onCleanup } from "./support/world.js";

describe("expectations", () => {
  it("fail with what the bot said in the conversation and elsewhere", async () => {
    const { harness, bot } = await botWorld({}, { timeoutMs: 50 });
    bot.command("ping", (ctx) => ctx.reply(ctx.chat.kind === "dm" ? "pang" : "pong"));
    await bot.start();
    const ada = await harness.user("Ada");
    const dm = ada.dm();
    const general = ada.in(harness.community("Lab", [ada]));

    await dm.send("!ping");
    const mismatch = await dm.expectReply("pong").catch((e: unknown) => e);
    expect(mismatch).toBeInstanceOf(ExpectationError);
    expect(mismatch).toMatchObject({
      code: "expectation_failed",
      message: [
        'expected Test Bot to reply "pong" in the DM between Ada and Test Bot, but it replied "pang".',
        "The conversation in the DM between Ada and Test Bot, as Ada saw it:",
        "  Ada: !ping",
        "  Test Bot: pang",
        "Test Bot said nothing elsewhere meanwhile.",
      ].join("\n"),
    });
    expect((mismatch as ExpectationError).said.map((m) => m.message)).toEqual(["pang"]);

    await dm.send("!ping elsewhere");
    await general.send("!ping");
    await general.expectReply("pong");
    await dm.expectReply("pang");
    const silent = await dm.expectReply(/never/).catch((e: unknown) => e);
    expect((silent as Error).message).toBe(
      [
        "Test Bot did not reply matching /never/ in the DM between Ada and Test Bot within 50 ms.",
        "The conversation in the DM between Ada and Test Bot, as Ada saw it:",
        "  Ada: !ping",
        "  Test Bot: pang",
        "  Ada: !ping elsewhere",
        "  Test Bot: pang",
        "Test Bot said elsewhere meanwhile:",
        "  [#general (Lab)] pong",
      ].join("\n"),
    );
    expect((silent as ExpectationError).elsewhere.map((m) => m.message)).toEqual(["pong"]);
  });

  it("check edits, reactions and typing, with their own failures", async () => {
    const { harness, bot } = await botWorld({}, { timeoutMs: 50 });
    bot.command("go", async (ctx) => {
      await ctx.typing();
      await ctx.react("👍");
      await ctx.edit(await ctx.reply("draft"), "final");
    });
    await bot.start();
    const dm = (await harness.user("Ada")).dm();
    const { messageId } = await dm.send("!go");
    await dm.expectTyping();
    const wrongEmoji = await dm.expectReaction("👎").catch((e: unknown) => e);
    expect((wrongEmoji as Error).message.split("\n")[0]).toBe("expected Test Bot to react with 👎 in the DM between Ada and Test Bot, but it reacted with 👍.");
    await dm.expectReply("draft");
    const wrongEdit = await dm.expectEdit("draft").catch((e: unknown) => e);
    expect((wrongEdit as Error).message.split("\n")[0]).toBe('expected Test Bot to edit a message "draft" in the DM between Ada and Test Bot, but it edited a message to "final".');
    expect(dm.transcript).toEqual(["Ada: !go", 'Test Bot reacted 👍 to "!go"', "Test Bot: draft", "Test Bot edited: final"]);
    for (const [what, attempt] of [
      ["reply", dm.expectReply()],
      ["edit a message", dm.expectEdit()],
      ["react", dm.expectReaction()],
    ] as const) {
      expect(((await attempt.catch((e: unknown) => e)) as Error).message.split("\n")[0]).toBe(`Test Bot did not ${what} in the DM between Ada and Test Bot within 50 ms.`);
    }
    expect(((await dm.expectTyping().catch((e: unknown) => e)) as Error).message.split("\n")[0]).toBe("Test Bot did not start typing in the DM between Ada and Test Bot within 50 ms.");
    expect(messageId > 0n).toBe(true);
  });

  it("expectNoReply() fails with what the bot said", async () => {
    const { harness, bot } = await botWorld();
    bot.use((ctx) => ctx.reply(`echo: ${ctx.text}`));
    await bot.start();
    const dm = (await harness.user("Ada")).dm();
    await dm.send("one");
    const error = await dm.expectNoReply({ withinMs: 50 }).catch((e: unknown) => e);
    expect((error as Error).message.split("\n").slice(0, 2)).toEqual(["expected Test Bot to say nothing more in the DM between Ada and Test Bot, but it said:", "  echo: one"]);
  });

  it("are cut short when the harness closes", async () => {
    const harness = await createBotHarness({ timeoutMs: 60_000 });
    const dm = (await harness.user("Ada")).dm();
    const waiting = dm.expectReply().catch((e: unknown) => e);
    await harness.close();
    expect(((await waiting) as Error).message.split("\n")[0]).toBe("the harness closed while waiting for Test Bot to reply in the DM between Ada and Test Bot.");
    await expect(harness.user("Grace")).rejects.toThrow("BotHarness.user: the harness is closed");
  });
});

describe("the harness", () => {
  it("tests a bot written on the plain client, over a server it was given", async () => {
    const server = createTestServer();
    onCleanup(() => server.close());
    const harness = await createBotHarness({ server, bot: { name: "Plain Bot", username: "plainbot" } });
    const client = new OsmiumClient(harness.botOptions);
    client.on("messageCreated", ({ message }) => {
      if (message && message.authorId !== harness.bot.user.id) void client.reply(message, message.message.toUpperCase());
    });
    await client.connect();
    const dm = (await harness.user({ name: "Ada", username: "ada" })).dm();
    await dm.send("hello");
    await dm.expectReply("HELLO");
    await client.close();
    await harness.close();
    expect(server.connectionCount).toBe(0);
    // The server was given: the harness leaves it open.
    expect((await server.createUser({ name: "Still Open" })).user.name).toBe("Still Open");
  });

  it("validates its options", async () => {
    await expect(createBotHarness({ timeoutMs: 0 })).rejects.toMatchObject({ code: "invalid_argument", argument: "timeoutMs" });
    const harness = await createBotHarness();
    onCleanup(() => harness.close());
    expect(() => harness.community("Empty", [])).toThrow(expect.objectContaining({ code: "invalid_argument", argument: "members" }));
    await expect(harness.group("Empty", [])).rejects.toMatchObject({ code: "invalid_argument", argument: "members" });
    const ada = await harness.user("Ada");
    expect(() => ada.in(harness.community("Lab", [ada]), "nope")).toThrow('HarnessUser.in: community Lab has no channel "nope" (it has general)');
  });
});
