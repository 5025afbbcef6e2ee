// Filters: predicates over a context, for `composer.filter(predicate, handler)`. Each is a plain
// function, so a bundler keeps only those a bot uses; the composer's shortcuts (`command`, `hears`,
// `chatKind`, `mentioned`) are built on them.
import { type IdInput, InvalidArgumentError, parseId } from "../index.js";
import type { ChatKind } from "./chat.js";
import type { ParsedCommand } from "./command.js";
import type { Context } from "./context.js";

/** A predicate over a context; one that returns `ctx is D` narrows the handlers' context type. */
export type Filter<C> = (ctx: C) => boolean | Promise<boolean>;

/** A context known to carry a command (what `command()` handlers receive). */
export type CommandContext<C extends Context = Context> = C & {
  /** The command, parsed: never `undefined` here. */
  readonly command: ParsedCommand;
};

/** A context whose text matched a `hears()` trigger (what its handlers receive). */
export type HearsContext<C extends Context = Context> = C & {
  /** What the trigger matched: `match[0]`, then the groups. */
  match: RegExpExecArray;
};

/** What `hears()` listens for: a regular expression, a string (the whole text, exactly), or a list of them. */
export type HearsTrigger = string | RegExp | readonly (string | RegExp)[];

const CHAT_KINDS: readonly ChatKind[] = ["dm", "group", "channel", "self"];
const COMMAND_NAME = /^[\p{L}\p{N}_-]+$/u;

/** Passes messages sent in a chat of one of `kinds`. */
export function chatKind(...kinds: ChatKind[]): (ctx: Context) => boolean {
  if (kinds.length === 0) throw new InvalidArgumentError("kinds", "must name at least one chat kind");
  for (const kind of kinds) if (!CHAT_KINDS.includes(kind)) throw new InvalidArgumentError("kinds", `must be "dm", "group", "channel" or "self", got ${JSON.stringify(kind)}`);
  const wanted = new Set(kinds);
  return (ctx) => wanted.has(ctx.chat.kind);
}

/** Passes direct messages (a DM between one user and the bot). */
export const isDM = (ctx: Context): boolean => ctx.chat.kind === "dm";
/** Passes messages in group chats. */
export const isGroup = (ctx: Context): boolean => ctx.chat.kind === "group";
/** Passes messages in community channels. */
export const isChannel = (ctx: Context): boolean => ctx.chat.kind === "channel";
/** Passes messages that mention the bot (see {@link Context.mentionsMe}). */
export const mentionsMe = (ctx: Context): boolean => ctx.mentionsMe;

/** Passes messages from one of the users `userIds`. */
export function fromUser(...userIds: IdInput[]): (ctx: Context) => boolean {
  const ids = new Set(userIds.map((id, i) => parseId(id, `userIds[${i}]`)));
  return (ctx) => ids.has(ctx.authorId);
}

/**
 * Passes commands named `names` (any command when none are given), written with one of the bot's
 * prefixes, and not addressed to another bot (`"/ping@otherbot"`).
 */
export function isCommand(...names: string[]): <C extends Context>(ctx: C) => ctx is CommandContext<C> {
  const wanted = new Set(
    names.map((name, i) => {
      if (typeof name !== "string" || !COMMAND_NAME.test(name)) throw new InvalidArgumentError(`names[${i}]`, "must be a command name: letters, digits, _ or -, without the prefix");
      return name.toLowerCase();
    }),
  );
  return <C extends Context>(ctx: C): ctx is CommandContext<C> => {
    const command = ctx.command;
    if (command === undefined || (wanted.size > 0 && !wanted.has(command.name))) return false;
    return command.target === undefined || command.target.toLowerCase() === ctx.me?.username?.toLowerCase();
  };
}

/**
 * Passes messages whose text matches `trigger` and sets `ctx.match` to the match. A string must
 * equal the whole text (surrounding whitespace ignored); a regular expression may match anywhere.
 */
export function matches(trigger: HearsTrigger): <C extends Context>(ctx: C) => ctx is HearsContext<C> {
  const list: readonly (string | RegExp)[] = Array.isArray(trigger) ? trigger : [trigger as string | RegExp];
  if (list.length === 0) throw new InvalidArgumentError("trigger", "must not be an empty list");
  const patterns = list.map((t, i) => {
    if (t instanceof RegExp) return t;
    if (typeof t === "string") return new RegExp(`^\\s*${t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*$`, "u");
    throw new InvalidArgumentError(Array.isArray(trigger) ? `trigger[${i}]` : "trigger", "must be a string or a RegExp");
  });
  return <C extends Context>(ctx: C): ctx is HearsContext<C> => {
    for (const pattern of patterns) {
      // A global or sticky pattern keeps its position between calls: every message starts afresh.
      pattern.lastIndex = 0;
      const match = pattern.exec(ctx.text);
      if (match) {
        ctx.match = match;
        return true;
      }
    }
    return false;
  };
}

/** Passes when `filter` does not. */
export function not<C>(filter: Filter<C>): Filter<C> {
  return async (ctx) => !(await filter(ctx));
}

/** Passes when every filter passes (checked in order, stopping at the first that does not). */
export function and<C>(...filters: Filter<C>[]): Filter<C> {
  return async (ctx) => {
    for (const filter of filters) if (!(await filter(ctx))) return false;
    return true;
  };
}

/** Passes when any filter passes (checked in order, stopping at the first that does). */
export function or<C>(...filters: Filter<C>[]): Filter<C> {
  return async (ctx) => {
    for (const filter of filters) if (await filter(ctx)) return true;
    return false;
  };
}
