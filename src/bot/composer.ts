// Composer: a list of middleware with shortcuts that put a filter in front of handlers. A Bot is
// one; more can be built separately (one per feature) and installed with `use()`.
import { InvalidArgumentError } from "../index.js";
import type { ChatKind } from "./chat.js";
import type { Context } from "./context.js";
import { type CommandContext, type Filter, type HearsContext, type HearsTrigger, chatKind, isCommand, matches, mentionsMe } from "./filters.js";
import { type Middleware, type MiddlewareFn, type MiddlewareObj, compose, toFunction } from "./middleware.js";

/**
 * Composer holds middleware and runs it in the order it was added. A handler installed behind a
 * filter (`command`, `hears`, `filter`...) runs only when the filter passes, and ends the chain
 * unless it calls `next()`; when the filter does not pass, the update goes on down the chain.
 *
 * @example
 * ```ts
 * const admin = new Composer();
 * admin.command("ban", (ctx) => ctx.reply(`banning ${ctx.command.args[0]}`));
 * bot.filter(fromUser(adminId), admin);
 * ```
 */
export class Composer<C extends Context = Context> implements MiddlewareObj<C> {
  private readonly chain: MiddlewareFn<C>[] = [];

  /** Creates a composer, optionally with some middleware already in it. */
  constructor(...middleware: Middleware<C>[]) {
    this.use(...middleware);
  }

  /** Adds middleware that sees every update reaching this point. */
  use(...middleware: Middleware<C>[]): this {
    this.chain.push(...middleware.map((m, i) => toFunction(m, `middleware[${i}]`)));
    return this;
  }

  /** Runs `middleware` for updates that `predicate` passes; a type guard narrows their context. */
  filter<D extends C>(predicate: (ctx: C) => ctx is D, ...middleware: Middleware<D>[]): this;
  /** Runs `middleware` for updates that `predicate` passes (it may be async). */
  filter(predicate: Filter<C>, ...middleware: Middleware<C>[]): this;
  filter(predicate: Filter<C>, ...middleware: Middleware<C>[]): this {
    if (typeof predicate !== "function") throw new InvalidArgumentError("predicate", "must be a function (ctx) => boolean");
    const branch = compose(middleware.map((m, i) => toFunction(m, `middleware[${i}]`)));
    return this.use(async (ctx, next) => ((await predicate(ctx)) ? branch(ctx, next) : next()));
  }

  /**
   * Runs `middleware` for the commands `names` (`"ping"` or `["start", "help"]`) written with one
   * of the bot's prefixes (`"!ping"`, `"/ping"`); `ctx.command` holds the parsed arguments.
   */
  command(names: string | readonly string[], ...middleware: Middleware<CommandContext<C>>[]): this {
    const list = typeof names === "string" ? [names] : names;
    if (!Array.isArray(list) || list.length === 0) throw new InvalidArgumentError("names", "must be a command name or a non-empty list of them");
    return this.filter(isCommand(...list)<C>, ...middleware);
  }

  /**
   * Runs `middleware` for messages whose text matches `trigger` (a RegExp anywhere in the text, a
   * string as the whole text); `ctx.match` holds the match.
   */
  hears(trigger: HearsTrigger, ...middleware: Middleware<HearsContext<C>>[]): this {
    return this.filter(matches(trigger)<C>, ...middleware);
  }

  /** Runs `middleware` for messages in chats of the given kind(s): `"dm"`, `"group"`, `"channel"`, `"self"`. */
  chatKind(kinds: ChatKind | readonly ChatKind[], ...middleware: Middleware<C>[]): this {
    return this.filter(chatKind(...(typeof kinds === "string" ? [kinds] : kinds)), ...middleware);
  }

  /** Runs `middleware` for messages that mention the bot (`@username`, or a mention entity naming it). */
  mentioned(...middleware: Middleware<C>[]): this {
    return this.filter(mentionsMe, ...middleware);
  }

  /** The whole chain as one middleware function, for installing this composer elsewhere. */
  middleware(): MiddlewareFn<C> {
    return compose(this.chain);
  }
}
