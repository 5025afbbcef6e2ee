import { create } from "@bufbuild/protobuf";
import { ChannelType, ChatPhotoSchema, CommunityPermission as P } from "../../../gen/osmium/client/types_pb.js";
import { requireCommunity } from "../model/access/chat-target.js";
import { communityAudience } from "../model/audiences/audiences.js";
import { createCommunityRecord, validateName } from "../model/communities/communities.js";
import { badRequest, conflict, forbidden, notFound } from "../model/core/errors.js";
import type { NamespaceHandlers } from "./context.js";
import { finalizeUpload, isEmptyFileRef } from "../model/media/file-store.js";
import { hasBlocked } from "../model/accounts/relationships.js";
import { channelTarget, dropMember, forgetCommunity, joinCommunity } from "../model/communities/membership.js";
import { pushCommunity } from "../model/communities/publish.js";
import { communityFor } from "../model/access/community-rules.js";
import { communitySettingsHandlers } from "./community-settings.js";
import { channelMemberHandlers } from "./channel-members.js";
import { channelHandlers } from "./channels.js";
import { memberHandlers } from "./members.js";
import { overrideHandlers } from "./overrides.js";
import { roleHandlers } from "./roles.js";
import { communityView, unreadCount, unreadMentions } from "../model/views/views.js";
import { effectivePermissions, hasPermission } from "../model/access/permissions.js";

type Communities = NamespaceHandlers<"communities">;

/** `communities.*` calls about the community itself: create, list, edit, photo, leave, delete, add a member. */
export const communityHandlers: Pick<
  Communities,
  | "communitiesCreateCommunity"
  | "communitiesGetCommunities"
  | "communitiesEditCommunity"
  | "communitiesEditPhoto"
  | "communitiesLeaveCommunity"
  | "communitiesDeleteCommunity"
  | "communitiesAddMember"
> = {
  communitiesCreateCommunity(request, ctx) {
    const community = createCommunityRecord(ctx.core, ctx.userId, request.name);
    // The call answers nothing: the creator's sessions learn the new community (and its id) from
    // this push, then fetch its channels, as after joining.
    pushCommunity(ctx.core, community, [ctx.userId]);
  },

  communitiesGetCommunities(_request, ctx) {
    const state = ctx.core.state;
    const mine = [...state.communities.values()].filter((c) => c.members.has(ctx.userId));
    // The user's own order (settings.editUserSettings community_order) first, the rest oldest first.
    const order = ctx.account.settings.communityOrder?.communityIds ?? [];
    const rank = (id: bigint) => {
      const at = order.indexOf(id);
      return at < 0 ? order.length : at;
    };
    mine.sort((a, b) => rank(a.id) - rank(b.id) || (a.id < b.id ? -1 : 1));
    return {
      communities: mine.map((c) => communityView(state, c, ctx.userId)),
      communityUserInfo: mine.map((community) => {
        let unread = 0;
        let mentions = 0;
        for (const channel of community.channels.values()) {
          if (channel.type === ChannelType.CATEGORY) continue;
          if (!hasPermission(effectivePermissions(community, ctx.userId, channel.id), P.VIEW_CHANNEL)) continue;
          const target = channelTarget(community, channel.id);
          unread += unreadCount(state, target, ctx.userId);
          mentions += unreadMentions(state, target, ctx.userId).length;
        }
        return { communityId: community.id, unreadCount: unread, unreadMentionCount: mentions };
      }),
      // This server never has outages, so nothing is ever unavailable.
      unavailable: [],
    };
  },

  communitiesEditCommunity(request, ctx) {
    const community = communityFor(ctx, request.communityId, P.MODIFY_COMMUNITY, "editing the community");
    const name = request.name !== undefined ? validateName(ctx.core, request.name, "name") : undefined;
    // An empty username removes it; community usernames share the users' format but have their own namespace.
    const username = request.username?.trim();
    if (username) {
      if (!/^[a-zA-Z0-9_.]{2,32}$/.test(username)) throw badRequest("username must be 2-32 letters, digits, '_' or '.'");
      for (const other of ctx.core.state.communities.values()) {
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
    if (name !== undefined || username !== undefined) pushCommunity(ctx.core, community);
  },

  communitiesEditPhoto(request, ctx) {
    const community = communityFor(ctx, request.communityId, P.MODIFY_COMMUNITY, "changing the community photo");
    if (isEmptyFileRef(request.file)) {
      // No file, or an empty ref, removes the photo (as settings.editProfilePhoto does for profiles).
      if (!community.photo) return;
      delete community.photo;
    } else {
      const record = finalizeUpload(ctx.core, ctx.userId, request.file);
      if (!record.mimetype.startsWith("image/")) {
        ctx.core.state.files.delete(record.id);
        throw badRequest(`file is not an image (${record.mimetype})`);
      }
      community.photo = create(ChatPhotoSchema, { fileId: record.id });
    }
    pushCommunity(ctx.core, community);
  },

  communitiesLeaveCommunity(request, ctx) {
    const community = requireCommunity(ctx, request.communityId);
    // Leaving would orphan the community: the owner must delete it (ownership transfer has no RPC).
    if (community.ownerId === ctx.userId) {
      throw conflict(`the owner cannot leave community ${community.id}: delete it instead`);
    }
    dropMember(ctx.core, community, ctx.userId);
  },

  communitiesDeleteCommunity(request, ctx) {
    const community = requireCommunity(ctx, request.communityId);
    if (community.ownerId !== ctx.userId) throw forbidden(`only the owner can delete community ${community.id}`);
    const audience = communityAudience(community);
    forgetCommunity(ctx.core, community);
    ctx.core.pushTo(audience, { update: { case: "communityDeleted", value: { communityId: community.id } } });
  },

  communitiesAddMember(request, ctx) {
    // Adding someone directly (no invite, no consent) manages who is in the community, like the
    // community's invites (see invite-model.ts): MODIFY_COMMUNITY.
    const community = communityFor(ctx, request.communityId, P.MODIFY_COMMUNITY, "adding a member");
    if (!ctx.core.state.accounts.has(request.userId)) throw notFound(`user_id: no user ${request.userId}`);
    // A user who blocked the caller cannot be pulled in by them; the message does not say why.
    if (hasBlocked(ctx.core.state, request.userId, ctx.userId)) throw forbidden(`user ${request.userId} cannot be added by you`);
    joinCommunity(ctx.core, community, request.userId);
  },
};

/**
 * Every `communities.*` handler. Typed as the whole namespace, so the compiler fails if one of
 * the 28 calls is missing.
 */
export const communitiesHandlers: Communities = {
  ...communityHandlers,
  ...channelHandlers,
  ...channelMemberHandlers,
  ...roleHandlers,
  ...memberHandlers,
  ...overrideHandlers,
  ...communitySettingsHandlers,
};
