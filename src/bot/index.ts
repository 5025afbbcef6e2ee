// osmium-chat/bot: a bot toolkit on the public client. Middleware with next(), filters, a context
// per message with its actions, per-chat ordering, error isolation and graceful shutdown.

export { Bot } from "./bot.js";
export type { BotErrorHandler, BotStatus } from "./bot.js";
export type { BotOptions, BotSettings } from "./options.js";
export { Composer } from "./composer.js";
export { Context, DEFAULT_PREFIXES } from "./context.js";
export type { ContextInit } from "./context.js";
export type { BotChat, ChannelChat, ChatKind, DMChat, GroupChat, SelfChat } from "./chat.js";
export { parseCommand, splitArgs } from "./command.js";
export type { ParsedCommand } from "./command.js";
export { and, chatKind, fromUser, isChannel, isCommand, isDM, isGroup, matches, mentionsMe, not, or } from "./filters.js";
export type { CommandContext, Filter, HearsContext, HearsTrigger } from "./filters.js";
export { compose } from "./middleware.js";
export type { Middleware, MiddlewareFn, MiddlewareObj, NextFunction } from "./middleware.js";
// The bot's errors are OsmiumErrors, exported by "osmium-chat" too.
export { BotError, BotOverflowError, MiddlewareError } from "../index.js";
