import { clone } from "@bufbuild/protobuf";
import { type Channel, Channel_ChannelFlag, ChannelType, CommunityPermission as P, type PermissionOverrides, PermissionOverridesSchema } from "../../../gen/osmium/client/types_pb.js";
import { requirePermission } from "../model/access/chat-target.js";
import { accessSnapshot } from "../model/audiences/audiences.js";
import { addChannel, validateName } from "../model/communities/communities.js";
import { badRequest, notFound } from "../model/core/errors.js";
import type { NamespaceHandlers } from "./context.js";
import { effectivePermissions, hasPermission } from "../model/access/permissions.js";
import type { CommunityRecord } from "../model/state/server-state.js";
import { codePoints } from "../model/core/text.js";
import { channelOverridesView, conversationView, messageView } from "../model/views/views.js";
import { channelTarget, forgetChannel } from "../model/communities/membership.js";
import { publishAccess } from "../model/communities/publish.js";
import { communityFor, sidebarOrder, visibleCategory, visibleChannel } from "../model/access/community-rules.js";

type Communities = NamespaceHandlers<"communities">;

/** Longest slow mode, in seconds (6 hours, as Discord). */
export const MAX_SLOWMODE_SECONDS = 6 * 60 * 60;

const EXPLICIT = BigInt(Channel_ChannelFlag.EXPLICIT);

/** Copies a category's overrides onto `channel` and marks it as following them (parent_sync). */
export function syncWithParent(community: CommunityRecord, channel: Channel, parentId: bigint): void {
  const copy = new Map<bigint, PermissionOverrides>();
  for (const [roleId, o] of community.overrides.get(parentId) ?? []) copy.set(roleId, clone(PermissionOverridesSchema, o));
  if (copy.size) community.overrides.set(channel.id, copy);
  else community.overrides.delete(channel.id);
  community.parentSync.add(channel.id);
}

/**
 * Puts `channel` under `parentId` (undefined = top level) at index `position` among its siblings
 * (the end when unset or too large), renumbering the siblings it leaves and joins 0..n-1.
 * Returns the ids of every channel whose position or parent changed.
 */
function placeChannel(community: CommunityRecord, channel: Channel, parentId: bigint | undefined, position?: number): bigint[] {
  const changed = new Set<bigint>();
  const siblingsOf = (parent: bigint | undefined) =>
    sidebarOrder(community).filter((c) => c.parentId === parent && c.id !== channel.id);
  const renumber = (list: Channel[]) =>
    list.forEach((c, i) => {
      if (c.position !== i) {
        c.position = i;
        changed.add(c.id);
      }
    });
  if (channel.parentId !== parentId) {
    renumber(siblingsOf(channel.parentId));
    if (parentId === undefined) delete channel.parentId;
    else channel.parentId = parentId;
    changed.add(channel.id);
  }
  const siblings = siblingsOf(parentId);
  siblings.splice(Math.min(position ?? siblings.length, siblings.length), 0, channel);
  renumber(siblings);
  return [...changed];
}

/** `communities.*` channel calls: create, edit, delete, list. */
export const channelHandlers: Pick<
  Communities,
  "communitiesCreateChannel" | "communitiesEditChannel" | "communitiesDeleteChannel" | "communitiesGetChannels"
