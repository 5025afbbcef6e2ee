// The seeded "Echo Bot" of `osmium-chat serve`, running inside the server process over the
// in-memory transport (no socket, no second process): it answers direct messages with their own
// text and `!echo <text>` (or a mention) anywhere with the text, formatting included.
import { Bot } from "../bot/index.js";
import { OsmiumClient } from "../index.js";
import type { TestServer } from "../testing/index.js";

/** How the seeded bot account signs in; printed like Ada's, so a restart can sign it in again. */
export const ECHO_BOT = { name: "Echo Bot", username: "echobot", email: "echobot@example.com", password: "password123" } as const;

/** What the bot answers, printed after its token. */
export const ECHO_BOT_HELP = "answers direct messages and !echo <text> with the same text";

/**
 * Signs the seeded bot in over the in-memory transport (a restored state keeps its account, not our
 * copy of its token). Resolves with its token, or with why it could not (serve then runs without it).
 */
export async function signInEchoBot(server: TestServer): Promise<{ token: string } | { failure: string }> {
  const client = new OsmiumClient({ transport: server.transport(), reconnect: false });
  try {
    await client.connect();
    const { token } = await client.auth.signIn({ email: ECHO_BOT.email, password: ECHO_BOT.password });
    return { token };
  } catch (error) {
    return { failure: `${ECHO_BOT.email} could not sign in: ${error instanceof Error ? error.message : String(error)}` };
  } finally {
    await client.close();
  }
}

/** Starts the echo bot as the account behind `token`; the caller stops it before closing the server. */
export async function startEchoBot(server: TestServer, token: string, log: (line: string) => void): Promise<Bot> {
  // Signals belong to the CLI, which stops the bot before it closes the server.
  const bot = new Bot({ transport: server.transport(), token, handleSignals: false, appVersion: "osmium-chat-serve" });
  bot.command("echo", (ctx) => ctx.reply(ctx.command.rest === "" ? "(nothing to echo)" : ctx.command.restText));
  bot.mentioned((ctx) => ctx.reply({ message: ctx.message.message, entities: ctx.message.entities }));
  bot.chatKind("dm", (ctx) => ctx.reply({ message: ctx.message.message, entities: ctx.message.entities }));
  bot.catch((error) => log(`echo bot: ${error.message}`));
  await bot.start();
  return bot;
}
