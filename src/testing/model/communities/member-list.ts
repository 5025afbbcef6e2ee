import type { MessageInitShape } from "@bufbuild/protobuf";
import type { MemberListEntrySchema } from "../../../../gen/osmium/client/updates_pb.js";
import { channelViewers } from "../access/visibility.js";
import { isOnline } from "../accounts/presence.js";
import type { ServerCore } from "../core/server-core.js";
import type { CommunityRecord } from "../state/server-state.js";
import { userView } from "../views/users.js";

// A channel's member list (communities.getChannelMembers). Only fetched, never pushed: the protocol
// has no call to subscribe to a channel's list, so this server sends no memberList updates
// (clients refetch on member and status updates).

type Entry = MessageInitShape<typeof MemberListEntrySchema>;

/**
 * The member list (sidebar) of a channel: the members who hold VIEW_CHANNEL there, grouped as a
 * Discord-like sidebar shows them (the protocol only names the divider kinds):
 *   1. online members under their highest *separated* role, one `divider{role_id}` per such role
 *      that has online members, roles by priority (highest first);
 *   2. the other online members under `divider{online: true}`;
 *   3. every offline member, whatever their roles, under `divider{online: false}`.
 * Each divider carries its group's size; empty groups are left out. Within a group members are
 * sorted by shown name (nickname, else name), case-insensitively, then by id.
 */
export function channelMemberList(core: ServerCore, community: CommunityRecord, channelId: bigint): Entry[] {
  const rows = channelViewers(community, channelId).map((userId) => {
    const member = community.members.get(userId);
    const user = userView(core.state, userId);
    let group: { priority: number; roleId: bigint } | undefined;
    for (const roleId of member?.roleIds ?? []) {
      const role = community.roles.get(roleId);
      if (role?.separated && (!group || role.priority > group.priority)) group = { priority: role.priority, roleId };
    }
    return {
      user,
      nickname: member?.nickname,
      shown: (member?.nickname ?? user.name).toLowerCase(),
      online: isOnline(core, userId),
      group,
    };
  });
  type Row = (typeof rows)[number];
  const byName = (a: Row, b: Row) => (a.shown < b.shown ? -1 : a.shown > b.shown ? 1 : a.user.id < b.user.id ? -1 : 1);
  const entries: Entry[] = [];
  const section = (divider: { online: boolean } | { roleId: bigint }, members: Row[]) => {
    if (members.length === 0) return;
    const inner = "online" in divider ? { case: "online" as const, value: divider.online } : { case: "roleId" as const, value: divider.roleId };
    entries.push({ entry: { case: "divider", value: { inner, memberCount: members.length } } });
    for (const row of members.sort(byName)) {
      entries.push({ entry: { case: "user", value: { user: row.user, ...(row.nickname !== undefined ? { nickname: row.nickname } : {}) } } });
    }
  };
  const separated = [...community.roles.values()].filter((r) => r.separated).sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : 1));
  for (const role of separated) section({ roleId: role.id }, rows.filter((r) => r.online && r.group?.roleId === role.id));
  section({ online: true }, rows.filter((r) => r.online && !r.group));
  section({ online: false }, rows.filter((r) => !r.online));
  return entries;
}
