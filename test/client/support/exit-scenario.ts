// Run in a child process by handles.test.ts: exercises every path that owns a timer or a socket
// (keepalive, pending calls with timeouts, reconnect backoff, connect in progress, both transports),
// closes everything, and then must let the process exit by itself.
import { OsmiumClient, type OsmiumClientOptions } from "../../../src/index.js";
import { ScriptedServer } from "./scripted-server.js";

const chatRef = { ref: { case: "self" as const, value: {} } };
// Calls settled by close(): observed at once, so they never count as unhandled rejections.
const observed = (promise: Promise<unknown>): Promise<unknown> => promise.catch((error: unknown) => error);
// Long enough that any of them left behind keeps the process alive well past the test's patience.
const LONG = { keepalive: { intervalMs: 20_000, timeoutMs: 20_000 }, reconnect: { initialDelayMs: 60_000, maxDelayMs: 60_000 }, requestTimeoutMs: 60_000 };

async function scenario(endpoint: () => Pick<OsmiumClientOptions, "transport" | "url">, server: ScriptedServer): Promise<void> {
  server.on("messagesSendMessage", () => undefined);
  // 1. Ready, with keepalive running and calls pending.
  const ready = new OsmiumClient({ ...endpoint(), ...LONG });
  await ready.connect();
  const pending = [observed(ready.messages.sendMessage({ chatRef })), observed(ready.messages.sendMessage({ chatRef }, { timeoutMs: 50_000 }))];
  await ready.close();
  await Promise.allSettled(pending);
  // 2. Waiting out a reconnect backoff, with a call queued.
  const backoff = new OsmiumClient({ ...endpoint(), ...LONG });
  await backoff.connect();
  const reconnecting = new Promise((resolve) => backoff.once("reconnecting", resolve));
  server.last.kill();
  await reconnecting;
  const queued = observed(backoff.messages.sendMessage({ chatRef }));
  await backoff.close();
  await Promise.allSettled([queued]);
  // 3. Closed while the transport is still opening.
  const opening = new OsmiumClient({ ...endpoint(), ...LONG });
  const connecting = observed(opening.connect());
  await opening.close();
  await Promise.allSettled([connecting]);
  // 4. A refused token (fatal), then closed.
  const refused = new OsmiumClient({ ...endpoint(), ...LONG, token: "bad" });
  await refused.connect().catch(() => {});
  await refused.close();
}

async function main(): Promise<void> {
  const memory = new ScriptedServer();
  await scenario(() => ({ transport: memory.transport() }), memory);
  await memory.close();
  const ws = new ScriptedServer();
  const url = await ws.listen();
  await scenario(() => ({ url }), ws);
  await ws.close();
  process.stdout.write("scenario done\n");
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exitCode = 1;
});