> = {
  communitiesCreateChannel(request, ctx) {
    const community = communityFor(ctx, request.communityId);
    if (ChannelType[request.type] === undefined) throw badRequest(`type ${request.type} is not a channel type`);
    if (request.parentId !== undefined) {
      visibleCategory(ctx, community, request.parentId);
      if (request.type === ChannelType.CATEGORY) throw badRequest("a category cannot be nested in another category (parent_id)");
    }
    // Creating inside a category needs MODIFY_CHANNEL there (a category override may grant it).
    requirePermission(ctx, community, P.MODIFY_CHANNEL, "creating a channel", request.parentId);
    const before = accessSnapshot(community);
    const channel = addChannel(ctx.core, community, {
      name: request.name,
      type: request.type,
      ...(request.parentId !== undefined ? { parentId: request.parentId } : {}),
    });
    // As in Discord, a channel created in a category starts synced with the category's overrides,
    // so a private category yields private channels; only their viewers hear of them.
    if (request.parentId !== undefined) syncWithParent(community, channel, request.parentId);
    publishAccess(ctx.core, community, before);
  },

  communitiesEditChannel(request, ctx) {
    const ref = request.channel;
    if (!ref) throw badRequest("channel is required");
    const community = communityFor(ctx, ref.communityId);
    const channel = visibleChannel(ctx, community, ref.channelId, "channel");
    requirePermission(ctx, community, P.MODIFY_CHANNEL, "editing a channel", channel.id);
    const isCategory = channel.type === ChannelType.CATEGORY;

    // Validate everything first: a rejected edit changes nothing.
    const name = request.name !== undefined ? validateName(ctx.core, request.name, "name") : undefined;
    // parent_id is optional, so "unset" means unchanged; 0 moves the channel out of its category.
    let parentId = channel.parentId;
    if (request.parentId !== undefined) {
      parentId = request.parentId === 0n ? undefined : visibleCategory(ctx, community, request.parentId).id;
      if (parentId !== undefined && isCategory) throw badRequest("a category cannot be nested in another category (parent_id)");
    }
    const description = request.description?.trim();
    if (description !== undefined && codePoints(description) > ctx.core.limits.bioLength) {
      throw badRequest(`description is longer than ${ctx.core.limits.bioLength} characters`);
    }
    if (request.slowmodeSeconds !== undefined) {
      if (isCategory) throw badRequest("slowmode_seconds: a category has no messages");
      if (request.slowmodeSeconds > MAX_SLOWMODE_SECONDS) throw badRequest(`slowmode_seconds is more than ${MAX_SLOWMODE_SECONDS}`);
    }
    // highlighted_msg_id: the wrapper unset = unchanged; 0 (or no id) clears; an id sets it.
    const highlight = request.highlightedMsgId;
    const highlightId = highlight ? (highlight.highlightedMsgId ?? 0n) : undefined;
    if (highlightId !== undefined && highlightId !== 0n) {
      if (isCategory) throw badRequest("highlighted_msg_id: a category has no messages");
      const log = ctx.core.state.chats.get(channelTarget(community, channel.id).key);
      if (!log?.messages.some((m) => m.messageId === highlightId)) {
        throw notFound(`highlighted_msg_id: no message ${highlightId} in channel ${channel.id}`);
      }
    }

    const before = accessSnapshot(community);
    const changed = new Set<bigint>();
    const edit = (apply: () => void) => {
      apply();
      changed.add(channel.id);
    };
    if (name !== undefined && name !== channel.name) edit(() => (channel.name = name));
    if (request.explicit !== undefined) {
      const flags = request.explicit ? channel.flags | EXPLICIT : channel.flags & ~EXPLICIT;
      if (flags !== channel.flags) edit(() => (channel.flags = flags));
    }
    if (description !== undefined && description !== (channel.description ?? "")) {
      edit(() => (description ? (channel.description = description) : delete channel.description));
    }
    if (request.slowmodeSeconds !== undefined && request.slowmodeSeconds !== (channel.slowmodeSeconds ?? 0)) {
      const seconds = request.slowmodeSeconds;
      edit(() => (seconds ? (channel.slowmodeSeconds = seconds) : delete channel.slowmodeSeconds));
    }
    if (highlightId !== undefined && highlightId !== (channel.highlightedMsgId ?? 0n)) {
      edit(() => (highlightId ? (channel.highlightedMsgId = highlightId) : delete channel.highlightedMsgId));
    }
    const moved = parentId !== channel.parentId;
    if (moved || request.position !== undefined) {
      for (const id of placeChannel(community, channel, parentId, request.position)) changed.add(id);
      // A synced channel follows its new category; moved to the top level it keeps its overrides.
      if (moved && community.parentSync.has(channel.id)) {
        if (parentId === undefined) community.parentSync.delete(channel.id);
        else syncWithParent(community, channel, parentId);
      }
    }
    publishAccess(ctx.core, community, before, changed);
  },

  communitiesDeleteChannel(request, ctx) {
    const ref = request.channel;
    if (!ref) throw badRequest("channel is required");
    const community = communityFor(ctx, ref.communityId);
    const channel = visibleChannel(ctx, community, ref.channelId, "channel");
    requirePermission(ctx, community, P.MODIFY_CHANNEL, "deleting a channel", channel.id);
    const before = accessSnapshot(community);
    const changed: bigint[] = [];
    // Deleting a category keeps its channels (as Discord): they move to the top level, after the
    // top-level channels, keeping their own overrides.
    const children = sidebarOrder(community).filter((c) => c.parentId === channel.id);
    forgetChannel(ctx.core, community, channel.id);
    for (const child of children) {
      changed.push(...placeChannel(community, child, undefined));
      community.parentSync.delete(child.id);
    }
    // The channel's viewers lose it: publishAccess sends them `channelDeleted`.
    publishAccess(ctx.core, community, before, changed);
  },

  communitiesGetChannels(request, ctx) {
    const community = communityFor(ctx, request.communityId);
    const state = ctx.core.state;
    const visible = sidebarOrder(community).filter((c) =>
      hasPermission(effectivePermissions(community, ctx.userId, c.id), P.VIEW_CHANNEL),
    );
    const chats = visible.filter((c) => c.type !== ChannelType.CATEGORY);
    return {
      channels: visible,
      conversations: chats.map((c) => {
        const conversation = conversationView(state, channelTarget(community, c.id), ctx.userId, c.id);
        const overrides = channelOverridesView(community, ctx.userId, c.id);
        if (overrides) conversation.permissions = overrides;
        return conversation;
      }),
      messages: chats.flatMap((c) => {
        const target = channelTarget(community, c.id);
        const last = state.chats.get(target.key)?.messages.at(-1);
        return last ? [messageView(last, target, ctx.userId)] : [];
      }),
    };
  },
};
