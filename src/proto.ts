// osmium-chat/proto: every generated protocol type, schema and enum (protobuf-es v2), re-exported as generated.
// Import types for your own code, and schemas for `create`, `toBinary`, `fromBinary`, `toJson`.
export * from "../gen/osmium/client/auth_pb.js";
export * from "../gen/osmium/client/billing_pb.js";
export * from "../gen/osmium/client/chats_pb.js";
export * from "../gen/osmium/client/communities_pb.js";
export * from "../gen/osmium/client/core_pb.js";
export * from "../gen/osmium/client/discovery_pb.js";
export * from "../gen/osmium/client/friends_pb.js";
export * from "../gen/osmium/client/media_pb.js";
export * from "../gen/osmium/client/messages_pb.js";
export * from "../gen/osmium/client/reactions_pb.js";
export * from "../gen/osmium/client/refs_pb.js";
export * from "../gen/osmium/client/settings_pb.js";
export * from "../gen/osmium/client/stickers_pb.js";
export * from "../gen/osmium/client/types_pb.js";
export * from "../gen/osmium/client/updates_pb.js";
export * from "../gen/osmium/client/users_pb.js";
export * from "../gen/osmium/client/voice_pb.js";

// Two packages name a message ChannelOverride: the entity (types) keeps the plain name; the
// createChannelOverride result that wraps it (communities) is exported as CreatedChannelOverride.
export { type ChannelOverride, ChannelOverrideSchema } from "../gen/osmium/client/types_pb.js";
export {
  type ChannelOverride as CreatedChannelOverride,
  ChannelOverrideSchema as CreatedChannelOverrideSchema,
} from "../gen/osmium/client/communities_pb.js";
