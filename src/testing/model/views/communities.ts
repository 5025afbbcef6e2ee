import { create } from "@bufbuild/protobuf";
import { type Community, type CommunityMember, CommunityMemberSchema, CommunitySchema, NotifPrefs } from "../../../../gen/osmium/client/types_pb.js";
import { effectivePermissions } from "../access/permissions.js";
import type { CommunityRecord, ServerState } from "../state/server-state.js";

/** A community as `viewerId` sees it: their owner flag, computed permissions and notification level. */
export function communityView(state: ServerState, community: CommunityRecord, viewerId: bigint): Community {
  return create(CommunitySchema, {
    id: community.id,
    owner: community.ownerId === viewerId,
    name: community.name,
    ...(community.photo ? { photo: community.photo } : {}),
    ...(community.username !== undefined ? { username: community.username } : {}),
    permissions: effectivePermissions(community, viewerId),
    notifPrefs: state.accounts.get(viewerId)?.notifPrefs.get(`community:${community.id}`) ?? NotifPrefs.DEFAULT,
  });
}

/** A member record of `userId` (no roles and no nickname for a non-member). */
export function memberView(community: CommunityRecord, userId: bigint): CommunityMember {
  const member = community.members.get(userId);
  return create(CommunityMemberSchema, {
    id: userId,
    communityId: community.id,
    roleIds: member?.roleIds ?? [],
    ...(member?.nickname !== undefined ? { nickname: member.nickname } : {}),
  });
}
