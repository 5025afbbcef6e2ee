import { clone, create } from "@bufbuild/protobuf";
import {
  CommunitySettings_DiscoveryListingSchema,
  CommunitySettings_SystemMessagesSchema,
  CommunitySettingsSchema,
} from "../../../gen/osmium/client/communities_pb.js";
import { ChannelType, CommunityPermission as P } from "../../../gen/osmium/client/types_pb.js";
import { channelKey } from "../model/state/chat-keys.js";
import { badRequest } from "../model/core/errors.js";
import type { NamespaceHandlers } from "./context.js";
import { effectivePermissions, hasPermission } from "../model/access/permissions.js";
import type { CommunityRecord } from "../model/state/server-state.js";
import { codePoints } from "../model/core/text.js";
import { roomStateView } from "../model/voice/rooms.js";
import { communityFor, sidebarOrder } from "../model/access/community-rules.js";

type Communities = NamespaceHandlers<"communities">;

/** Limits of a discovery listing (the protocol gives none; these match common directory listings). */
export const LISTING_LIMITS = { shortDescription: 200, categories: 5, categoryLength: 32 } as const;

/** `communities.*` settings and voice room states. */
export const communitySettingsHandlers: Pick<Communities, "communitiesEditSettings" | "communitiesGetRoomStates"> = {
  communitiesEditSettings(request, ctx) {
    const community = communityFor(ctx, request.communityId, P.MODIFY_COMMUNITY, "editing the community settings");
    const incoming = request.settings;
    // Each section that is set is merged in (system messages field by field, the listing as a
    // whole); unset sections stay. No update kind carries settings, so nothing is pushed.
    const next = clone(CommunitySettingsSchema, community.settings);
    if (incoming?.systemMessages) {
      const system = (next.systemMessages ??= create(CommunitySettings_SystemMessagesSchema));
      const channelId = incoming.systemMessages.channelId;
      if (channelId !== undefined) {
        if (channelId === 0n) delete system.channelId;
        else {
          const channel = community.channels.get(channelId);
          if (channel?.type !== ChannelType.TEXT) {
            throw badRequest(`settings.system_messages.channel_id: ${channelId} is not a text channel of this community`);
          }
          system.channelId = channelId;
        }
      }
      if (incoming.systemMessages.joinMessages !== undefined) system.joinMessages = incoming.systemMessages.joinMessages;
    }
    if (incoming?.discoveryListing) {
      const listing = incoming.discoveryListing.listing;
      const short = listing?.shortDescription.trim() ?? "";
      const long = listing?.longDescription.trim() ?? "";
      const categories = (listing?.categories ?? []).map((c) => c.trim());
      if (codePoints(short) > LISTING_LIMITS.shortDescription) {
        throw badRequest(`settings.discovery_listing.listing.short_description is longer than ${LISTING_LIMITS.shortDescription} characters`);
      }
      if (codePoints(long) > ctx.core.limits.bioLength) {
        throw badRequest(`settings.discovery_listing.listing.long_description is longer than ${ctx.core.limits.bioLength} characters`);
      }
      if (categories.length > LISTING_LIMITS.categories) {
        throw badRequest(`settings.discovery_listing.listing.categories has more than ${LISTING_LIMITS.categories} entries`);
      }
      for (const c of categories) {
        if (!c || codePoints(c) > LISTING_LIMITS.categoryLength) {
          throw badRequest(`settings.discovery_listing.listing.categories: each must be 1-${LISTING_LIMITS.categoryLength} characters`);
        }
      }
      next.discoveryListing = create(CommunitySettings_DiscoveryListingSchema, {
        listed: incoming.discoveryListing.listed,
        listing: { shortDescription: short, longDescription: long, categories },
      });
    }
    community.settings = next;
    return clone(CommunitySettingsSchema, next);
  },

  communitiesGetRoomStates(request, ctx) {
    const community = communityFor(ctx, request.communityId);
    const rooms = [...ctx.core.state.rooms.values()];
    // Voice channels the caller can see that have a room (someone requested it); empty rooms included.
    return {
      roomStates: sidebarOrder(community)
        .filter((c) => c.type === ChannelType.VOICE && hasPermission(effectivePermissions(community, ctx.userId, c.id), P.VIEW_CHANNEL))
        .flatMap((channel) => {
          const room = rooms.find((r) => r.chatKey === channelKey(community.id, channel.id));
          if (!room) return [];
          return [{ channelId: channel.id, state: roomStateView(room) }];
        }),
    };
  },
};

/** Whether `community` is listed in discovery. */
export const isListed = (community: CommunityRecord): boolean => community.settings.discoveryListing?.listed === true;
