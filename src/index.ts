// osmium-chat: the public API. Everything a user may import is listed here, by name.
// Deliberately private: the connection machinery (src/connection/), the rpc table, the redactor.

// The clients, from the smallest (events and `call()`, for the functions of "osmium-chat/rpc") to the
// batteries-included one (docs/architecture.md "Client layers").
export { BaseClient, createClient } from "./base-client.js";
export { CoreClient } from "./client.js";
export { OsmiumClient } from "./osmium-client.js";
export type { ClientNamespaces, OsmiumClientOptions } from "./osmium-client.js";
export type { CallOptions, RequestEncoder, RpcClient, RpcEntry, RpcNamespace, RpcRequest } from "./rpc-client.js";
export type { RequestField, RequestShape } from "./protocol/request-shape.js";
export type { Int64Input, RequestInit } from "./protocol/request-init.js";
export { DEFAULT_URL } from "./client-options.js";
export type { ClientOptions, KeepaliveOptions, ReconnectOptions } from "./client-options.js";
export type { ConnectionState } from "./connection/state.js";
export type { ReadyInfo } from "./connection/handshake.js";
export type { Namespace, Namespaces, RpcFunction } from "./namespaces.js";
export type { RequestSchemaOf, RpcOf, RpcResult } from "./protocol/method-types.js";
export type { RequestCase, ResultCase } from "./protocol/cases.js";
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
  UpdateMeta,
  UpdateOf,
  UpdatePayload,
} from "./events.js";
export type { CatchUpOptions } from "./catch-up/options.js";
export type { CatchUpBound, CatchUpSummary } from "./catch-up/summary.js";
export type { UpdatesOptions } from "./updates-iterator.js";

// Errors.
export {
  AbortError,
  BotError,
  BotOverflowError,
  ConnectError,
  ConnectionClosedError,
  InvalidArgumentError,
  MiddlewareError,
  OsmiumError,
  ProtocolError,
  RpcError,
  TimeoutError,
  TransportError,
  UpdatesOverflowError,
  UpgradeRefusedError,
} from "./errors.js";
export type { OsmiumErrorByCode, OsmiumErrorCode } from "./errors.js";

// Observing calls.
export type { InterceptedCall, InterceptedOutcome, Interceptor } from "./interceptors.js";
export type { DebugLogger } from "./logger.js";
export { REDACTED } from "./redact.js";
export { jsonReplacer } from "./json.js";

// Transports (for library authors and tests).
export type { Transport, TransportCloseEvent, TransportConnection, TransportListener } from "./transport/transport.js";
export { createMemoryTransport } from "./transport/memory.js";
export type { MemoryPeer, MemoryPeerHandler } from "./transport/memory.js";
export { createWebSocketTransport } from "./transport/websocket.js";
export type { WebSocketConstructor, WebSocketLike, WebSocketTransportOptions } from "./transport/websocket.js";

// Helpers: refs and ids.
export { ChatRefs, chatRefKey } from "./helpers/refs.js";
export { compareIds, parseId, sortIds } from "./helpers/ids.js";
export type { IdInput, IdOrder } from "./helpers/ids.js";

// Helpers: formatting (entity offsets are Unicode code points, as the protocol counts them).
export {
  bold,
  code,
  concat,
  customEmoji,
  fmt,
  italic,
  join,
  link,
  mention,
  plainLink,
  pre,
  spoiler,
  strikethrough,
  underline,
  userMention,
} from "./helpers/formatting/builder.js";
export type { FormattedPart, FormattedText } from "./helpers/formatting/builder.js";
export { parseMarkdown } from "./helpers/formatting/parse-markdown.js";
export type { ParseMarkdownOptions } from "./helpers/formatting/parse-markdown.js";
export { toMarkdown } from "./helpers/formatting/to-markdown.js";
export { escapeHtml, toHtml } from "./helpers/formatting/to-html.js";
export type { ToHtmlOptions } from "./helpers/formatting/to-html.js";
export { compareEntities, makeEntity, normalizeEntities } from "./helpers/formatting/entities.js";
export type { EntityKind, EntityValueInit } from "./helpers/formatting/entities.js";
export { codePointLength, codePointToUtf16, sliceCodePoints, utf16ToCodePoint } from "./helpers/formatting/code-points.js";

// Helpers: permissions (the reference server computes them with this same function).
export { computePermissions, PermissionFlags, Permissions } from "./helpers/permissions.js";
export type {
  ChannelOverrideLike,
  ComputePermissionsInput,
  PermissionInput,
  PermissionName,
  RoleLike,
} from "./helpers/permissions.js";

// Helpers: media, pagination, message actions, typing and local echo (client methods:
// `client.media.upload`, `client.messages.iterHistory`, `client.reply`, `client.typing`, `client.send`).
export type {
  ChatsHelpers,
  CommunitiesHelpers,
  DiscoveryHelpers,
  MediaHelpers,
  MessagesHelpers,
  NamespaceHelpers,
} from "./helpers/namespace-helpers.js";
export type { TransferOptions, TransferProgress } from "./helpers/media/transfer-options.js";
export type { RetryOptions } from "./helpers/retry.js";
export type { UploadData } from "./helpers/media/upload-source.js";
export type { UploadFileOptions, UploadOptions } from "./helpers/media/upload.js";
export type { DownloadOptions, DownloadTarget } from "./helpers/media/download-target.js";
export type { IterateOptions } from "./helpers/pagination/paginate.js";
export type { HistoryDirection, HistoryIterateOptions, SearchIterateOptions, SearchOptions } from "./helpers/pagination/history.js";
export type { PageIterateOptions } from "./helpers/pagination/chats.js";
export type { CommunityMemberEntry, MembersIterateOptions } from "./helpers/pagination/members.js";
export type { MessageContent } from "./helpers/content.js";
export type { EditOptions, ReactionInput, ReplyOptions } from "./helpers/actions.js";
export type { TypingOptions } from "./helpers/typing.js";
export { newClientId } from "./helpers/local-echo.js";
export type { PendingSend, SendOptions, SentMessageInfo } from "./helpers/local-echo.js";
export { PendingMessages } from "./helpers/pending-messages.js";
export type { PendingMessage, PendingMessagesOptions, PendingStatus } from "./helpers/pending-messages.js";

// The opt-in state cache (`new OsmiumClient({ cache: true })`, then `client.cache.user(id)`).
export { StateCache } from "./cache/state-cache.js";
export type { StateCacheOptions } from "./cache/state-cache.js";

// Generated protocol types users meet in results and updates, re-exported as generated (every
// type, schema and enum of the protocol is in "osmium-chat/proto").
export type { ChatRef } from "../gen/osmium/client/refs_pb.js";
export type {
  Channel,
  ChatPhoto,
  Community,
  CommunityMember,
  CommunityRole,
  Conversation,
  Group,
  Message,
  MessageEntity,
  PermissionOverrides,
  Relationship,
  User,
  UserStatus,
} from "../gen/osmium/client/types_pb.js";
export type { FileRef, MediaRef, UploadedFileRef } from "../gen/osmium/client/media_pb.js";
export type { Update } from "../gen/osmium/client/updates_pb.js";
export type { ClientMessage, RPCResult, ServerMessage } from "../gen/osmium/client/core_pb.js";
