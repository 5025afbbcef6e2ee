// osmium-chat: the public API. Everything a user may import is listed here, by name.
// Deliberately private: the connection machinery (src/connection/), the rpc table, the redactor.

// The client.
export { OsmiumClient } from "./client.js";
export { DEFAULT_URL } from "./client-options.js";
export type { KeepaliveOptions, OsmiumClientOptions, ReconnectOptions } from "./client-options.js";
export type { ConnectionState } from "./connection/state.js";
export type { ReadyInfo } from "./connection/handshake.js";
export type { CallOptions, Namespace, Namespaces, RpcFunction, RpcOf, RpcResult, RequestSchemaOf } from "./namespaces.js";
export type { RequestCase, ResultCase } from "./protocol/rpc-table.js";
export type { NamespaceName } from "./protocol/services.js";

// Events.
export type {
  ClientEventName,
  ClientEvents,
  CloseInfo,
  GapRange,
  LifecycleEvents,
  OpenInfo,
  ReconnectingInfo,
  ResyncInfo,
  StateChange,
  UpdateCase,
  UpdateEvents,
  UpdateOf,
  UpdatePayload,
} from "./events.js";
export type { UpdatesOptions } from "./updates-iterator.js";

// Errors.
export {
  AbortError,
  ConnectionClosedError,
  InvalidArgumentError,
  OsmiumError,
  ProtocolError,
  RpcError,
  TimeoutError,
  TransportError,
  UpdatesOverflowError,
} from "./errors.js";
export type { OsmiumErrorByCode, OsmiumErrorCode } from "./errors.js";

// Observing calls.
export type { InterceptedCall, InterceptedOutcome, Interceptor } from "./interceptors.js";
export type { DebugLogger } from "./logger.js";
export { REDACTED } from "./redact.js";

// Transports (for library authors and tests).
export type { Transport, TransportCloseEvent, TransportConnection, TransportListener } from "./transport/transport.js";
export { createMemoryTransport } from "./transport/memory.js";
export type { MemoryPeer, MemoryPeerHandler } from "./transport/memory.js";
export { createWebSocketTransport } from "./transport/websocket.js";
export type { WebSocketConstructor, WebSocketLike, WebSocketTransportOptions } from "./transport/websocket.js";
