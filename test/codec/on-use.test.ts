// Result cases decoded on use: a frame decodes an `RPCResult` case once a method returning it was
// called (or a CoreClient, which may call any, was made); until then the case is kept as an unknown
// field, as protobuf keeps a field its reader does not know, and nothing is lost. The cases in use
// are the process's, so each test starts from fresh modules, with no case in use.
import { create, fromBinary, toBinary } from "@bufbuild/protobuf";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type RPCResult, RPCResultSchema } from "../../gen/osmium/client/core_pb.js";
import type { ScriptedServer } from "../client/support/scripted-server.js";

const servers: ScriptedServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

/** The codec, the client API and a scripted server, from fresh modules: no case in use. */
async function fresh() {
  vi.resetModules();
  const codec = await import("../../gen/osmium/fast_codec.js");
  const sdk = await import("../../src/index.js");
  const rpc = await import("../../src/rpc.js");
  const { ScriptedServer } = await import("../client/support/scripted-server.js");
  const server = new ScriptedServer();
  servers.push(server);
  const client = sdk.createClient({ transport: server.transport(), keepalive: false, reconnect: false });
  return { codec, rpc, server, client };
}

const sentBytes = toBinary(RPCResultSchema, create(RPCResultSchema, { reqId: 7, traceId: "t-1", result: { case: "sentMessage", value: { messageId: 386790565288607744n } } }));
const chatsBytes = toBinary(RPCResultSchema, create(RPCResultSchema, { reqId: 8, result: { case: "chats", value: { chats: [{ chatRef: { ref: { case: "self", value: {} } } }] } } }));

describe("result cases decoded on use", () => {
  it("keep a case not in use as an unknown field, byte for byte, and decode it once in use", async () => {
    const { codec } = await fresh();
    const before = codec.decodeFast(codec.dec_core_RPCResult, chatsBytes);
    expect(before.result).toEqual({ case: undefined });
    expect(before.reqId).toBe(8);
    // After req_id (08 08) and the chats field's tag (4a): its length and bytes, as protobuf-es keeps them.
    expect(before.$unknown).toEqual([{ no: 9, wireType: 2, data: chatsBytes.subarray(3) }]);
    // Nothing is lost: the message writes the frame's bytes again.
    expect(toBinary(RPCResultSchema, before)).toEqual(chatsBytes);
    codec.useCase(codec.case_core_RPCResult_result_chats);
    expect(codec.decodeFast(codec.dec_core_RPCResult, chatsBytes)).toStrictEqual(fromBinary(RPCResultSchema, chatsBytes));
  });

  it("decode a call's own result: a client uses the result case of each method it calls", async () => {
    const { rpc, server, client } = await fresh();
    let heldId = 0;
    server.on("messagesSendMessage", (req) => {
      heldId = req.id;
      return undefined;
    });
    const unsolicited: RPCResult[] = [];
    client.on("unsolicitedResult", (result) => unsolicited.push(result));
    await client.connect();
    // sendMessage was never called: a sentMessage result for no call keeps its case unknown.
    server.last.reply(4242, { result: { case: "sentMessage", value: { messageId: 1n } } });
    await expect.poll(() => unsolicited.length).toBe(1);
    expect(unsolicited[0]?.reqId).toBe(4242);
    expect(unsolicited[0]?.result.case).toBeUndefined();
    expect(unsolicited[0]?.$unknown?.map((f) => f.no)).toEqual([3]);
    const call = rpc.sendMessage(client, { message: "hi" });
    await expect.poll(() => heldId).not.toBe(0);
    server.last.reply(heldId, { result: { case: "sentMessage", value: { messageId: 5n } } });
    expect((await call).messageId).toBe(5n);
    // From then on, a sentMessage result is decoded even for no call.
    server.last.reply(4243, { result: { case: "sentMessage", value: { messageId: 2n } } });
    await expect.poll(() => unsolicited.length).toBe(2);
    expect(unsolicited[1]?.result).toMatchObject({ case: "sentMessage", value: { messageId: 2n } });
    await client.close();
  });

  it("fail a call answered with a case not in use, as one answered with a newer server's case", async () => {
    const { rpc, server, client } = await fresh();
    // getChats answered with a totp result, a case this client never used.
    server.on("chatsGetChats", () => ({ result: { case: "totp", value: { enabled: true } } }));
    await client.connect();
    await expect(rpc.getChats(client, {})).rejects.toMatchObject({ code: "protocol_error", message: expect.stringMatching(/^chats\.getChats expects chats but the server answered no result \(request \d+\)$/) });
    await client.close();
  });

  it("take the case a frame merges last, as fromBinary does", async () => {
    const { codec } = await fresh();
    codec.useCase(codec.case_core_RPCResult_result_sentMessage);
    codec.useCase(codec.case_core_RPCResult_result_chats);
    const twice = new Uint8Array([...sentBytes, ...chatsBytes, ...sentBytes]);
    const decoded = codec.decodeFast(codec.dec_core_RPCResult, twice);
    expect(decoded).toStrictEqual(fromBinary(RPCResultSchema, twice));
    expect(decoded.result.case).toBe("sentMessage");
  });
});
