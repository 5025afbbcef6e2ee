import { requireCanJoinVoice } from "../model/access/chat-rules.js";
import { resolveChat } from "../model/access/chat-target.js";
import { joinRoom } from "../model/voice/rooms.js";
import type { NamespaceHandlers } from "./context.js";

/** `voice.*`: rooms are bookkeeping only; no media flows. */
export const voiceHandlers: NamespaceHandlers<"voice"> = {
  voiceRequestRoom(request, ctx) {
    const target = resolveChat(ctx, request.chatRef);
    requireCanJoinVoice(ctx, target);
    return joinRoom(ctx.core, target, ctx.session);
  },
};
