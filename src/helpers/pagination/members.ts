// Community members. The protocol has no paged member listing: `getChannelMembers` returns the
// whole sidebar list of one channel (users who can view it), and `getMembers` fetches member
// records by id. So the iterator reads the lists, then fetches the records in batches.
import { ChannelType, type CommunityMember, type User } from "../../../gen/osmium/client/types_pb.js";
import { getChannelMembers, getChannels, getMembers } from "../../../gen/osmium/rpc.js";
import type { RpcClient } from "../../rpc-client.js";
import { untilAborted } from "../abort.js";
import { type IdInput, parseId } from "../ids.js";
import { type IterateOptions, callOptions, checkIterateOptions, checkPageSize, itemsUntilAborted } from "./paginate.js";

/** One member as `iterMembers` yields it: the community record and the user it belongs to. */
export interface CommunityMemberEntry {
  /** Roles and nickname in the community. */
  readonly member: CommunityMember;
  /** The user, when the server sent it along. */
  readonly user: User | undefined;
}

/** Options of `client.communities.iterMembers()`. */
export interface MembersIterateOptions extends IterateOptions {
  /** Only members who can view this channel. @default every channel of the community (members who can view at least one) */
  readonly channelId?: IdInput;
  /** Member records per `getMembers` call; the reference server accepts up to 100. @default 100 */
  readonly batchSize?: number;
}

const METHOD = "communities.iterMembers";

/**
 * Iterates over a community's members in member-list order (by role group, online first, then
 * name), each once. It reads `getChannelMembers` of `channelId`, or of every non-category channel
 * when none is given (one call per channel), and fetches the member records with `getMembers` in
 * batches. A member who can view no channel is not listed: the protocol offers no other listing.
 */
export function iterMembers(client: RpcClient, communityId: IdInput, options: MembersIterateOptions = {}): AsyncIterableIterator<CommunityMemberEntry> {
  checkIterateOptions(options);
  const community = parseId(communityId, "communityId");
  const channel = options.channelId === undefined ? undefined : parseId(options.channelId, "channelId");
  const batchSize = checkPageSize(options.batchSize ?? 100);
  return members(client, community, channel, batchSize, options);
}

async function* members(
  client: RpcClient,
  communityId: bigint,
  channelId: bigint | undefined,
  batchSize: number,
  options: IterateOptions,
): AsyncGenerator<CommunityMemberEntry, void, undefined> {
  const call = callOptions(options);
  const signal = options.signal;
  const guard = <T>(work: () => Promise<T>): Promise<T> => untilAborted(METHOD, signal, work);
  const channels =
    channelId !== undefined
      ? [channelId]
      : (await guard(() => getChannels(client, { communityId }, call))).channels.filter((c) => c.type !== ChannelType.CATEGORY).map((c) => c.id);
  const seen = new Set<bigint>();
  let pending: bigint[] = [];
  const fetchBatch = async (ids: bigint[]) => {
    const result = await guard(() => getMembers(client, { communityId, memberIds: ids }, call));
    const users = new Map(result.users.map((u) => [u.id, u]));
    return result.members.map((member) => ({ member, user: users.get(member.id) }));
  };
  for (const id of channels) {
    const { entries } = await guard(() => getChannelMembers(client, { communityId, channelId: id }, call));
    for (const entry of entries) {
      if (entry.entry.case !== "user" || !entry.entry.value.user) continue;
      const userId = entry.entry.value.user.id;
      if (seen.has(userId)) continue;
      seen.add(userId);
      pending.push(userId);
    }
    while (pending.length >= batchSize) {
      yield* itemsUntilAborted(await fetchBatch(pending.slice(0, batchSize)), METHOD, signal);
      pending = pending.slice(batchSize);
    }
  }
  if (pending.length > 0) yield* itemsUntilAborted(await fetchBatch(pending), METHOD, signal);
}
