import type { MessageInitShape } from "@bufbuild/protobuf";
import { InviteType } from "../../../../gen/osmium/client/auth_pb.js";
import type { DiscoveryCommunitiesSchema, GetDiscoverableCommunities } from "../../../../gen/osmium/client/discovery_pb.js";
import { isListed } from "../communities/settings.js";
import type { ServerCore } from "../core/server-core.js";
import type { CommunityRecord } from "../state/server-state.js";
import { deadReason, newInviteCode } from "./invites.js";

// The public directory of listed communities (discovery.*, served without a session too). Each
// listing hands out an invite.

/** Listings per page when the request's `limit` is 0 (capped at `limits.pageSize` either way). */
export const DEFAULT_DISCOVERY_PAGE = 50;

/**
 * The invite code discovery shows for `community`: a permanent, unlimited invite made in the
 * owner's name on first listing, and made again if it was deleted or stopped working.
 */
function discoveryInvite(core: ServerCore, community: CommunityRecord): string {
  const existing = community.discoveryInviteCode ? core.state.invites.get(community.discoveryInviteCode) : undefined;
  if (existing && !deadReason(core, existing)) return existing.code;
  const code = newInviteCode(core.state);
  core.state.invites.set(code, { code, creatorId: community.ownerId, targetType: InviteType.COMMUNITY, targetId: community.id, uses: 0 });
  community.discoveryInviteCode = code;
  return code;
}

/** discovery.getDiscoverableCommunities: listed communities, oldest first; `after` is the last community id of the previous page. */
export function discoverableCommunities(core: ServerCore, request: GetDiscoverableCommunities): MessageInitShape<typeof DiscoveryCommunitiesSchema> {
  const limit = Math.min(request.limit || DEFAULT_DISCOVERY_PAGE, core.limits.pageSize);
  const page = [...core.state.communities.values()]
    .filter((c) => isListed(c) && (request.after === undefined || c.id > request.after))
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .slice(0, limit);
  return {
    listings: page.map((community) => {
      const listing = community.settings.discoveryListing?.listing;
      return {
        communityId: community.id,
        name: community.name,
        ...(community.photo ? { photo: community.photo } : {}),
        inviteCode: discoveryInvite(core, community),
        shortDescription: listing?.shortDescription ?? "",
        longDescription: listing?.longDescription ?? "",
        categories: listing?.categories ?? [],
      };
    }),
  };
}
