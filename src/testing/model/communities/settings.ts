import { clone, create } from "@bufbuild/protobuf";
import {
  type CommunitySettings,
  CommunitySettings_DiscoveryListingSchema,
  CommunitySettings_SystemMessagesSchema,
  CommunitySettingsSchema,
} from "../../../../gen/osmium/client/communities_pb.js";
import { ChannelType } from "../../../../gen/osmium/client/types_pb.js";
import { badRequest } from "../core/errors.js";
import type { ServerCore } from "../core/server-core.js";
import { checkLength, codePoints } from "../core/text.js";
import type { CommunityRecord } from "../state/server-state.js";

/** Limits of a discovery listing (the protocol gives none; these match common directory listings). */
export const LISTING_LIMITS = { shortDescription: 200, categories: 5, categoryLength: 32 } as const;

/**
 * communities.editSettings: each section that is set is merged in (system messages field by field,
 * the listing as a whole); unset sections stay, so an empty call reads the settings. No update kind
 * carries settings, so nothing is pushed. Returns the new settings.
 */
export function editSettings(core: ServerCore, community: CommunityRecord, incoming: CommunitySettings | undefined): CommunitySettings {
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
    const field = "settings.discovery_listing.listing";
    checkLength(short, LISTING_LIMITS.shortDescription, `${field}.short_description`);
    checkLength(long, core.limits.bioLength, `${field}.long_description`);
    if (categories.length > LISTING_LIMITS.categories) throw badRequest(`${field}.categories has more than ${LISTING_LIMITS.categories} entries`);
    for (const c of categories) {
      if (!c || codePoints(c) > LISTING_LIMITS.categoryLength) {
        throw badRequest(`${field}.categories: each must be 1-${LISTING_LIMITS.categoryLength} characters`);
      }
    }
    next.discoveryListing = create(CommunitySettings_DiscoveryListingSchema, {
      listed: incoming.discoveryListing.listed,
      listing: { shortDescription: short, longDescription: long, categories },
    });
  }
  community.settings = next;
  return clone(CommunitySettingsSchema, next);
}

/** Whether `community` is listed in discovery. */
export const isListed = (community: CommunityRecord): boolean => community.settings.discoveryListing?.listed === true;
