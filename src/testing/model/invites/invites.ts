import type { MessageInitShape } from "@bufbuild/protobuf";
import { type InvitePreviewSchema, InviteType } from "../../../../gen/osmium/client/auth_pb.js";
import type { ChatTarget } from "../access/chat-target.js";
import { type InviteTarget, managesInvitesOf, mayInvite } from "../access/invite-rules.js";
import type { Caller } from "../core/caller.js";
import { randomBytes } from "../core/crypto.js";
import { badRequest, notFound } from "../core/errors.js";
import type { ServerCore } from "../core/server-core.js";
import type { InviteRecord, ServerState } from "../state/server-state.js";
import { communityView } from "../views/communities.js";
import { groupView } from "../views/conversations.js";
import { userView } from "../views/users.js";

// Invite codes: how they are made, when they stop working, and how they look. An invite points
// at what its chat_ref names:
// - a channel → a COMMUNITY invite (any member who sees the channel may create one);
// - a group → a GROUP invite (any participant may create one);
// - the self chat (or a user ref to oneself) → a USER invite: "connect with me" (accounts/relationships.ts).
// A DM with someone else has no invite: 400.

const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

/** A fresh, unused invite code (10 characters without look-alikes such as 0/O and 1/l/I). */
export function newInviteCode(state: ServerState): string {
  for (;;) {
    const code = Array.from(randomBytes(10), (b) => ALPHABET[b % ALPHABET.length]).join("");
    if (!state.invites.has(code)) return code;
  }
}

/** What an invite to `target` points at; 400 for a DM. */
export function inviteTargetOf(target: ChatTarget, me: bigint): InviteTarget {
  switch (target.kind) {
    case "channel":
      return { targetType: InviteType.COMMUNITY, targetId: target.community?.id ?? 0n, channelId: target.channel?.id ?? 0n };
    case "group":
      return { targetType: InviteType.GROUP, targetId: target.group?.id ?? 0n };
    case "self":
      return { targetType: InviteType.USER, targetId: me };
    case "dm":
      throw badRequest("chat_ref: a direct message has no invites; use the self chat for an invite to connect with you");
  }
}

/**
 * Why an invite no longer works, or `undefined` while it does. Expired and used-up invites answer
 * 404 (not 410, which the error table lacks): to a client they are gone, like a deleted one.
 */
export function deadReason(core: ServerCore, invite: InviteRecord): string | undefined {
  if (invite.expiresAt !== undefined && invite.expiresAt <= core.nowMs()) return `invite ${invite.code} has expired`;
  if (invite.maxUses !== undefined && invite.uses >= invite.maxUses) return `invite ${invite.code} has reached its maximum uses`;
  // Its target is gone, or its creator lost the right to invite there (removed, banned, no longer
  // seeing the channel): to a client it is gone like a deleted invite.
  return mayInvite(core.state, invite.creatorId, invite) ? undefined : `invite ${invite.code} not found`;
}

/** The invite behind `code` while it works; 404 when unknown, expired, used up or its target is gone. */
export function liveInvite(core: ServerCore, code: string): InviteRecord {
  const invite = core.state.invites.get(code.trim());
  if (!invite) throw notFound(`invite ${code} not found`);
  const dead = deadReason(core, invite);
  if (dead) throw notFound(dead);
  return invite;
}

/** The invite behind `code`, working or not (to delete it); 404 when unknown. */
export function requireInvite(state: ServerState, code: string): InviteRecord {
  const invite = state.invites.get(code.trim());
  if (!invite) throw notFound(`invite ${code} not found`);
  return invite;
}

/**
 * chats.createChatInvite: a new invite of the caller's to `target`. `expires_at` is Unix ms, as
 * InvitePreview.expires_at documents; a past time (or seconds) is refused.
 */
export function createInvite(
  caller: Caller,
  target: InviteTarget,
  options: { expiresAt?: bigint | undefined; maxUses?: number | undefined },
): string {
  const { core } = caller;
  if (options.expiresAt !== undefined && options.expiresAt <= core.nowMs()) {
    throw badRequest("expires_at must be in the future (Unix time in milliseconds)");
  }
  if (options.maxUses !== undefined && options.maxUses < 1) throw badRequest("max_uses must be at least 1 (leave it unset for no limit)");
  const invite: InviteRecord = {
    code: newInviteCode(core.state),
    creatorId: caller.userId,
    ...target,
    ...(options.expiresAt !== undefined ? { expiresAt: options.expiresAt } : {}),
    ...(options.maxUses !== undefined ? { maxUses: options.maxUses } : {}),
    uses: 0,
  };
  core.state.invites.set(invite.code, invite);
  return invite.code;
}

/** chats.listChatInvites: the working invites of `target`, oldest first; without management rights a caller sees their own. */
export function invitesOf(caller: Caller, target: InviteTarget): InviteRecord[] {
  const { core, userId: me } = caller;
  const all = managesInvitesOf(core.state, target, me);
  return [...core.state.invites.values()].filter(
    (i) => i.targetType === target.targetType && i.targetId === target.targetId && (all || i.creatorId === me) && deadReason(core, i) === undefined,
  );
}

/** The preview of an invite as `viewerId` sees it (0 for a caller that is not signed in). */
export function invitePreview(state: ServerState, invite: InviteRecord, viewerId: bigint): MessageInitShape<typeof InvitePreviewSchema> {
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
