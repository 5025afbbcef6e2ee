// `npm run demo`: the reference server, the example bot and a scripted human, over a real WebSocket.
// Prints a transcript of the conversation and exits 0 (non-zero if any step does not happen).
import { OsmiumClient, parseMarkdown, toMarkdown, type UpdatePayload } from "osmium-chat";
import { createTestServer } from "osmium-chat/testing";
import { startEchoBot } from "./bot/echo-bot.js";

const STEP_TIMEOUT_MS = 5_000;
const names = new Map<bigint, string>();
const say = (line: string) => console.log(line);

/** Resolves with the first `messageCreated` / `message` update that `match` accepts. */
function next<E extends "messageCreated" | "message" | "messageReactions">(
  client: OsmiumClient,
  event: E,
  match: (payload: UpdatePayload<E>) => boolean,
): Promise<UpdatePayload<E>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      client.off(event, listener as never);
      reject(new Error(`no ${event} within ${STEP_TIMEOUT_MS} ms`));
    }, STEP_TIMEOUT_MS);
    const listener = (payload: UpdatePayload<E>) => {
      if (!match(payload)) return;
      clearTimeout(timer);
      client.off(event, listener as never);
      resolve(payload as never);
    };
    client.on(event, listener as never);
  });
}

async function main(): Promise<void> {
  const server = createTestServer();
  const ada = await server.createUser({ name: "Ada", username: "ada" });
  const bot = await server.createUser({ name: "Echo Bot", username: "echobot", bot: true });
  const { community, channels } = server.createCommunity({ owner: ada.user.id, name: "Osmium Demo", members: [bot.user.id] });
  const general = channels[0];
  if (!general) throw new Error("the demo community has no channel");
  names.set(ada.user.id, "Ada").set(bot.user.id, "Echo Bot");
  const url = await server.listen({ port: 0 });
  say(`reference server on ${url}; community "${community.name}", channel #${general.name}\n`);

  const echo = await startEchoBot({ url, token: bot.token, log: (line) => say(`  · ${line}`) });
  const human = new OsmiumClient({ url, token: ada.token, appVersion: "demo/1.0" });
  await human.connect();
  const chatRef = { ref: { case: "channel" as const, value: { communityId: community.id, channelId: general.id } } };

  // The transcript: every message and edit in #general, as Ada's client receives them.
  human.on("messageCreated", ({ message }) => {
    if (message) say(`[#${general.name}] ${names.get(message.authorId) ?? message.authorId}: ${toMarkdown(message)}`);
  });
  human.on("message", ({ message }) => {
    if (message) say(`[#${general.name}] ${names.get(message.authorId)} edited: ${toMarkdown(message)}`);
  });
  human.on("messageReactions", ({ reactions }) => {
    for (const r of reactions?.reactionFields ?? []) {
      const emoji = r.emoji?.emoji.case === "unicodeEmoji" ? r.emoji.emoji.value : "?";
      say(`  (reaction ${emoji} ×${r.count} on message ${reactions?.messageId})`);
    }
  });

  const fromBot = (p: UpdatePayload<"messageCreated">) => p.message?.authorId === bot.user.id;
  const send = (markdown: string) => human.messages.sendMessage({ chatRef, ...parseMarkdown(markdown) });

  await send("!ping");
  const pong = await next(human, "messageCreated", fromBot);
  await next(human, "message", (p) => p.message?.messageId === pong.message?.messageId);

  await send("!echo hello **bold** and _italic_ world 👋");
  await next(human, "messageCreated", fromBot);

  await send("!whoami");
  const whoami = await next(human, "messageCreated", fromBot);
  if (!whoami.message?.message.includes("Ada")) throw new Error(`whoami answered ${whoami.message?.message}`);

  const history = await human.messages.getHistory({ chatRef, limit: 10 });
  say(`\n#${general.name} now holds ${history.messages.length} messages; the bot replied to every command.`);

  await echo.stop();
  await human.close();
  await server.close();
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(`demo failed: ${(e as Error).stack ?? e}`);
    process.exit(1);
  },
);
