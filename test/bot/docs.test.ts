// docs/bots.md, every snippet run. Each code block of the page is preceded by a marker saying what
// it is: `<!-- file: path -->` (it must be that file of examples/bot, which
// example-project.test.ts runs as a project), `<!-- region: name -->` (it must be that `#region` of
// this file, which runs it against the reference server), `<!-- output: name -->` (it must be what
// the test of that name prints), or `<!-- commands -->` (shell commands; each must be one that
// example-project.test.ts performs). The last test checks the page against all of them.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { Bot, type BotOptions, Composer, and, fromUser, isChannel } from "../../src/bot/index.js";
import { ExpectationError, createBotHarness } from "../../src/testing/index.js";
import { fmt, mention } from "../../src/index.js";
import { onCleanup, until } from "./support/world.js";

const page = readFileSync(fileURLToPath(new URL("../../docs/bots.md", import.meta.url)), "utf8");
const source = readFileSync(fileURLToPath(import.meta.url), "utf8");
const outputs = new Map<string, string>();

/** A harness listening on a real WebSocket, with Ada and her DM; `url` and `token` are the bot's. */
async function world() {
  const harness = await createBotHarness({ listen: true });
  onCleanup(() => harness.close());
  const ada = await harness.user("Ada");
  return { harness, ada, dm: ada.dm(), url: harness.url as string, token: harness.bot.token };
}

/** Stops `bot` after the test. */
function stopLater(bot: Bot): Bot {
  onCleanup(() => bot.stop());
  return bot;
}

