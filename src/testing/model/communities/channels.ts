import { clone, create, type MessageInitShape } from "@bufbuild/protobuf";
import type { ChannelsSchema, EditChannel } from "../../../../gen/osmium/client/communities_pb.js";
import type { RoomStatesSchema } from "../../../../gen/osmium/client/communities_pb.js";
import {
  type Channel,
  Channel_ChannelFlag,
  ChannelSchema,
  ChannelType,
  type PermissionOverrides,
  PermissionOverridesSchema,
} from "../../../../gen/osmium/client/types_pb.js";
import { channelTarget } from "../access/chat-target.js";
import { channelOverridesOf } from "../access/permissions.js";
import { canViewChannel, visibleCategory } from "../access/visibility.js";
import type { Caller } from "../core/caller.js";
import { badRequest, notFound } from "../core/errors.js";
import type { ServerCore } from "../core/server-core.js";
import { checkLength, validateName } from "../core/text.js";
import { channelKey } from "../state/chat-keys.js";
import type { CommunityRecord } from "../state/server-state.js";
import { conversationView } from "../views/conversations.js";
import { messageView } from "../views/messages.js";
import { roomStateView } from "../voice/rooms.js";
import { changeAccess } from "./publish.js";

// A community's channels and categories: their order in the sidebar, creation, edits, deletion.
// Creating, moving and deleting may change who sees what, so each runs inside `changeAccess`.

/** Longest slow mode, in seconds (6 hours, as Discord). */
export const MAX_SLOWMODE_SECONDS = 6 * 60 * 60;

const EXPLICIT = BigInt(Channel_ChannelFlag.EXPLICIT);

/** What a channel is created from. */
export interface NewChannel {
  name: string;
  type: ChannelType;
  /** The category it goes in; the top level when unset. */
  parentId?: bigint | undefined;
}

/** Channels of `community` in sidebar order: top level by position, each category followed by its children. */
export function sidebarOrder(community: CommunityRecord): Channel[] {
  const byPosition = (a: Channel, b: Channel) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const all = [...community.channels.values()];
  const out: Channel[] = [];
  const orphans = all.filter((c) => c.parentId !== undefined && !community.channels.has(c.parentId));
  for (const top of all.filter((c) => c.parentId === undefined).concat(orphans).sort(byPosition)) {
    out.push(top);
    if (top.type === ChannelType.CATEGORY) out.push(...all.filter((c) => c.parentId === top.id).sort(byPosition));
  }
  return out;
}

/** Adds a channel at the end of its parent's list. Pushes nothing. */
export function addChannel(core: ServerCore, community: CommunityRecord, init: NewChannel): Channel {
  const name = validateName(core.limits, init.name, "name");
  if (init.parentId !== undefined) {
    const parent = community.channels.get(init.parentId);
    if (!parent || parent.type !== ChannelType.CATEGORY) throw badRequest(`parent_id ${init.parentId} is not a category of this community`);
  }
  const siblings = [...community.channels.values()].filter((c) => c.parentId === init.parentId);
  const channel = create(ChannelSchema, {
    id: core.nextId(),
    communityId: community.id,
    name,
    type: init.type,
    position: siblings.length,
    ...(init.parentId !== undefined ? { parentId: init.parentId } : {}),
  });
  community.channels.set(channel.id, channel);
  return channel;
}

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
  const siblingsOf = (parent: bigint | undefined) => sidebarOrder(community).filter((c) => c.parentId === parent && c.id !== channel.id);
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

/** 400 unless `type` is a channel type and `parentId`, when given, is a category the caller sees (categories do not nest). */
export function checkNewChannel(caller: Caller, community: CommunityRecord, type: ChannelType, parentId: bigint | undefined): void {
  if (ChannelType[type] === undefined) throw badRequest(`type ${type} is not a channel type`);
  if (parentId === undefined) return;
  visibleCategory(caller, community, parentId);
  if (type === ChannelType.CATEGORY) throw badRequest("a category cannot be nested in another category (parent_id)");
}

/**
 * communities.createChannel: at the end of its parent's list. As in Discord, a channel created in
 * a category starts synced with the category's overrides, so a private category yields private
 * channels; only their viewers hear of them.
 */
export function createChannel(core: ServerCore, community: CommunityRecord, init: NewChannel): void {
  changeAccess(core, community, () => {
    const channel = addChannel(core, community, init);
    if (init.parentId !== undefined) syncWithParent(community, channel, init.parentId);
  });
}

/**
 * communities.editChannel: every field is validated before anything changes. `parent_id` unset
 * means unchanged and 0 moves the channel out of its category; a synced channel follows its new
 * category, and moved to the top level keeps its overrides. `highlighted_msg_id`: the wrapper
 * unset = unchanged; 0 (or no id) clears; an id sets it. Viewers get the channels that changed.
 */
