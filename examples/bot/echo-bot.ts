// An Osmium bot: `!ping` (replies, then edits the reply with the round-trip time), `!echo <text>`
// (echoes formatted text back), `!whoami` (who you are). It reacts 👀 to every command it serves.
import { OsmiumClient, type UpdatePayload } from "osmium-chat";

/** What the bot needs to run. */
export interface EchoBotOptions {
  /** Server URL, e.g. `ws://127.0.0.1:8080`. */
  url: string;
  /** The bot account's token. */
  token: string;
  /** Where the bot logs what it does. @default console.log */
  log?: (line: string) => void;
}

/** Starts the bot; resolves once it is connected and listening. Call `stop()` to shut it down. */
export async function startEchoBot(options: EchoBotOptions): Promise<{ client: OsmiumClient; stop(): Promise<void> }> {
  const log = options.log ?? console.log;
  const client = new OsmiumClient({ url: options.url, token: options.token, appVersion: "echo-bot/1.0" });
  const ready = await client.connect();
  const me = ready.user;
  log(`bot: connected as ${me?.name} (${me?.id})`);

  const serve = async ({ message, author }: UpdatePayload<"messageCreated">): Promise<void> => {
    if (!message || message.authorId === me?.id) return;
    const text = message.message.trim();
    const command = /^!(\w+)\s*([\s\S]*)$/.exec(text);
    if (!command) return;
    const [, name, rest = ""] = command;
    const chatRef = message.chatRef;
    const reply = (body: string, entities: typeof message.entities = []) =>
      client.messages.sendMessage({ chatRef, message: body, entities, replyTo: { messageId: message.messageId } });

    await client.reactions.addReaction({ chatRef, messageId: message.messageId, emoji: { emoji: { case: "unicodeEmoji", value: "👀" } } });
    switch (name) {
      case "ping": {
        const started = performance.now();
        const { messageId } = await reply("pong");
        const ms = Math.max(1, Math.round(performance.now() - started));
        await client.messages.editMessage({ chatRef, messageId, message: `pong (${ms} ms)` });
        log(`bot: ping answered in ${ms} ms`);
        break;
      }
      case "echo": {
        // Keep the sender's formatting: shift their entities to where the echoed text starts.
        const offset = [...text].length - [...rest].length;
        const entities = message.entities
          .filter((e) => e.startIndex >= offset)
          .map((e) => ({ ...e, startIndex: e.startIndex - offset }));
        await reply(rest || "(nothing to echo)", entities);
        log(`bot: echoed ${JSON.stringify(rest)}`);
        break;
      }
      case "whoami": {
        // The server sends the author along with channel messages; fall back to a profile lookup.
        const name = author?.name ?? `user ${message.authorId}`;
        await reply(`you are ${name} (id ${message.authorId})`);
        log(`bot: told ${name} who they are`);
        break;
      }
      default:
        await reply(`unknown command !${name}; try !ping, !echo <text> or !whoami`);
    }
  };

  client.on("messageCreated", (update) => {
    serve(update).catch((e: unknown) => log(`bot: failed to answer: ${(e as Error).message}`));
  });
  return { client, stop: () => client.close() };
}
