import type { MessageInitShape } from "@bufbuild/protobuf";
import { create } from "@bufbuild/protobuf";
import type { UploadedFileRef } from "../../../../gen/osmium/client/media_pb.js";
import { type CommunitiesSchema, CommunitySettingsSchema } from "../../../../gen/osmium/client/communities_pb.js";
import { ChannelType, CommunityPermission as P } from "../../../../gen/osmium/client/types_pb.js";
import { channelTarget } from "../access/chat-target.js";
import { canViewChannel } from "../access/visibility.js";
import { communityAudience } from "../audiences/audiences.js";
import { conflict } from "../core/errors.js";
import type { ServerCore } from "../core/server-core.js";
import { checkUsernameFormat, validateName } from "../core/text.js";
import { isEmptyFileRef } from "../media/file-store.js";
import { photoFromUpload } from "../media/photos.js";
import type { AccountRecord, CommunityRecord } from "../state/server-state.js";
import { communityView } from "../views/communities.js";
import { unreadCount, unreadMentions } from "../views/conversations.js";
import { addChannel, forgetChannel } from "./channels.js";
import { pushCommunity } from "./publish.js";

// A community itself: created, listed, renamed, given a photo, deleted.

/** What every member of a new community may do until an admin changes it. */
export const DEFAULT_MEMBER_PERMISSIONS = [
  P.VIEW_CHANNEL,
  P.SEND_MESSAGES,
  P.CONNECT_VOICE,
  P.SEND_MEDIA,
  P.SPEAK_VOICE,
  P.ADD_REACTIONS,
].reduce((all, bit) => all | BigInt(bit), 0n);

/** Creates a community owned by `ownerId`, with a `general` text channel. Pushes nothing. */
export function createCommunityRecord(core: ServerCore, ownerId: bigint, name: string): CommunityRecord {
  const community: CommunityRecord = {
    id: core.nextId(),
    name: validateName(core.limits, name, "name"),
    ownerId,
    defaultPermissions: DEFAULT_MEMBER_PERMISSIONS,
    roles: new Map(),
    members: new Map([[ownerId, { roleIds: [] }]]),
    bans: new Map(),
    channels: new Map(),
    overrides: new Map(),
    parentSync: new Set(),
    settings: create(CommunitySettingsSchema, {}),
  };
  core.state.communities.set(community.id, community);
  addChannel(core, community, { name: "general", type: ChannelType.TEXT });
  return community;
}

/**
 * communities.createCommunity: the call answers nothing, so the creator's sessions learn the new
 * community (and its id) from a `community` push, then fetch its channels, as after joining.
 */
export function createCommunity(core: ServerCore, ownerId: bigint, name: string): void {
  pushCommunity(core, createCommunityRecord(core, ownerId, name), [ownerId]);
}

/**
 * communities.getCommunities: `account`'s communities, in their own order (settings.editUserSettings
 * community_order) first, the rest oldest first, with unread counts over the channels they see.
 */
export function communitiesOf(core: ServerCore, account: AccountRecord): MessageInitShape<typeof CommunitiesSchema> {
  const state = core.state;
  const userId = account.user.id;
  const mine = [...state.communities.values()].filter((c) => c.members.has(userId));
  const order = account.settings.communityOrder?.communityIds ?? [];
  const rank = (id: bigint) => {
    const at = order.indexOf(id);
    return at < 0 ? order.length : at;
  };
  mine.sort((a, b) => rank(a.id) - rank(b.id) || (a.id < b.id ? -1 : 1));
  return {
    communities: mine.map((c) => communityView(state, c, userId)),
    communityUserInfo: mine.map((community) => {
      let unread = 0;
      let mentions = 0;
      for (const channel of community.channels.values()) {
        if (channel.type === ChannelType.CATEGORY || !canViewChannel(community, userId, channel.id)) continue;
        const target = channelTarget(community, channel.id);
        unread += unreadCount(state, target, userId);
        mentions += unreadMentions(state, target, userId).length;
      }
      return { communityId: community.id, unreadCount: unread, unreadMentionCount: mentions };
    }),
    // This server never has outages, so nothing is ever unavailable.
    unavailable: [],
  };
}

/**
 * communities.editCommunity: name and username (an empty username removes it; community usernames
 * share the users' format but have their own namespace). Pushes the community when either is set.
 */
export function editCommunity(
  core: ServerCore,
  community: CommunityRecord,
  request: { name?: string | undefined; username?: string | undefined },
): void {
  const name = request.name !== undefined ? validateName(core.limits, request.name, "name") : undefined;
  const username = request.username?.trim();
  if (username) {
    checkUsernameFormat(username);
    for (const other of core.state.communities.values()) {
      if (other.id !== community.id && other.username?.toLowerCase() === username.toLowerCase()) {
        throw conflict(`username ${username} is taken`);
      }
    }
  }
  if (name !== undefined) community.name = name;
  if (username !== undefined) {
    if (username) community.username = username;
    else delete community.username;
  }
  if (name !== undefined || username !== undefined) pushCommunity(core, community);
}

/**
 * communities.editPhoto: an image upload sets the photo; no file, or an empty ref, removes it (as
 * settings.editProfilePhoto does for profiles). Pushes the community when it changed.
 */
export function setCommunityPhoto(core: ServerCore, userId: bigint, community: CommunityRecord, ref: UploadedFileRef | undefined): void {
  if (isEmptyFileRef(ref)) {
    if (!community.photo) return;
    delete community.photo;
  } else {
    community.photo = photoFromUpload(core, userId, ref, "file", (file) => `file is not an image (${file.mimetype})`);
  }
  pushCommunity(core, community);
}

/**
 * communities.deleteCommunity: deletes it and everything kept for it (channels, invites,
 * notification prefs); every member gets `communityDeleted`.
 */
export function deleteCommunity(core: ServerCore, community: CommunityRecord): void {
  const audience = communityAudience(community);
  for (const channelId of [...community.channels.keys()]) forgetChannel(core, community, channelId);
  core.state.communities.delete(community.id);
  for (const [code, invite] of [...core.state.invites]) if (invite.targetId === community.id) core.state.invites.delete(code);
  for (const account of core.state.accounts.values()) account.notifPrefs.delete(`community:${community.id}`);
  core.pushTo(audience, { update: { case: "communityDeleted", value: { communityId: community.id } } });
}
