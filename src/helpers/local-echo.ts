// Local echo (docs/protocol.md): `SendMessage.client_id` is a client-chosen nonce that the server
// echoes in `UpdateMessageCreated.client_id` to the sender's sessions, so an app can show a
// message at once and swap in the server's copy when it arrives.
import type { MessageInitShape } from "@bufbuild/protobuf";
import type { SendMessageSchema } from "../../gen/osmium/client/messages_pb.js";
import type { ChatRefSchema } from "../../gen/osmium/client/refs_pb.js";
import { sendMessage } from "../../gen/osmium/rpc.js";
import { InvalidArgumentError } from "../errors.js";
import type { CallOptions, RpcClient } from "../rpc-client.js";
import { splitCallOptions } from "./call-options.js";
import { type MessageContent, contentOf } from "./content.js";
import { type IdInput, parseId } from "./ids.js";
import { randomId64 } from "./nonce.js";
import type { RequestInit } from "../protocol/request-init.js";

/** What a send resolves with: the nonce it was sent with and the id the server assigned. */
export interface SentMessageInfo {
  /** The `client_id` the message was sent with; the server echoes it on `messageCreated`. */
  readonly clientId: bigint;
  /** The server's id of the new message. */
  readonly messageId: bigint;
}

/** A send in progress: a promise of {@link SentMessageInfo} whose `clientId` is known at once. */
export type PendingSend = Promise<SentMessageInfo> & { readonly clientId: bigint };

/** Options of `client.send()`: the other `SendMessage` fields, the call options, and an explicit `clientId`. */
export type SendOptions = CallOptions &
  Omit<MessageInitShape<typeof SendMessageSchema>, "$typeName" | "chatRef" | "message" | "entities" | "clientId"> & {
    /** The nonce to send with. @default a fresh random one ({@link newClientId}) */
    readonly clientId?: IdInput;
  };

/**
 * Returns a fresh random `client_id` for a send: an unsigned 64-bit nonce, never 0.
 *
 * @example
 * ```ts
 * const clientId = newClientId();
 * await client.send(chatRef, "hi", { clientId });
 * ```
 */
export function newClientId(): bigint {
  return randomId64();
}

/**
 * Sends a message with a `client_id` (a fresh one unless `options.clientId` is given) and returns
 * at once a {@link PendingSend}: `clientId` is readable immediately, and awaiting it gives the
 * message id. Rejects as `messages.sendMessage` does.
 */
export function sendWithClientId(
  client: RpcClient,
  chatRef: RequestInit<typeof ChatRefSchema>,
  content: MessageContent,
  options: SendOptions = {},
): PendingSend {
  let clientId = 0n;
  let sent: Promise<SentMessageInfo>;
  try {
    if (typeof options !== "object" || options === null) throw new InvalidArgumentError("options", "must be an object");
    const { clientId: chosen, ...rest } = options;
    clientId = chosen === undefined ? newClientId() : parseId(chosen, "clientId");
    const { call, fields } = splitCallOptions(rest);
    const id = clientId;
    sent = sendMessage(client, { ...fields, chatRef, ...contentOf(content), clientId: id }, call).then(({ messageId }) => ({ clientId: id, messageId }));
  } catch (error) {
    sent = Promise.reject(error);
  }
  return Object.assign(sent, { clientId });
}
