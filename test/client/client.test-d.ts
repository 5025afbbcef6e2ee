import { describe, expectTypeOf, it } from "vitest";
import type { Authorization } from "../../gen/osmium/client/auth_pb.js";
import type { Initialized, RPCResult } from "../../gen/osmium/client/core_pb.js";
import type { GetChannelMembersSchema, MemberList } from "../../gen/osmium/client/communities_pb.js";
import type { Messages, SendMessageSchema, SentMessage } from "../../gen/osmium/client/messages_pb.js";
import type { Update, UpdateChatTyping, UpdateMessageCreated, UpdateSessionDeleted } from "../../gen/osmium/client/updates_pb.js";
import type { UpdateRoomState } from "../../gen/osmium/client/voice_pb.js";
import type { User } from "../../gen/osmium/client/types_pb.js";
import {
  type CallOptions,
  type CloseInfo,
  type ConnectionState,
  type GapRange,
  type OsmiumError,
  OsmiumClient,
  type ReadyInfo,
  type ReconnectingInfo,
  type RpcError,
  type RequestInit,
  type StateChange,
  OsmiumError as OsmiumErrorClass,
} from "../../src/index.js";

declare const client: OsmiumClient;

describe("typed namespaces", () => {
  it("types parameters from the request's RequestInit (its MessageInitShape, 64-bit fields also as strings) and results from the output", () => {
    expectTypeOf(client.messages.sendMessage).parameter(0).toEqualTypeOf<RequestInit<typeof SendMessageSchema> | undefined>();
    expectTypeOf(client.messages.sendMessage).parameter(1).toEqualTypeOf<CallOptions | undefined>();
    expectTypeOf(client.messages.sendMessage).returns.toEqualTypeOf<Promise<SentMessage>>();
    expectTypeOf(client.messages.getHistory).returns.toEqualTypeOf<Promise<Messages>>();
    expectTypeOf(client.core.initialize).returns.toEqualTypeOf<Promise<Initialized>>();
    expectTypeOf(client.auth.signIn).returns.toEqualTypeOf<Promise<Authorization>>();
    expectTypeOf(client.communities.getChannelMembers).parameter(0).toEqualTypeOf<RequestInit<typeof GetChannelMembersSchema> | undefined>();
    expectTypeOf(client.communities.getChannelMembers).returns.toEqualTypeOf<Promise<MemberList>>();
  });

  it("resolves void for methods returning google.protobuf.Empty", () => {
    expectTypeOf(client.messages.editMessage).returns.toEqualTypeOf<Promise<void>>();
    expectTypeOf(client.reactions.addReaction).returns.toEqualTypeOf<Promise<void>>();
  });

  it("rejects unknown methods and wrong request fields", () => {
    // @ts-expect-error no such method
    client.messages.sendMesage;
    // @ts-expect-error no such field
    void client.messages.sendMessage({ text: "hi" });
    // @ts-expect-error wrong field type
    void client.messages.sendMessage({ message: 5 });
  });

  it("types call() by ClientMessage case", () => {
    expectTypeOf(client.call("messagesSendMessage", { message: "x" })).toEqualTypeOf<Promise<SentMessage>>();
    expectTypeOf(client.call("messagesEditMessage", {})).toEqualTypeOf<Promise<void>>();
    // @ts-expect-error not a case
    void client.call("messagesSend", {});
  });
});

describe("typed events", () => {
  it("gives update listeners their case's message", () => {
    client.on("messageCreated", (payload) => expectTypeOf(payload).toEqualTypeOf<UpdateMessageCreated>());
    client.on("chatTyping", (payload) => expectTypeOf(payload).toEqualTypeOf<UpdateChatTyping>());
    client.on("roomState", (payload) => expectTypeOf(payload).toEqualTypeOf<UpdateRoomState>());
    client.on("update", (payload) => expectTypeOf(payload).toEqualTypeOf<Update>());
    client.on("unknownUpdate", (payload) => expectTypeOf(payload).toEqualTypeOf<Update>());
  });

  it("gives lifecycle listeners their payloads", () => {
    client.on("ready", (info) => {
      expectTypeOf(info).toEqualTypeOf<ReadyInfo>();
      expectTypeOf(info.user).toEqualTypeOf<User | undefined>();
      expectTypeOf(info.sessionId).toEqualTypeOf<bigint | undefined>();
    });
    client.on("state", (change) => expectTypeOf(change).toEqualTypeOf<StateChange>());
    client.on("close", (info) => expectTypeOf(info).toEqualTypeOf<CloseInfo>());
    client.on("reconnecting", (info) => expectTypeOf(info).toEqualTypeOf<ReconnectingInfo>());
    client.on("gap", (range) => expectTypeOf(range).toEqualTypeOf<GapRange>());
    client.on("error", (error) => expectTypeOf(error).toEqualTypeOf<OsmiumError>());
    client.on("authFailed", (error) => expectTypeOf(error).toEqualTypeOf<RpcError>());
    client.on("unsolicitedResult", (result) => expectTypeOf(result).toEqualTypeOf<RPCResult>());
    // @ts-expect-error not an event
    client.on("messageCreate", () => {});
  });

  it("narrows updates() by the case filter", async () => {
    for await (const update of client.updates({ filter: ["sessionDeleted"] })) {
      expectTypeOf(update.update.value).toEqualTypeOf<UpdateSessionDeleted>();
    }
  });
});

describe("client state and errors", () => {
  it("exposes the state union and connect()'s result", () => {
    expectTypeOf(client.state).toEqualTypeOf<ConnectionState>();
    expectTypeOf<ConnectionState>().toEqualTypeOf<"idle" | "connecting" | "handshaking" | "ready" | "reconnecting" | "closed">();
    expectTypeOf(client.connect()).toEqualTypeOf<Promise<ReadyInfo>>();
    expectTypeOf(client.close()).toEqualTypeOf<Promise<void>>();
  });

  it("narrows OsmiumError.is by code", () => {
    const error: unknown = undefined;
    if (OsmiumErrorClass.is(error, "rpc_error")) expectTypeOf(error).toEqualTypeOf<RpcError>();
  });
});
