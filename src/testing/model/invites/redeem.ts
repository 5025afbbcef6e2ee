import { InviteType } from "../../../../gen/osmium/client/auth_pb.js";
import { connectByInvite } from "../accounts/relationships.js";
import { joinGroup } from "../chats/groups.js";
import { joinCommunity } from "../communities/membership.js";
import { notFound } from "../core/errors.js";
import type { ServerCore } from "../core/server-core.js";
import type { InviteRecord } from "../state/server-state.js";

/**
 * auth.useInvite: joins `userId` to the invite's target, the same way as every other way in (the
 * community join of communities.addMember: 409 for members, 403 while banned, the same pushes and
 * join message; the group join of chats.addChatMember; the friendship of a USER invite), and counts
 * the use.
 */
export function redeemInvite(core: ServerCore, invite: InviteRecord, userId: bigint): void {
  const state = core.state;
  const gone = () => notFound(`invite ${invite.code} not found`);
  switch (invite.targetType) {
    case InviteType.COMMUNITY: {
      const community = state.communities.get(invite.targetId);
      if (!community) throw gone();
      joinCommunity(core, community, userId);
      break;
    }
    case InviteType.GROUP: {
      const group = state.groups.get(invite.targetId);
      if (!group) throw gone();
      joinGroup(core, group, userId, `you are already a participant of group ${group.id}`);
      break;
    }
    case InviteType.USER:
      connectByInvite(core, userId, invite.targetId);
      break;
    default:
      throw gone();
  }
  invite.uses++;
}
