// What the cache learns from pushed updates. New entities are stored; changes to entries the
// cache does not hold are dropped (patching needs the whole object), and deletions remove.
import type { Update } from "../../gen/osmium/client/updates_pb.js";
import { chatRefKey } from "../helpers/refs.js";
import { putChannels, putConversations, putGroup, putMembers, putUsers, usersOfEntries } from "./apply-results.js";
import type { CacheStore } from "./store.js";

/** Learns from one update; cases that carry no cached state are ignored. */
export function applyUpdate(store: CacheStore, update: Update): void {
  const u = update.update;
  switch (u.case) {
    case "user":
      if (u.value.user) store.put("user", `${u.value.userId}`, u.value.user);
      return;
    case "userStatus": {
      const status = u.value.status;
      store.patch("user", `${u.value.userId}`, (user) => ({ ...user, status }));
      return;
    }
    case "community":
      if (u.value.community) store.put("community", `${u.value.communityId}`, u.value.community);
      return;
    case "communityDeleted":
      store.removeCommunity(u.value.communityId);
      return;
    case "channel":
      putChannels(store, [u.value.channel]);
      return;
    case "channelDeleted": {
      const ref = u.value.channel;
      if (!ref) return;
      store.remove("channel", `${ref.communityId}:${ref.channelId}`);
      store.remove("conversation", `channel:${ref.communityId}:${ref.channelId}`);
      return;
    }
    case "communityMember":
      putMembers(store, [u.value.member]);
      return;
    case "communityMemberCreated":
      putUsers(store, [u.value.user]);
      putMembers(store, [u.value.member]);
      return;
    case "communityMemberDeleted":
      store.remove("member", `${u.value.communityId}:${u.value.memberId}`);
      return;
    case "memberList":
      putUsers(store, usersOfEntries(u.value.entries));
      return;
    case "chat": {
      const chat = u.value.chat;
      if (!chat) return;
      putUsers(store, chat.users);
      putChannels(store, [chat.channel]);
      putGroup(store, chat.group);
      putConversations(store, [chat.chat]);
      return;
    }
    case "group":
      putUsers(store, u.value.users);
      putGroup(store, u.value.group);
      return;
    case "messageCreated": {
      putUsers(store, [u.value.author]);
      const message = u.value.message;
      if (!message?.chatRef?.ref.case) return;
      const id = message.messageId;
      store.patch("conversation", chatRefKey(message.chatRef), (c) => (id > c.lastMessageId ? { ...c, lastMessageId: id } : c));
      return;
    }
    case "conversationLastRead": {
      const { chatRef, lastReadMessageId, unreadCount, unreadMentionsCount } = u.value;
      if (!chatRef?.ref.case) return;
      store.patch("conversation", chatRefKey(chatRef), (c) => ({
        ...c,
        lastReadMessageId,
        ...(unreadCount !== undefined ? { unreadCount } : {}),
        ...(unreadMentionsCount !== undefined ? { unreadMentionsCount } : {}),
      }));
      return;
    }
    case "conversationPermissions": {
      const { chatRef, permissions } = u.value;
      if (!chatRef?.ref.case) return;
      store.patch("conversation", chatRefKey(chatRef), (c) => {
        // Unset overrides mean none any more.
        const { permissions: _old, ...rest } = c;
        return permissions ? { ...rest, permissions } : rest;
      });
      return;
    }
    default:
      return;
  }
}
