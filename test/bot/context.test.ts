// The context of a message: what arrived, where and from whom, and the actions bound to it
// (reply, send, react, edit, typing), checked from the user's side of the conversation.
import { describe, expect, it } from "vitest";
import { Context } from "../../src/bot/index.js";
import { OsmiumClient, fmt, bold } from "../../src/index.js";
import { botWorld, manualWorld } from "./support/world.js";

describe("Context", () => {
  it("describes the message, its author and its chat, for each kind of chat", async () => {
    const { harness, bot } = await botWorld();
    const seen: unknown[] = [];
    bot.use(async (ctx) => {
      seen.push({ text: ctx.text, authorId: ctx.authorId, author: ctx.author?.name, me: ctx.me?.name, chat: { ...ctx.chat, ref: ctx.chat.ref.ref.case } });
      await ctx.reply("seen");
    });
    await bot.start();
    const ada = await harness.user("Ada");
    const lab = harness.community("Lab", [ada]);
    const team = await harness.group("Team", [ada]);
    for (const [conversation, text] of [[ada.dm(), "in a DM"], [ada.in(team), "in a group"], [ada.in(lab), "in a channel"]] as const) {
      await conversation.send(text);
      await conversation.expectReply("seen");
    }
    const common = { authorId: ada.user.id, author: "Ada", me: "Test Bot" };
    expect(seen).toEqual([
      { ...common, text: "in a DM", chat: { kind: "dm", ref: "user", key: `user:${ada.user.id}`, userId: ada.user.id } },
      { ...common, text: "in a group", chat: { kind: "group", ref: "group", key: `group:${team.group.id}`, groupId: team.group.id } },
      {
        ...common,
        text: "in a channel",
        chat: { kind: "channel", ref: "channel", key: `channel:${lab.community.id}:${lab.channels[0]?.id}`, communityId: lab.community.id, channelId: lab.channels[0]?.id },
      },
    ]);
  });

  it("replies (as a reply), sends (not a reply), and edits what it sent", async () => {
    const { harness, bot } = await botWorld();
    bot.command("talk", async (ctx) => {
      const reply = ctx.reply(fmt`a ${bold("reply")}`);
      expect(typeof reply.clientId).toBe("bigint");
      const sent = await reply;
      expect(sent.clientId).toBe(reply.clientId);
      await ctx.send("a plain message");
      await ctx.edit(sent, "an edited reply");
      await ctx.edit(sent.messageId, fmt`edited ${bold("again")}`);
    });
    await bot.start();
    const dm = (await harness.user("Ada")).dm();
    const { messageId } = await dm.send("!talk");
    const reply = await dm.expectReply("a reply");
    expect(reply.reply?.messageId).toBe(messageId);
    expect(reply.entities.map((e) => e.entity.case)).toEqual(["bold"]);
    const plain = await dm.expectReply("a plain message");
    expect(plain.reply).toBeUndefined();
    expect((await dm.expectEdit("an edited reply")).entities).toEqual([]);
    const again = await dm.expectEdit("edited again");
    expect([again.messageId, again.entities.map((e) => e.entity.case)]).toEqual([reply.messageId, ["bold"]]);
    expect(dm.transcript).toEqual(["Ada: !talk", "Test Bot: a **reply**", "Test Bot: a plain message", "Test Bot edited: an edited reply", "Test Bot edited: edited **again**"]);
  });

  it("reacts to the message, and shows typing once or around work", async () => {
    const { harness, bot } = await botWorld();
    bot.command("react", (ctx) => ctx.react("🎉"));
    bot.command("type", (ctx) => ctx.typing());
    bot.command("work", async (ctx) => {
      const answer = await ctx.typing(async () => 42, { intervalMs: 1_000 });
      await ctx.reply(`the answer is ${answer}`);
    });
    await bot.start();
    const dm = (await harness.user("Ada")).dm();
    const { messageId } = await dm.send("!react");
    expect(await dm.expectReaction("🎉")).toEqual({ messageId, emoji: "🎉" });
    await dm.send("!type");
    await dm.expectTyping();
    await dm.send("!work");
    await dm.expectTyping();
    await dm.expectReply("the answer is 42");
  });

  it("rejects an edit target that is not a message id, naming it", async () => {
    const { harness, bot, arrive } = await manualWorld();
    const outcomes: unknown[] = [];
    bot.use(async (ctx) => {
      outcomes.push(await ctx.edit("7" as never, "x").catch((e: unknown) => e));
    });
    const dm = (await harness.user("Ada")).dm();
    await bot.handleUpdate(await arrive(dm, "edit"));
    expect(outcomes).toEqual([expect.objectContaining({ code: "invalid_argument", argument: "target" })]);
  });

  it("can be made directly, for testing one middleware; it needs a message with a chat", async () => {
    const { harness, client, arrive } = await manualWorld();
    const update = await arrive((await harness.user("Ada")).dm(), "!ping a b");
    const ctx = new Context({ client, update, prefixes: ["!"] });
    expect([ctx.text, ctx.command?.name, ctx.command?.args, ctx.me, ctx.mentionsMe, ctx.signal.aborted]).toEqual(["!ping a b", "ping", ["a", "b"], undefined, false, false]);
    const detached = new OsmiumClient({ url: "ws://127.0.0.1:1" });
    expect(() => new Context({ client: detached, update: { ...update, message: undefined } })).toThrow(expect.objectContaining({ code: "invalid_argument", argument: "update.message" }));
    expect(() => new Context({ client: detached, update: { ...update, message: { ...update.message!, chatRef: undefined } } })).toThrow(
      expect.objectContaining({ code: "invalid_argument", argument: "message.chatRef" }),
    );
  });
});
