// JSON.stringify cannot write a result as it comes (a bigint throws); with jsonReplacer any result,
// update or request serializes: ids as exact decimal strings, bytes as base64, no protobuf-es
// bookkeeping, oneofs as { case, value }.
import { create } from "@bufbuild/protobuf";
import { afterEach, describe, expect, it } from "vitest";
import { FilePartSchema } from "../../gen/osmium/client/media_pb.js";
import { createClient, jsonReplacer } from "../../src/index.js";
import { sendMessage } from "../../src/rpc.js";
import { createTestServer } from "../../src/testing/index.js";

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

describe("jsonReplacer", () => {
  it("serializes a real result and update: ids exact, no $typeName, oneofs as { case, value }", async () => {
    const server = createTestServer();
    closers.push(() => server.close());
    const { token } = await server.createUser({ name: "Ada" });
    const client = createClient({ transport: server.transport(), token });
    closers.push(() => client.close());
    const created: string[] = [];
    client.on("messageCreated", (update) => created.push(JSON.stringify(update, jsonReplacer)));
    await client.connect();
    const self = { ref: { case: "self" as const, value: {} } };
    const sent = await sendMessage(client, { chatRef: self, message: "hello" });
    expect(() => JSON.stringify(sent)).toThrow(TypeError);
    expect(JSON.stringify(sent, jsonReplacer)).toBe(`{"messageId":"${sent.messageId}"}`);
    await expect.poll(() => created.length).toBe(1);
    const update = JSON.parse(created[0] as string) as { message: { messageId: string; chatRef: unknown; message: string } };
    expect(update.message.messageId).toBe(String(sent.messageId));
    expect(update.message.chatRef).toEqual({ ref: { case: "self", value: {} } });
    expect(update.message.message).toBe("hello");
    expect(created[0]).not.toContain("$typeName");
  });

  it("keeps ids above 2^53 exact and writes bytes as base64", () => {
    const id = 18_446_744_073_709_551_615n;
    expect(JSON.stringify({ id, ids: [1n, id] }, jsonReplacer)).toBe('{"id":"18446744073709551615","ids":["1","18446744073709551615"]}');
    expect(BigInt((JSON.parse(JSON.stringify({ id }, jsonReplacer)) as { id: string }).id)).toBe(id);
    const part = create(FilePartSchema, { data: Uint8Array.from([0, 1, 2, 250, 251, 252, 253, 254, 255]) });
    expect(JSON.stringify(part, jsonReplacer)).toBe('{"data":"AAEC+vv8/f7/"}');
    const unknown = { ...part, $unknown: [{ no: 9, wireType: 0, data: Uint8Array.of(1) }] };
    expect(JSON.stringify(unknown, jsonReplacer)).toBe('{"data":"AAEC+vv8/f7/"}');
  });
});
