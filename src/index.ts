// osmium-chat: the public API. Everything a user may import is listed here, by name.

export type { Transport, TransportCloseEvent, TransportConnection, TransportListener } from "./transport/transport.js";
export { createMemoryTransport } from "./transport/memory.js";
export type { MemoryPeer, MemoryPeerHandler } from "./transport/memory.js";
