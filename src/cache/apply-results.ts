// What the cache learns from call results: every result type that carries users, communities,
// channels, roles, members, groups or conversations. The request gives the context a result
// lacks (which community a role list or a channel list belongs to).
import type { Message } from "@bufbuild/protobuf";
import type { Authorization } from "../../gen/osmium/client/auth_pb.js";
import type { Chat, Chats } from "../../gen/osmium/client/chats_pb.js";
import type { Channels, Communities, CommunityRoles, MemberList, Members, RemovedMembers } from "../../gen/osmium/client/communities_pb.js";
import type { Relationships } from "../../gen/osmium/client/friends_pb.js";
import type { Messages } from "../../gen/osmium/client/messages_pb.js";
import type { Channel, CommunityMember, Conversation, Group, User } from "../../gen/osmium/client/types_pb.js";
import type { MemberListEntry } from "../../gen/osmium/client/updates_pb.js";
import type { UserDetails } from "../../gen/osmium/client/users_pb.js";
import { chatRefKey } from "../helpers/refs.js";
import type { CacheStore } from "./store.js";

/** Stores users (internal). */
export function putUsers(store: CacheStore, users: readonly (User | undefined)[]): void {
  for (const user of users) if (user) store.put("user", `${user.id}`, user);
}

/** Stores members (internal). */
export function putMembers(store: CacheStore, members: readonly (CommunityMember | undefined)[]): void {
  for (const member of members) if (member) store.put("member", `${member.communityId}:${member.id}`, member);
}

/** Stores channels (internal). */
export function putChannels(store: CacheStore, channels: readonly (Channel | undefined)[]): void {
  for (const channel of channels) if (channel) store.put("channel", `${channel.communityId}:${channel.id}`, channel);
}

/** Stores conversations, keyed by their chat (internal). */
export function putConversations(store: CacheStore, conversations: readonly (Conversation | undefined)[]): void {
  for (const conversation of conversations) {
    if (conversation?.chatRef?.ref.case) store.put("conversation", chatRefKey(conversation.chatRef), conversation);
  }
}

/** Stores a group (internal). */
export function putGroup(store: CacheStore, group: Group | undefined): void {
  if (group) store.put("group", `${group.id}`, group);
}

/** The users of member-list rows (internal). */
export function usersOfEntries(entries: readonly MemberListEntry[]): (User | undefined)[] {
  return entries.map((e) => (e.entry.case === "user" ? e.entry.value.user : undefined));
}

function communityIdOf(request: Message): bigint | undefined {
  const id = (request as { communityId?: unknown }).communityId;
  return typeof id === "bigint" ? id : undefined;
}

/** Learns from one call's result; results of other types are ignored. */
export function applyResult(store: CacheStore, request: Message, result: Message): void {
  switch (result.$typeName) {
    case "osmium.client.messages.Messages": {
      const r = result as Messages;
      putUsers(store, r.users);
      putMembers(store, r.members);
      return;
    }
    case "osmium.client.chats.Chats": {
      const r = result as Chats;
      putUsers(store, r.users);
      putChannels(store, r.channels);
      for (const group of r.groups) putGroup(store, group);
      putConversations(store, r.chats);
      return;
    }
    case "osmium.client.chats.Chat": {
      const r = result as Chat;
      putUsers(store, r.users);
      putChannels(store, [r.channel]);
      putGroup(store, r.group);
      putConversations(store, [r.chat]);
      return;
    }
    case "osmium.client.communities.Communities":
      for (const community of (result as Communities).communities) store.put("community", `${community.id}`, community);
      return;
    case "osmium.client.communities.Channels": {
      const r = result as Channels;
      const communityId = communityIdOf(request);
      // The full list of a community: channels missing from it were deleted (or hidden).
      if (communityId !== undefined) store.removeWhere("channel", `${communityId}:`, (c) => r.channels.some((x) => x.id === c.id));
      putChannels(store, r.channels);
      putConversations(store, r.conversations);
      return;
    }
    case "osmium.client.communities.CommunityRoles": {
      const r = result as CommunityRoles;
      const communityId = communityIdOf(request);
      if (communityId !== undefined) {
        // No update announces role changes, so each full list replaces the last one.
        store.removeWhere("role", `${communityId}:`, (role) => r.roles.some((x) => x.id === role.id));
        store.put("defaultPermissions", `${communityId}`, r.defaultPermissions);
      }
      for (const role of r.roles) store.put("role", `${role.communityId}:${role.id}`, role);
      return;
    }
    case "osmium.client.communities.Members": {
      const r = result as Members;
      putUsers(store, r.users);
      putMembers(store, r.members);
      return;
    }
    case "osmium.client.communities.MemberList":
      putUsers(store, usersOfEntries((result as MemberList).entries));
      return;
    case "osmium.client.communities.RemovedMembers": {
      const r = result as RemovedMembers;
      putUsers(store, r.members.map((m) => m.user));
      const communityId = communityIdOf(request);
      // Banning removes; the ban list (getRemovedMembers) only lists people who are not members.
      if (communityId !== undefined) for (const m of r.members) store.remove("member", `${communityId}:${m.userId}`);
      return;
    }
    case "osmium.client.users.UserDetails":
      putUsers(store, [(result as UserDetails).user]);
      return;
    case "osmium.client.auth.Authorization":
      putUsers(store, [(result as Authorization).user]);
      return;
    case "osmium.client.types.Group":
      putGroup(store, result as Group);
      return;
    case "osmium.client.friends.Relationships":
      putUsers(store, (result as Relationships).users);
      return;
  }
}
