#!/usr/bin/env node
// The `osmium-chat` command. The build makes it an entry of the package's ESM build, whose code it
// shares through common chunks: the CLI ships no second copy of the server or the client.
import { existsSync } from "node:fs";
import type { Bot } from "../bot/index.js";
import { createTestServer, type TestServer } from "../testing/index.js";
import { parseServeArgs, usage, UsageError } from "./args.js";
import { ECHO_BOT, ECHO_BOT_HELP, signInEchoBot, startEchoBot } from "./echo-bot.js";
import { mainUsage } from "./help.js";
import { isProtocolCommand, runProtocolCommand } from "./run.js";
import { packageVersion } from "./version.js";

/** Seeds a demo community with a human and the echo bot; resolves with what to print and the bot's token. */
async function seed(server: TestServer): Promise<{ lines: string[]; botToken: string }> {
  const ada = await server.createUser({ name: "Ada", username: "ada", email: "ada@example.com", password: "password123" });
  const bot = await server.createUser({ ...ECHO_BOT, bot: true });
  const { community, channels } = server.createCommunity({
    owner: ada.user.id,
    name: "Osmium Demo",
    channels: ["random"],
    members: [bot.user.id],
  });
  return {
    lines: [
      `community ${community.name} (${community.id}); channels ${channels.map((c) => `#${c.name} (${c.id})`).join(", ")}`,
      `user  Ada      (ada@example.com / password123) token ${ada.token}`,
    ],
    botToken: bot.token,
  };
}

async function serve(argv: string[]): Promise<void> {
  const args = parseServeArgs(argv);
  const server = createTestServer();
  let lines: string[];
  let botToken: string | undefined;
  let noBot = "";
  if (args.statePath && existsSync(args.statePath)) {
    await server.loadStateFile(args.statePath);
    lines = [`state loaded from ${args.statePath}`];
    const signedIn = await signInEchoBot(server);
    if ("token" in signedIn) botToken = signedIn.token;
    else noBot = signedIn.failure;
  } else {
    ({ lines, botToken } = await seed(server));
  }
  const url = await server.listen({ port: args.port, host: args.host });
  const bot: Bot | undefined = botToken === undefined ? undefined : await startEchoBot(server, botToken, (line) => console.error(line));

  // Saves write only what changed (file contents once each, asynchronously), run one at a time, and
  // are skipped while one is still running: the event loop keeps serving calls meanwhile.
  const statePath = args.statePath;
  let timer: ReturnType<typeof setInterval> | undefined;
  let saving: Promise<unknown> | undefined;
  const save = () => {
    if (!statePath || saving) return saving;
    saving = server.saveStateFile(statePath).finally(() => (saving = undefined));
    return saving;
  };
  const failed = (e: unknown) => {
    console.error(`osmium-chat serve: saving ${statePath} failed: ${(e as Error).message}`);
    return false;
  };
  if (statePath) {
    await save();
    timer = setInterval(() => void save()?.catch(failed), 1000);
  }
  const stop = async () => {
    if (timer) clearInterval(timer);
    await bot?.stop();
    await saving?.catch(() => undefined);
    // saveStateFile resolves false when nothing changed since the last save: that is not a failure.
    const saved = await save()?.then(() => true, failed);
    await server.close();
    process.exit(saved === false ? 1 : 0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  // Printed last: whoever waits for these lines may send a signal at once, and it must find the handlers.
  console.log(`osmium-chat reference server listening on ${url}`);
  for (const line of lines) console.log(line);
  console.log(
    botToken === undefined
      ? `bot   none (${noBot})`
      : `bot   ${ECHO_BOT.name} token ${botToken} (${ECHO_BOT.email} / ${ECHO_BOT.password}); ${ECHO_BOT_HELP}`,
  );
}

/** A bad command line prints the usage and exits 2; anything else (a port in use, a runtime without Web Crypto) is one line and exit 1. */
function fail(error: unknown): never {
  if (error instanceof UsageError) {
    console.error(`osmium-chat serve: ${error.message}\n\n${usage}`);
    process.exit(2);
  }
  console.error(`osmium-chat serve: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

const [command, ...rest] = process.argv.slice(2);
if (isProtocolCommand(command)) {
  void runProtocolCommand(command, rest);
} else if (command === "--help" || command === "-h") {
  console.log(mainUsage);
} else if (command === "--version" || command === "-v") {
  console.log(packageVersion());
} else if (command === "serve" && (rest.includes("--help") || rest.includes("-h"))) {
  console.log(usage);
} else if (command === "serve") {
  serve(rest).catch(fail);
} else {
  console.error(command === undefined ? mainUsage : `unknown command ${command}\n\n${mainUsage}`);
  process.exit(2);
}
