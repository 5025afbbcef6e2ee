import type { Handlers } from "../handler.js";
import { authHandshakeHandlers } from "./auth.js";
import { coreHandlers } from "./core.js";

/**
 * Every RPC's handler. Typed as `Handlers`, so the compiler fails if any of the 95 cases is missing.
 */
export const handlers: Partial<Handlers> = {
  ...coreHandlers,
  ...authHandshakeHandlers,
};
