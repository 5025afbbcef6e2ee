// Which chat an update belongs to, in the terms bot authors filter by: a DM, a group or a channel.
import { type ChatRef, InvalidArgumentError, chatRefKey } from "../index.js";

/** The kinds of chat a message can arrive in: `"dm"` (with one user), `"group"`, `"channel"` (of a community), `"self"` (saved messages). */
export type ChatKind = "dm" | "group" | "channel" | "self";

/** What every chat description has. */
interface ChatBase {
  /** The chat's ref, for calls that take a `chatRef`. */
  readonly ref: ChatRef;
  /** A stable key for maps: `"user:7"`, `"group:9"`, `"channel:1:2"`, `"self"` (see `chatRefKey`). */
  readonly key: string;
}

/** A direct-message chat between the bot and one user. */
export interface DMChat extends ChatBase {
  /** Always `"dm"`. */
  readonly kind: "dm";
  /** The other user of the DM. */
  readonly userId: bigint;
}

/** A group chat. */
export interface GroupChat extends ChatBase {
  /** Always `"group"`. */
  readonly kind: "group";
  /** The group's id. */
  readonly groupId: bigint;
}

/** A channel of a community. */
export interface ChannelChat extends ChatBase {
  /** Always `"channel"`. */
  readonly kind: "channel";
  /** The community's id. */
  readonly communityId: bigint;
  /** The channel's id. */
  readonly channelId: bigint;
}

/** The bot's own saved messages. */
export interface SelfChat extends ChatBase {
  /** Always `"self"`. */
  readonly kind: "self";
}

/** The chat of a message, by kind, with its ids. */
export type BotChat = DMChat | GroupChat | ChannelChat | SelfChat;

/** Describes the chat `ref` points at; InvalidArgumentError when it has no case. */
export function describeChat(ref: ChatRef | undefined): BotChat {
  const r = ref?.ref;
  if (ref === undefined || r === undefined || r.case === undefined) throw new InvalidArgumentError("message.chatRef", "is required (user, group, channel or self)");
  const key = chatRefKey(ref);
  switch (r.case) {
    case "user":
      return { kind: "dm", ref, key, userId: r.value.userId };
    case "group":
      return { kind: "group", ref, key, groupId: r.value.groupId };
    case "channel":
      return { kind: "channel", ref, key, communityId: r.value.communityId, channelId: r.value.channelId };
    case "self":
      return { kind: "self", ref, key };
  }
}
