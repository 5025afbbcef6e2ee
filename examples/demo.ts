// `npm run demo`: the echo bot of examples/bot (written with osmium-chat/bot) and Ada, a scripted
// user, talk through the reference server over a real WebSocket; the harness of osmium-chat/testing
// drives Ada. Prints a transcript and exits 0 (non-zero, with what the bot did say, if any step
// does not happen).
import { fmt, mention, parseMarkdown, toMarkdown } from "osmium-chat";
import { createBotHarness } from "osmium-chat/testing";
import { createEchoBot } from "./bot/src/echo-bot.js";

const say = (line: string) => console.log(line);

async function main(): Promise<void> {
  const harness = await createBotHarness({ bot: { name: "Echo Bot", username: "echobot" }, listen: true, timeoutMs: 5_000 });
  const ada = await harness.user({ name: "Ada", username: "ada" });
  const demo = harness.community("Osmium Demo", [ada]);
  say(`reference server on ${harness.url}; community "${demo.community.name}", channel #general\n`);

  const bot = createEchoBot({ ...harness.botOptions, handleSignals: false }, (line) => say(`  · ${line}`));
  await bot.start();
  say(`  · bot: connected as ${bot.me?.name} (${bot.me?.id})`);

  // The transcript: every message, edit and reaction, as Ada's client receives them.
  const names = new Map([[ada.user.id, "Ada"], [harness.bot.user.id, "Echo Bot"]]);
  const where = (dm: boolean) => (dm ? "[DM]" : "[#general]");
  ada.client.on("messageCreated", ({ message }) => {
    if (message) say(`${where(message.chatRef?.ref.case === "user")} ${names.get(message.authorId)}: ${toMarkdown(message)}`);
  });
  ada.client.on("message", ({ message }) => {
    if (message) say(`${where(message.chatRef?.ref.case === "user")} ${names.get(message.authorId)} edited: ${toMarkdown(message)}`);
  });
  ada.client.on("messageReactions", ({ reactions }) => {
    for (const r of reactions?.reactionFields ?? []) say(`  (reaction ${r.emoji?.emoji.value} ×${r.count} on message ${reactions?.messageId})`);
  });

  const general = ada.in(demo);
  await general.send("!ping");
  await general.expectReaction("👀");
  await general.expectReply("pong");
  await general.expectEdit(/^pong \(\d+ ms\)$/);

  await general.send(parseMarkdown("!echo hello **bold** and _italic_ world 👋"));
  await general.expectReaction("👀");
  const echo = await general.expectReply("hello bold and italic world 👋");
  if (toMarkdown(echo) !== "hello **bold** and _italic_ world 👋") throw new Error(`the echo lost its formatting: ${toMarkdown(echo)}`);

  await general.send("!whoami");
  await general.expectReaction("👀");
  await general.expectReply(`you are Ada (id ${ada.user.id})`);

  await general.send(fmt`${mention("echobot")} what can you do?`);
  await general.expectReply("hi Ada! try !ping, !echo <text> or !whoami");
  await general.send("a message for the humans");
  await general.expectNoReply();

  const dm = ada.dm();
  await dm.send("hello bot");
  await dm.expectReply("I only answer commands: try !ping, !echo <text> or !whoami");

  await bot.stop();
  if (bot.status !== "stopped" || bot.client.state !== "closed") throw new Error(`the bot did not stop: ${bot.status}, client ${bot.client.state}`);
  const history = await ada.client.messages.getHistory({ chatRef: general.chatRef, limit: 20 });
  say(`\n#general holds ${history.messages.length} messages; the bot answered every command and mention, then stopped.`);
  await harness.close();
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(`demo failed: ${(e as Error).stack ?? e}`);
    process.exit(1);
  },
);
