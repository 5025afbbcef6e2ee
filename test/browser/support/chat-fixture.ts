// The world the example app's browser test runs in: the reference server on a real WebSocket, seeded
// with a community; the example echo bot (the SDK in Node); Grace, a second human, as a Node client;
// and the example page, built from the package's dist/ and served over HTTP.
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { ChatRefs, OsmiumClient, parseMarkdown } from "../../../src/index.js";
import { type CreatedUser, type TestServer, createTestServer } from "../../../src/testing/index.js";
import type { Bot } from "../../../src/bot/index.js";
import { createEchoBot } from "../../../examples/bot/src/echo-bot.js";
import { type StaticServer, serveStatic } from "./static-server.js";

const repo = new URL("../../../", import.meta.url).pathname;

/** Everything the example app's test talks to. */
export interface ChatWorld {
  readonly server: TestServer;
  readonly wsUrl: string;
  readonly ada: CreatedUser;
  readonly bot: Bot;
  readonly botUser: CreatedUser;
  readonly grace: OsmiumClient;
  readonly graceUser: CreatedUser;
  readonly general: ReturnType<typeof ChatRefs.channel>;
  readonly communityId: bigint;
  /** The page's URL, pointing it at the server. */
  readonly pageUrl: string;
  close(): Promise<void>;
}

/** Ada's credentials. */
export const ADA = { email: "ada@example.com", password: "password123" } as const;
/** Grace's welcome message, the channel's history before Ada arrives. */
export const WELCOME = "Welcome to **Osmium Demo**! Try `!ping` or `!echo`.";

/** The example page, built by its own build script into a temporary directory and served over HTTP. */
export interface ExampleSite {
  /** The page's URL, pointing it at the server `wsUrl`. */
  pageUrl(wsUrl: string): string;
  close(): Promise<void>;
}

/** Builds the example with `examples/browser/build.mjs` (from dist/, as an app would) and serves it. */
export async function serveExample(): Promise<ExampleSite> {
  const dir = await mkdtemp(join(tmpdir(), "osmium-example-"));
  try {
    await promisify(execFile)(process.execPath, [join(repo, "examples/browser/build.mjs"), "--outdir", dir]);
    const web: StaticServer = await serveStatic(dir);
    return {
      pageUrl: (wsUrl) => `${web.origin}/?server=${encodeURIComponent(wsUrl)}`,
      async close() {
        await web.close();
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

/** Seeds the server, starts the bot and Grace, builds and serves the page. */
export async function createChatWorld(): Promise<ChatWorld> {
  const server = createTestServer();
  const ada = await server.createUser({ name: "Ada", username: "ada", ...ADA });
  const botUser = await server.createUser({ name: "Echo Bot", username: "echobot", bot: true });
  const graceUser = await server.createUser({ name: "Grace", username: "grace" });
  const { community, channels } = server.createCommunity({
    owner: ada.user.id,
    name: "Osmium Demo",
    channels: ["random"],
    members: [botUser.user.id, graceUser.user.id],
  });
  const channel = channels.find((c) => c.name === "general");
  if (!channel) throw new Error("no #general");
  const general = ChatRefs.channel(community.id, channel.id);
  const wsUrl = await server.listen({ port: 0 });
  const bot = createEchoBot({ url: wsUrl, token: botUser.token, handleSignals: false }, () => {});
  await bot.start();
  const grace = new OsmiumClient({ url: wsUrl, token: graceUser.token, reconnect: { initialDelayMs: 20, maxDelayMs: 100 } });
  await grace.connect();
  await grace.messages.sendMessage({ chatRef: general, ...parseMarkdown(WELCOME) });

  const site = await serveExample();
  return {
    server,
    wsUrl,
    ada,
    bot,
    botUser,
    grace,
    graceUser,
    general,
    communityId: community.id,
    pageUrl: site.pageUrl(wsUrl),
    async close() {
      await Promise.all([bot.stop(), grace.close(), site.close()]);
      await server.close();
    },
  };
}
