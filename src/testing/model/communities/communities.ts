import { create } from "@bufbuild/protobuf";
import { CommunitySettingsSchema } from "../../../../gen/osmium/client/communities_pb.js";
import { type Channel, ChannelSchema, ChannelType, CommunityPermission as P } from "../../../../gen/osmium/client/types_pb.js";
import type { ServerCore } from "../core/server-core.js";
import { badRequest } from "../core/errors.js";
import type { CommunityRecord } from "../state/server-state.js";
import { codePoints } from "../core/text.js";

/** What every member of a new community may do until an admin changes it. */
export const DEFAULT_MEMBER_PERMISSIONS = [
  P.VIEW_CHANNEL,
  P.SEND_MESSAGES,
  P.CONNECT_VOICE,
  P.SEND_MEDIA,
  P.SPEAK_VOICE,
  P.ADD_REACTIONS,
].reduce((all, bit) => all | BigInt(bit), 0n);

/** 400 unless `name` is a non-empty name within the limit. */
export function validateName(core: ServerCore, name: string, argument: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw badRequest(`${argument} must not be empty`);
  if (codePoints(trimmed) > core.limits.nameLength) throw badRequest(`${argument} is longer than ${core.limits.nameLength} characters`);
  return trimmed;
}

/** Creates a community owned by `ownerId`, with a `general` text channel. */
export function createCommunityRecord(core: ServerCore, ownerId: bigint, name: string): CommunityRecord {
  const community: CommunityRecord = {
    id: core.nextId(),
    name: validateName(core, name, "name"),
    ownerId,
    defaultPermissions: DEFAULT_MEMBER_PERMISSIONS,
    roles: new Map(),
    members: new Map([[ownerId, { roleIds: [] }]]),
    bans: new Map(),
    channels: new Map(),
    overrides: new Map(),
    parentSync: new Set(),
    settings: create(CommunitySettingsSchema, {}),
  };
  core.state.communities.set(community.id, community);
  addChannel(core, community, { name: "general", type: ChannelType.TEXT });
  return community;
}

/** Adds a channel at the end of its parent's list. */
export function addChannel(
  core: ServerCore,
  community: CommunityRecord,
  init: { name: string; type: ChannelType; parentId?: bigint },
): Channel {
  const name = validateName(core, init.name, "name");
  if (init.parentId !== undefined) {
    const parent = community.channels.get(init.parentId);
    if (!parent || parent.type !== ChannelType.CATEGORY) throw badRequest(`parent_id ${init.parentId} is not a category of this community`);
  }
  const siblings = [...community.channels.values()].filter((c) => c.parentId === init.parentId);
  const channel = create(ChannelSchema, {
    id: core.nextId(),
    communityId: community.id,
    name,
    type: init.type,
    position: siblings.length,
    ...(init.parentId !== undefined ? { parentId: init.parentId } : {}),
  });
  community.channels.set(channel.id, channel);
  return channel;
}
