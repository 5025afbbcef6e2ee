import { requireCanAddToGroup, requireCanRemoveFromGroup, requireChatAction, requireGroupOwner } from "../model/access/chat-rules.js";
import { resolveChat } from "../model/access/chat-target.js";
import { requireCanDeleteInvite } from "../model/access/invite-rules.js";
import { chatsPage, setTyping } from "../model/chats/conversations.js";
import { createGroup, editGroup, highlightInChannel, highlightOf, joinGroup, leaveGroup, requireGroup } from "../model/chats/groups.js";
import { markRead } from "../model/chats/read-state.js";
import { badRequest } from "../model/core/errors.js";
import { validateName } from "../model/core/text.js";
import { createInvite, invitePreview, invitesOf, inviteTargetOf, requireInvite } from "../model/invites/invites.js";
import { chatResult } from "../model/views/conversations.js";
import type { NamespaceHandlers } from "./context.js";

/** `chats.*`: the conversation list, read markers, typing, group chats and chat invites. */
export const chatsHandlers: NamespaceHandlers<"chats"> = {
  chatsGetChats(request, ctx) {
    return chatsPage(ctx.core.state, ctx.core.limits, ctx.userId, request);
  },

  chatsGetChat(request, ctx) {
    return chatResult(ctx.core.state, resolveChat(ctx, request.chatRef), ctx.userId);
  },

  chatsMarkChatRead(request, ctx) {
    markRead(ctx, resolveChat(ctx, request.chatRef), request.messageId);
  },

  chatsSetTyping(request, ctx) {
    const target = resolveChat(ctx, request.chatRef);
    requireChatAction(ctx, target, "type");
    setTyping(ctx, target, request.typing, request.action);
  },

  chatsCreateChat(request, ctx) {
    const name = validateName(ctx.core.limits, request.name, "name");
    const others = [...new Set(request.users.map((u) => u.userId))].filter((id) => id !== ctx.userId);
    others.forEach((id, i) => requireCanAddToGroup(ctx, id, `users[${i}]`));
    return createGroup(ctx, name, others);
  },

  /**
   * Groups: the owner edits name, photo and highlighted message (pushes `group`). Channels: only
   * the highlighted message, with MODIFY_CHANNEL (pushes `channel`; names go through
   * communities.editChannel). DMs and the self chat have nothing to edit (400).
   */
  chatsEditChat(request, ctx) {
    const target = resolveChat(ctx, request.chatRef);
    const highlight = highlightOf(ctx.core.state, target, request);
    if (target.kind === "channel") {
      if (request.name !== undefined || request.photo !== undefined) {
        throw badRequest("a channel's name and settings are edited with communities.editChannel");
      }
      requireChatAction(ctx, target, "highlight");
      highlightInChannel(ctx.core, target, highlight);
    } else {
      const group = requireGroup(target, "editChat");
      requireGroupOwner(ctx, group, "edit the group");
      editGroup(ctx, group, request, highlight);
    }
    return chatResult(ctx.core.state, target, ctx.userId);
  },

  chatsAddChatMember(request, ctx) {
    const group = requireGroup(resolveChat(ctx, request.chatRef), "addChatMember");
    requireGroupOwner(ctx, group, "add members");
    requireCanAddToGroup(ctx, request.userId, "user_id");
    joinGroup(ctx.core, group, request.userId, `user ${request.userId} is already in this group`);
  },

  chatsRemoveChatMember(request, ctx) {
    const group = requireGroup(resolveChat(ctx, request.chatRef), "removeChatMember");
    requireCanRemoveFromGroup(ctx, group, request.userId);
    leaveGroup(ctx.core, group, request.userId);
  },

  chatsCreateChatInvite(request, ctx) {
    const target = inviteTargetOf(resolveChat(ctx, request.chatRef), ctx.userId);
    return { code: createInvite(ctx, target, request) };
  },

  chatsListChatInvites(request, ctx) {
    const target = inviteTargetOf(resolveChat(ctx, request.chatRef), ctx.userId);
    return { invites: invitesOf(ctx, target).map((i) => invitePreview(ctx.core.state, i, ctx.userId)) };
  },

  chatsDeleteChatInvite(request, ctx) {
    const invite = requireInvite(ctx.core.state, request.code);
    requireCanDeleteInvite(ctx, invite, request.code);
    ctx.core.state.invites.delete(invite.code);
  },
};
