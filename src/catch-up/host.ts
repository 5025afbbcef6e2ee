// What the catch-up needs from a client: four calls and the connection state. A narrow interface
// rather than the client class, so the catch-up works over any client that has these (and tests
// or a future core client can supply them).
import type { MessageInitShape } from "@bufbuild/protobuf";
import type { Chats, GetChatsSchema } from "../../gen/osmium/client/chats_pb.js";
import type { Channels, Communities, GetChannelsSchema, GetCommunitiesSchema } from "../../gen/osmium/client/communities_pb.js";
import type { GetHistorySchema, Messages } from "../../gen/osmium/client/messages_pb.js";
import type { Update } from "../../gen/osmium/client/updates_pb.js";
import type { ReadyInfo } from "../connection/handshake.js";
import type { StateChange, UpdateMeta } from "../events.js";
import type { CallOptions } from "../rpc-client.js";
import type { CatchUpSummary } from "./summary.js";

/** The calls a catch-up makes, shaped like the client's namespaces. */
export interface CatchUpCalls {
  readonly chats: { getChats(request?: MessageInitShape<typeof GetChatsSchema>, options?: CallOptions): Promise<Chats> };
  readonly communities: {
    getCommunities(request?: MessageInitShape<typeof GetCommunitiesSchema>, options?: CallOptions): Promise<Communities>;
    getChannels(request?: MessageInitShape<typeof GetChannelsSchema>, options?: CallOptions): Promise<Channels>;
  };
  readonly messages: { getHistory(request?: MessageInitShape<typeof GetHistorySchema>, options?: CallOptions): Promise<Messages> };
}

/** The events a catch-up follows. */
export interface CatchUpEvents {
  on(event: "state", listener: (change: StateChange) => void): unknown;
  on(event: "ready", listener: (info: ReadyInfo) => void): unknown;
}

/** Where the catch-up's output goes. */
export interface CatchUpSink {
  /** Hands one update to the listeners, live or recovered. */
  deliver(update: Update, meta: UpdateMeta): void;
  /** Reports the end of a catch-up. */
  summary(summary: CatchUpSummary): void;
}
