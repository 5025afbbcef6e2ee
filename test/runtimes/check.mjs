// The end-to-end check every runtime of the matrix runs, from the installed package (plain ESM
// JavaScript, so Node, Bun and Deno run the same file as is). It prints one JSON line and must
// end by itself: nothing it opened may keep the process alive.
import { ChatRefs, OsmiumClient } from "osmium-chat";
import { createTestServer } from "osmium-chat/testing";

/** Ada sends Bob a direct message; Bob's client hears `messageCreated`. Both clients use `connect`. */
async function exchange(server, connect) {
  const ada = await server.createUser({ name: "Ada" });
  const bob = await server.createUser({ name: "Bob" });
  const sender = new OsmiumClient({ ...connect(), token: ada.token });
  const receiver = new OsmiumClient({ ...connect(), token: bob.token });
  const readyAs = [(await sender.connect()).user?.name, (await receiver.connect()).user?.name];
  const received = new Promise((resolve) => receiver.once("messageCreated", ({ message }) => resolve(message)));
  const { messageId } = await sender.messages.sendMessage({ chatRef: ChatRefs.user(bob.user.id), message: "hello from the runtime" });
  const message = await received;
  await sender.close();
  await receiver.close();
  return { readyAs, received: message?.message, sameId: message?.messageId === messageId, states: [sender.state, receiver.state] };
}

const memoryServer = createTestServer();
const memory = await exchange(memoryServer, () => ({ transport: memoryServer.transport() }));
await memoryServer.close();

const socketServer = createTestServer();
const url = await socketServer.listen({ port: 0 });
const websocket = await exchange(socketServer, () => ({ url }));
await socketServer.close();

/** Which runtime ran this, as it names itself (Bun and Deno report a Node version too, so they go first). */
function runtime() {
  if (globalThis.Deno) return `deno ${globalThis.Deno.version.deno}`;
  if (globalThis.Bun) return `bun ${globalThis.Bun.version}`;
  return `node ${globalThis.process.versions.node}`;
}

console.log(JSON.stringify({ runtime: runtime(), memory, websocket, url: url.replace(/:\d+$/, ":PORT") }));
