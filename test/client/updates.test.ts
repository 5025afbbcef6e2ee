import { readFileSync } from "node:fs";
import { fromBinary } from "@bufbuild/protobuf";
import { describe, expect, it } from "vitest";
import { ServerMessageSchema } from "../../gen/osmium/client/core_pb.js";
import { UpdateSchema } from "../../gen/osmium/client/updates_pb.js";
import { type ClientEventName, type ClientEvents, UpdatesOverflowError } from "../../src/index.js";
import { nextEvent, transportKinds, until, useHarness } from "./support/harness.js";

interface Vector {
  type: string;
  case: string;
  binary: string;
}
const vectors: Vector[] = JSON.parse(readFileSync(new URL("../fixtures/vectors.json", import.meta.url), "utf8")).vectors;
const updateFrames = vectors
  .filter((v) => v.type === "osmium.client.core.ServerMessage" && v.case.startsWith("update."))
  .map((v) => new Uint8Array(Buffer.from(v.binary, "base64")));
const camel = (snake: string) => snake.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
const updateCases = UpdateSchema.fields.map((f) => f.localName);

describe.each(transportKinds)("update events over %s", (kind) => {
  const h = useHarness(kind);

  it("covers all 25 update cases with golden frames", () => {
    expect(updateFrames).toHaveLength(25);
    expect(updateCases).toHaveLength(25);
    expect(vectors.filter((v) => v.case.startsWith("update.")).map((v) => camel(v.case.slice(7))).sort()).toEqual([...updateCases].sort());
  });

  it.each(updateFrames.map((frame) => [fromBinary(ServerMessageSchema, frame), frame] as const).map(([m, f]) => [m.message.case === "update" ? m.message.value.update.case : "?", m, f] as const))(
    "emits %s with its payload, then update",
    async (name, message, frame) => {
      const client = h.client();
      await client.connect();
      const seen: Array<[string, unknown]> = [];
      for (const event of [...updateCases, "update", "unknownUpdate"] as ClientEventName[]) {
        client.on(event, ((payload: unknown) => seen.push([event, payload])) as ClientEvents[typeof event]);
      }
      h.server.last.sendRaw(frame);
      await until(() => seen.length === 2);
      const update = message.message.case === "update" ? message.message.value : undefined;
      expect(seen).toEqual([
        [name, update?.update.value],
        ["update", update],
      ]);
    },
  );

  it("types each listener's payload by its case", async () => {
    const client = h.client();
    await client.connect();
    const typing = nextEvent(client, "chatTyping");
    h.server.last.push({ update: { case: "chatTyping", value: { userId: 5n, typing: true, chatRef: { ref: { case: "self", value: {} } } } } });
    const payload = await typing;
    expect(payload.$typeName).toBe("osmium.client.updates.UpdateChatTyping");
    expect([payload.userId, payload.typing, payload.chatRef?.ref.case]).toEqual([5n, true, "self"]);
  });

  it("iterates updates with a case filter, and ends on abort", async () => {
    const client = h.client();
    await client.connect();
    const controller = new AbortController();
    const got: bigint[] = [];
    const loop = (async () => {
      for await (const update of client.updates({ filter: ["sessionDeleted"], signal: controller.signal })) {
        got.push(update.update.value.sessionId);
        if (got.length === 2) controller.abort();
      }
    })();
    h.server.last.push({ update: { case: "sessionDeleted", value: { sessionId: 1n } } });
    h.server.last.push({ update: { case: "chatTyping", value: { userId: 1n } } });
    h.server.last.push({ update: { case: "sessionDeleted", value: { sessionId: 2n } } });
    h.server.last.push({ update: { case: "sessionDeleted", value: { sessionId: 3n } } });
    await loop;
    expect(got).toEqual([1n, 2n]);
  });

  it("reports a buffer overflow after yielding what was buffered", async () => {
    const client = h.client();
    await client.connect();
    const iterator = client.updates({ bufferSize: 2, filter: (u) => u.update.case === "sessionDeleted" });
    let delivered = 0;
    client.on("update", () => delivered++);
    for (const id of [1n, 2n, 3n, 4n]) h.server.last.push({ update: { case: "sessionDeleted", value: { sessionId: id } } });
    await until(() => delivered === 4);
    const first = await iterator.next();
    const second = await iterator.next();
    expect([first.value?.update.value, second.value?.update.value].map((v) => (v as { sessionId: bigint }).sessionId)).toEqual([1n, 2n]);
    const overflow = await iterator.next().catch((error: unknown) => error);
    expect(overflow).toBeInstanceOf(UpdatesOverflowError);
    expect(overflow).toMatchObject({ code: "updates_overflow", bufferSize: 2, message: "updates() fell 2 updates behind; later updates were dropped" });
    expect(await iterator.next()).toEqual({ value: undefined, done: true });
  });

  it("ends iterators when the client closes", async () => {
    const client = h.client();
    await client.connect();
    const iterator = client.updates();
    const pending = iterator.next();
    await client.close();
    expect(await pending).toEqual({ value: undefined, done: true });
  });

  it("rejects a bad bufferSize", () => {
    const client = h.client();
    expect(() => client.updates({ bufferSize: 0 })).toThrow(expect.objectContaining({ code: "invalid_argument", argument: "bufferSize" }));
  });
});
