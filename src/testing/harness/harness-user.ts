// A person in a bot's test: an account on the server and a connected client, recording what it
// sees of every chat, so that its conversations can be checked against the bot's actions.
import { type Channel, type ChatRef, ChatRefs, type Community, type Group, type Message, type OsmiumClient, type User, chatRefKey } from "../../index.js";
import { ChatRecord } from "./chat-record.js";
import { Conversation, type ConversationWorld } from "./conversation.js";

/** A community made by `harness.community()`: the bot and the members are in it. */
export interface HarnessCommunity {
  /** The community, as its owner (the first member) sees it. */
  readonly community: Community;
  /** Its channels: `general` first, then those asked for. */
  readonly channels: readonly Channel[];
}

/** A group chat made by `harness.group()`: the bot and the members are in it. */
export interface HarnessGroup {
  /** The group, as its creator (the first member) sees it. */
  readonly group: Group;
}

/** What a harness user needs from the harness (internal). */
export interface UserWorld extends ConversationWorld {
  readonly botId: bigint;
  /** A display name for `userId`. */
  nameOf(userId: bigint, fallback?: string): string;
  /** A name for the chat `ref` as `viewer` sees it, e.g. `"#general (Lab)"`. */
  labelOf(ref: ChatRef, viewer: string): string;
  /** Notes a message of the bot seen by some harness user. */
  botSaid(message: Message, label: string, key: string): void;
}

/** A user of a bot's test: `dm()` and `in()` open conversations with the bot. */
export class HarnessUser {
  private readonly records = new Map<string, ChatRecord>();
  private readonly conversations = new Map<string, Conversation>();

  /** @internal Made by `harness.user()`. */
  constructor(
    /** The user's account. */
    readonly user: User,
    /** The user's token. */
    readonly token: string,
    /** The user's connected client, for anything the conversation API does not cover. */
    readonly client: OsmiumClient,
    private readonly world: UserWorld,
  ) {
    client.on("messageCreated", ({ message, author }) => {
      if (!message?.chatRef) return;
      const fromBot = message.authorId === world.botId;
      this.recordOf(message.chatRef).created(message, world.nameOf(message.authorId, author?.name), fromBot);
      if (fromBot) world.botSaid(message, world.labelOf(message.chatRef, this.user.name), this.globalKey(message.chatRef));
    });
    client.on("message", ({ message }) => {
      if (message?.chatRef) this.recordOf(message.chatRef).edited(message, world.nameOf(message.authorId), message.authorId === world.botId);
    });
    client.on("messageReactions", ({ chatRef, reactions }) => {
      if (!chatRef || !reactions) return;
      const emojis = reactions.reactionFields
        .filter((field) => field.previewUserIds.includes(world.botId))
        .flatMap((field) => (field.emoji?.emoji.value === undefined ? [] : [field.emoji.emoji.value]));
      this.recordOf(chatRef).botReacted(reactions.messageId, emojis, world.botName);
    });
    client.on("chatTyping", ({ chatRef, userId, typing }) => {
      if (chatRef && typing && userId === world.botId) this.recordOf(chatRef).typing.push(true);
    });
  }

  /** The user's name. */
  get name(): string {
    return this.user.name;
  }

  /** The conversation between this user and the bot in their DM. */
  dm(): Conversation {
    return this.conversation(ChatRefs.user(this.world.botId));
  }

  /** The conversation in a channel of `place` (`"general"` unless named), or in the group `place`. */
  in(place: HarnessCommunity | HarnessGroup, channel = "general"): Conversation {
    if ("group" in place) return this.conversation(ChatRefs.group(place.group.id));
    const found = place.channels.find((c) => c.name === channel);
    if (!found) throw new Error(`HarnessUser.in: community ${place.community.name} has no channel ${JSON.stringify(channel)} (it has ${place.channels.map((c) => c.name).join(", ")})`);
    return this.conversation(ChatRefs.channel(place.community.id, found.id));
  }

  /** The conversation in any chat, by its ref as this user sees it. */
  conversation(chatRef: ChatRef): Conversation {
    const key = chatRefKey(chatRef);
    let conversation = this.conversations.get(key);
    if (!conversation) {
      const label = this.world.labelOf(chatRef, this.user.name);
      conversation = new Conversation(this.user.name, chatRef, label, this.globalKey(chatRef), this.client, this.recordOf(chatRef), this.world);
      this.conversations.set(key, conversation);
    }
    return conversation;
  }

  /** @internal Ends every wait of this user's conversations (the harness is closing). */
  cancelWaits(): void {
    for (const record of this.records.values()) record.cancelWaits();
  }

  private recordOf(chatRef: ChatRef): ChatRecord {
    const key = chatRefKey(chatRef);
    let record = this.records.get(key);
    if (!record) {
      record = new ChatRecord();
      this.records.set(key, record);
    }
    return record;
  }

  // A DM's ref names the other user, so "user:<bot>" is a different chat for each user: qualify it.
  private globalKey(chatRef: ChatRef): string {
    const key = chatRefKey(chatRef);
    return chatRef.ref.case === "user" || chatRef.ref.case === "self" ? `${key}@${this.user.id}` : key;
  }
}
