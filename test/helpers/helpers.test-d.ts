// The helpers' public signatures, checked by the type checker.
import { describe, expectTypeOf, it } from "vitest";
import type { MediaRef, UploadedFileRef } from "../../gen/osmium/client/media_pb.js";
import type { Conversation, Message } from "../../gen/osmium/client/types_pb.js";
import type { DiscoveryCommunityListing } from "../../gen/osmium/client/discovery_pb.js";
import { ChatRefs, type CommunityMemberEntry, OsmiumClient, type PendingSend, type SentMessageInfo, type StateCache, fmt } from "../../src/index.js";

declare const client: OsmiumClient;
declare const message: Message;

describe("helper signatures", () => {
  it("media", () => {
    expectTypeOf(client.media.upload(new Uint8Array(1))).toEqualTypeOf<Promise<MediaRef>>();
    expectTypeOf(client.media.uploadFile(new Blob([]))).toEqualTypeOf<Promise<UploadedFileRef>>();
    expectTypeOf(client.media.download({ ref: { case: "mediaFile", value: { fileId: 1n } } }, { size: 10 })).toEqualTypeOf<Promise<Uint8Array>>();
    expectTypeOf(client.media.downloadStream).returns.toEqualTypeOf<AsyncIterableIterator<Uint8Array>>();
    // @ts-expect-error a string is not upload data
    void client.media.upload("text");
  });

  it("iterators", () => {
    expectTypeOf(client.messages.iterHistory(ChatRefs.self(), { direction: "forward" })).toEqualTypeOf<AsyncIterableIterator<Message>>();
    expectTypeOf(client.messages.iterSearch(ChatRefs.self(), "q")).toEqualTypeOf<AsyncIterableIterator<Message>>();
    expectTypeOf(client.chats.iterChats()).toEqualTypeOf<AsyncIterableIterator<Conversation>>();
    expectTypeOf(client.communities.iterMembers(1n)).toEqualTypeOf<AsyncIterableIterator<CommunityMemberEntry>>();
    expectTypeOf(client.discovery.iterCommunities()).toEqualTypeOf<AsyncIterableIterator<DiscoveryCommunityListing>>();
    // @ts-expect-error the direction is a closed set
    void client.messages.iterHistory(ChatRefs.self(), { direction: "up" });
  });

  it("actions, typing, local echo and the cache", () => {
    expectTypeOf(client.send(ChatRefs.self(), fmt`hi`)).toEqualTypeOf<PendingSend>();
    expectTypeOf(client.send(ChatRefs.self(), "hi").clientId).toEqualTypeOf<bigint>();
    expectTypeOf<Awaited<PendingSend>>().toEqualTypeOf<SentMessageInfo>();
    expectTypeOf(client.reply(message, "hi", { quote: true })).toEqualTypeOf<PendingSend>();
    expectTypeOf(client.edit(message, "x")).toEqualTypeOf<Promise<void>>();
    expectTypeOf(client.react(message, 12n)).toEqualTypeOf<Promise<void>>();
    expectTypeOf(client.typing(ChatRefs.self(), async () => 42)).toEqualTypeOf<Promise<number>>();
    expectTypeOf(client.cache).toEqualTypeOf<StateCache>();
    // @ts-expect-error a number is not message text
    void client.reply(message, 5);
  });
});
