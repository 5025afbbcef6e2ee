// A bot process for the signal tests. argv[2] is the mode:
//   "SIGINT" / "SIGTERM"  one bot, signals on: the test sends that signal while a handler runs
//   "opt-out"             one bot with handleSignals: false
//   "two-bots"            two bots in the process: one signal stops both
// It prints what happens, line by line; after the bot stopped it closes everything, so the process
// must then exit by itself.
import { Bot } from "../../../src/bot/index.js";
import { createBotHarness } from "../../../src/testing/index.js";

async function main(): Promise<void> {
  const mode = process.argv[2] ?? "SIGINT";
  const count = mode === "two-bots" ? 2 : 1;
  const worlds = await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const harness = await createBotHarness({ timeoutMs: 5_000 });
      const bot = new Bot({ ...harness.botOptions, handleSignals: mode !== "opt-out" });
      bot.catch((error) => console.log(`error: ${error.message}`));
      bot.command("slow", async (ctx) => {
        console.log(`bot ${i}: handling`);
        await new Promise((resolve) => setTimeout(resolve, 300));
        await ctx.reply("slow done");
        console.log(`bot ${i}: replied`);
      });
      await bot.start();
      return { harness, bot, dm: (await harness.user("Ada")).dm(), i };
    }),
  );
  console.log(`listeners: SIGINT ${process.listenerCount("SIGINT")}, SIGTERM ${process.listenerCount("SIGTERM")}`);
  for (const { dm } of worlds) await dm.send("!slow");
  await Promise.all(
    worlds.map(async ({ harness, bot, dm, i }) => {
      await bot.untilStopped();
      console.log(`bot ${i}: stopped, client ${bot.client.state}`);
      await dm.expectReply("slow done");
      await harness.close();
    }),
  );
  console.log(`listeners: SIGINT ${process.listenerCount("SIGINT")}, SIGTERM ${process.listenerCount("SIGTERM")}`);
  console.log("all closed");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
