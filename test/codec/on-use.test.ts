// Result cases decoded on use: a frame decodes an `RPCResult` case once a method returning it was
// called (or a CoreClient, which may call any, was made); until then the case is kept as an unknown
// field, as protobuf keeps a field its reader does not know, and nothing is lost. This file starts
// with no case in use (vitest gives each file its own modules), and must not make a CoreClient
// or an OsmiumClient before the cases it checks unused.
import { create, fromBinary, toBinary } from "@bufbuild/protobuf";
import { afterEach, describe, expect, it } from "vitest";
import { type RPCResult, RPCResultSchema } from "../../gen/osmium/client/core_pb.js";
import { case_core_RPCResult_result_chats, case_core_RPCResult_result_sentMessage, dec_core_RPCResult, decodeFast, useCase } from "../../gen/osmium/fast_codec.js";
import { createClient } from "../../src/index.js";
import { getChats, sendMessage } from "../../src/rpc.js";
import { ScriptedServer } from "../client/support/scripted-server.js";

const servers: ScriptedServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

const sentBytes = toBinary(RPCResultSchema, create(RPCResultSchema, { reqId: 7, traceId: "t-1", result: { case: "sentMessage", value: { messageId: 386790565288607744n } } }));
const chatsBytes = toBinary(RPCResultSchema, create(RPCResultSchema, { reqId: 8, result: { case: "chats", value: { chats: [{ chatRef: { ref: { case: "self", value: {} } } }] } } }));

describe("result cases decoded on use", () => {
  it("keep a case not in use as an unknown field, byte for byte, and decode it once in use", () => {
    const before = decodeFast(dec_core_RPCResult, chatsBytes);
    expect(before.result).toEqual({ case: undefined });
    expect(before.reqId).toBe(8);
    // After req_id (08 08) and the chats field's tag (4a): its length and bytes, as protobuf-es keeps them.
    expect(before.$unknown).toEqual([{ no: 9, wireType: 2, data: chatsBytes.subarray(3) }]);
    // Nothing is lost: the message writes the frame's bytes again.
    expect(toBinary(RPCResultSchema, before)).toEqual(chatsBytes);
    useCase(case_core_RPCResult_result_chats);
    expect(decodeFast(dec_core_RPCResult, chatsBytes)).toStrictEqual(fromBinary(RPCResultSchema, chatsBytes));
  });

  it("decode a call's own result: a lean client uses the result case of each method it calls", async () => {
    const server = new ScriptedServer();
    servers.push(server);
    let heldId = 0;
    server.on("messagesSendMessage", (req) => {
      heldId = req.id;
      return undefined;
    });
    const client = createClient({ transport: server.transport(), keepalive: false, reconnect: false });
    const unsolicited: RPCResult[] = [];
    client.on("unsolicitedResult", (result) => unsolicited.push(result));
    await client.connect();
    // sendMessage was never called: a sentMessage result for no call keeps its case unknown.
    server.last.reply(4242, { result: { case: "sentMessage", value: { messageId: 1n } } });
    await expect.poll(() => unsolicited.length).toBe(1);
    expect(unsolicited[0]?.reqId).toBe(4242);
    expect(unsolicited[0]?.result.case).toBeUndefined();
    expect(unsolicited[0]?.$unknown?.map((f) => f.no)).toEqual([3]);
    const call = sendMessage(client, { message: "hi" });
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
    const server = new ScriptedServer();
    servers.push(server);
    // getChats answered with a totp result, a case this client never used.
    server.on("chatsGetChats", () => ({ result: { case: "totp", value: { enabled: true } } }));
    const client = createClient({ transport: server.transport(), keepalive: false, reconnect: false });
    await client.connect();
    await expect(getChats(client, {})).rejects.toMatchObject({ code: "protocol_error", message: expect.stringMatching(/^chats\.getChats expects chats but the server answered no result \(request \d+\)$/) });
    await client.close();
  });

  it("take the case a frame merges last, as fromBinary does", () => {
    useCase(case_core_RPCResult_result_sentMessage);
    const twice = new Uint8Array([...sentBytes, ...chatsBytes, ...sentBytes]);
    const decoded = decodeFast(dec_core_RPCResult, twice);
    expect(decoded).toStrictEqual(fromBinary(RPCResultSchema, twice));
    expect(decoded.result.case).toBe("sentMessage");
  });
});
