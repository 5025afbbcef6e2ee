// Typing indicators, both ways: tell the server while the user types (throttled, and stopped
// explicitly since the protocol documents no server-side expiry), and show who else is typing.
import type { OsmiumClient, UpdatePayload } from "osmium-chat";
import { byId } from "./dom.js";
import type { People } from "./people.js";

type ChatRef = NonNullable<UpdatePayload<"chatTyping">["chatRef"]>;

/** Re-send "typing" at most this often while the user keeps typing. */
const RESEND_MS = 3_000;
/** Stop after this long without a keystroke. */
const IDLE_MS = 4_000;
/** Forget someone's indicator after this long without news (their "stop" may be lost). */
const EXPIRE_MS = 6_000;

/** Sends the user's own typing state for the open chat. */
export class TypingSender {
  private sentAt = 0;
  private idle: ReturnType<typeof setTimeout> | undefined;
  private chatRef: ChatRef | undefined;

  constructor(private readonly client: OsmiumClient) {}

  /** Call on every keystroke in the draft. */
  typed(chatRef: ChatRef): void {
    if (this.chatRef && this.chatRef !== chatRef) this.stop();
    this.chatRef = chatRef;
    clearTimeout(this.idle);
    this.idle = setTimeout(() => this.stop(), IDLE_MS);
    if (Date.now() - this.sentAt < RESEND_MS) return;
    this.sentAt = Date.now();
    this.client.chats.setTyping({ chatRef, typing: true }).catch(() => {});
  }

  /** Call when the message is sent or the chat is left. */
  stop(): void {
    clearTimeout(this.idle);
    const chatRef = this.chatRef;
    if (!chatRef || this.sentAt === 0) return;
    this.sentAt = 0;
    this.client.chats.setTyping({ chatRef, typing: false }).catch(() => {});
  }
}

/** Shows "Grace is typing…" for the open chat. */
export class TypingView {
  private readonly typing = new Map<bigint, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly people: People,
    private readonly me: () => bigint | undefined,
  ) {}

  /** Applies one `chatTyping` update that concerns the open chat (of `communityId`, for channels). */
  update({ userId, typing }: UpdatePayload<"chatTyping">, communityId: bigint | undefined): void {
    if (userId === this.me()) return;
    if (typing && !this.people.get(userId)) {
      this.people.nameOf(userId, communityId).then(() => this.render(), () => {});
    }
    clearTimeout(this.typing.get(userId));
    if (typing) this.typing.set(userId, setTimeout(() => this.remove(userId), EXPIRE_MS));
    else this.typing.delete(userId);
    this.render();
  }

  /** Someone who sent a message has stopped typing, whether or not their "stop" arrives. */
  remove(userId: bigint): void {
    clearTimeout(this.typing.get(userId));
    if (this.typing.delete(userId)) this.render();
  }

  /** Forgets everyone (another chat was opened). */
  clear(): void {
    for (const timer of this.typing.values()) clearTimeout(timer);
    this.typing.clear();
    this.render();
  }

  private render(): void {
    const names = [...this.typing.keys()].map((id) => this.people.get(id)?.name ?? "Someone");
    const text = names.length === 0 ? "" : names.length === 1 ? `${names[0]} is typing…` : `${names.join(" and ")} are typing…`;
    byId("typing").textContent = text;
  }
}
