import { create, type MessageInitShape } from "@bufbuild/protobuf";
import { ChatRefSchema } from "../../../../gen/osmium/client/refs_pb.js";
import { type Message as ChatMessage, MessageSchema } from "../../../../gen/osmium/client/types_pb.js";
import { type ChatTarget, refFor } from "../access/chat-target.js";
import { chatAudience } from "../audiences/audiences.js";
import type { Caller } from "../core/caller.js";
import type { ServerCore } from "../core/server-core.js";
import { unreadCount } from "../views/conversations.js";
import { messageView } from "../views/messages.js";
import { userView } from "../views/users.js";
import { advanceReadMarker } from "./read-state.js";

// Where a message is posted: appended to its chat's log, announced to the chat's audience.

/** What {@link postMessage} records besides the message. */
export interface PostOptions {
  /** Echoed to the author's sessions in `messageCreated.client_id`. */
  clientId?: bigint;
  /** Users the message mentions (unread mentions until they read past it). */
  mentions?: Set<bigint>;
  /** Set on forwarded copies: who forwarded it. */
  forwardedBy?: bigint;
}

/**
 * Appends a message by the caller (or, for forwards, `message.authorId`) to `target` and pushes
 * `messageCreated` to the chat's audience, the sender's own sessions included. Sending reads the
 * chat up to the new message for the sender, as real clients and servers do.
 */
export function postMessage(
  caller: Caller,
  target: ChatTarget,
  init: MessageInitShape<typeof MessageSchema>,
  options: PostOptions = {},
): ChatMessage {
  const { core, userId } = caller;
  const state = core.state;
  const log = state.chatLog(target.key);
  const message = create(MessageSchema, init);
  // Forwarded copies name their original author; everything else is the caller's.
  if (init.authorId === undefined) message.authorId = userId;
  message.messageId = core.nextId();
  message.chatRef = create(ChatRefSchema, refFor(target, userId));
  log.messages.push(message);
  state.messageMeta.set(message.messageId, {
    sentAt: core.nowMs(),
    ...(options.forwardedBy !== undefined ? { forwardedBy: options.forwardedBy } : {}),
  });
  if (options.mentions?.size) log.mentions.set(message.messageId, new Set(options.mentions));
  log.lastSentAt.set(userId, core.now());
  advanceReadMarker(state, target, userId, message.messageId);
  announceMessage(core, target, message, options.clientId !== undefined ? { senderId: userId, clientId: options.clientId } : undefined);
  return message;
}

/**
 * Pushes `messageCreated` for a message just appended to `target`, to the chat's audience: each
 * viewer gets their own chat ref and unread count, and the author. The `echo` nonce is the
 * sender's: only their sessions can match it to a local copy.
 */
export function announceMessage(core: ServerCore, target: ChatTarget, message: ChatMessage, echo?: { senderId: bigint; clientId: bigint }): void {
  const state = core.state;
  const author = userView(state, message.authorId);
  core.pushTo(chatAudience(target), (viewer) => ({
    update: {
      case: "messageCreated",
      value: {
        message: messageView(message, target, viewer),
        channelUnreadCount: unreadCount(state, target, viewer),
        author,
        ...(echo && viewer === echo.senderId ? { clientId: echo.clientId } : {}),
      },
    },
  }));
}
