// The echo bot: `!ping` (replies, then edits the reply with the round-trip time), `!echo <text>`
// (echoes the text back with its formatting), `!whoami`. It reacts 👀 to every command it serves,
// answers a mention in a channel or any other direct message with a hint, and ignores the rest.
import { Bot, type BotOptions, isCommand } from "osmium-chat/bot";

const HINT = "try !ping, !echo <text> or !whoami";

/** Builds the bot on a client made from `options` (`url`/`transport`, `token`, ...); `log` receives what it does. */
export function createEchoBot(options: BotOptions, log: (line: string) => void = console.log): Bot {
  const bot = new Bot({ appVersion: "echo-bot/1.0", ...options });

  // Middleware around every update: how long the bot took, logged once the handlers are done.
  bot.use(async (ctx, next) => {
    const started = performance.now();
    await next();
    if (ctx.command) log(`bot: ${ctx.command.prefix}${ctx.command.name} handled in ${Math.round(performance.now() - started)} ms`);
  });
  // In front of the commands: 👀 first, then the rest of the chain.
  bot.filter(isCommand(), async (ctx, next) => {
    await ctx.react("👀");
    await next();
  });

  bot.command("ping", async (ctx) => {
    const started = performance.now();
    const sent = await ctx.reply("pong");
    await ctx.edit(sent, `pong (${Math.max(1, Math.round(performance.now() - started))} ms)`);
  });
  bot.command("echo", (ctx) => ctx.reply(ctx.command.rest === "" ? "(nothing to echo)" : ctx.command.restText));
  bot.command("whoami", (ctx) => ctx.reply(`you are ${ctx.author?.name ?? `user ${ctx.authorId}`} (id ${ctx.authorId})`));
  bot.filter(isCommand(), (ctx) => ctx.reply(`unknown command ${ctx.command.prefix}${ctx.command.name}; ${HINT}`));

  bot.mentioned((ctx) => ctx.reply(`hi ${ctx.author?.name ?? "there"}! ${HINT}`));
  bot.chatKind("dm", (ctx) => ctx.reply(`I only answer commands: ${HINT}`));

  bot.catch((error) => log(`bot: ${error.message}`));
  return bot;
}
