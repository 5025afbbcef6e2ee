import { createRegistry } from "@bufbuild/protobuf";
import { file_osmium_client_auth } from "../../gen/osmium/client/auth_pb.js";
import { file_osmium_client_billing } from "../../gen/osmium/client/billing_pb.js";
import { file_osmium_client_chats } from "../../gen/osmium/client/chats_pb.js";
import { file_osmium_client_communities } from "../../gen/osmium/client/communities_pb.js";
import { file_osmium_client_core } from "../../gen/osmium/client/core_pb.js";
import { file_osmium_client_discovery } from "../../gen/osmium/client/discovery_pb.js";
import { file_osmium_client_friends } from "../../gen/osmium/client/friends_pb.js";
import { file_osmium_client_media } from "../../gen/osmium/client/media_pb.js";
import { file_osmium_client_messages } from "../../gen/osmium/client/messages_pb.js";
import { file_osmium_client_reactions } from "../../gen/osmium/client/reactions_pb.js";
import { file_osmium_client_refs } from "../../gen/osmium/client/refs_pb.js";
import { file_osmium_client_settings } from "../../gen/osmium/client/settings_pb.js";
import { file_osmium_client_stickers } from "../../gen/osmium/client/stickers_pb.js";
import { file_osmium_client_types } from "../../gen/osmium/client/types_pb.js";
import { file_osmium_client_updates } from "../../gen/osmium/client/updates_pb.js";
import { file_osmium_client_users } from "../../gen/osmium/client/users_pb.js";
import { file_osmium_client_voice } from "../../gen/osmium/client/voice_pb.js";

/** The 17 generated protocol files, keyed by proto file name as the wire facts name them. */
export const protocolFiles = {
  "auth.proto": file_osmium_client_auth,
  "billing.proto": file_osmium_client_billing,
  "chats.proto": file_osmium_client_chats,
  "communities.proto": file_osmium_client_communities,
  "core.proto": file_osmium_client_core,
  "discovery.proto": file_osmium_client_discovery,
  "friends.proto": file_osmium_client_friends,
  "media.proto": file_osmium_client_media,
  "messages.proto": file_osmium_client_messages,
  "reactions.proto": file_osmium_client_reactions,
  "refs.proto": file_osmium_client_refs,
  "settings.proto": file_osmium_client_settings,
  "stickers.proto": file_osmium_client_stickers,
  "types.proto": file_osmium_client_types,
  "updates.proto": file_osmium_client_updates,
  "users.proto": file_osmium_client_users,
  "voice.proto": file_osmium_client_voice,
};

/** Every generated protocol type, by full name. */
export const protocolRegistry = createRegistry(...Object.values(protocolFiles));
