// The quick start of src/testing/README.md, run as a test. The code between the `#region` and
// `#endregion` lines below is the README's example, except for its two import paths (the README
// imports the published names "osmium-chat" and "osmium-chat/testing"); the last test fails when
// the two drift apart.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe } from "vitest";

// #region quick-start
import { afterEach, expect, test } from "vitest";
import { ChatRefs, OsmiumClient, RpcError } from "../../src/index.js";
import { createTestServer, ServerErrorCode, type TestServer } from "../../src/testing/index.js";

// The bot under test: answers "!ping" with a reply "pong".
async function startPingBot(client: OsmiumClient): Promise<void> {
  client.on("messageCreated", ({ message }) => {
    if (message?.message !== "!ping") return;
    void client.messages.sendMessage({ chatRef: message.chatRef, message: "pong", replyTo: { messageId: message.messageId } });
  });
  await client.connect();
}

let server: TestServer | undefined;
const clients: OsmiumClient[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  await server?.close();
});

test("the bot answers !ping", async () => {
  server = createTestServer();
  const alice = await server.createUser({ name: "Alice" });
  const bot = await server.createUser({ name: "Ping Bot", bot: true });
  const { community, channels } = server.createCommunity({ owner: alice.user.id, name: "Lab", members: [bot.user.id] });
  const general = ChatRefs.channel(community.id, channels[0]!.id); // every community starts with #general

  const botClient = new OsmiumClient({ transport: server.transport(), token: bot.token });
  const human = new OsmiumClient({ transport: server.transport(), token: alice.token });
  clients.push(botClient, human);
  await startPingBot(botClient);
  await human.connect();

  const updates = human.updates({ filter: ["messageCreated"] }); // subscribe before sending
  const { messageId } = await human.messages.sendMessage({ chatRef: general, message: "!ping" });
  for await (const { update } of updates) {
    if (update.value.message?.authorId !== bot.user.id) continue; // Alice's own message comes first
    expect(update.value.message.message).toBe("pong");
    expect(update.value.message.reply?.messageId).toBe(messageId);
    break;
  }
});

test("failed calls reject with RpcError and the server's error code", async () => {
  server = createTestServer();
  const alice = await server.createUser({ name: "Alice" });
  const client = new OsmiumClient({ transport: server.transport(), token: alice.token });
  clients.push(client);
  await client.connect();

  const error = await client.messages.sendMessage({ chatRef: ChatRefs.user(42n), message: "hi" }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(RpcError);
  expect((error as RpcError).errorCode).toBe(ServerErrorCode.NotFound);
  expect((error as RpcError).errorMessage).toBe("chat_ref: no user 42");
});

test("over a real WebSocket, and through a dropped connection", async () => {
  server = createTestServer();
  const url = await server.listen({ port: 0 }); // ws://127.0.0.1:<free port>
  const bot = await server.createUser({ name: "Ping Bot", bot: true });
  const client = new OsmiumClient({ url, token: bot.token, reconnect: { initialDelayMs: 10 } });
  clients.push(client);
  expect((await client.connect()).user?.name).toBe("Ping Bot");

  const resynced = new Promise((resolve) => client.once("resync", resolve));
  server.dropConnections(); // fault injection: every client loses its connection
  await resynced; // the client reconnected and authorized again
  expect(server.connectionCount).toBe(1);
});
// #endregion quick-start

describe("src/testing/README.md", () => {
  test("shows the quick start above, with the published import paths", () => {
    const here = readFileSync(fileURLToPath(import.meta.url), "utf8");
    const region = /\/\/ #region quick-start\n([\s\S]*?)\/\/ #endregion quick-start\n/.exec(here)?.[1];
    const readme = readFileSync(fileURLToPath(new URL("../../src/testing/README.md", import.meta.url)), "utf8");
    const block = /<!-- quick-start: test\/server\/readme-example\.test\.ts -->\n```ts\n([\s\S]*?)```\n/.exec(readme)?.[1];
    expect(region).toBeDefined();
    expect(block).toBe(region?.replace('"../../src/index.js"', '"osmium-chat"').replace('"../../src/testing/index.js"', '"osmium-chat/testing"'));
  });
});
