// The pending list of local echo: what an app shows greyed out until the server's copy arrives.
import type { RequestInit } from "../protocol/request-init.js";
import type { ChatRef, ChatRefSchema } from "../../gen/osmium/client/refs_pb.js";
import type { MessageEntity } from "../../gen/osmium/client/types_pb.js";
import type { UpdateMessageCreated } from "../../gen/osmium/client/updates_pb.js";
import { OsmiumError } from "../errors.js";
import type { RpcClient } from "../rpc-client.js";
import { type MessageContent, contentOf } from "./content.js";
import { type PendingSend, type SendOptions, sendWithClientId } from "./local-echo.js";
import { chatRef as chatRefMessage, chatRefKey } from "./refs.js";

/** Where a pending message stands: sending, accepted by the server (its copy not seen yet), or failed. */
export type PendingStatus = "sending" | "sent" | "failed";

/** A message shown before the server's copy arrives. Replaced by a new object on every change. */
export interface PendingMessage {
  readonly clientId: bigint;
  readonly chatRef: ChatRef;
  readonly message: string;
  readonly entities: readonly MessageEntity[];
  readonly status: PendingStatus;
  /** The server's id, once the send resolved. */
  readonly messageId: bigint | undefined;
  /** Why the send failed, when `status` is `"failed"`. */
  readonly error: OsmiumError | undefined;
}

/** Callbacks of {@link PendingMessages}. */
export interface PendingMessagesOptions {
  /** A pending message was added or changed status. @default none */
  readonly onChange?: (pending: PendingMessage) => void;
  /** The server's copy of a pending message arrived; the pending one is gone from the list. @default none */
  readonly onConfirmed?: (pending: PendingMessage, update: UpdateMessageCreated) => void;
}

/**
 * PendingMessages tracks messages sent through it until the server's copy arrives as
 * `messageCreated` with the same `client_id` (or, for a server that does not echo it, the same
 * message id). Failed sends stay listed until {@link PendingMessages.discard}ed, so the app can
 * offer a retry. Needs a client that receives updates (not `noSubscribe`).
 *
 * @example
 * ```ts
 * const outbox = new PendingMessages(client, { onConfirmed: (p, u) => replace(p.clientId, u.message) });
 * outbox.send(chatRef, "hello");      // listed at once, status "sending"
 * render(outbox.list(chatRef));
 * ```
 */
export class PendingMessages {
  private readonly entries = new Map<bigint, PendingMessage>();
  private readonly listener = (update: UpdateMessageCreated) => this.match(update);

  /** Starts listening to `messageCreated` on `client`; {@link close} stops. */
  constructor(
    private readonly client: RpcClient,
    private readonly options: PendingMessagesOptions = {},
  ) {
    client.on("messageCreated", this.listener);
  }

  /** Sends like `client.send()` and lists the message as pending at once. */
  send(chatRef: RequestInit<typeof ChatRefSchema>, content: MessageContent, options: SendOptions = {}): PendingSend {
    const pending = sendWithClientId(this.client, chatRef, content, options);
    let entry: PendingMessage;
    try {
      entry = { clientId: pending.clientId, chatRef: chatRefMessage(chatRef), ...contentOf(content), status: "sending", messageId: undefined, error: undefined };
    } catch {
      // Invalid input: the send itself rejects with the reason, and nothing is listed.
      return pending;
    }
    this.set(entry);
    pending.then(
      ({ messageId }) => this.update(entry.clientId, { status: "sent", messageId }),
      (error: unknown) => this.update(entry.clientId, { status: "failed", error: OsmiumError.from(error) }),
    );
    return pending;
  }

  /** The pending messages, oldest first; of one chat when `chatRef` is given. */
  list(chatRef?: ChatRef): PendingMessage[] {
    const all = [...this.entries.values()];
    if (chatRef === undefined) return all;
    const key = chatRefKey(chatRef);
    return all.filter((entry) => chatRefKey(entry.chatRef) === key);
  }

  /** The pending message sent with `clientId`, if still listed. */
  get(clientId: bigint): PendingMessage | undefined {
    return this.entries.get(clientId);
  }

  /** Removes a pending message (a failed one the user gave up on); true if it was listed. */
  discard(clientId: bigint): boolean {
    return this.entries.delete(clientId);
  }

  /** Stops listening to the client; the list stays readable. */
  close(): void {
    this.client.off("messageCreated", this.listener);
  }

  private set(entry: PendingMessage): void {
    this.entries.set(entry.clientId, entry);
    this.options.onChange?.(entry);
  }

  private update(clientId: bigint, change: Partial<PendingMessage>): void {
    const entry = this.entries.get(clientId);
    // Already confirmed (the echo may arrive before the send's result) or discarded.
    if (!entry) return;
    this.set({ ...entry, ...change });
  }

  private match(update: UpdateMessageCreated): void {
    let entry = update.clientId === undefined ? undefined : this.entries.get(update.clientId);
    if (!entry && update.message) {
      const id = update.message.messageId;
      entry = [...this.entries.values()].find((e) => e.messageId === id);
    }
    if (!entry) return;
    this.entries.delete(entry.clientId);
    this.options.onConfirmed?.(entry, update);
  }
}
