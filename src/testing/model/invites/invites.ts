import type { MessageInitShape } from "@bufbuild/protobuf";
import { InviteType, type InvitePreviewSchema } from "../../../../gen/osmium/client/auth_pb.js";
import { CommunityPermission } from "../../../../gen/osmium/client/types_pb.js";
import type { ServerCore } from "../core/server-core.js";
import { randomBytes } from "../core/crypto.js";
import { notFound } from "../core/errors.js";
import { effectivePermissions, hasPermission } from "../access/permissions.js";
import type { InviteRecord, ServerState } from "../state/server-state.js";
import { communityView, groupView, userView } from "../views/views.js";

// Invite codes: how they are made, when they stop working, who manages them, and how they look.

const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

/** A fresh, unused invite code (10 characters without look-alikes such as 0/O and 1/l/I). */
export function newInviteCode(state: ServerState): string {
  for (;;) {
    const code = Array.from(randomBytes(10), (b) => ALPHABET[b % ALPHABET.length]).join("");
    if (!state.invites.has(code)) return code;
  }
}

/**
 * Why an invite no longer works, or `undefined` while it does. Expired and used-up invites answer
 * 404 (not 410, which the error table lacks): to a client they are gone, like a deleted one.
 */
export function deadReason(core: ServerCore, invite: InviteRecord): string | undefined {
  if (invite.expiresAt !== undefined && invite.expiresAt <= core.nowMs()) return `invite ${invite.code} has expired`;
  if (invite.maxUses !== undefined && invite.uses >= invite.maxUses) return `invite ${invite.code} has reached its maximum uses`;
  const state = core.state;
  const targetGone =
    (invite.targetType === InviteType.COMMUNITY && !state.communities.has(invite.targetId)) ||
    (invite.targetType === InviteType.GROUP && !state.groups.has(invite.targetId)) ||
    (invite.targetType === InviteType.USER && !state.accounts.has(invite.targetId));
  return targetGone ? `invite ${invite.code} not found` : undefined;
}

/** The invite behind `code` while it works; 404 when unknown, expired, used up or its target is gone. */
export function liveInvite(core: ServerCore, code: string): InviteRecord {
  const invite = core.state.invites.get(code.trim());
  if (!invite) throw notFound(`invite ${code} not found`);
  const dead = deadReason(core, invite);
  if (dead) throw notFound(dead);
  return invite;
}

/**
 * Whether `userId` may list and delete every invite of the invite's target, not only their own:
 * MODIFY_COMMUNITY holders for a community, the owner for a group; USER invites are the creator's alone.
 */
export function managesInvitesOf(state: ServerState, invite: Pick<InviteRecord, "targetType" | "targetId">, userId: bigint): boolean {
  if (invite.targetType === InviteType.COMMUNITY) {
    const community = state.communities.get(invite.targetId);
    return !!community && hasPermission(effectivePermissions(community, userId), CommunityPermission.MODIFY_COMMUNITY);
  }
  if (invite.targetType === InviteType.GROUP) return state.groups.get(invite.targetId)?.ownerId === userId;
  return false;
}

/** The preview of an invite as `viewerId` sees it (0 for a caller that is not signed in). */
export function invitePreview(
  state: ServerState,
  invite: InviteRecord,
  viewerId: bigint,
): MessageInitShape<typeof InvitePreviewSchema> {
  const preview: MessageInitShape<typeof InvitePreviewSchema> = {
    code: invite.code,
    creatorId: invite.creatorId,
    targetId: invite.targetId,
    targetType: invite.targetType,
    ...(invite.expiresAt !== undefined ? { expiresAt: invite.expiresAt } : {}),
    creator: userView(state, invite.creatorId),
  };
  const community = invite.targetType === InviteType.COMMUNITY ? state.communities.get(invite.targetId) : undefined;
  const group = invite.targetType === InviteType.GROUP ? state.groups.get(invite.targetId) : undefined;
  if (community) preview.targetInfo = { case: "community", value: communityView(state, community, viewerId) };
  else if (group) preview.targetInfo = { case: "chat", value: groupView(group, viewerId) };
  else if (invite.targetType === InviteType.USER) preview.targetInfo = { case: "user", value: userView(state, invite.targetId) };
  return preview;
}
