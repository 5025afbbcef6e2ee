import type { MessageInitShape } from "@bufbuild/protobuf";
import type { RoomStateSchema } from "../../../../gen/osmium/client/voice_pb.js";
import { type ChatTarget, refFor } from "../access/chat-target.js";
import { chatAudience } from "../audiences/audiences.js";
import type { ServerCore } from "../core/server-core.js";
import { ALL_PERMISSIONS } from "../access/permissions.js";
import type { RoomParticipantRecord, RoomRecord, ServerState } from "../state/server-state.js";

// Voice room membership: who is in which room, and the one way a room's change is told (a full
// `roomState` snapshot to the chat's audience). Joining is voice.requestRoom (handlers/voice.ts);
// leaving happens here, for whatever reason a participant can no longer be there.

/** A room's id as the protocol's fixed64 (rooms are keyed by a decimal snowflake string). */
export const roomIdOf = (room: RoomRecord): bigint => (/^\d+$/.test(room.id) ? BigInt(room.id) : 0n);

/** The `RoomState` snapshot of a room: its id and every participant, in joining order. */
export function roomStateView(room: RoomRecord): MessageInitShape<typeof RoomStateSchema> {
  const roomId = roomIdOf(room);
  return { roomId, participants: [...room.participants].map(([sessionId, p]) => ({ roomId, sessionId, ...p })) };
}

/** The chat a room belongs to, from its key; `undefined` when that chat no longer exists. */
function roomChat(state: ServerState, room: RoomRecord): ChatTarget | undefined {
  const [kind, a = "", b = ""] = room.chatKey.split(":");
  switch (kind) {
    case "dm":
      return { key: room.chatKey, kind: "dm", permissions: ALL_PERMISSIONS };
    case "group": {
      const group = state.groups.get(BigInt(a));
      return group ? { key: room.chatKey, kind: "group", group, permissions: ALL_PERMISSIONS } : undefined;
    }
    case "channel": {
      const community = state.communities.get(BigInt(a));
      const channel = community?.channels.get(BigInt(b));
      // Only the audience and refs are built from this target: the caller's permissions do not matter.
      return community && channel ? { key: room.chatKey, kind: "channel", community, channel, permissions: 0n } : undefined;
    }
    default:
      return undefined;
  }
}

/** Pushes `room`'s full `roomState` to its chat's audience, each viewer with their own chat ref. */
export function pushRoomState(core: ServerCore, room: RoomRecord, target: ChatTarget | undefined = roomChat(core.state, room)): void {
  if (!target) return;
  const state = roomStateView(room);
  core.pushTo(chatAudience(target), (viewer) => ({ update: { case: "roomState", value: { chatRef: refFor(target, viewer), state } } }));
}

/**
 * Takes every participant for whom `leaves` is true out of every room, and pushes the new
 * `roomState` of each room that changed to its chat's audience. Used when a session's last
 * connection closes, when a session is revoked, and when a user leaves a community or a group.
 */
export function leaveRooms(core: ServerCore, leaves: (sessionId: string, participant: RoomParticipantRecord, room: RoomRecord) => boolean): void {
  for (const room of core.state.rooms.values()) {
    const gone = [...room.participants].filter(([sessionId, p]) => leaves(sessionId, p, room)).map(([sessionId]) => sessionId);
    if (gone.length === 0) continue;
    for (const sessionId of gone) room.participants.delete(sessionId);
    pushRoomState(core, room);
  }
}
