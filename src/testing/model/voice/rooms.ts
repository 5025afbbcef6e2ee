import type { MessageInitShape } from "@bufbuild/protobuf";
import type { RoomInfoSchema, RoomStateSchema } from "../../../../gen/osmium/client/voice_pb.js";
import { type ChatTarget, channelTarget, groupTarget, refFor } from "../access/chat-target.js";
import { maySpeak } from "../access/chat-rules.js";
import { ALL_PERMISSIONS } from "../access/permissions.js";
import { chatAudience } from "../audiences/audiences.js";
import { randomToken } from "../core/crypto.js";
import type { ServerCore } from "../core/server-core.js";
import type { RoomParticipantRecord, RoomRecord, ServerState, SessionRecord } from "../state/server-state.js";

// Voice rooms are bookkeeping only (an id, an endpoint, a token); no media flows. Each chat has one
// room, kept under its chat key; a session joins with voice.requestRoom. The protocol has no leave
// call, so sessions leave here, for whatever reason they can no longer be there; every change is
// told the one way the protocol has: a full `roomState` snapshot to the chat's audience.

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
      return group ? groupTarget(group) : undefined;
    }
    case "channel": {
      const community = state.communities.get(BigInt(a));
      const channel = community?.channels.get(BigInt(b));
      return community && channel ? channelTarget(community, channel.id) : undefined;
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
 * Joins (creating if needed) the room of `target` with `session`: a participant keyed by session
 * id, muted without SPEAK_VOICE. Requesting again refreshes the token. Pushes the full
 * `roomState` to the chat's audience, the caller included.
 */
export function joinRoom(core: ServerCore, target: ChatTarget, session: SessionRecord): MessageInitShape<typeof RoomInfoSchema> {
  let room = core.state.rooms.get(target.key);
  if (!room) {
    room = { id: String(core.nextId()), chatKey: target.key, participants: new Map() };
    core.state.rooms.set(target.key, room);
  }
  room.participants.set(String(session.id), { userId: session.userId, muted: !maySpeak(target), deafened: false });
  pushRoomState(core, room, target);
  return { roomId: roomIdOf(room), chatRef: refFor(target, session.userId), endpoint: `wss://127.0.0.1/voice/${room.id}`, token: randomToken() };
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
