// A process that runs bots through their whole life and closes everything; the test checks that it
// then exits by itself. argv[2]: "socket" (a real WebSocket), "memory", "timeout" (stop() gives up
// on a handler that never finishes), "given" (a bot on a client the scenario made and closes).
import { Bot } from "../../../src/bot/index.js";
import { OsmiumClient } from "../../../src/index.js";
import { createBotHarness } from "../../../src/testing/index.js";

async function main(): Promise<void> {
  const mode = process.argv[2] ?? "socket";
  const harness = await createBotHarness(mode === "socket" ? { listen: { port: 0 } } : {});
  const given = mode === "given" ? new OsmiumClient(harness.botOptions) : undefined;
  const settings = { stopTimeoutMs: mode === "timeout" ? 100 : 60_000 };
  const bot = given ? new Bot(given, settings) : new Bot({ ...harness.botOptions, ...settings });
  bot.command("ping", async (ctx) => {
    await ctx.typing(() => ctx.reply("pong"), { intervalMs: 50 });
  });
  bot.command("hang", () => new Promise(() => {}));
  bot.catch((error) => console.log(`error: ${error.message}`));
  await bot.start();
  const dm = (await harness.user("Ada")).dm();
  await dm.send("!ping");
  await dm.expectReply("pong");
  if (mode === "timeout") await dm.send("!hang");
  await bot.stop();
  await given?.close();
  await harness.close();
  console.log(`done: ${mode}, bot ${bot.status}, client ${bot.client.state}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
