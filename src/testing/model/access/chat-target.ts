import type { MessageInitShape } from "@bufbuild/protobuf";
import type { ChatRef, ChatRefSchema } from "../../../../gen/osmium/client/refs_pb.js";
import { type Channel, ChannelType } from "../../../../gen/osmium/client/types_pb.js";
import type { Caller } from "../core/caller.js";
import { badRequest, notFound } from "../core/errors.js";
import { channelKey, dmKey, groupKey, selfKey } from "../state/chat-keys.js";
import type { CommunityRecord, GroupRecord } from "../state/server-state.js";
import { ALL_PERMISSIONS, effectivePermissions } from "./permissions.js";
import { canViewChannel, requireCommunity } from "./visibility.js";

// Which chat a `ChatRef` names, from the caller's point of view: DMs, the self chat, groups and
// channels resolve to one `ChatTarget`, and every chat operation takes one.

/** A chat resolved from a `ChatRef`, from the caller's point of view. */
export interface ChatTarget {
  /** The server's key of the chat (same for every participant). */
  readonly key: string;
  readonly kind: "dm" | "self" | "group" | "channel";
  readonly community?: CommunityRecord;
  readonly channel?: Channel;
  readonly group?: GroupRecord;
  /** The other user of a DM. */
  readonly peerId?: bigint;
  /** The caller's permissions here (every bit outside communities). */
  readonly permissions: bigint;
}

type ChatRefInit = MessageInitShape<typeof ChatRefSchema>;

/** The self chat of `userId`. */
export const selfTarget = (userId: bigint): ChatTarget => ({ key: selfKey(userId), kind: "self", permissions: ALL_PERMISSIONS });

/** The DM between `userId` and `peerId`, from `userId`'s side. */
export const dmTarget = (userId: bigint, peerId: bigint): ChatTarget => ({
  key: dmKey(userId, peerId),
  kind: "dm",
  peerId,
  permissions: ALL_PERMISSIONS,
});

/** A group chat (every participant holds every permission). */
export const groupTarget = (group: GroupRecord): ChatTarget => ({ key: groupKey(group.id), kind: "group", group, permissions: ALL_PERMISSIONS });

/**
 * A channel of `community`, with `permissions` for whoever acts in it: 0 where only the audience,
 * refs and views are built from the target (unread counts, pushes to the channel's viewers).
 */
export function channelTarget(community: CommunityRecord, channelId: bigint, permissions = 0n): ChatTarget {
  const channel = community.channels.get(channelId);
  return { key: channelKey(community.id, channelId), kind: "channel", community, ...(channel ? { channel } : {}), permissions };
}

/** The `ChatRef` of `target` as `viewerId` addresses it (a DM is addressed by the other user). */
export function refFor(target: ChatTarget, viewerId: bigint): ChatRefInit {
  switch (target.kind) {
    case "self":
      return { ref: { case: "self", value: {} } };
    case "dm": {
      const [, a, b] = target.key.split(":");
      const other = BigInt(a ?? 0) === viewerId ? BigInt(b ?? 0) : BigInt(a ?? 0);
      return { ref: { case: "user", value: { userId: other } } };
    }
    case "group":
      return { ref: { case: "group", value: { groupId: target.group?.id ?? 0n } } };
    case "channel":
      return { ref: { case: "channel", value: { communityId: target.community?.id ?? 0n, channelId: target.channel?.id ?? 0n } } };
  }
}

/** Resolves a `ChatRef` the caller may see; 400 when it is missing, 404 when it is not there for them. */
export function resolveChat(caller: Caller, ref: ChatRef | undefined, argument = "chat_ref"): ChatTarget {
  const me = caller.userId;
  const state = caller.core.state;
  switch (ref?.ref.case) {
    case "self":
      return selfTarget(me);
    case "user": {
      const peerId = ref.ref.value.userId;
      if (peerId === me) return selfTarget(me);
      if (!state.accounts.has(peerId)) throw notFound(`${argument}: no user ${peerId}`);
      return dmTarget(me, peerId);
    }
    case "group": {
      const group = state.groups.get(ref.ref.value.groupId);
      if (!group || !group.participants.has(me)) throw notFound(`${argument}: no group ${ref.ref.value.groupId}`);
      return groupTarget(group);
    }
    case "channel": {
      const { communityId, channelId } = ref.ref.value;
      const community = requireCommunity(caller, communityId, argument);
      const channel = community.channels.get(channelId);
      if (!channel || !canViewChannel(community, me, channelId)) {
        throw notFound(`${argument}: no channel ${channelId} in community ${communityId}`);
      }
      if (channel.type === ChannelType.CATEGORY) throw badRequest(`${argument}: channel ${channelId} is a category`);
      return channelTarget(community, channelId, effectivePermissions(community, me, channelId));
    }
    default:
      throw badRequest(`${argument} is required (user, channel, group or self)`);
  }
}
