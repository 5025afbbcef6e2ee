import type { Handlers } from "./context.js";
import { authAccountHandlers, authHandshakeHandlers } from "./auth.js";
import { billingHandlers } from "./billing.js";
import { friendsHandlers } from "./friends.js";
import { inviteAuthHandlers, inviteChatHandlers } from "./invites.js";
import { settingsHandlers } from "./settings.js";
import { usersHandlers } from "./users.js";
import { coreHandlers } from "./core.js";
import { communitiesHandlers } from "./communities.js";
import { discoveryHandlers } from "./discovery.js";
import { messageWriteHandlers } from "./messages.js";
import { messageReadHandlers } from "./history.js";
import { chatHandlers } from "./chats.js";
import { groupHandlers } from "./groups.js";
import { reactionHandlers } from "./reactions.js";
import { mediaHandlers } from "./media.js";
import { stickerHandlers } from "./stickers.js";
import { voiceHandlers } from "./voice.js";

/**
 * Every RPC's handler. Typed as `Handlers`, so the compiler fails if any of the 95 cases is missing.
 */
export const handlers: Handlers = {
  ...coreHandlers,
  ...authHandshakeHandlers,
  ...authAccountHandlers,
  ...inviteAuthHandlers,
  ...inviteChatHandlers,
  ...settingsHandlers,
  ...usersHandlers,
  ...friendsHandlers,
  ...billingHandlers,
  ...communitiesHandlers,
  ...discoveryHandlers,
  ...messageWriteHandlers,
  ...messageReadHandlers,
  ...chatHandlers,
  ...groupHandlers,
  ...reactionHandlers,
  ...mediaHandlers,
  ...stickerHandlers,
  ...voiceHandlers,
};
