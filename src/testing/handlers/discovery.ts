import { InviteType } from "../../../gen/osmium/client/auth_pb.js";
import type { ServerCore } from "../model/core/server-core.js";
import type { NamespaceHandlers } from "./context.js";
import { deadReason, newInviteCode } from "../model/invites/invites.js";
import type { CommunityRecord } from "../model/state/server-state.js";
import { isListed } from "./community-settings.js";

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

/** `discovery.*`: the public directory of listed communities. Served without a session too. */
export const discoveryHandlers: NamespaceHandlers<"discovery"> = {
  discoveryGetDiscoverableCommunities(request, ctx) {
    const core = ctx.core;
    const limit = Math.min(request.limit || DEFAULT_DISCOVERY_PAGE, core.limits.pageSize);
    // Oldest listed community first; `after` is the last community id of the previous page.
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
  },
};
