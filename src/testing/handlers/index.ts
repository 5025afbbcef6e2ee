import { authHandlers } from "./auth.js";
import { billingHandlers } from "./billing.js";
import { chatsHandlers } from "./chats.js";
import { communitiesHandlers } from "./communities.js";
import type { Handlers } from "./context.js";
import { coreHandlers } from "./core.js";
import { discoveryHandlers } from "./discovery.js";
import { friendsHandlers } from "./friends.js";
import { mediaHandlers } from "./media.js";
import { messagesHandlers } from "./messages.js";
import { reactionHandlers } from "./reactions.js";
import { settingsHandlers } from "./settings.js";
import { stickerHandlers } from "./stickers.js";
import { usersHandlers } from "./users.js";
import { voiceHandlers } from "./voice.js";

/**
 * The server's RPC table: every request case's handler, one map per namespace. Typed as
 * `Handlers`, so the compiler fails if any of the 95 cases is missing.
 */
export const handlers: Handlers = {
  ...coreHandlers,
  ...authHandlers,
  ...settingsHandlers,
  ...usersHandlers,
  ...friendsHandlers,
  ...billingHandlers,
  ...communitiesHandlers,
  ...discoveryHandlers,
  ...messagesHandlers,
  ...chatsHandlers,
  ...reactionHandlers,
  ...mediaHandlers,
  ...stickerHandlers,
  ...voiceHandlers,
};
