// The types of the client layers: the per-method functions take any client and type the request
// and the result from their rpc; each client class fits the RpcClient interface.
import { describe, expectTypeOf, it } from "vitest";
import type { SendMessageSchema, SentMessage } from "../../gen/osmium/client/messages_pb.js";
import { type BaseClient, type CallOptions, type CoreClient, type OsmiumClient, type RpcClient, type RpcRequest, createClient } from "../../src/index.js";
import { editMessage, sendMessage } from "../../src/rpc.js";

describe("per-method functions", () => {
  it("take a client, the request (RpcRequest of its request message) and call options, and resolve with the result", () => {
    expectTypeOf(sendMessage).parameters.toEqualTypeOf<[RpcClient, (RpcRequest<typeof SendMessageSchema> | undefined)?, (CallOptions | undefined)?]>();
    expectTypeOf(sendMessage).returns.toEqualTypeOf<Promise<SentMessage>>();
    expectTypeOf(editMessage).returns.toEqualTypeOf<Promise<void>>();
  });

  it("refuse a request of another method", () => {
    const client = createClient();
    // @ts-expect-error -- `typing` is a field of SetTyping, not of SendMessage
    void sendMessage(client, { typing: true });
  });
});

describe("client classes", () => {
  it("each fit RpcClient, from the smallest to the batteries-included one", () => {
    expectTypeOf(createClient()).toEqualTypeOf<BaseClient>();
    expectTypeOf<BaseClient>().toMatchTypeOf<RpcClient>();
    expectTypeOf<CoreClient>().toMatchTypeOf<BaseClient>();
    expectTypeOf<OsmiumClient>().toMatchTypeOf<CoreClient>();
  });

  it("type call() by case on CoreClient as on OsmiumClient", () => {
    const core = null as unknown as CoreClient;
    expectTypeOf(core.call("messagesSendMessage", { message: "x" })).toEqualTypeOf<Promise<SentMessage>>();
  });
});
