// Message actions for a received `Message`: one style, functions taking the
// message, so nobody rebuilds chat refs by hand. Generated messages are plain objects, so these
// are functions on the client (`client.reply(message, "hi")`), not methods of the message.
import type { MessageInitShape } from "@bufbuild/protobuf";
import type { EditMessageSchema } from "../../gen/osmium/client/messages_pb.js";
import type { ChatRef, ChatRefSchema } from "../../gen/osmium/client/refs_pb.js";
import type { Message, MessageEntity } from "../../gen/osmium/client/types_pb.js";
import { addReaction, deleteMessage as deleteMessages, editMessage, forwardMessage, markChatRead, removeReaction, setMessagePin } from "../../gen/osmium/rpc.js";
import { InvalidArgumentError } from "../errors.js";
import type { CallOptions, RpcClient } from "../rpc-client.js";
import { splitCallOptions } from "./call-options.js";
import { cloneMessage } from "./clone.js";
import { type MessageContent, contentOf } from "./content.js";
import { codePointLength, utf16ToCodePoint } from "./formatting/code-points.js";
import { type PendingSend, type SendOptions, newClientId, sendWithClientId } from "./local-echo.js";
import type { RequestInit } from "../protocol/request-init.js";

/** Options of `client.reply()`. */
export type ReplyOptions = Omit<SendOptions, "replyTo" | "replyToOld"> & {
  /**
   * Makes it a quote-reply: `true` quotes the whole text (with its formatting), a string quotes
   * that excerpt, which must occur in the message's text. @default none (a plain reply)
   */
  readonly quote?: true | string;
};

/** Options of `client.edit()`: the other `EditMessage` fields and the call options. */
export type EditOptions = CallOptions & Omit<MessageInitShape<typeof EditMessageSchema>, "$typeName" | "chatRef" | "messageId" | "message" | "entities">;

/** A reaction: a Unicode emoji (`"👍"`) or the id of a custom emoji. */
export type ReactionInput = string | bigint;

/** The chat of a received message; InvalidArgumentError when it has none. */
export function chatOf(message: Message): ChatRef {
  if (typeof message !== "object" || message === null) throw new InvalidArgumentError("message", "must be a received Message");
  if (!message.chatRef?.ref.case) throw new InvalidArgumentError("message", "has no chatRef (pass a Message received from the server)");
  return message.chatRef;
}

/** Replies to `message` in its chat (with a `client_id`, as `client.send()`), optionally quoting it. */
export function reply(client: RpcClient, message: Message, content: MessageContent, options: ReplyOptions = {}): PendingSend {
  // The nonce is chosen first, so that even a reply rejected for a bad argument carries one.
  const clientId = newClientId();
  try {
    const chatRef = chatOf(message);
    const { quote, ...rest } = options;
    const replyTo = { messageId: message.messageId, ...(quote === undefined ? {} : { quote: quoteOf(message, quote) }) };
    return sendWithClientId(client, chatRef, content, { clientId, ...rest, replyTo });
  } catch (error) {
    return Object.assign(Promise.reject(error), { clientId });
  }
}

/** The quote of a quote-reply: the excerpt, its entities clipped to it, and its offset in code points. */
function quoteOf(message: Message, quote: true | string): { message: string; entities: MessageEntity[]; offset: bigint } {
  const text = message.message;
  if (quote === true) {
    if (text === "") throw new InvalidArgumentError("quote", "cannot quote a message without text");
    return { message: text, entities: message.entities.map((e) => cloneMessage(e)), offset: 0n };
  }
  if (typeof quote !== "string" || quote === "") throw new InvalidArgumentError("quote", "must be true or a non-empty excerpt of the message");
  const at = text.indexOf(quote);
  if (at < 0) throw new InvalidArgumentError("quote", "must occur in the message's text");
  const start = utf16ToCodePoint(text, at);
  const end = start + codePointLength(quote);
  const entities: MessageEntity[] = [];
  for (const entity of message.entities) {
    const from = Math.max(entity.startIndex, start);
    const to = Math.min(entity.startIndex + entity.length, end);
    if (to <= from) continue;
    const copy = cloneMessage(entity);
    copy.startIndex = from - start;
    copy.length = to - from;
    entities.push(copy);
  }
  return { message: quote, entities, offset: BigInt(start) };
}

/** Replaces the text of `message` (a plain string clears its formatting). */
export async function edit(client: RpcClient, message: Message, content: MessageContent, options: EditOptions = {}): Promise<void> {
  const { call, fields } = splitCallOptions(options);
  await editMessage(client, { ...fields, chatRef: chatOf(message), messageId: message.messageId, ...contentOf(content) }, call);
}

/** Deletes `message` for everyone. */
export async function deleteMessage(client: RpcClient, message: Message, options: CallOptions = {}): Promise<void> {
  await deleteMessages(client, { chatRef: chatOf(message), messageIds: [message.messageId] }, options);
}

function emojiOf(emoji: ReactionInput): { emoji: { case: "unicodeEmoji"; value: string } | { case: "customEmoji"; value: bigint } } {
  if (typeof emoji === "bigint") return { emoji: { case: "customEmoji", value: emoji } };
  if (typeof emoji === "string" && emoji !== "") return { emoji: { case: "unicodeEmoji", value: emoji } };
  throw new InvalidArgumentError("emoji", "must be a Unicode emoji string or a custom emoji id (bigint)");
}

/** Adds the current user's reaction to `message`. */
export async function react(client: RpcClient, message: Message, emoji: ReactionInput, options: CallOptions = {}): Promise<void> {
  await addReaction(client, { chatRef: chatOf(message), messageId: message.messageId, emoji: emojiOf(emoji) }, options);
}

/** Removes the current user's reaction from `message`. */
export async function unreact(client: RpcClient, message: Message, emoji: ReactionInput, options: CallOptions = {}): Promise<void> {
  await removeReaction(client, { chatRef: chatOf(message), messageId: message.messageId, emoji: emojiOf(emoji) }, options);
}

/** Pins `message` in its chat, or unpins it with `pinned = false`. */
export async function pin(client: RpcClient, message: Message, pinned = true, options: CallOptions = {}): Promise<void> {
  await setMessagePin(client, { chatRef: chatOf(message), messageId: message.messageId, pin: pinned }, options);
}

/** Forwards (copies) `message` into the chat `to`. */
export async function forward(client: RpcClient, message: Message, to: RequestInit<typeof ChatRefSchema>, options: CallOptions = {}): Promise<void> {
  await forwardMessage(client, { chatRef: to, from: chatOf(message), messageIds: [message.messageId] }, options);
}

/** Marks the chat of `message` read up to and including it. */
export async function markRead(client: RpcClient, message: Message, options: CallOptions = {}): Promise<void> {
  await markChatRead(client, { chatRef: chatOf(message), messageId: message.messageId }, options);
}
