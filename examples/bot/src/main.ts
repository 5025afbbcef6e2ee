// Runs the echo bot until Ctrl-C (SIGINT) or SIGTERM: then it finishes what it is doing and exits.
//   OSMIUM_URL=ws://127.0.0.1:8080 OSMIUM_TOKEN=... npm start
import { createEchoBot } from "./echo-bot.js";

const token = process.env.OSMIUM_TOKEN;
if (!token) {
  console.error("set OSMIUM_TOKEN to the bot account's token (and OSMIUM_URL to the server's URL)");
  process.exit(1);
}
const bot = createEchoBot({ token, ...(process.env.OSMIUM_URL ? { url: process.env.OSMIUM_URL } : {}) });
await bot.start();
console.log(`echo bot: connected as ${bot.me?.name} (${bot.me?.id})`);
await bot.untilStopped();
console.log("echo bot: stopped");
