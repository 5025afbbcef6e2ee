import { Auth } from "../../gen/osmium/sdk/auth_pb.js";
import { Billing } from "../../gen/osmium/sdk/billing_pb.js";
import { Chats } from "../../gen/osmium/sdk/chats_pb.js";
import { Communities } from "../../gen/osmium/sdk/communities_pb.js";
import { Core } from "../../gen/osmium/sdk/core_pb.js";
import { Discovery } from "../../gen/osmium/sdk/discovery_pb.js";
import { Friends } from "../../gen/osmium/sdk/friends_pb.js";
import { Media } from "../../gen/osmium/sdk/media_pb.js";
import { Messages } from "../../gen/osmium/sdk/messages_pb.js";
import { Reactions } from "../../gen/osmium/sdk/reactions_pb.js";
import { Settings } from "../../gen/osmium/sdk/settings_pb.js";
import { Stickers } from "../../gen/osmium/sdk/stickers_pb.js";
import { Users } from "../../gen/osmium/sdk/users_pb.js";
import { Voice } from "../../gen/osmium/sdk/voice_pb.js";

/**
 * The protocol's RPC surface, one generated service per client namespace.
 * The key is the namespace (`client.messages`) and the `ClientMessage` case prefix (`messages_`).
 *
 * Written out as `typeof <Service>` (not inferred from {@link services}) so the bundled `.d.ts`
 * keeps the generated service declarations, and with them every rpc's doc comment, which the
 * client's namespace methods show on hover. An inferred type was flattened by the declaration
 * bundler into a copy without comments.
 */
export type Services = {
  readonly core: typeof Core;
  readonly auth: typeof Auth;
  readonly messages: typeof Messages;
  readonly chats: typeof Chats;
  readonly communities: typeof Communities;
  readonly friends: typeof Friends;
  readonly media: typeof Media;
  readonly settings: typeof Settings;
  readonly users: typeof Users;
  readonly voice: typeof Voice;
  readonly reactions: typeof Reactions;
  readonly stickers: typeof Stickers;
  readonly billing: typeof Billing;
  readonly discovery: typeof Discovery;
};

/** The services' table: one entry per client namespace. */
export const services: Services = {
  core: Core,
  auth: Auth,
  messages: Messages,
  chats: Chats,
  communities: Communities,
  friends: Friends,
  media: Media,
  settings: Settings,
  users: Users,
  voice: Voice,
  reactions: Reactions,
  stickers: Stickers,
  billing: Billing,
  discovery: Discovery,
};

/** A namespace of the client: `"messages"`, `"communities"`, ... */
export type NamespaceName = keyof Services;
