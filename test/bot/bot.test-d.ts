// The toolkit's types: filters narrow the context their handlers receive.
import { describe, expectTypeOf, it } from "vitest";
import { Bot, type BotError, type Context, type ParsedCommand, isCommand } from "../../src/bot/index.js";
import type { PendingSend, User } from "../../src/index.js";

declare const bot: Bot;

describe("bot types", () => {
  it("gives command handlers a command and hears handlers a match", () => {
    bot.command("ping", (ctx) => {
      expectTypeOf(ctx.command).toEqualTypeOf<ParsedCommand>();
      expectTypeOf(ctx.command.args).toEqualTypeOf<readonly string[]>();
    });
    bot.hears(/x/, (ctx) => {
      expectTypeOf(ctx.match).toEqualTypeOf<RegExpExecArray>();
    });
    bot.use((ctx) => {
      expectTypeOf(ctx.command).toEqualTypeOf<ParsedCommand | undefined>();
      expectTypeOf(ctx.match).toEqualTypeOf<RegExpExecArray | undefined>();
      expectTypeOf(ctx.me).toEqualTypeOf<User | undefined>();
      expectTypeOf(ctx.reply("x")).toEqualTypeOf<PendingSend>();
    });
  });

  it("narrows through a type-guard filter", () => {
    bot.filter(isCommand("a"), (ctx) => {
      expectTypeOf(ctx.command.name).toEqualTypeOf<string>();
    });
    bot.filter((ctx): ctx is Context & { state: { user: string } } => typeof ctx.state.user === "string", (ctx) => {
      expectTypeOf(ctx.state.user).toEqualTypeOf<string>();
    });
  });

  it("hands the error handler a BotError of the bot's context", () => {
    bot.catch((error) => {
      expectTypeOf(error).toEqualTypeOf<BotError<Context>>();
      expectTypeOf(error.ctx.chat.kind).toEqualTypeOf<"dm" | "group" | "channel" | "self">();
    });
  });
});
