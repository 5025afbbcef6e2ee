import { ChannelType, CommunityPermission } from "../../../gen/osmium/client/types_pb.js";
import { type ChatTarget, refFor, requireChatPermission, resolveChat } from "../model/access/chat-target.js";
import { randomToken } from "../model/core/crypto.js";
import { badRequest } from "../model/core/errors.js";
import type { CallContext, NamespaceHandlers } from "./context.js";
import { hasPermission } from "../model/access/permissions.js";
import type { RoomRecord } from "../model/state/server-state.js";
import { pushRoomState, roomIdOf } from "../model/voice/rooms.js";
import { requireNotBlocked } from "../model/chats/chat-log.js";

// voice.requestRoom: rooms are bookkeeping only (an id, an endpoint, a token); no media flows.

/** 400/403 unless the caller may join a voice room in `target`. */
function requireVoice(ctx: CallContext, target: ChatTarget): void {
  switch (target.kind) {
    case "self":
      throw badRequest("chat_ref: the self chat has no voice room");
    case "dm":
      return requireNotBlocked(ctx, target, "calling");
    case "group":
      return;
    case "channel":
      // Voice rooms belong to voice channels (Discord-like); text channels have none.
      if (target.channel?.type !== ChannelType.VOICE) throw badRequest(`chat_ref: channel ${target.channel?.id} is not a voice channel`);
      return requireChatPermission(target, CommunityPermission.CONNECT_VOICE, "joining voice");
  }
}

/** The room of a chat, created on first request (rooms are kept under their chat key). */
function roomOf(ctx: CallContext, target: ChatTarget): RoomRecord {
  let room = ctx.core.state.rooms.get(target.key);
  if (!room) {
    room = { id: String(ctx.core.nextId()), chatKey: target.key, participants: new Map() };
    ctx.core.state.rooms.set(target.key, room);
  }
  return room;
}

/** `voice.*`. */
export const voiceHandlers: NamespaceHandlers<"voice"> = {
  /**
   * Joins (creating if needed) the chat's voice room with the caller's session: a participant
   * keyed by session id, muted in channels without SPEAK_VOICE. Requesting again refreshes the
   * token. The protocol has no leave call: a session leaves when its last connection closes or
   * it is revoked (voice-rooms.ts). Pushes the full `roomState` to the chat's audience, the caller included.
   */
  voiceRequestRoom(request, ctx) {
    const target = resolveChat(ctx, request.chatRef);
    requireVoice(ctx, target);
    const room = roomOf(ctx, target);
    const canSpeak = hasPermission(target.permissions, CommunityPermission.SPEAK_VOICE);
    room.participants.set(String(ctx.session.id), { userId: ctx.userId, muted: !canSpeak, deafened: false });
    pushRoomState(ctx.core, room, target);
    return { roomId: roomIdOf(room), chatRef: refFor(target, ctx.userId), endpoint: `wss://127.0.0.1/voice/${room.id}`, token: randomToken() };
  },
};
