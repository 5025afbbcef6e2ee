import type { MessageInitShape } from "@bufbuild/protobuf";
import type { ChatRef, ChatRefSchema } from "../../../../gen/osmium/client/refs_pb.js";
import { type Channel, ChannelType, CommunityPermission } from "../../../../gen/osmium/client/types_pb.js";
import { channelKey, dmKey, groupKey, selfKey } from "../state/chat-keys.js";
import { badRequest, forbidden, notFound } from "../core/errors.js";
import type { CallContext } from "../../handlers/context.js";
import { ALL_PERMISSIONS, effectivePermissions, hasPermission } from "./permissions.js";
import type { CommunityRecord, GroupRecord } from "../state/server-state.js";

// Who may see what: every "is this chat / community visible to the caller" rule lives here.
// Who *receives* what lives in audiences.ts.

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
export function resolveChat(ctx: CallContext, ref: ChatRef | undefined, argument = "chat_ref"): ChatTarget {
  const me = ctx.userId;
  const state = ctx.core.state;
  switch (ref?.ref.case) {
    case "self":
      return { key: selfKey(me), kind: "self", permissions: ALL_PERMISSIONS };
    case "user": {
      const peerId = ref.ref.value.userId;
      if (peerId === me) return { key: selfKey(me), kind: "self", permissions: ALL_PERMISSIONS };
      if (!state.accounts.has(peerId)) throw notFound(`${argument}: no user ${peerId}`);
      return { key: dmKey(me, peerId), kind: "dm", peerId, permissions: ALL_PERMISSIONS };
    }
    case "group": {
      const group = state.groups.get(ref.ref.value.groupId);
      if (!group || !group.participants.has(me)) throw notFound(`${argument}: no group ${ref.ref.value.groupId}`);
      return { key: groupKey(group.id), kind: "group", group, permissions: ALL_PERMISSIONS };
    }
    case "channel": {
      const { communityId, channelId } = ref.ref.value;
      const community = requireCommunity(ctx, communityId, argument);
      const channel = community.channels.get(channelId);
      const permissions = effectivePermissions(community, me, channelId);
      if (!channel || !hasPermission(permissions, CommunityPermission.VIEW_CHANNEL)) {
        throw notFound(`${argument}: no channel ${channelId} in community ${communityId}`);
      }
      if (channel.type === ChannelType.CATEGORY) throw badRequest(`${argument}: channel ${channelId} is a category`);
      return { key: channelKey(communityId, channelId), kind: "channel", community, channel, permissions };
    }
    default:
      throw badRequest(`${argument} is required (user, channel, group or self)`);
  }
}

/** A community the caller is a member of; 404 otherwise (non-members must not learn it exists). */
export function requireCommunity(ctx: CallContext, communityId: bigint, argument = "community_id"): CommunityRecord {
  const community = ctx.core.state.communities.get(communityId);
  if (!community || !community.members.has(ctx.userId)) throw notFound(`${argument}: no community ${communityId}`);
  return community;
}

/** 403 unless the caller holds `flag` (in a channel when `channelId` is given). */
export function requirePermission(
  ctx: CallContext,
  community: CommunityRecord,
  flag: CommunityPermission,
  action: string,
  channelId?: bigint,
): void {
  if (!hasPermission(effectivePermissions(community, ctx.userId, channelId), flag)) {
    throw forbidden(`${action} needs the ${CommunityPermission[flag]} permission`);
  }
}

/** 403 unless `target`'s permissions include `flag` (always true outside communities). */
export function requireChatPermission(target: ChatTarget, flag: CommunityPermission, action: string): void {
  if (!hasPermission(target.permissions, flag)) throw forbidden(`${action} needs the ${CommunityPermission[flag]} permission`);
}