describe("docs/bots.md", () => {
  it("a bot", async () => {
    const { url, token, dm } = await world();
    const lines: string[] = [];
    const log = (line: string) => void lines.push(line);
    // #region bot
    const bot = new Bot({ url, token }); // or new Bot(client) for a client you already have
    bot.command("ping", (ctx) => ctx.reply("pong")); // "!ping" and "/ping"
    bot.hears(/hello/i, (ctx) => ctx.react("👋"));
    bot.use(async (ctx, next) => {
      const started = Date.now();
      await next(); // everything after this middleware runs here
      log(`${ctx.chat.kind} message handled in ${Date.now() - started} ms`);
    });
    bot.catch((error) => log(error.message)); // a failing handler never stops the bot
    await bot.start(); // connects; from now on, every new message but its own comes in
    // #endregion
    stopLater(bot);
    await dm.send("!ping");
    await dm.expectReply("pong");
    await dm.send("Hello!");
    await dm.expectReaction("👋");
    await dm.send("something else");
    await until(() => lines.length === 1, "the logging middleware");
    expect(lines).toEqual([expect.stringMatching(/^dm message handled in \d+ ms$/)]);
    // #region stop
    await bot.stop(); // no new updates; running handlers finish; the client closes
    // #endregion
    expect([bot.status, bot.client.state]).toEqual(["stopped", "closed"]);
  });

  it("middleware", async () => {
    const { url, token, dm } = await world();
    const bot = stopLater(new Bot({ url, token }));
    const lines: string[] = [];
    const log = (line: string) => void lines.push(line);
    // #region middleware
    bot.use(async (ctx, next) => {
      log(`before: ${ctx.text}`);
      await next(); // the rest of the chain runs here, and may throw
      log(`after: ${ctx.text}`);
    });
    bot.command("ping", async (ctx) => {
      log("ping handler");
      await ctx.reply("pong"); // it does not call next(): the chain ends here
    });
    bot.use(async (ctx, next) => {
      log(`no handler took ${ctx.text}`);
      await next();
    });
    // #endregion
    await bot.start();
    await dm.send("!ping");
    await dm.expectReply("pong");
    await dm.send("hi");
    await until(() => lines.length === 6, "both updates");
    expect(lines).toEqual(["before: !ping", "ping handler", "after: !ping", "before: hi", "no handler took hi", "after: hi"]);
  });

  it("filters", async () => {
    const { harness, url, token, ada, dm } = await world();
    const bot = stopLater(new Bot({ url, token }));
    const adminId = ada.user.id;
    // #region filters
    const admin = new Composer(); // the admin commands, kept together
    admin.command("shutdown", (ctx) => ctx.reply("shutting down (not really)"));

    bot.filter(and(isChannel, fromUser(adminId)), admin); // only the admin, only in channels
    bot.chatKind("dm", (ctx) => ctx.reply("this is a private conversation"));
    bot.mentioned((ctx) => ctx.reply(`yes, ${ctx.author?.name}?`)); // "@username" or a mention entity
    bot.filter((ctx) => ctx.text.length > 500, (ctx) => ctx.reply("too long, did not read"));
    // #endregion
    await bot.start();
    const grace = await harness.user("Grace");
    const lab = harness.community("Lab", [ada, grace]);
    await ada.in(lab).send("!shutdown");
    await ada.in(lab).expectReply("shutting down (not really)");
    await dm.send("!shutdown");
    await dm.expectReply("this is a private conversation");
    await grace.in(lab).expectReply("shutting down (not really)");
    await grace.in(lab).send("!shutdown");
    await grace.in(lab).send(fmt`${mention("testbot")} are you there?`);
    await grace.in(lab).expectReply("yes, Grace?");
    await grace.in(lab).send("x".repeat(501));
    await grace.in(lab).expectReply("too long, did not read");
  });

  it("commands", async () => {
    const { url, token, dm } = await world();
    const bot = stopLater(new Bot({ url, token, prefixes: ["!", "/", "."] }));
    // #region commands
    // `!remind 10 "stretch your legs"`: name "remind", args ["10", "stretch your legs"]
    bot.command("remind", (ctx) => {
      const [minutes = "?", what = "something"] = ctx.command.args;
      return ctx.reply(`I will remind you to ${what} in ${minutes} minutes`);
    });
    // `/say **hi** all`: rest "hi all", restText keeps the bold
    bot.command(["say", "echo"], (ctx) => ctx.reply(ctx.command.restText));
    // #endregion
    await bot.start();
    await dm.send('!remind 10 "stretch your legs"');
    await dm.expectReply("I will remind you to stretch your legs in 10 minutes");
    await dm.send(".remind");
    await dm.expectReply("I will remind you to something in ? minutes");
    await dm.send(fmt`/say ${mention("everyone")} hi`);
    expect((await dm.expectReply("@everyone hi")).entities.map((e) => [e.entity.case, e.startIndex])).toEqual([["username", 0]]);
  });

  it("context", async () => {
    const { url, token, dm } = await world();
    const bot = stopLater(new Bot({ url, token }));
    const checkEverything = async () => "all systems go";
    // #region context
    bot.command("status", async (ctx) => {
      const sent = await ctx.reply("checking…"); // a reply to the command
      const report = await ctx.typing(() => checkEverything()); // "typing…" while it runs
      await ctx.edit(sent, report); // the reply now says the result
      await ctx.react("✅"); // on the command
    });
    // #endregion
    await bot.start();
    await dm.send("!status");
    await dm.expectReply("checking…");
    await dm.expectTyping();
    await dm.expectEdit("all systems go");
    await dm.expectReaction("✅");
  });

  it("errors", async () => {
    const { url, token, dm, ada } = await world();
    const bot = stopLater(new Bot({ url, token }));
    const lines: string[] = [];
    const log = (line: string) => void lines.push(line);
    // #region errors
    bot.command("crash", () => {
      throw new Error("boom");
    });
    bot.catch(async (error) => {
      log(`${error.code}: ${error.message}`); // error.error is what was thrown, error.ctx the context
      await error.ctx.reply("sorry, that did not work");
    });
    // #endregion
    await bot.start();
    const { messageId } = await dm.send("!crash");
    await dm.expectReply("sorry, that did not work");
    expect(lines).toEqual([`bot_error: handling message ${messageId} in user:${ada.user.id} failed: boom`]);
  });

  it("shutdown", async () => {
    const { url, token } = await world();
    const bot = new Bot({ url, token });
    const database = { closed: false, async close() { this.closed = true; } };
    const program = (async () => {
      // #region shutdown
      await bot.start(); // in Node, SIGINT and SIGTERM now stop the bot like bot.stop()
      await bot.untilStopped(); // resolves once it stopped, whoever stopped it
      await database.close(); // then release what the bot used; the process can exit
      // #endregion
    })();
    await until(() => bot.status === "running", "the bot to run");
    expect(process.listenerCount("SIGINT")).toBeGreaterThan(0);
    await bot.stop();
    await program;
    expect(database.closed).toBe(true);
  });

  it("catch-up", async () => {
    const { url, token, dm, harness } = await world();
    const bot = stopLater(new Bot({ url, token }));
    const lines: string[] = [];
    const log = (line: string) => void lines.push(line);
    // #region catch-up
    bot.command("ping", (ctx) => ctx.reply(ctx.recovered ? "pong (sorry, I was away)" : "pong"));
    bot.client.on("catchUp", ({ messages, boundHit }) => log(`caught up: ${messages} recovered${boundHit ? ", some skipped" : ""}`));
    // #endregion
    await bot.start();
    await dm.send("!ping");
    await dm.expectReply("pong");
    // #region catch-up-test
    const back = harness.server.holdOffline(harness.bot.user.id); // the bot is away...
    await dm.send("!ping"); // ...while Ada writes
    back(); // the bot reconnects and catches up
    await dm.expectReply("pong (sorry, I was away)");
    // #endregion
    expect(lines).toEqual(["caught up: 1 recovered"]);
    expect(dm.transcript).toEqual(["Ada: !ping", "Test Bot: pong", "Ada: !ping", "Test Bot: pong (sorry, I was away)"]);
  });

  it("harness", async () => {
    const createPingBot = (options: BotOptions) => new Bot(options).command("ping", (ctx) => ctx.reply("pang"));
    // #region harness
    const harness = await createBotHarness({ timeoutMs: 500 });
    const bot = createPingBot({ ...harness.botOptions, handleSignals: false });
    await bot.start();
    const ada = await harness.user("Ada");
    const dm = ada.dm();
    await dm.send("!ping");
    const reply = await dm.expectReply("pong").catch((error: ExpectationError) => error);
    // #endregion
    outputs.set("failure", (reply as ExpectationError).message);
    expect(reply).toBeInstanceOf(ExpectationError);
    await bot.stop();
    await harness.close();
  });

  it("is the code of docs/bots.md, block for block", () => {
    const regions = new Map(
      [...source.matchAll(/^( *)\/\/ #region (\S+)\n([\s\S]*?)^ *\/\/ #endregion$/gm)].map(([, indent = "", name = "", body = ""]) => [
        name,
        body
          .split("\n")
          .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line))
          .join("\n")
          .trimEnd(),
      ]),
    );
    const blocks = [...page.matchAll(/<!-- (file|region|output|commands)(?:: (\S+))? -->\n```(\w+)\n([\s\S]*?)^```$/gm)];
    const allBlocks = [...page.matchAll(/^```\w*\n/gm)];
    expect(blocks.length).toBe(allBlocks.length / 2);
    for (const [, kind, name = "", , body = ""] of blocks) {
      const code = body.trimEnd();
      if (kind === "file") expect(code, name).toBe(readFileSync(fileURLToPath(new URL(`../../${name}`, import.meta.url)), "utf8").trimEnd());
      if (kind === "region") expect(code, name).toBe(regions.get(name));
      if (kind === "output") expect(code, name).toBe(outputs.get(name));
      if (kind === "commands") for (const line of code.split("\n")) expect(PERFORMED, line).toContain(line.replace(/ +#.*$/, ""));
    }
    const used = new Set(blocks.filter(([, kind]) => kind === "region").map(([, , name]) => name));
    expect([...regions.keys()].filter((name) => !used.has(name))).toEqual([]);
  });
});

/** Commands of the guide, as example-project.test.ts performs them (installing is linking the built package there). */
const PERFORMED = [
  "mkdir echo-bot && cd echo-bot",
  "npm init -y && npm pkg set type=module",
  "npm install osmium-chat",
  "npm install --save-dev typescript vitest @types/node",
  "npm test",
  "npm run build",
  "OSMIUM_URL=ws://127.0.0.1:8080 OSMIUM_TOKEN=<the bot's token> npm start",
];
