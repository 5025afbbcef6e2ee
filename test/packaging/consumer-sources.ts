// The consumer files the packaging test writes into its temporary project.

/** Node ESM: import both entry points, run one exchange against the in-memory reference server. */
export const USE_FROM_ESM = `
import { OsmiumClient, OsmiumError, parseMarkdown, toHtml, toMarkdown } from "osmium-chat";
import { createTestServer } from "osmium-chat/testing";
import { messageCreated } from "osmium-chat/updates";
if (messageCreated.case !== "messageCreated") throw new Error("osmium-chat/updates: " + messageCreated.case);
${exchange("esm")}
`;

/** Node CJS: the same through require(). */
export const USE_FROM_CJS = `
const { OsmiumClient, OsmiumError, parseMarkdown, toHtml, toMarkdown } = require("osmium-chat");
const { createTestServer } = require("osmium-chat/testing");
const { messageCreated } = require("osmium-chat/updates");
if (messageCreated.case !== "messageCreated") throw new Error("osmium-chat/updates: " + messageCreated.case);
(async () => {
${exchange("cjs")}
})().catch((error) => { console.error(error); process.exit(1); });
`;

function exchange(format: string): string {
  return `
const server = createTestServer();
const { user, token } = await server.createUser({ name: "Ada" });
const client = new OsmiumClient({ transport: server.transport(), token });
const ready = await client.connect();
const chatRef = { ref: { case: "user", value: { userId: user.id } } };
const { messageId } = await client.messages.sendMessage({ chatRef, ...parseMarkdown("hello **world**") });
const { messages } = await client.messages.getHistory({ chatRef, limit: 1 });
const sent = messages.find((m) => m.messageId === messageId);
let errorCode;
try { await client.messages.sendMessage("not an object"); } catch (error) { errorCode = OsmiumError.is(error) ? error.code : String(error); }
await client.close();
await server.close();
console.log(JSON.stringify({ format: ${JSON.stringify(format)}, ready: ready.user?.name, sent: toMarkdown(sent), formatted: toHtml(sent), errorCode }));
`;
}

/** A typed consumer (ESM syntax), for tsc under node16 (.mts) and bundler (.ts). */
export const CONSUMER_TYPES = `
import { BaseClient, ChatRefs, OsmiumClient, type OsmiumClientOptions, type RpcError, type UpdatePayload } from "osmium-chat";
import { createTestServer, type TestServer } from "osmium-chat/testing";
import { messageCreated, type UpdateCaseDecoder } from "osmium-chat/updates";

const server: TestServer = createTestServer();
const options: OsmiumClientOptions = { transport: server.transport(), requestTimeoutMs: 5_000 };
const client = new OsmiumClient(options);
export const sent: Promise<bigint> = client.messages
  .sendMessage({ chatRef: ChatRefs.self(), message: "hi" }, { timeoutMs: 1_000 })
  .then((result) => result.messageId);
client.on("messageCreated", (update: UpdatePayload<"messageCreated">) => update.message?.message.toUpperCase());
client.on("authFailed", (error: RpcError) => error.errorCode.toFixed());
// @ts-expect-error: no such method
client.messages.sendMessages;
export const lean = new BaseClient({ transport: server.transport(), updates: [messageCreated] });
export const created: UpdateCaseDecoder<"messageCreated"> = messageCreated;
// @ts-expect-error: an update case, not its name
new BaseClient({ updates: ["messageCreated"] });
// @ts-expect-error: the request is typed
client.messages.sendMessage({ message: 42 });
`;

/** A typed CommonJS consumer (.cts under node16): import = require. */
export const CONSUMER_CJS = `
import osmium = require("osmium-chat");
import testing = require("osmium-chat/testing");

const client = new osmium.OsmiumClient({ transport: testing.createTestServer().transport() });
export const result: Promise<void> = client.messages.editMessage({ message: "edited" });
// @ts-expect-error: the result of editMessage is void
export const wrong: Promise<string> = client.messages.editMessage({});
`;
