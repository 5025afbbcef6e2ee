#!/usr/bin/env node
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
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

/** Writes the state next to its destination, then renames: a crash never leaves half a file. */
function writeAtomically(path: string, text: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

async function serve(argv: string[]): Promise<void> {
  const args = parseServeArgs(argv);
  const server = createTestServer();
  let lines: string[] = [];
  if (args.statePath && existsSync(args.statePath)) {
    server.loadState(readFileSync(args.statePath, "utf8"));
    lines = [`state loaded from ${args.statePath}`];
  } else {
    lines = await seed(server);
  }
  const url = await server.listen({ port: args.port, host: args.host });
  console.log(`osmium-chat reference server listening on ${url}`);
  for (const line of lines) console.log(line);

  let timer: ReturnType<typeof setInterval> | undefined;
  let last = "";
  const save = () => {
    if (!args.statePath) return;
    const text = server.saveState();
    if (text !== last) writeAtomically(args.statePath, text);
    last = text;
  };
  if (args.statePath) {
    save();
    timer = setInterval(save, 1000);
  }
  const stop = async () => {
    if (timer) clearInterval(timer);
    save();
    await server.close();
    process.exit(0);
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
