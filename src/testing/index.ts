// osmium-chat/testing: an Osmium-compatible reference server for tests and local development.

export { createTestServer, TestServer } from "./server.js";
export { UnsupportedRuntimeError } from "./runtime-support.js";
export type { ListenOptions } from "./wire/listener.js";
export type { CreateCommunityOptions, CreatedUser, CreateUserOptions } from "./test-api.js";
export type { ServerLimits, ServerProduct, TestServerOptions } from "./model/core/options.js";
export { ServerErrorCode } from "./model/core/errors.js";
export type { IssuedCode } from "./model/state/server-state.js";
// The bot test harness: users who talk to a bot and expect its answers.
export * from "./harness/index.js";
