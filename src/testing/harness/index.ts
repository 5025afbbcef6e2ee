// The bot test harness of osmium-chat/testing: users who talk to a bot through the reference server.
export { BotHarness, createBotHarness } from "./harness.js";
export type { BotHarnessOptions, HarnessClientOptions } from "./harness.js";
export { HarnessUser } from "./harness-user.js";
export type { HarnessCommunity, HarnessGroup } from "./harness-user.js";
export { Conversation } from "./conversation.js";
export type { ExpectOptions, ExpectedMessage } from "./conversation.js";
export type { BotReaction } from "./chat-record.js";
export { ExpectationError } from "./expectation-error.js";
