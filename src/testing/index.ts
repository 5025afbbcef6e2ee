// osmium-chat/testing: an Osmium-compatible reference server for tests and local development.

export { createTestServer, TestServer } from "./server.js";
export type { ListenOptions } from "./server.js";
export type { CreateCommunityOptions, CreatedUser, CreateUserOptions } from "./test-api.js";
export type { ServerLimits, ServerProduct, TestServerOptions } from "./options.js";
export { ServerErrorCode } from "./errors.js";
export type { IssuedCode } from "./state.js";
