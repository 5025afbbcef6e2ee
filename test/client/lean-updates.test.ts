// The leanest client: `new BaseClient({ updates: [messageCreated] })` decodes the update cases it is
// given (from osmium-chat/updates) and keeps any other as an unknown field, `unknownUpdate`; the
// bundle then carries those decoders alone. The cases in use are the process's: this file starts
// with none (vitest gives each file its own modules) and makes a createClient() last.
import { afterEach, describe, expect, it } from "vitest";
import { BaseClient, type ClientEventName, InvalidArgumentError, createClient } from "../../src/index.js";
import { chatTyping, messageCreated } from "../../src/updates.js";
import { ScriptedServer } from "./support/scripted-server.js";

const servers: ScriptedServer[] = [];
const clients: BaseClient[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) await client.close();
  for (const server of servers.splice(0)) await server.close();
});

async function connected(make: (server: ScriptedServer) => BaseClient): Promise<{ server: ScriptedServer; client: BaseClient; events: Array<[ClientEventName, unknown]> }> {
  const server = new ScriptedServer();
  servers.push(server);
  const client = make(server);
  clients.push(client);
  const events: Array<[ClientEventName, unknown]> = [];
  for (const name of ["messageCreated", "chatTyping", "update", "unknownUpdate", "error"] as const) {
    client.on(name, (payload: unknown) => events.push([name, payload]));
  }
  await client.connect();
  return { server, client, events };
}

const typing = { chatTyping: { userId: 7n, typing: true } };
const created = { messageCreated: { message: { messageId: 9n, message: "hello" } } };

describe("a client given its update cases", () => {
  it("emits the cases it was given and keeps any other as unknownUpdate, its bytes in $unknown", async () => {
    const { server, events } = await connected((s) => new BaseClient({ transport: s.transport(), keepalive: false, reconnect: false, updates: [messageCreated] }));
    server.last.push({ update: { case: "chatTyping", value: typing.chatTyping } });
    server.last.push({ update: { case: "messageCreated", value: created.messageCreated } });
    await expect.poll(() => events.length).toBe(3);
    expect(events.map(([name]) => name)).toEqual(["unknownUpdate", "messageCreated", "update"]);
    const unknown = events[0]![1] as { update: { case: unknown }; $unknown?: Array<{ no: number; wireType: number }> };
    expect(unknown.update.case).toBeUndefined();
    expect(unknown.$unknown?.map(({ no, wireType }) => [no, wireType])).toEqual([[9, 2]]);
    expect(events[1]![1]).toMatchObject({ message: { messageId: 9n, message: "hello" } });
  });

  it("refuses an updates option that is not a list of update cases, naming it", () => {
    const bad = (updates: unknown) => () => new BaseClient({ updates: updates as never });
    expect(bad(messageCreated)).toThrow(expect.objectContaining({ name: "InvalidArgumentError", argument: "updates" }));
    expect(bad([messageCreated, "chatTyping"])).toThrow(expect.objectContaining({ name: "InvalidArgumentError", argument: "updates[1]" }));
    expect(bad([{ case: "chatTyping" }])).toThrow(InvalidArgumentError);
  });

  it("decodes a case once any client of the app is given it", async () => {
    const lean = await connected((s) => new BaseClient({ transport: s.transport(), keepalive: false, reconnect: false }));
    lean.server.last.push({ update: { case: "chatTyping", value: typing.chatTyping } });
    await expect.poll(() => lean.events.length).toBe(1);
    expect(lean.events[0]![0]).toBe("unknownUpdate");
    new BaseClient({ updates: [chatTyping] });
    lean.server.last.push({ update: { case: "chatTyping", value: typing.chatTyping } });
    await expect.poll(() => lean.events.length).toBe(3);
    expect(lean.events.slice(1).map(([name]) => name)).toEqual(["chatTyping", "update"]);
    expect(lean.events[1]![1]).toMatchObject({ userId: 7n, typing: true });
  });

  it("createClient() decodes every case, whatever its updates option says", async () => {
    const { server, events } = await connected((s) => createClient({ transport: s.transport(), keepalive: false, reconnect: false, updates: [] }));
    server.last.push({ update: { case: "userStatus", value: { userId: 3n } } });
    await expect.poll(() => events.length).toBe(1);
    expect(events[0]![0]).toBe("update");
    expect(events[0]![1]).toMatchObject({ update: { case: "userStatus", value: { userId: 3n } } });
  });
});