export function editChannel(caller: Caller, community: CommunityRecord, channel: Channel, request: EditChannel): void {
  const { core } = caller;
  const isCategory = channel.type === ChannelType.CATEGORY;
  const name = request.name !== undefined ? validateName(core.limits, request.name, "name") : undefined;
  let parentId = channel.parentId;
  if (request.parentId !== undefined) {
    parentId = request.parentId === 0n ? undefined : visibleCategory(caller, community, request.parentId).id;
    if (parentId !== undefined && isCategory) throw badRequest("a category cannot be nested in another category (parent_id)");
  }
  const description = request.description?.trim();
  if (description !== undefined) checkLength(description, core.limits.bioLength, "description");
  if (request.slowmodeSeconds !== undefined) {
    if (isCategory) throw badRequest("slowmode_seconds: a category has no messages");
    if (request.slowmodeSeconds > MAX_SLOWMODE_SECONDS) throw badRequest(`slowmode_seconds is more than ${MAX_SLOWMODE_SECONDS}`);
  }
  const highlight = request.highlightedMsgId;
  const highlightId = highlight ? (highlight.highlightedMsgId ?? 0n) : undefined;
  if (highlightId !== undefined && highlightId !== 0n) {
    if (isCategory) throw badRequest("highlighted_msg_id: a category has no messages");
    const log = core.state.chats.get(channelKey(community.id, channel.id));
    if (!log?.messages.some((m) => m.messageId === highlightId)) {
      throw notFound(`highlighted_msg_id: no message ${highlightId} in channel ${channel.id}`);
    }
  }

  changeAccess(core, community, () => {
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
      if (moved && community.parentSync.has(channel.id)) {
        if (parentId === undefined) community.parentSync.delete(channel.id);
        else syncWithParent(community, channel, parentId);
      }
    }
    return changed;
  });
}

/** Forgets everything kept for a channel: messages, read markers, voice room, overrides, settings. Pushes nothing. */
export function forgetChannel(core: ServerCore, community: CommunityRecord, channelId: bigint): void {
  const key = channelKey(community.id, channelId);
  const state = core.state;
  community.channels.delete(channelId);
  community.overrides.delete(channelId);
  community.parentSync.delete(channelId);
  for (const message of state.chats.get(key)?.messages ?? []) state.messageMeta.delete(message.messageId);
  state.chats.delete(key);
  for (const marker of [...state.readMarkers.keys()]) if (marker.endsWith(`|${key}`)) state.readMarkers.delete(marker);
  for (const [roomKey, room] of [...state.rooms]) if (room.chatKey === key) state.rooms.delete(roomKey);
  if (community.settings.systemMessages?.channelId === channelId) delete community.settings.systemMessages.channelId;
}

/**
 * communities.deleteChannel: the channel's viewers get `channelDeleted`. Deleting a category keeps
 * its channels (as Discord): they move to the top level, after the top-level channels, keeping
 * their own overrides.
 */
export function deleteChannel(core: ServerCore, community: CommunityRecord, channel: Channel): void {
  changeAccess(core, community, () => {
    const changed: bigint[] = [];
    const children = sidebarOrder(community).filter((c) => c.parentId === channel.id);
    forgetChannel(core, community, channel.id);
    for (const child of children) {
      changed.push(...placeChannel(community, child, undefined));
      community.parentSync.delete(child.id);
    }
    return changed;
  });
}

/** communities.getChannels: the channels `viewerId` sees, in sidebar order, with their conversations and last messages. */
export function channelsOf(core: ServerCore, community: CommunityRecord, viewerId: bigint): MessageInitShape<typeof ChannelsSchema> {
  const state = core.state;
  const visible = sidebarOrder(community).filter((c) => canViewChannel(community, viewerId, c.id));
  const chats = visible.filter((c) => c.type !== ChannelType.CATEGORY);
  return {
    channels: visible,
    conversations: chats.map((c) => {
      const conversation = conversationView(state, channelTarget(community, c.id), viewerId);
      const overrides = channelOverridesOf(community, viewerId, c.id);
      if (overrides) conversation.permissions = overrides;
      return conversation;
    }),
    messages: chats.flatMap((c) => {
      const target = channelTarget(community, c.id);
      const last = state.chats.get(target.key)?.messages.at(-1);
      return last ? [messageView(last, target, viewerId)] : [];
    }),
  };
}

/** communities.getRoomStates: the voice channels `viewerId` sees that have a room (someone requested it; empty rooms included), in sidebar order. */
export function roomStatesOf(core: ServerCore, community: CommunityRecord, viewerId: bigint): MessageInitShape<typeof RoomStatesSchema> {
  const rooms = [...core.state.rooms.values()];
  return {
    roomStates: sidebarOrder(community)
      .filter((c) => c.type === ChannelType.VOICE && canViewChannel(community, viewerId, c.id))
      .flatMap((channel) => {
        const room = rooms.find((r) => r.chatKey === channelKey(community.id, channel.id));
        return room ? [{ channelId: channel.id, state: roomStateView(room) }] : [];
      }),
  };
}
