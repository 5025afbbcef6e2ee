import type { NamespaceHandlers } from "./context.js";

/** `core.*`: the connection handshake. */
export const coreHandlers: NamespaceHandlers<"core"> = {
  coreInitialize(request, ctx) {
    // Re-initializing is allowed (a client may resend it); it only updates the device info.
    ctx.connection.initialize(request);
    return { entrypoints: { entrypoints: [{ hostname: "127.0.0.1", port: 0, region: 0 }] } };
  },
};
