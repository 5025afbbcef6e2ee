// The leanest client: `new BaseClient({ updates: [messageCreated] })` decodes the update cases it is
// given (from osmium-chat/updates) and keeps any other as an unknown field, `unknownUpdate`; the
// bundle then carries those decoders alone. The cases in use are the process's, so each test
// starts from fresh modules, with no case in use.
import { afterEach, describe, expect, it, vi } from "vitest";
import type { BaseClient, ClientEventName } from "../../src/index.js";

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

/** The client API, the update cases and a scripted server, from fresh modules: no case in use. */
async function fresh() {
  vi.resetModules();
  const sdk = await import("../../src/index.js");
  const updates = await import("../../src/updates.js");
  const { ScriptedServer } = await import("./support/scripted-server.js");
  const server = new ScriptedServer();
  closers.push(() => server.close());
  return { sdk, updates, server };
}

async function connected(client: BaseClient): Promise<Array<[ClientEventName, unknown]>> {
  closers.push(() => client.close());
  const events: Array<[ClientEventName, unknown]> = [];
  for (const name of ["messageCreated", "chatTyping", "update", "unknownUpdate", "error"] as const) {
    client.on(name, (payload: unknown) => events.push([name, payload]));
  }
  await client.connect();
  return events;
}

const options = { keepalive: false, reconnect: false } as const;
const typing = { userId: 7n, typing: true };

describe("a client given its update cases", () => {
  it("emits the cases it was given and keeps any other as unknownUpdate, its bytes in $unknown", async () => {
    const { sdk, updates, server } = await fresh();
    const events = await connected(new sdk.BaseClient({ transport: server.transport(), ...options, updates: [updates.messageCreated] }));
    server.last.push({ update: { case: "chatTyping", value: typing } });
    server.last.push({ update: { case: "messageCreated", value: { message: { messageId: 9n, message: "hello" } } } });
    await expect.poll(() => events.length).toBe(3);
    expect(events.map(([name]) => name)).toEqual(["unknownUpdate", "messageCreated", "update"]);
    const unknown = events[0]![1] as { update: { case: unknown }; $unknown?: Array<{ no: number; wireType: number }> };
    expect(unknown.update.case).toBeUndefined();
    expect(unknown.$unknown?.map(({ no, wireType }) => [no, wireType])).toEqual([[9, 2]]);
    expect(events[1]![1]).toMatchObject({ message: { messageId: 9n, message: "hello" } });
  });

  it("refuses an updates option that is not a list of update cases, naming it", async () => {
    const { sdk, updates } = await fresh();
    const bad = (value: unknown) => () => new sdk.BaseClient({ updates: value as never });
    expect(bad(updates.messageCreated)).toThrow(expect.objectContaining({ name: "InvalidArgumentError", argument: "updates" }));
    expect(bad([updates.messageCreated, "chatTyping"])).toThrow(expect.objectContaining({ name: "InvalidArgumentError", argument: "updates[1]" }));
    expect(bad([{ case: "chatTyping" }])).toThrow(sdk.InvalidArgumentError);
  });

  it("decodes a case once any client of the app is given it", async () => {
    const { sdk, updates, server } = await fresh();
    const events = await connected(new sdk.BaseClient({ transport: server.transport(), ...options }));
    server.last.push({ update: { case: "chatTyping", value: typing } });
    await expect.poll(() => events.length).toBe(1);
    expect(events[0]![0]).toBe("unknownUpdate");
    new sdk.BaseClient({ updates: [updates.chatTyping] });
    server.last.push({ update: { case: "chatTyping", value: typing } });
    await expect.poll(() => events.length).toBe(3);
    expect(events.slice(1).map(([name]) => name)).toEqual(["chatTyping", "update"]);
    expect(events[1]![1]).toMatchObject(typing);
  });

  it("createClient() decodes every case, whatever its updates option says", async () => {
    const { sdk, server } = await fresh();
    const events = await connected(sdk.createClient({ transport: server.transport(), ...options, updates: [] }));
    server.last.push({ update: { case: "userStatus", value: { userId: 3n } } });
    await expect.poll(() => events.length).toBe(1);
    expect(events[0]![0]).toBe("update");
    expect(events[0]![1]).toMatchObject({ update: { case: "userStatus", value: { userId: 3n } } });
  });
});
