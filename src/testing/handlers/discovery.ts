import { discoverableCommunities } from "../model/invites/discovery.js";
import type { NamespaceHandlers } from "./context.js";

/** `discovery.*`: the public directory of listed communities. Served without a session too. */
export const discoveryHandlers: NamespaceHandlers<"discovery"> = {
  discoveryGetDiscoverableCommunities(request, ctx) {
    return discoverableCommunities(ctx.core, request);
  },
};
