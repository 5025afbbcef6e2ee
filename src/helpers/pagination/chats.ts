// The conversation list and the discovery directory, page by page.
import type { DiscoveryCommunityListing } from "../../../gen/osmium/client/discovery_pb.js";
import type { Conversation } from "../../../gen/osmium/client/types_pb.js";
import { getChats, getDiscoverableCommunities } from "../../../gen/osmium/rpc.js";
import type { RpcClient } from "../../rpc-client.js";
import { type IterateOptions, callOptions, checkIterateOptions, checkPageSize, paginate } from "./paginate.js";

/** Options of `client.chats.iterChats()` and `client.discovery.iterCommunities()`. */
export interface PageIterateOptions extends IterateOptions {
  /** Items per request; servers may return fewer. @default 50 */
  readonly pageSize?: number;
}

/**
 * Iterates over the user's conversations (DMs, groups, saved messages), most recent activity
 * first, paging with `getChats({ maxId })` on `lastMessageId`. Channels are not conversations of
 * this list: see `communities.getChannels`. A conversation that gets a message while the loop
 * runs moves to the front, so it may be missed; iterate again after `resync` for a fresh view.
 */
export function iterChats(client: RpcClient, options: PageIterateOptions = {}): AsyncIterableIterator<Conversation> {
  checkIterateOptions(options);
  const limit = checkPageSize(options.pageSize ?? 50);
  return paginate("chats.iterChats", undefined, "descending", options.signal, async (cursor) => {
    const { chats } = await getChats(client, { limit, ...(cursor === undefined ? {} : { maxId: cursor }) }, callOptions(options));
    return { items: chats, next: chats.at(-1)?.lastMessageId };
  });
}

/** Iterates over the communities listed in discovery, oldest listing first, paging with `after`. */
export function iterCommunities(client: RpcClient, options: PageIterateOptions = {}): AsyncIterableIterator<DiscoveryCommunityListing> {
  checkIterateOptions(options);
  const limit = checkPageSize(options.pageSize ?? 50);
  return paginate("discovery.iterCommunities", undefined, "ascending", options.signal, async (cursor) => {
    const { listings } = await getDiscoverableCommunities(client, { limit, ...(cursor === undefined ? {} : { after: cursor }) }, callOptions(options));
    return { items: listings, next: listings.at(-1)?.communityId };
  });
}
