// Live updates that must wait: while the client does not yet know which chats it missed messages
// in, every chat's message updates wait; then only those of the chats still being caught up. They
// are let go in the order they arrived, so a chat's live messages follow its recovered ones.
import type { Message } from "../../gen/osmium/client/types_pb.js";
import type { Update } from "../../gen/osmium/client/updates_pb.js";
import { chatRefKey } from "../helpers/refs.js";

/** The chat a message update is about, and the new message when it is one (`messageCreated`). */
export interface UpdateChat {
  readonly key: string;
  readonly created: Message | undefined;
}

/** The chat of a message update (new, edited or deleted messages); `undefined` for any other update. */
export function chatOfUpdate(update: Update): UpdateChat | undefined {
  const u = update.update;
  switch (u.case) {
    case "messageCreated": {
      const message = u.value.message;
      return message?.chatRef?.ref.case ? { key: chatRefKey(message.chatRef), created: message } : undefined;
    }
    case "message":
      return u.value.message?.chatRef?.ref.case ? { key: chatRefKey(u.value.message.chatRef), created: undefined } : undefined;
    case "messageDeleted":
      return u.value.chatRef?.ref.case ? { key: chatRefKey(u.value.chatRef), created: undefined } : undefined;
    default:
      return undefined;
  }
}

/** One held update with its chat. */
export interface HeldUpdate extends UpdateChat {
  readonly update: Update;
}

/** Held updates in arrival order. */
export class HoldBack {
  private held: HeldUpdate[] = [];

  /** Updates held now. */
  get size(): number {
    return this.held.length;
  }

  /** Holds `update` of chat `chat`. */
  hold(update: Update, chat: UpdateChat): void {
    this.held.push({ update, ...chat });
  }

  /** Takes out, in arrival order, the held updates of the chats `release` accepts. */
  take(release: (key: string) => boolean): HeldUpdate[] {
    const out: HeldUpdate[] = [];
    const kept: HeldUpdate[] = [];
    for (const entry of this.held) (release(entry.key) ? out : kept).push(entry);
    this.held = kept;
    return out;
  }

  /** Forgets every held update (they will be fetched again: nothing marked them seen). */
  clear(): void {
    this.held = [];
  }
}
