// What the layers above the core client call: the narrow interface helpers, the cache's users and
// the per-method functions of gen/osmium/rpc.ts depend on instead of a client class
// (docs/architecture.md "Client layers"). Every client of this package implements it.
import type { DescMessage, DescMethod } from "@bufbuild/protobuf";
import type { ClientEventName, ClientEvents } from "./events.js";
import type { RpcResult } from "./protocol/method-types.js";
import type { RequestInit } from "./protocol/request-init.js";
import type { RequestShape } from "./protocol/request-shape.js";
import type { RequestCase, ResultCase } from "./protocol/cases.js";
import type { NamespaceName } from "./protocol/services.js";
import type { WireWriter } from "./wire/writer.js";
import type { CaseDecoder } from "../gen/osmium/fast_codec.js";

/** Per-call options. */
export interface CallOptions {
  /** Aborts the call: it rejects with `AbortError` (whose `reason` is the signal's) and its id is freed. */
  readonly signal?: AbortSignal;
  /**
   * Rejects with `TimeoutError` if no result arrives in time; counted from the call, so time spent
   * waiting for a reconnect counts. A positive number, or `Infinity` for none.
   * @default the client's `requestTimeoutMs` (30 000)
   */
  readonly timeoutMs?: number;
}

/**
 * What a call takes as its request: the init shape of the request message, where every field may be
 * left out and every 64-bit integer field takes a `bigint` or a decimal string ({@link RequestInit}).
 * The one definition every call signature of the clients and of `osmium-chat/rpc` uses.
 */
export type RpcRequest<S extends DescMessage> = RequestInit<S>;

/** The namespace an RPC belongs to on `OsmiumClient`: `"messages"` for `client.messages.sendMessage`. */
export type RpcNamespace = NamespaceName;

/**
 * One RPC as the client sends it: the envelope cases that carry it, the request's generated encoder
 * and its shape. The functions of `osmium-chat/rpc` hold one each; `RpcClient.call` takes it. It
 * refers to no descriptor, so an app bundles only the entries of the calls it makes.
 */
export interface RpcEntry<M extends DescMethod = DescMethod> {
  /** Namespace on the client, e.g. `"messages"`. */
  readonly namespace: RpcNamespace;
  /** Method name on the namespace, e.g. `"sendMessage"`. */
  readonly name: string;
  /** `ClientMessage` case carrying the request, e.g. `"messagesSendMessage"`. */
  readonly requestCase: RequestCase;
  /** Proto field name of that case, e.g. `"messages_send_message"`. */
  readonly requestField: string;
  /** `RPCResult` case answering it, or `undefined` when the result case is left unset (`Empty`). */
  readonly resultCase: ResultCase | undefined;
  /**
   * How its result case is decoded, or `undefined` (`Empty`). A client decodes a result case once
   * it calls a method returning it, so an app's bundle keeps the result decoders of its calls only.
   */
  readonly result?: CaseDecoder | undefined;
  /** The request case's length-delimited tag in the `ClientMessage` envelope. */
  readonly tag: number;
  /** Writes the request's fields from an init object or a message (the generated encoder). */
  readonly encode: RequestEncoder;
  /** The request type's fields, for checking a request and naming a field that does not fit. */
  readonly input: RequestShape;
  /** Never set: carries the method's descriptor type, from which the request and result types follow. */
  readonly method?: M;
}

/** A generated request encoder: writes the fields of `request` (no tag, no length); throws on a value that does not fit. */
export type RequestEncoder = { bivariant(writer: WireWriter, request: object): void }["bivariant"];

/**
 * The client as its extensions see it: calls by {@link RpcEntry}, and the events. `createClient()`,
 * `CoreClient` and `OsmiumClient` all implement it, so a function written against it (the
 * per-method functions, the media and pagination helpers, `PendingMessages`) works with each.
 */
export interface RpcClient {
  /** Sends one call; resolves with its result (`void` for methods returning `Empty`). */
  call<M extends DescMethod>(rpc: RpcEntry<M>, request?: RpcRequest<M["input"]>, options?: CallOptions): Promise<RpcResult<M>>;
  /** Adds a listener. */
  on<E extends ClientEventName>(event: E, listener: ClientEvents[E]): this;
  /** Adds a listener that runs once. */
  once<E extends ClientEventName>(event: E, listener: ClientEvents[E]): this;
  /** Removes a listener (all of the event's listeners when `listener` is omitted). */
  off<E extends ClientEventName>(event: E, listener?: ClientEvents[E]): this;
}
