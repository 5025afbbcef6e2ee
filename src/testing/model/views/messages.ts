import { clone, create, type MessageInitShape } from "@bufbuild/protobuf";
import type { MessagesSchema } from "../../../../gen/osmium/client/messages_pb.js";
import { type MessageReactions, MessageReactionsSchema } from "../../../../gen/osmium/client/reactions_pb.js";
import { ChatRefSchema } from "../../../../gen/osmium/client/refs_pb.js";
import { type CommunityMember, type Message as ChatMessage, MessageSchema } from "../../../../gen/osmium/client/types_pb.js";
import { type ChatTarget, refFor } from "../access/chat-target.js";
import { emojiOfKey } from "../state/chat-keys.js";
import type { ChatLog, ServerState } from "../state/server-state.js";
import { memberView } from "./communities.js";
import { usersView } from "./users.js";

/** How many reactors a reaction field previews. */
export const PREVIEW_USERS = 3;

/** A message as `viewerId` sees it: a DM's chat ref names the other user. */
export function messageView(message: ChatMessage, target: ChatTarget, viewerId: bigint): ChatMessage {
  const view = clone(MessageSchema, message);
  view.chatRef = create(ChatRefSchema, refFor(target, viewerId));
  return view;
}

/**
 * The reactions on a message as `viewerId` sees them (`me` is per viewer), in the order each
 * emoji was first used; `undefined` when the message has none.
 */
export function messageReactionsView(log: ChatLog, messageId: bigint, viewerId: bigint): MessageReactions | undefined {
  const byEmoji = log.reactions.get(messageId);
  if (!byEmoji || byEmoji.size === 0) return undefined;
  return create(MessageReactionsSchema, {
    messageId,
    reactionFields: [...byEmoji].map(([key, users]) => ({
      emoji: emojiOfKey(key),
      count: users.length,
      me: users.includes(viewerId),
      previewUserIds: users.slice(0, PREVIEW_USERS),
    })),
  });
}

/** The reactions view of a message with none (sent when the last reaction is removed). */
export function emptyReactions(messageId: bigint): MessageReactions {
  return create(MessageReactionsSchema, { messageId, reactionFields: [] });
}

/** A message with the chat it belongs to (search may span several channels). */
export interface MessageInChat {
  message: ChatMessage;
  target: ChatTarget;
}

/** The `Messages` result for `viewerId`: the messages, their authors, channel members and reactions. */
export function messagesResult(state: ServerState, entries: MessageInChat[], viewerId: bigint): MessageInitShape<typeof MessagesSchema> {
  const members = new Map<string, CommunityMember>();
  const reactions = [];
  for (const { message, target } of entries) {
    const community = target.community;
    if (community?.members.has(message.authorId)) {
      members.set(`${community.id}:${message.authorId}`, memberView(community, message.authorId));
    }
    const log = state.chats.get(target.key);
    const view = log && messageReactionsView(log, message.messageId, viewerId);
    if (view) reactions.push(view);
  }
  return {
    messages: entries.map(({ message, target }) => messageView(message, target, viewerId)),
    users: usersView(state, entries.map(({ message }) => message.authorId)),
    members: [...members.values()],
    reactions,
  };
}
