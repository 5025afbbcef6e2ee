import { InviteType } from "../../../gen/osmium/client/auth_pb.js";
import { RelationshipStatus } from "../../../gen/osmium/client/types_pb.js";
import { type ChatTarget, resolveChat } from "../model/access/chat-target.js";
import { groupChangeAudience } from "../model/audiences/audiences.js";
import { badRequest, conflict, forbidden, notFound } from "../model/core/errors.js";
import type { CallContext, NamespaceHandlers } from "./context.js";
import { deadReason, invitePreview, liveInvite, managesInvitesOf, newInviteCode } from "../model/invites/invites.js";
import { befriend, hasBlocked, relationshipOf } from "../model/accounts/relationships.js";
import type { InviteRecord } from "../model/state/server-state.js";
import { groupView, usersView } from "../model/views/views.js";
import { joinCommunity } from "../model/communities/membership.js";
import { requireRoomIn } from "./groups.js";

// Invites, by what the chat_ref names:
// - a channel → a COMMUNITY invite (any member who sees the channel may create one);
// - a group → a GROUP invite (any participant may create one);
// - the self chat (or a user ref to oneself) → a USER invite: "connect with me". Using it makes the
//   two users friends at once, like a friend-invite link: sharing the link is the creator's consent.
// A DM with someone else has no invite: 400.

/** What an invite for `target` points at. */
function inviteTargetOf(target: ChatTarget, me: bigint): Pick<InviteRecord, "targetType" | "targetId"> {
  switch (target.kind) {
    case "channel":
      return { targetType: InviteType.COMMUNITY, targetId: target.community?.id ?? 0n };
    case "group":
      return { targetType: InviteType.GROUP, targetId: target.group?.id ?? 0n };
    case "self":
      return { targetType: InviteType.USER, targetId: me };
    case "dm":
      throw badRequest("chat_ref: a direct message has no invites; use the self chat for an invite to connect with you");
  }
}

/** Joins the caller to the invite's target and pushes what the join changes. */
function redeem(ctx: CallContext, invite: InviteRecord): void {
  const { core } = ctx;
  const state = core.state;
  const me = ctx.userId;
  switch (invite.targetType) {
    case InviteType.COMMUNITY: {
      const community = state.communities.get(invite.targetId);
      if (!community) throw notFound(`invite ${invite.code} not found`);
      // The same join as communities.addMember: 409 for members, 403 while banned, the same pushes
      // (communityMemberCreated to members, community to the joiner) and the join message.
      joinCommunity(core, community, me);
      invite.uses++;
      return;
    }
    case InviteType.GROUP: {
      const group = state.groups.get(invite.targetId);
      if (!group) throw notFound(`invite ${invite.code} not found`);
      if (group.participants.has(me)) throw conflict(`you are already a participant of group ${group.id}`);
      requireRoomIn(group);
      group.participants.add(me);
      invite.uses++;
      const users = usersView(state, group.participants);
      core.pushTo(groupChangeAudience(group.participants), (viewer) => ({
        update: { case: "group", value: { group: groupView(group, viewer), users } },
      }));
      return;
    }
    case InviteType.USER: {
      const creator = invite.targetId;
      if (creator === me) throw badRequest("this is your own invite");
      // Either side's block wins over the link; the message does not say who blocked whom.
      if (hasBlocked(state, creator, me) || hasBlocked(state, me, creator)) throw forbidden("you cannot connect with this user");
      if (relationshipOf(state, me, creator) === RelationshipStatus.FRIEND) throw conflict(`you are already friends with user ${creator}`);
      invite.uses++;
      befriend(core, me, creator);
      return;
    }
    default:
      throw notFound(`invite ${invite.code} not found`);
  }
}

/** `auth.lookupInvite` and `auth.useInvite`. */
export const inviteAuthHandlers: Pick<NamespaceHandlers<"auth">, "authLookupInvite" | "authUseInvite"> = {
  authLookupInvite(request, ctx) {
    const invite = liveInvite(ctx.core, request.code);
    // Public call: a visitor who is not signed in sees the preview as user 0 (no owner flag, no permissions).
    return invitePreview(ctx.core.state, invite, ctx.connection.session?.userId ?? 0n);
  },

  authUseInvite(request, ctx) {
    redeem(ctx, liveInvite(ctx.core, request.code));
  },
};

/** `chats.createChatInvite`, `chats.listChatInvites`, `chats.deleteChatInvite`. */
export const inviteChatHandlers: Pick<
  NamespaceHandlers<"chats">,
  "chatsCreateChatInvite" | "chatsListChatInvites" | "chatsDeleteChatInvite"
> = {
  chatsCreateChatInvite(request, ctx) {
    const target = inviteTargetOf(resolveChat(ctx, request.chatRef), ctx.userId);
    // expires_at is Unix ms, as InvitePreview.expires_at documents; a past time (or seconds) is refused.
    if (request.expiresAt !== undefined && request.expiresAt <= ctx.core.nowMs()) {
      throw badRequest("expires_at must be in the future (Unix time in milliseconds)");
    }
    if (request.maxUses !== undefined && request.maxUses < 1) throw badRequest("max_uses must be at least 1 (leave it unset for no limit)");
    const invite: InviteRecord = {
      code: newInviteCode(ctx.core.state),
      creatorId: ctx.userId,
      ...target,
      ...(request.expiresAt !== undefined ? { expiresAt: request.expiresAt } : {}),
      ...(request.maxUses !== undefined ? { maxUses: request.maxUses } : {}),
      uses: 0,
    };
    ctx.core.state.invites.set(invite.code, invite);
    return { code: invite.code };
  },

  chatsListChatInvites(request, ctx) {
    const me = ctx.userId;
    const target = inviteTargetOf(resolveChat(ctx, request.chatRef), me);
    const state = ctx.core.state;
    const all = managesInvitesOf(state, target, me);
    // Working invites only, oldest first; without management rights a caller sees their own.
    const invites = [...state.invites.values()].filter(
      (i) =>
        i.targetType === target.targetType &&
        i.targetId === target.targetId &&
        (all || i.creatorId === me) &&
        deadReason(ctx.core, i) === undefined,
    );
    return { invites: invites.map((i) => invitePreview(state, i, me)) };
  },

  chatsDeleteChatInvite(request, ctx) {
    const me = ctx.userId;
    const state = ctx.core.state;
    const invite = state.invites.get(request.code.trim());
    const missing = () => notFound(`invite ${request.code} not found`);
    if (!invite) throw missing();
    if (invite.creatorId !== me) {
      // Outsiders must not learn the invite exists; insiders without rights get 403.
      const insider =
        (invite.targetType === InviteType.COMMUNITY && state.communities.get(invite.targetId)?.members.has(me)) ||
        (invite.targetType === InviteType.GROUP && state.groups.get(invite.targetId)?.participants.has(me));
      if (!insider) throw missing();
      if (!managesInvitesOf(state, invite, me)) {
        throw forbidden(
          invite.targetType === InviteType.COMMUNITY
            ? "deleting another member's invite needs the MODIFY_COMMUNITY permission"
            : "only the group owner can delete another participant's invite",
        );
      }
    }
    state.invites.delete(invite.code);
  },
};
