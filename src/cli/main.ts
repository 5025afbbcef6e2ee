#!/usr/bin/env node
import { existsSync } from "node:fs";
import { createTestServer, type TestServer } from "../testing/index.js";
import { parseServeArgs, usage } from "./args.js";
import { mainUsage } from "./help.js";
import { isProtocolCommand, runProtocolCommand } from "./run.js";

/** Seeds a demo community with a human and a bot, and prints how to connect as either. */
async function seed(server: TestServer): Promise<string[]> {
  const ada = await server.createUser({ name: "Ada", username: "ada", email: "ada@example.com", password: "password123" });
  const bot = await server.createUser({ name: "Echo Bot", username: "echobot", bot: true });
  const { community, channels } = server.createCommunity({
    owner: ada.user.id,
    name: "Osmium Demo",
    channels: ["random"],
    members: [bot.user.id],
  });
  return [
    `community ${community.name} (${community.id}); channels ${channels.map((c) => `#${c.name} (${c.id})`).join(", ")}`,
    `user  Ada      (ada@example.com / password123) token ${ada.token}`,
    `bot   Echo Bot token ${bot.token}`,
  ];
}

async function serve(argv: string[]): Promise<void> {
  const args = parseServeArgs(argv);
  const server = createTestServer();
  let lines: string[] = [];
  if (args.statePath && existsSync(args.statePath)) {
    await server.loadStateFile(args.statePath);
    lines = [`state loaded from ${args.statePath}`];
  } else {
    lines = await seed(server);
  }
  const url = await server.listen({ port: args.port, host: args.host });
  console.log(`osmium-chat reference server listening on ${url}`);
  for (const line of lines) console.log(line);

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
    await saving?.catch(() => undefined);
    const saved = await save()?.catch(failed);
    await server.close();
    process.exit(saved === false ? 1 : 0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

const [command, ...rest] = process.argv.slice(2);
if (isProtocolCommand(command)) {
  void runProtocolCommand(command, rest);
} else if (command === "--help" || command === "-h") {
  console.log(mainUsage);
} else if (command === "serve" && (rest.includes("--help") || rest.includes("-h"))) {
  console.log(usage);
} else if (command === "serve") {
  serve(rest).catch((e: unknown) => {
    console.error(`osmium-chat serve: ${(e as Error).message}\n\n${usage}`);
    process.exit(2);
  });
} else {
  console.error(command === undefined ? mainUsage : `unknown command ${command}\n\n${mainUsage}`);
  process.exit(2);
}
