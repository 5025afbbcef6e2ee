import type { WireWriter } from "../../src/wire/writer.js";
import { fork, join, writeBool, writeBytes, writeFixed64, writeInt32, writeRaw, writeString, writeTag, writeUint32, writeUint64 } from "../../src/wire/writer.js";
import type { Message, MessageInitShape, UnknownField } from "@bufbuild/protobuf";
import { readBool, readBytes, readFixed64, readInt32, readString, readTag, readUint32, readUint64, skipField, WireReader } from "../../src/wire/reader.js";
import type { Authorization, AuthorizeSchema, CreatedInvite, GetSessionsSchema, InviteList, InvitePreview, LookupInviteSchema, ResendEmailVerificationSchema, ResetPassword_ResetPasswordConfirmSchema, ResetPasswordSchema, RevokeSessionsSchema, Session, Sessions, SignInSchema, SignUpSchema, UseInviteSchema, VerifyEmailSchema } from "./client/auth_pb.js";
import type { CancelSubscriptionSchema, GetProductsSchema, GetSubscriptionSchema, PaymentLink, Product, ProductPrice, Products, RequestPaymentLinkSchema, Subscription } from "./client/billing_pb.js";
import type { AddChatMemberSchema, Chat, Chats, CreateChatInviteSchema, CreateChatSchema, DeleteChatInviteSchema, EditChat_HighlightedMessageSchema, EditChat_PhotoSchema, EditChatSchema, GetChatSchema, GetChatsSchema, ListChatInvitesSchema, MarkChatReadSchema, RemoveChatMemberSchema, SetTypingSchema } from "./client/chats_pb.js";
import type { AddMemberSchema, ChannelOverride, ChannelOverrides, Channels, Communities, CommunityMemberRoleIdsSchema, CommunityRoles, CommunitySettings, CommunitySettings_DiscoveryListing, CommunitySettings_DiscoveryListingSchema, CommunitySettings_SystemMessages, CommunitySettings_SystemMessagesSchema, CommunitySettingsSchema, CommunityUserInfo, CreateChannelOverrideSchema, CreateChannelSchema, CreateCommunitySchema, CreateRoleSchema, DeleteChannelOverrideSchema, DeleteChannelSchema, DeleteCommunitySchema, DeleteRoleSchema, EditChannel_HighlightedMessageSchema, EditChannelSchema, EditCommunitySchema, EditDefaultPermissionsSchema, EditMemberSchema, EditPhotoSchema, EditRoleSchema, EditSettingsSchema, GetChannelMembersSchema, GetChannelOverridesSchema, GetChannelsSchema, GetCommunitiesSchema, GetMembersSchema, GetRemovedMembersSchema, GetRolesSchema, GetRoomStatesSchema, LeaveCommunitySchema, MemberList, Members, RemovedMembers, RemovedMembers_RemovedMember, RemoveMembersSchema, RoomStates, RoomStates_RoomState, SyncChannelOverridesSchema, UnbanMembersSchema } from "./client/communities_pb.js";
import type { Entrypoints, Initialized, InitializeSchema, RPCError, RPCResult, ServerMessage } from "./client/core_pb.js";
import type { DiscoveryCommunities, DiscoveryCommunityListing, DiscoveryListingInfo, DiscoveryListingInfoSchema, GetDiscoverableCommunitiesSchema } from "./client/discovery_pb.js";
import type { ChangeRelationshipSchema, GetRelationshipsSchema, Relationships, SyncFriendsSchema } from "./client/friends_pb.js";
import type { DownloadFilePartSchema, File, FileMetadata, FileMetadata_MetadataAudio, FileMetadata_MetadataAudioSchema, FileMetadata_MetadataCustomEmoji, FileMetadata_MetadataCustomEmojiSchema, FileMetadata_MetadataFile, FileMetadata_MetadataFileSchema, FileMetadata_MetadataImage, FileMetadata_MetadataImageSchema, FileMetadata_MetadataVideo, FileMetadata_MetadataVideoSchema, FileMetadataSchema, FilePart, FileRef_ChatPhotoFileRefSchema, FileRef_MediaFileRefSchema, FileRefSchema, Files, MediaEmbed, MediaFile, MediaRefEmbedSchema, MediaRefSchema, MediaRefUploadedFileSchema, MessageMedia, UploadedFileRefSchema, UploadFilePartSchema } from "./client/media_pb.js";
import type { DeleteMessageSchema, EditMessageSchema, ForwardMessageSchema, GetEmbedPreviewSchema, GetHistorySchema, GetPinnedMessagesSchema, GetUnreadMentionsSchema, Messages, ReportMessageSchema, SearchSchema, SendMessage_BotInfo_MessageCloakSchema, SendMessage_BotInfoSchema, SendMessage_ReplyTo_QuoteSchema, SendMessage_ReplyToSchema, SendMessageSchema, SentMessage, SetMessagePinSchema, UnreadMentions } from "./client/messages_pb.js";
import type { AddReactionSchema, MessageReactionField, MessageReactions, ReactionEmoji, ReactionEmojiSchema, RemoveReactionSchema } from "./client/reactions_pb.js";
import type { ChannelRef, ChannelRefSchema, ChatRef, ChatRefSchema, GroupRef, GroupRefSchema, RefSelf, RefSelfSchema, StickerPackRef, StickerPackRefSchema, UserRef, UserRefSchema } from "./client/refs_pb.js";
import type { Account, BackupCode, ChangeEmailSchema, ChangeNotificationPreferencesSchema, ChangePasswordSchema, ChangeStatusSchema, DeleteAccountSchema, EditProfileBannerSchema, EditProfilePhotoSchema, EditProfileSchema, EditUserSettingsSchema, GetAccountSchema, RegisterPushSubscription_PushSchema, RegisterPushSubscription_WebPushSchema, RegisterPushSubscriptionSchema, RequestTakeoutSchema, SetupTotpSchema, Totp, UnregisterPushSubscriptionSchema, UserSettings, UserSettings_CommunityOrder, UserSettings_CommunityOrderSchema, UserSettingsSchema } from "./client/settings_pb.js";
import type { AddStickerToPackSchema, GetSavedStickersSchema, GetStickerFilesSchema, GetStickerPackSchema, RemoveStickerFromPackSchema, SavedStickers, StickerPack } from "./client/stickers_pb.js";
import type { Channel, ChannelOverride as ChannelOverride$1, ChatPhoto, Community, CommunityMember, CommunityRole, Conversation, Entrypoint, Group, Message as Message$1, Message_MessageBotInfo, Message_MessageBotInfo_MessageCloak, Message_MessageForwardInfo, Message_MessageReplyInfo, Message_MessageReplyInfo_Quote, MessageEntity, MessageEntity_CustomEmojiEntity, MessageEntity_CustomEmojiEntitySchema, MessageEntity_PreEntity, MessageEntity_PreEntitySchema, MessageEntity_SpoilerEntity, MessageEntity_SpoilerEntitySchema, MessageEntity_TextUrlEntity, MessageEntity_TextUrlEntitySchema, MessageEntity_UserMentionEntity, MessageEntity_UserMentionEntitySchema, MessageEntitySchema, PermissionOverrides, PermissionOverridesSchema, Relationship, User, UserStatus, UserStatus_Activity, UserStatus_ActivitySchema } from "./client/types_pb.js";
import type { GetProfileSchema, LookupUsernameSchema, Profile, UserDetails } from "./client/users_pb.js";
import type { RequestRoomSchema, RoomInfo, RoomParticipant, RoomState, UpdateRoomParticipant, UpdateRoomState } from "./client/voice_pb.js";
import type { MemberListEntry, MemberListEntryDivider, MemberListEntryUser, Update, UpdateChannel, UpdateChannelDeleted, UpdateChat, UpdateChatTyping, UpdateCommunity, UpdateCommunityDeleted, UpdateCommunityMember, UpdateCommunityMemberCreated, UpdateCommunityMemberDeleted, UpdateCommunityUnavailable, UpdateConversationLastRead, UpdateConversationPermissions, UpdateGroup, UpdateMemberList, UpdateMessage, UpdateMessageCreated, UpdateMessageDeleted, UpdateMessageReactions, UpdateSessionDeleted, UpdateUser, UpdateUserRelationship, UpdateUserRelationshipDeleted, UpdateUserStatus } from "./client/updates_pb.js";

// @generated by protoc-gen-osmium-fast v1 (tools/protoc-gen-osmium-fast.mjs); do not edit.
// Straight-line protobuf-es codecs for the messages listed in buf.gen.yaml.
/* eslint-disable */

// What toBinary() would refuse after create() kept it: a message that is not an object, a list
// that is not an array. The client then names the field (src/protocol/request-diagnosis.ts).
function obj(m: unknown): void {
  if (typeof m !== "object" || m === null || Array.isArray(m) || m instanceof Uint8Array) throw new Error(`not a message: ${typeof m}`);
}

function list(l: unknown): void {
  if (!Array.isArray(l)) throw new Error(`not a list: ${typeof l}`);
}

// A oneof no case of the switch took: unset only if it has no case (create() would drop an unknown one).
function unset(o: unknown): void {
  if (typeof o !== "object" || (o as { case?: unknown }).case != null) throw new Error("not a oneof case of the type");
}

// A 64-bit integer as a request takes it: a bigint in range, or its decimal digits. A number is
// refused (the writer would take it, rounded past 2^53: another id); the client then names the
// field (src/protocol/request-values.ts). Literals: an expression would stay in every bundle.
function u64(v: unknown): bigint | string {
  if (typeof v === "bigint" && v >= 0n && v <= 0xffff_ffff_ffff_ffffn) return v;
  if (typeof v === "string" && /^[0-9]+$/.test(v) && BigInt(v) <= 0xffff_ffff_ffff_ffffn) return v;
  throw new Error("not an unsigned 64-bit integer");
}

// create() turns a number array into bytes.
function u8<T>(v: T): T | Uint8Array {
  return Array.isArray(v) ? new Uint8Array(v) : v;
}

// create() keeps the unknown fields of a message of the type only; an init object has none.
function writeUnknown(w: WireWriter, m: object, typeName: string): void {
  if ((m as Partial<Message>).$typeName !== typeName) return;
  const u = (m as Message).$unknown;
  if (u !== undefined) for (let i = 0; i < u.length; i++) { const x = u[i]!; writeUint32(w, ((x.no << 3) | x.wireType) >>> 0); writeRaw(w, x.data); }
}

function readUnknown(r: WireReader, t: number, depth: number, u: UnknownField[] | undefined): UnknownField[] {
  (u ??= []).push({ no: t >>> 3, wireType: t & 7, data: skipField(r, t & 7, t >>> 3, 100 - depth) });
  return u;
}

function withUnknown<M extends Message>(m: M, u: UnknownField[] | undefined): M {
  if (u !== undefined && u.length > 0) m.$unknown = u;
  return m;
}

// fromBinary()'s error for a message nested deeper than its recursion limit.
function tooDeep(typeName: string): Error {
  return new Error(`cannot decode message ${typeName} from binary: maximum recursion depth of 100 reached`);
}

// A decoder's placeholder for an implicit bytes field, replaced by a fresh empty array (as create()
// makes) when the frame does not carry the field; never in a decoded message.
const NO_BYTES = new Uint8Array(0);

let replaced = false;

// A proto3 string must be UTF-8, and protobuf-es throws where one is not, losing the whole frame;
// the official SDK decodes it with U+FFFD, so do we, and note it for replacedInvalidUtf8().
// Valid text takes the strict read, as in protobuf-es.
function str(r: WireReader): string {
  const p = r.pos;
  try {
    return readString(r, true);
  } catch {
    r.pos = p;
    const s = readString(r, false);
    replaced = true;
    return s;
  }
}

/** Writes the fields of a `osmium.client.auth.Authorize` (a message or an init object; no tag, no length). */
export function enc_auth_Authorize(w: WireWriter, m: MessageInitShape<typeof AuthorizeSchema>): void {
  obj(m);
  { const v = m.token; if (v != null && v !== "") { writeTag(w, 42); writeString(w, v); } }
  writeUnknown(w, m, "osmium.client.auth.Authorize");
}

/** Writes the fields of a `osmium.client.auth.GetSessions` (a message or an init object; no tag, no length). */
export function enc_auth_GetSessions(w: WireWriter, m: MessageInitShape<typeof GetSessionsSchema>): void {
  obj(m);
  writeUnknown(w, m, "osmium.client.auth.GetSessions");
}

/** Writes the fields of a `osmium.client.auth.LookupInvite` (a message or an init object; no tag, no length). */
export function enc_auth_LookupInvite(w: WireWriter, m: MessageInitShape<typeof LookupInviteSchema>): void {
  obj(m);
  { const v = m.code; if (v != null && v !== "") { writeTag(w, 10); writeString(w, v); } }
  writeUnknown(w, m, "osmium.client.auth.LookupInvite");
}

/** Writes the fields of a `osmium.client.auth.ResendEmailVerification` (a message or an init object; no tag, no length). */
export function enc_auth_ResendEmailVerification(w: WireWriter, m: MessageInitShape<typeof ResendEmailVerificationSchema>): void {
  obj(m);
  { const v = m.email; if (v != null) { writeTag(w, 10); writeString(w, v); } }
  writeUnknown(w, m, "osmium.client.auth.ResendEmailVerification");
}

/** Writes the fields of a `osmium.client.auth.ResetPassword` (a message or an init object; no tag, no length). */
export function enc_auth_ResetPassword(w: WireWriter, m: MessageInitShape<typeof ResetPasswordSchema>): void {
  obj(m);
  { const v = m.email; if (v != null && v !== "") { writeTag(w, 10); writeString(w, v); } }
  { const v = m.confirm; if (v != null) { writeTag(w, 18); fork(w); enc_auth_ResetPassword_ResetPasswordConfirm(w, v); join(w); } }
  writeUnknown(w, m, "osmium.client.auth.ResetPassword");
}

/** Writes the fields of a `osmium.client.auth.ResetPassword.ResetPasswordConfirm` (a message or an init object; no tag, no length). */
export function enc_auth_ResetPassword_ResetPasswordConfirm(w: WireWriter, m: MessageInitShape<typeof ResetPassword_ResetPasswordConfirmSchema>): void {
  obj(m);
  { const v = m.code; if (v != null && v !== "") { writeTag(w, 10); writeString(w, v); } }
  { const v = m.newPassword; if (v != null && v !== "") { writeTag(w, 18); writeString(w, v); } }
  writeUnknown(w, m, "osmium.client.auth.ResetPassword.ResetPasswordConfirm");
}

/** Writes the fields of a `osmium.client.auth.RevokeSessions` (a message or an init object; no tag, no length). */
export function enc_auth_RevokeSessions(w: WireWriter, m: MessageInitShape<typeof RevokeSessionsSchema>): void {
  obj(m);
  { const l = m.sessionIds; if (l != null) { list(l); if (l.length != 0) { writeTag(w, 10); fork(w); for (let i = 0; i < l.length; i++) writeFixed64(w, u64(l[i])); join(w); } } }
  writeUnknown(w, m, "osmium.client.auth.RevokeSessions");
}

/** Writes the fields of a `osmium.client.auth.SignIn` (a message or an init object; no tag, no length). */
export function enc_auth_SignIn(w: WireWriter, m: MessageInitShape<typeof SignInSchema>): void {
  obj(m);
  { const v = m.email; if (v != null && v !== "") { writeTag(w, 10); writeString(w, v); } }
  { const v = m.password; if (v != null && v !== "") { writeTag(w, 18); writeString(w, v); } }
  { const v = m.totp; if (v != null) { writeTag(w, 26); writeString(w, v); } }
  writeUnknown(w, m, "osmium.client.auth.SignIn");
}

/** Writes the fields of a `osmium.client.auth.SignUp` (a message or an init object; no tag, no length). */
export function enc_auth_SignUp(w: WireWriter, m: MessageInitShape<typeof SignUpSchema>): void {
  obj(m);
  { const v = m.email; if (v != null) { writeTag(w, 10); writeString(w, v); } }
  { const v = m.password; if (v != null) { writeTag(w, 18); writeString(w, v); } }
  { const v = m.name; if (v != null && v !== "") { writeTag(w, 26); writeString(w, v); } }
  writeUnknown(w, m, "osmium.client.auth.SignUp");
}

/** Writes the fields of a `osmium.client.auth.UseInvite` (a message or an init object; no tag, no length). */
export function enc_auth_UseInvite(w: WireWriter, m: MessageInitShape<typeof UseInviteSchema>): void {
  obj(m);
  { const v = m.code; if (v != null && v !== "") { writeTag(w, 10); writeString(w, v); } }
  writeUnknown(w, m, "osmium.client.auth.UseInvite");
}

/** Writes the fields of a `osmium.client.auth.VerifyEmail` (a message or an init object; no tag, no length). */
export function enc_auth_VerifyEmail(w: WireWriter, m: MessageInitShape<typeof VerifyEmailSchema>): void {
  obj(m);
  { const v = m.email; if (v != null && v !== "") { writeTag(w, 10); writeString(w, v); } }
  { const v = m.code; if (v != null && v !== "") { writeTag(w, 18); writeString(w, v); } }
  writeUnknown(w, m, "osmium.client.auth.VerifyEmail");
}

/** Writes the fields of a `osmium.client.billing.CancelSubscription` (a message or an init object; no tag, no length). */
export function enc_billing_CancelSubscription(w: WireWriter, m: MessageInitShape<typeof CancelSubscriptionSchema>): void {
  obj(m);
  writeUnknown(w, m, "osmium.client.billing.CancelSubscription");
}

/** Writes the fields of a `osmium.client.billing.GetProducts` (a message or an init object; no tag, no length). */
export function enc_billing_GetProducts(w: WireWriter, m: MessageInitShape<typeof GetProductsSchema>): void {
  obj(m);
  writeUnknown(w, m, "osmium.client.billing.GetProducts");
}

/** Writes the fields of a `osmium.client.billing.GetSubscription` (a message or an init object; no tag, no length). */
export function enc_billing_GetSubscription(w: WireWriter, m: MessageInitShape<typeof GetSubscriptionSchema>): void {
  obj(m);
  writeUnknown(w, m, "osmium.client.billing.GetSubscription");
}

/** Writes the fields of a `osmium.client.billing.RequestPaymentLink` (a message or an init object; no tag, no length). */
export function enc_billing_RequestPaymentLink(w: WireWriter, m: MessageInitShape<typeof RequestPaymentLinkSchema>): void {
  obj(m);
  { const v = m.redirectUrl; if (v != null && v !== "") { writeTag(w, 10); writeString(w, v); } }
  { const v = m.plan; if (v != null && v !== "") { writeTag(w, 18); writeString(w, v); } }
  { const v = m.billingPeriod; if (v != null && v !== "") { writeTag(w, 26); writeString(w, v); } }
  writeUnknown(w, m, "osmium.client.billing.RequestPaymentLink");
}

/** Writes the fields of a `osmium.client.chats.AddChatMember` (a message or an init object; no tag, no length). */
export function enc_chats_AddChatMember(w: WireWriter, m: MessageInitShape<typeof AddChatMemberSchema>): void {
  obj(m);
  { const v = m.chatRef; if (v != null) { writeTag(w, 10); fork(w); enc_refs_ChatRef(w, v); join(w); } }
  { const v = m.userId; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 17); writeFixed64(w, n); } } }
  writeUnknown(w, m, "osmium.client.chats.AddChatMember");
}

/** Writes the fields of a `osmium.client.chats.CreateChat` (a message or an init object; no tag, no length). */
export function enc_chats_CreateChat(w: WireWriter, m: MessageInitShape<typeof CreateChatSchema>): void {
  obj(m);
  { const l = m.users; if (l != null) { list(l); for (let i = 0; i < l.length; i++) { const v = l[i]; writeTag(w, 10); fork(w); if (v !== undefined) enc_refs_UserRef(w, v); join(w); } } }
  { const v = m.name; if (v != null && v !== "") { writeTag(w, 18); writeString(w, v); } }
  writeUnknown(w, m, "osmium.client.chats.CreateChat");
}

/** Writes the fields of a `osmium.client.chats.CreateChatInvite` (a message or an init object; no tag, no length). */
export function enc_chats_CreateChatInvite(w: WireWriter, m: MessageInitShape<typeof CreateChatInviteSchema>): void {
  obj(m);
  { const v = m.chatRef; if (v != null) { writeTag(w, 10); fork(w); enc_refs_ChatRef(w, v); join(w); } }
  { const v = m.expiresAt; if (v != null) { writeTag(w, 17); writeFixed64(w, u64(v)); } }
  { const v = m.maxUses; if (v != null) { writeTag(w, 24); writeUint32(w, v); } }
  writeUnknown(w, m, "osmium.client.chats.CreateChatInvite");
}

/** Writes the fields of a `osmium.client.chats.DeleteChatInvite` (a message or an init object; no tag, no length). */
export function enc_chats_DeleteChatInvite(w: WireWriter, m: MessageInitShape<typeof DeleteChatInviteSchema>): void {
  obj(m);
  { const v = m.code; if (v != null && v !== "") { writeTag(w, 10); writeString(w, v); } }
  writeUnknown(w, m, "osmium.client.chats.DeleteChatInvite");
}

/** Writes the fields of a `osmium.client.chats.EditChat` (a message or an init object; no tag, no length). */
export function enc_chats_EditChat(w: WireWriter, m: MessageInitShape<typeof EditChatSchema>): void {
  obj(m);
  { const v = m.chatRef; if (v != null) { writeTag(w, 10); fork(w); enc_refs_ChatRef(w, v); join(w); } }
  { const v = m.name; if (v != null) { writeTag(w, 18); writeString(w, v); } }
  { const v = m.highlightedMsgId; if (v != null) { writeTag(w, 26); fork(w); enc_chats_EditChat_HighlightedMessage(w, v); join(w); } }
  { const v = m.photo; if (v != null) { writeTag(w, 34); fork(w); enc_chats_EditChat_Photo(w, v); join(w); } }
  writeUnknown(w, m, "osmium.client.chats.EditChat");
}

/** Writes the fields of a `osmium.client.chats.EditChat.HighlightedMessage` (a message or an init object; no tag, no length). */
export function enc_chats_EditChat_HighlightedMessage(w: WireWriter, m: MessageInitShape<typeof EditChat_HighlightedMessageSchema>): void {
  obj(m);
  { const v = m.highlightedMsgId; if (v != null) { writeTag(w, 9); writeFixed64(w, u64(v)); } }
  writeUnknown(w, m, "osmium.client.chats.EditChat.HighlightedMessage");
}

/** Writes the fields of a `osmium.client.chats.EditChat.Photo` (a message or an init object; no tag, no length). */
export function enc_chats_EditChat_Photo(w: WireWriter, m: MessageInitShape<typeof EditChat_PhotoSchema>): void {
  obj(m);
  { const v = m.file; if (v != null) { writeTag(w, 10); fork(w); enc_media_UploadedFileRef(w, v); join(w); } }
  writeUnknown(w, m, "osmium.client.chats.EditChat.Photo");
}

/** Writes the fields of a `osmium.client.chats.GetChat` (a message or an init object; no tag, no length). */
export function enc_chats_GetChat(w: WireWriter, m: MessageInitShape<typeof GetChatSchema>): void {
  obj(m);
  { const v = m.chatRef; if (v != null) { writeTag(w, 10); fork(w); enc_refs_ChatRef(w, v); join(w); } }
  writeUnknown(w, m, "osmium.client.chats.GetChat");
}

/** Writes the fields of a `osmium.client.chats.GetChats` (a message or an init object; no tag, no length). */
export function enc_chats_GetChats(w: WireWriter, m: MessageInitShape<typeof GetChatsSchema>): void {
  obj(m);
  { const v = m.limit; if (v != null) { writeTag(w, 8); writeUint32(w, v); } }
  { const v = m.maxId; if (v != null) { writeTag(w, 17); writeFixed64(w, u64(v)); } }
  { const v = m.minId; if (v != null) { writeTag(w, 25); writeFixed64(w, u64(v)); } }
  writeUnknown(w, m, "osmium.client.chats.GetChats");
}

/** Writes the fields of a `osmium.client.chats.ListChatInvites` (a message or an init object; no tag, no length). */
export function enc_chats_ListChatInvites(w: WireWriter, m: MessageInitShape<typeof ListChatInvitesSchema>): void {
  obj(m);
  { const v = m.chatRef; if (v != null) { writeTag(w, 10); fork(w); enc_refs_ChatRef(w, v); join(w); } }
  writeUnknown(w, m, "osmium.client.chats.ListChatInvites");
}

/** Writes the fields of a `osmium.client.chats.MarkChatRead` (a message or an init object; no tag, no length). */
export function enc_chats_MarkChatRead(w: WireWriter, m: MessageInitShape<typeof MarkChatReadSchema>): void {
  obj(m);
  { const v = m.chatRef; if (v != null) { writeTag(w, 10); fork(w); enc_refs_ChatRef(w, v); join(w); } }
  { const v = m.messageId; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 17); writeFixed64(w, n); } } }
  { const v = m.readAmount; if (v != null) { writeTag(w, 24); writeUint32(w, v); } }
  writeUnknown(w, m, "osmium.client.chats.MarkChatRead");
}

/** Writes the fields of a `osmium.client.chats.RemoveChatMember` (a message or an init object; no tag, no length). */
export function enc_chats_RemoveChatMember(w: WireWriter, m: MessageInitShape<typeof RemoveChatMemberSchema>): void {
  obj(m);
  { const v = m.chatRef; if (v != null) { writeTag(w, 10); fork(w); enc_refs_ChatRef(w, v); join(w); } }
  { const v = m.userId; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 17); writeFixed64(w, n); } } }
  writeUnknown(w, m, "osmium.client.chats.RemoveChatMember");
}

/** Writes the fields of a `osmium.client.chats.SetTyping` (a message or an init object; no tag, no length). */
export function enc_chats_SetTyping(w: WireWriter, m: MessageInitShape<typeof SetTypingSchema>): void {
  obj(m);
  { const v = m.chatRef; if (v != null) { writeTag(w, 10); fork(w); enc_refs_ChatRef(w, v); join(w); } }
  { const v = m.typing; if (v != null && v !== false) { writeTag(w, 16); writeBool(w, v); } }
  { const v = m.action; if (v != null) { writeTag(w, 24); writeInt32(w, v); } }
  writeUnknown(w, m, "osmium.client.chats.SetTyping");
}

/** Writes the fields of a `osmium.client.communities.AddMember` (a message or an init object; no tag, no length). */
export function enc_communities_AddMember(w: WireWriter, m: MessageInitShape<typeof AddMemberSchema>): void {
  obj(m);
  { const v = m.communityId; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 9); writeFixed64(w, n); } } }
  { const v = m.userId; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 17); writeFixed64(w, n); } } }
  writeUnknown(w, m, "osmium.client.communities.AddMember");
}

/** Writes the fields of a `osmium.client.communities.CommunityMemberRoleIds` (a message or an init object; no tag, no length). */
export function enc_communities_CommunityMemberRoleIds(w: WireWriter, m: MessageInitShape<typeof CommunityMemberRoleIdsSchema>): void {
  obj(m);
  { const l = m.roleIds; if (l != null) { list(l); if (l.length != 0) { writeTag(w, 10); fork(w); for (let i = 0; i < l.length; i++) writeFixed64(w, u64(l[i])); join(w); } } }
  writeUnknown(w, m, "osmium.client.communities.CommunityMemberRoleIds");
}

/** Writes the fields of a `osmium.client.communities.CommunitySettings` (a message or an init object; no tag, no length). */
export function enc_communities_CommunitySettings(w: WireWriter, m: MessageInitShape<typeof CommunitySettingsSchema>): void {
  obj(m);
  { const v = m.systemMessages; if (v != null) { writeTag(w, 10); fork(w); enc_communities_CommunitySettings_SystemMessages(w, v); join(w); } }
  { const v = m.discoveryListing; if (v != null) { writeTag(w, 18); fork(w); enc_communities_CommunitySettings_DiscoveryListing(w, v); join(w); } }
  writeUnknown(w, m, "osmium.client.communities.CommunitySettings");
}

/** Writes the fields of a `osmium.client.communities.CommunitySettings.DiscoveryListing` (a message or an init object; no tag, no length). */
export function enc_communities_CommunitySettings_DiscoveryListing(w: WireWriter, m: MessageInitShape<typeof CommunitySettings_DiscoveryListingSchema>): void {
  obj(m);
  { const v = m.listed; if (v != null && v !== false) { writeTag(w, 8); writeBool(w, v); } }
  { const v = m.listing; if (v != null) { writeTag(w, 18); fork(w); enc_discovery_DiscoveryListingInfo(w, v); join(w); } }
  writeUnknown(w, m, "osmium.client.communities.CommunitySettings.DiscoveryListing");
}

/** Writes the fields of a `osmium.client.communities.CommunitySettings.SystemMessages` (a message or an init object; no tag, no length). */
export function enc_communities_CommunitySettings_SystemMessages(w: WireWriter, m: MessageInitShape<typeof CommunitySettings_SystemMessagesSchema>): void {
  obj(m);
  { const v = m.channelId; if (v != null) { writeTag(w, 9); writeFixed64(w, u64(v)); } }
  { const v = m.joinMessages; if (v != null) { writeTag(w, 16); writeBool(w, v); } }
  writeUnknown(w, m, "osmium.client.communities.CommunitySettings.SystemMessages");
}

/** Writes the fields of a `osmium.client.communities.CreateChannel` (a message or an init object; no tag, no length). */
export function enc_communities_CreateChannel(w: WireWriter, m: MessageInitShape<typeof CreateChannelSchema>): void {
  obj(m);
  { const v = m.communityId; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 9); writeFixed64(w, n); } } }
  { const v = m.name; if (v != null && v !== "") { writeTag(w, 18); writeString(w, v); } }
  { const v = m.type; if (v != null && v !== 0) { writeTag(w, 24); writeInt32(w, v); } }
  { const v = m.parentId; if (v != null) { writeTag(w, 33); writeFixed64(w, u64(v)); } }
  writeUnknown(w, m, "osmium.client.communities.CreateChannel");
}

/** Writes the fields of a `osmium.client.communities.CreateChannelOverride` (a message or an init object; no tag, no length). */
export function enc_communities_CreateChannelOverride(w: WireWriter, m: MessageInitShape<typeof CreateChannelOverrideSchema>): void {
  obj(m);
  { const v = m.communityId; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 9); writeFixed64(w, n); } } }
  { const v = m.channelId; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 17); writeFixed64(w, n); } } }
  { const v = m.roleId; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 25); writeFixed64(w, n); } } }
  { const v = m.permissions; if (v != null) { writeTag(w, 34); fork(w); enc_types_PermissionOverrides(w, v); join(w); } }
  writeUnknown(w, m, "osmium.client.communities.CreateChannelOverride");
}

/** Writes the fields of a `osmium.client.communities.CreateCommunity` (a message or an init object; no tag, no length). */
export function enc_communities_CreateCommunity(w: WireWriter, m: MessageInitShape<typeof CreateCommunitySchema>): void {
  obj(m);
  { const v = m.name; if (v != null && v !== "") { writeTag(w, 10); writeString(w, v); } }
  writeUnknown(w, m, "osmium.client.communities.CreateCommunity");
}

/** Writes the fields of a `osmium.client.communities.CreateRole` (a message or an init object; no tag, no length). */
export function enc_communities_CreateRole(w: WireWriter, m: MessageInitShape<typeof CreateRoleSchema>): void {
  obj(m);
  { const v = m.communityId; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 17); writeFixed64(w, n); } } }
  { const v = m.name; if (v != null && v !== "") { writeTag(w, 26); writeString(w, v); } }
  { const v = m.permissions; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 33); writeFixed64(w, n); } } }
  { const v = m.priority; if (v != null && (v as unknown) != 0) { writeTag(w, 40); writeUint32(w, v); } }
  { const v = m.color; if (v != null && (v as unknown) != 0) { writeTag(w, 48); writeUint32(w, v); } }
  { const v = m.separated; if (v != null && v !== false) { writeTag(w, 56); writeBool(w, v); } }
  { const v = m.public; if (v != null && v !== false) { writeTag(w, 64); writeBool(w, v); } }
  writeUnknown(w, m, "osmium.client.communities.CreateRole");
}

/** Writes the fields of a `osmium.client.communities.DeleteChannel` (a message or an init object; no tag, no length). */
export function enc_communities_DeleteChannel(w: WireWriter, m: MessageInitShape<typeof DeleteChannelSchema>): void {
  obj(m);
  { const v = m.channel; if (v != null) { writeTag(w, 10); fork(w); enc_refs_ChannelRef(w, v); join(w); } }
  writeUnknown(w, m, "osmium.client.communities.DeleteChannel");
}

/** Writes the fields of a `osmium.client.communities.DeleteChannelOverride` (a message or an init object; no tag, no length). */
export function enc_communities_DeleteChannelOverride(w: WireWriter, m: MessageInitShape<typeof DeleteChannelOverrideSchema>): void {
  obj(m);
  { const v = m.communityId; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 9); writeFixed64(w, n); } } }
  { const v = m.channelId; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 17); writeFixed64(w, n); } } }
  { const v = m.roleId; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 25); writeFixed64(w, n); } } }
  writeUnknown(w, m, "osmium.client.communities.DeleteChannelOverride");
}

/** Writes the fields of a `osmium.client.communities.DeleteCommunity` (a message or an init object; no tag, no length). */
export function enc_communities_DeleteCommunity(w: WireWriter, m: MessageInitShape<typeof DeleteCommunitySchema>): void {
  obj(m);
  { const v = m.communityId; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 9); writeFixed64(w, n); } } }
  writeUnknown(w, m, "osmium.client.communities.DeleteCommunity");
}

/** Writes the fields of a `osmium.client.communities.DeleteRole` (a message or an init object; no tag, no length). */
export function enc_communities_DeleteRole(w: WireWriter, m: MessageInitShape<typeof DeleteRoleSchema>): void {
  obj(m);
  { const v = m.id; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 9); writeFixed64(w, n); } } }
  { const v = m.communityId; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 17); writeFixed64(w, n); } } }
  writeUnknown(w, m, "osmium.client.communities.DeleteRole");
}

/** Writes the fields of a `osmium.client.communities.EditChannel` (a message or an init object; no tag, no length). */
export function enc_communities_EditChannel(w: WireWriter, m: MessageInitShape<typeof EditChannelSchema>): void {
  obj(m);
  { const v = m.channel; if (v != null) { writeTag(w, 10); fork(w); enc_refs_ChannelRef(w, v); join(w); } }
  { const v = m.name; if (v != null) { writeTag(w, 18); writeString(w, v); } }
  { const v = m.position; if (v != null) { writeTag(w, 24); writeUint32(w, v); } }
  { const v = m.parentId; if (v != null) { writeTag(w, 33); writeFixed64(w, u64(v)); } }
  { const v = m.explicit; if (v != null) { writeTag(w, 40); writeBool(w, v); } }
  { const v = m.highlightedMsgId; if (v != null) { writeTag(w, 50); fork(w); enc_communities_EditChannel_HighlightedMessage(w, v); join(w); } }
  { const v = m.description; if (v != null) { writeTag(w, 58); writeString(w, v); } }
  { const v = m.slowmodeSeconds; if (v != null) { writeTag(w, 64); writeUint32(w, v); } }
  writeUnknown(w, m, "osmium.client.communities.EditChannel");
}

/** Writes the fields of a `osmium.client.communities.EditChannel.HighlightedMessage` (a message or an init object; no tag, no length). */
export function enc_communities_EditChannel_HighlightedMessage(w: WireWriter, m: MessageInitShape<typeof EditChannel_HighlightedMessageSchema>): void {
  obj(m);
  { const v = m.highlightedMsgId; if (v != null) { writeTag(w, 9); writeFixed64(w, u64(v)); } }
  writeUnknown(w, m, "osmium.client.communities.EditChannel.HighlightedMessage");
}

/** Writes the fields of a `osmium.client.communities.EditCommunity` (a message or an init object; no tag, no length). */
export function enc_communities_EditCommunity(w: WireWriter, m: MessageInitShape<typeof EditCommunitySchema>): void {
  obj(m);
  { const v = m.communityId; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 9); writeFixed64(w, n); } } }
  { const v = m.name; if (v != null) { writeTag(w, 18); writeString(w, v); } }
  { const v = m.username; if (v != null) { writeTag(w, 26); writeString(w, v); } }
  writeUnknown(w, m, "osmium.client.communities.EditCommunity");
}

/** Writes the fields of a `osmium.client.communities.EditDefaultPermissions` (a message or an init object; no tag, no length). */
export function enc_communities_EditDefaultPermissions(w: WireWriter, m: MessageInitShape<typeof EditDefaultPermissionsSchema>): void {
  obj(m);
  { const v = m.communityId; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 9); writeFixed64(w, n); } } }
  { const v = m.permissions; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 17); writeFixed64(w, n); } } }
  writeUnknown(w, m, "osmium.client.communities.EditDefaultPermissions");
}

/** Writes the fields of a `osmium.client.communities.EditMember` (a message or an init object; no tag, no length). */
export function enc_communities_EditMember(w: WireWriter, m: MessageInitShape<typeof EditMemberSchema>): void {
  obj(m);
  { const v = m.communityId; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 9); writeFixed64(w, n); } } }
  { const v = m.memberId; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 17); writeFixed64(w, n); } } }
  { const v = m.nickname; if (v != null) { writeTag(w, 26); writeString(w, v); } }
  { const v = m.roleIds; if (v != null) { writeTag(w, 34); fork(w); enc_communities_CommunityMemberRoleIds(w, v); join(w); } }
  writeUnknown(w, m, "osmium.client.communities.EditMember");
}

/** Writes the fields of a `osmium.client.communities.EditPhoto` (a message or an init object; no tag, no length). */
export function enc_communities_EditPhoto(w: WireWriter, m: MessageInitShape<typeof EditPhotoSchema>): void {
  obj(m);
  { const v = m.communityId; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 9); writeFixed64(w, n); } } }
  { const v = m.file; if (v != null) { writeTag(w, 18); fork(w); enc_media_UploadedFileRef(w, v); join(w); } }
  writeUnknown(w, m, "osmium.client.communities.EditPhoto");
}

/** Writes the fields of a `osmium.client.communities.EditRole` (a message or an init object; no tag, no length). */
export function enc_communities_EditRole(w: WireWriter, m: MessageInitShape<typeof EditRoleSchema>): void {
  obj(m);
  { const v = m.id; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 9); writeFixed64(w, n); } } }
  { const v = m.communityId; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 17); writeFixed64(w, n); } } }
  { const v = m.name; if (v != null && v !== "") { writeTag(w, 26); writeString(w, v); } }
  { const v = m.permissions; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 33); writeFixed64(w, n); } } }
  { const v = m.priority; if (v != null && (v as unknown) != 0) { writeTag(w, 40); writeUint32(w, v); } }
  { const v = m.color; if (v != null && (v as unknown) != 0) { writeTag(w, 48); writeUint32(w, v); } }
  { const v = m.separated; if (v != null && v !== false) { writeTag(w, 56); writeBool(w, v); } }
  { const v = m.public; if (v != null && v !== false) { writeTag(w, 64); writeBool(w, v); } }
  writeUnknown(w, m, "osmium.client.communities.EditRole");
}

/** Writes the fields of a `osmium.client.communities.EditSettings` (a message or an init object; no tag, no length). */
export function enc_communities_EditSettings(w: WireWriter, m: MessageInitShape<typeof EditSettingsSchema>): void {
  obj(m);
  { const v = m.communityId; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 9); writeFixed64(w, n); } } }
  { const v = m.settings; if (v != null) { writeTag(w, 18); fork(w); enc_communities_CommunitySettings(w, v); join(w); } }
  writeUnknown(w, m, "osmium.client.communities.EditSettings");
}

/** Writes the fields of a `osmium.client.communities.GetChannelMembers` (a message or an init object; no tag, no length). */
export function enc_communities_GetChannelMembers(w: WireWriter, m: MessageInitShape<typeof GetChannelMembersSchema>): void {
  obj(m);
  { const v = m.communityId; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 9); writeFixed64(w, n); } } }
  { const v = m.channelId; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 17); writeFixed64(w, n); } } }
  writeUnknown(w, m, "osmium.client.communities.GetChannelMembers");
}

/** Writes the fields of a `osmium.client.communities.GetChannelOverrides` (a message or an init object; no tag, no length). */
export function enc_communities_GetChannelOverrides(w: WireWriter, m: MessageInitShape<typeof GetChannelOverridesSchema>): void {
  obj(m);
  { const v = m.communityId; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 9); writeFixed64(w, n); } } }
  { const v = m.channelId; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 17); writeFixed64(w, n); } } }
  writeUnknown(w, m, "osmium.client.communities.GetChannelOverrides");
}

/** Writes the fields of a `osmium.client.communities.GetChannels` (a message or an init object; no tag, no length). */
export function enc_communities_GetChannels(w: WireWriter, m: MessageInitShape<typeof GetChannelsSchema>): void {
  obj(m);
  { const v = m.communityId; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 9); writeFixed64(w, n); } } }
  writeUnknown(w, m, "osmium.client.communities.GetChannels");
}

/** Writes the fields of a `osmium.client.communities.GetCommunities` (a message or an init object; no tag, no length). */
export function enc_communities_GetCommunities(w: WireWriter, m: MessageInitShape<typeof GetCommunitiesSchema>): void {
  obj(m);
  writeUnknown(w, m, "osmium.client.communities.GetCommunities");
}

/** Writes the fields of a `osmium.client.communities.GetMembers` (a message or an init object; no tag, no length). */
export function enc_communities_GetMembers(w: WireWriter, m: MessageInitShape<typeof GetMembersSchema>): void {
  obj(m);
  { const v = m.communityId; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 9); writeFixed64(w, n); } } }
  { const l = m.memberIds; if (l != null) { list(l); if (l.length != 0) { writeTag(w, 18); fork(w); for (let i = 0; i < l.length; i++) writeFixed64(w, u64(l[i])); join(w); } } }
  writeUnknown(w, m, "osmium.client.communities.GetMembers");
}

/** Writes the fields of a `osmium.client.communities.GetRemovedMembers` (a message or an init object; no tag, no length). */
export function enc_communities_GetRemovedMembers(w: WireWriter, m: MessageInitShape<typeof GetRemovedMembersSchema>): void {
  obj(m);
  { const v = m.communityId; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 9); writeFixed64(w, n); } } }
  writeUnknown(w, m, "osmium.client.communities.GetRemovedMembers");
}

/** Writes the fields of a `osmium.client.communities.GetRoles` (a message or an init object; no tag, no length). */
export function enc_communities_GetRoles(w: WireWriter, m: MessageInitShape<typeof GetRolesSchema>): void {
  obj(m);
  { const v = m.communityId; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 9); writeFixed64(w, n); } } }
  writeUnknown(w, m, "osmium.client.communities.GetRoles");
}

/** Writes the fields of a `osmium.client.communities.GetRoomStates` (a message or an init object; no tag, no length). */
export function enc_communities_GetRoomStates(w: WireWriter, m: MessageInitShape<typeof GetRoomStatesSchema>): void {
  obj(m);
  { const v = m.communityId; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 9); writeFixed64(w, n); } } }
  writeUnknown(w, m, "osmium.client.communities.GetRoomStates");
}

/** Writes the fields of a `osmium.client.communities.LeaveCommunity` (a message or an init object; no tag, no length). */
export function enc_communities_LeaveCommunity(w: WireWriter, m: MessageInitShape<typeof LeaveCommunitySchema>): void {
  obj(m);
  { const v = m.communityId; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 9); writeFixed64(w, n); } } }
  writeUnknown(w, m, "osmium.client.communities.LeaveCommunity");
}

/** Writes the fields of a `osmium.client.communities.RemoveMembers` (a message or an init object; no tag, no length). */
export function enc_communities_RemoveMembers(w: WireWriter, m: MessageInitShape<typeof RemoveMembersSchema>): void {
  obj(m);
  { const v = m.communityId; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 9); writeFixed64(w, n); } } }
  { const l = m.memberIds; if (l != null) { list(l); if (l.length != 0) { writeTag(w, 18); fork(w); for (let i = 0; i < l.length; i++) writeFixed64(w, u64(l[i])); join(w); } } }
  { const v = m.until; if (v != null) { writeTag(w, 25); writeFixed64(w, u64(v)); } }
  { const v = m.deleteMessagesSince; if (v != null) { writeTag(w, 33); writeFixed64(w, u64(v)); } }
  { const v = m.reason; if (v != null) { writeTag(w, 42); writeString(w, v); } }
  writeUnknown(w, m, "osmium.client.communities.RemoveMembers");
}

/** Writes the fields of a `osmium.client.communities.SyncChannelOverrides` (a message or an init object; no tag, no length). */
export function enc_communities_SyncChannelOverrides(w: WireWriter, m: MessageInitShape<typeof SyncChannelOverridesSchema>): void {
  obj(m);
  { const v = m.communityId; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 9); writeFixed64(w, n); } } }
  { const v = m.channelId; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 17); writeFixed64(w, n); } } }
  writeUnknown(w, m, "osmium.client.communities.SyncChannelOverrides");
}

/** Writes the fields of a `osmium.client.communities.UnbanMembers` (a message or an init object; no tag, no length). */
export function enc_communities_UnbanMembers(w: WireWriter, m: MessageInitShape<typeof UnbanMembersSchema>): void {
  obj(m);
  { const v = m.communityId; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 9); writeFixed64(w, n); } } }
  { const l = m.memberIds; if (l != null) { list(l); if (l.length != 0) { writeTag(w, 18); fork(w); for (let i = 0; i < l.length; i++) writeFixed64(w, u64(l[i])); join(w); } } }
  writeUnknown(w, m, "osmium.client.communities.UnbanMembers");
}

/** Writes the fields of a `osmium.client.core.Initialize` (a message or an init object; no tag, no length). */
export function enc_core_Initialize(w: WireWriter, m: MessageInitShape<typeof InitializeSchema>): void {
  obj(m);
  { const v = m.clientId; if (v != null && (v as unknown) != 0) { writeTag(w, 8); writeUint32(w, v); } }
  { const v = m.deviceType; if (v != null && v !== "") { writeTag(w, 18); writeString(w, v); } }
  { const v = m.deviceVersion; if (v != null && v !== "") { writeTag(w, 26); writeString(w, v); } }
  { const v = m.appVersion; if (v != null && v !== "") { writeTag(w, 34); writeString(w, v); } }
  { const v = m.noSubscribe; if (v != null && v !== false) { writeTag(w, 40); writeBool(w, v); } }
  writeUnknown(w, m, "osmium.client.core.Initialize");
}

/** Writes the fields of a `osmium.client.discovery.DiscoveryListingInfo` (a message or an init object; no tag, no length). */
export function enc_discovery_DiscoveryListingInfo(w: WireWriter, m: MessageInitShape<typeof DiscoveryListingInfoSchema>): void {
  obj(m);
  { const v = m.shortDescription; if (v != null && v !== "") { writeTag(w, 18); writeString(w, v); } }
  { const v = m.longDescription; if (v != null && v !== "") { writeTag(w, 26); writeString(w, v); } }
  { const l = m.categories; if (l != null) { list(l); for (let i = 0; i < l.length; i++) { const v = l[i]; writeTag(w, 34); writeString(w, v); } } }
  writeUnknown(w, m, "osmium.client.discovery.DiscoveryListingInfo");
}

/** Writes the fields of a `osmium.client.discovery.GetDiscoverableCommunities` (a message or an init object; no tag, no length). */
export function enc_discovery_GetDiscoverableCommunities(w: WireWriter, m: MessageInitShape<typeof GetDiscoverableCommunitiesSchema>): void {
  obj(m);
  { const v = m.after; if (v != null) { writeTag(w, 9); writeFixed64(w, u64(v)); } }
  { const v = m.limit; if (v != null && (v as unknown) != 0) { writeTag(w, 16); writeUint32(w, v); } }
  writeUnknown(w, m, "osmium.client.discovery.GetDiscoverableCommunities");
}

/** Writes the fields of a `osmium.client.friends.ChangeRelationship` (a message or an init object; no tag, no length). */
export function enc_friends_ChangeRelationship(w: WireWriter, m: MessageInitShape<typeof ChangeRelationshipSchema>): void {
  obj(m);
  { const v = m.user; if (v != null) { writeTag(w, 10); fork(w); enc_refs_UserRef(w, v); join(w); } }
  { const v = m.change; if (v != null && v !== 0) { writeTag(w, 16); writeInt32(w, v); } }
  writeUnknown(w, m, "osmium.client.friends.ChangeRelationship");
}

/** Writes the fields of a `osmium.client.friends.GetRelationships` (a message or an init object; no tag, no length). */
export function enc_friends_GetRelationships(w: WireWriter, m: MessageInitShape<typeof GetRelationshipsSchema>): void {
  obj(m);
  writeUnknown(w, m, "osmium.client.friends.GetRelationships");
}

/** Writes the fields of a `osmium.client.friends.SyncFriends` (a message or an init object; no tag, no length). */
export function enc_friends_SyncFriends(w: WireWriter, m: MessageInitShape<typeof SyncFriendsSchema>): void {
  obj(m);
  { const v = m.platformUserId; if (v != null && v !== "") { writeTag(w, 10); writeString(w, v); } }
  { const v = u8(m.hashedPlatformUserId); if (v != null && (!(v instanceof Uint8Array) || v.byteLength > 0)) { writeTag(w, 18); writeBytes(w, v); } }
  { const v = m.platformUserName; if (v != null) { writeTag(w, 26); writeString(w, v); } }
  { const v = m.platform; if (v != null && v !== "") { writeTag(w, 34); writeString(w, v); } }
  { const l = m.friendIdsHashed; if (l != null) { list(l); for (let i = 0; i < l.length; i++) { const v = u8(l[i]); writeTag(w, 42); writeBytes(w, v); } } }
  { const l = m.communityIdsHashed; if (l != null) { list(l); for (let i = 0; i < l.length; i++) { const v = u8(l[i]); writeTag(w, 50); writeBytes(w, v); } } }
  writeUnknown(w, m, "osmium.client.friends.SyncFriends");
}

/** Writes the fields of a `osmium.client.media.DownloadFilePart` (a message or an init object; no tag, no length). */
export function enc_media_DownloadFilePart(w: WireWriter, m: MessageInitShape<typeof DownloadFilePartSchema>): void {
  obj(m);
  { const v = m.fileRef; if (v != null) { writeTag(w, 10); fork(w); enc_media_FileRef(w, v); join(w); } }
  { const v = m.offset; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 16); writeUint64(w, n); } } }
  { const v = m.length; if (v != null && (v as unknown) != 0) { writeTag(w, 24); writeUint32(w, v); } }
  writeUnknown(w, m, "osmium.client.media.DownloadFilePart");
}

/** Writes the fields of a `osmium.client.media.FileMetadata` (a message or an init object; no tag, no length). */
export function enc_media_FileMetadata(w: WireWriter, m: MessageInitShape<typeof FileMetadataSchema>): void {
  obj(m);
  { const o = m.metadata; switch (o?.case) {
    case "image": { const v = o.value; writeTag(w, 10); fork(w); if (v !== undefined) enc_media_FileMetadata_MetadataImage(w, v); join(w); break; }
    case "video": { const v = o.value; writeTag(w, 18); fork(w); if (v !== undefined) enc_media_FileMetadata_MetadataVideo(w, v); join(w); break; }
    case "audio": { const v = o.value; writeTag(w, 26); fork(w); if (v !== undefined) enc_media_FileMetadata_MetadataAudio(w, v); join(w); break; }
    case "file": { const v = o.value; writeTag(w, 34); fork(w); if (v !== undefined) enc_media_FileMetadata_MetadataFile(w, v); join(w); break; }
    case "customEmoji": { const v = o.value; writeTag(w, 42); fork(w); if (v !== undefined) enc_media_FileMetadata_MetadataCustomEmoji(w, v); join(w); break; }
    default: if (o != null) unset(o);
  } }
  writeUnknown(w, m, "osmium.client.media.FileMetadata");
}

/** Writes the fields of a `osmium.client.media.FileMetadata.MetadataAudio` (a message or an init object; no tag, no length). */
export function enc_media_FileMetadata_MetadataAudio(w: WireWriter, m: MessageInitShape<typeof FileMetadata_MetadataAudioSchema>): void {
  obj(m);
  { const v = m.duration; if (v != null && (v as unknown) != 0) { writeTag(w, 8); writeUint32(w, v); } }
  writeUnknown(w, m, "osmium.client.media.FileMetadata.MetadataAudio");
}

/** Writes the fields of a `osmium.client.media.FileMetadata.MetadataCustomEmoji` (a message or an init object; no tag, no length). */
export function enc_media_FileMetadata_MetadataCustomEmoji(w: WireWriter, m: MessageInitShape<typeof FileMetadata_MetadataCustomEmojiSchema>): void {
  obj(m);
  { const v = m.width; if (v != null && (v as unknown) != 0) { writeTag(w, 8); writeUint32(w, v); } }
  { const v = m.height; if (v != null && (v as unknown) != 0) { writeTag(w, 16); writeUint32(w, v); } }
  { const v = m.emoji; if (v != null && v !== "") { writeTag(w, 26); writeString(w, v); } }
  { const v = m.pack; if (v != null) { writeTag(w, 34); fork(w); enc_refs_StickerPackRef(w, v); join(w); } }
  { const v = m.animated; if (v != null && v !== false) { writeTag(w, 40); writeBool(w, v); } }
  writeUnknown(w, m, "osmium.client.media.FileMetadata.MetadataCustomEmoji");
}

/** Writes the fields of a `osmium.client.media.FileMetadata.MetadataFile` (a message or an init object; no tag, no length). */
export function enc_media_FileMetadata_MetadataFile(w: WireWriter, m: MessageInitShape<typeof FileMetadata_MetadataFileSchema>): void {
  obj(m);
  writeUnknown(w, m, "osmium.client.media.FileMetadata.MetadataFile");
}

/** Writes the fields of a `osmium.client.media.FileMetadata.MetadataImage` (a message or an init object; no tag, no length). */
export function enc_media_FileMetadata_MetadataImage(w: WireWriter, m: MessageInitShape<typeof FileMetadata_MetadataImageSchema>): void {
  obj(m);
  { const v = m.width; if (v != null && (v as unknown) != 0) { writeTag(w, 8); writeUint32(w, v); } }
  { const v = m.height; if (v != null && (v as unknown) != 0) { writeTag(w, 16); writeUint32(w, v); } }
  { const v = u8(m.preview); if (v != null) { writeTag(w, 26); writeBytes(w, v); } }
  { const v = m.animated; if (v != null && v !== false) { writeTag(w, 32); writeBool(w, v); } }
  writeUnknown(w, m, "osmium.client.media.FileMetadata.MetadataImage");
}

/** Writes the fields of a `osmium.client.media.FileMetadata.MetadataVideo` (a message or an init object; no tag, no length). */
export function enc_media_FileMetadata_MetadataVideo(w: WireWriter, m: MessageInitShape<typeof FileMetadata_MetadataVideoSchema>): void {
  obj(m);
  { const v = m.width; if (v != null && (v as unknown) != 0) { writeTag(w, 8); writeUint32(w, v); } }
  { const v = m.height; if (v != null && (v as unknown) != 0) { writeTag(w, 16); writeUint32(w, v); } }
  { const v = m.duration; if (v != null && (v as unknown) != 0) { writeTag(w, 24); writeUint32(w, v); } }
  writeUnknown(w, m, "osmium.client.media.FileMetadata.MetadataVideo");
}

/** Writes the fields of a `osmium.client.media.FileRef` (a message or an init object; no tag, no length). */
export function enc_media_FileRef(w: WireWriter, m: MessageInitShape<typeof FileRefSchema>): void {
  obj(m);
  { const o = m.ref; switch (o?.case) {
    case "mediaFile": { const v = o.value; writeTag(w, 10); fork(w); if (v !== undefined) enc_media_FileRef_MediaFileRef(w, v); join(w); break; }
    case "chatPhoto": { const v = o.value; writeTag(w, 18); fork(w); if (v !== undefined) enc_media_FileRef_ChatPhotoFileRef(w, v); join(w); break; }
    default: if (o != null) unset(o);
  } }
  writeUnknown(w, m, "osmium.client.media.FileRef");
}

/** Writes the fields of a `osmium.client.media.FileRef.ChatPhotoFileRef` (a message or an init object; no tag, no length). */
export function enc_media_FileRef_ChatPhotoFileRef(w: WireWriter, m: MessageInitShape<typeof FileRef_ChatPhotoFileRefSchema>): void {
  obj(m);
  { const v = m.fileId; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 9); writeFixed64(w, n); } } }
  writeUnknown(w, m, "osmium.client.media.FileRef.ChatPhotoFileRef");
}

/** Writes the fields of a `osmium.client.media.FileRef.MediaFileRef` (a message or an init object; no tag, no length). */
export function enc_media_FileRef_MediaFileRef(w: WireWriter, m: MessageInitShape<typeof FileRef_MediaFileRefSchema>): void {
  obj(m);
  { const v = m.fileId; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 9); writeFixed64(w, n); } } }
  writeUnknown(w, m, "osmium.client.media.FileRef.MediaFileRef");
}

/** Writes the fields of a `osmium.client.media.MediaRef` (a message or an init object; no tag, no length). */
export function enc_media_MediaRef(w: WireWriter, m: MessageInitShape<typeof MediaRefSchema>): void {
  obj(m);
  { const o = m.ref; switch (o?.case) {
    case "uploaded": { const v = o.value; writeTag(w, 10); fork(w); if (v !== undefined) enc_media_MediaRefUploadedFile(w, v); join(w); break; }
    case "embed": { const v = o.value; writeTag(w, 18); fork(w); if (v !== undefined) enc_media_MediaRefEmbed(w, v); join(w); break; }
    default: if (o != null) unset(o);
  } }
  writeUnknown(w, m, "osmium.client.media.MediaRef");
}

/** Writes the fields of a `osmium.client.media.MediaRefEmbed` (a message or an init object; no tag, no length). */
export function enc_media_MediaRefEmbed(w: WireWriter, m: MessageInitShape<typeof MediaRefEmbedSchema>): void {
  obj(m);
  { const v = m.url; if (v != null && v !== "") { writeTag(w, 10); writeString(w, v); } }
  writeUnknown(w, m, "osmium.client.media.MediaRefEmbed");
}

/** Writes the fields of a `osmium.client.media.MediaRefUploadedFile` (a message or an init object; no tag, no length). */
export function enc_media_MediaRefUploadedFile(w: WireWriter, m: MessageInitShape<typeof MediaRefUploadedFileSchema>): void {
  obj(m);
  { const v = m.file; if (v != null) { writeTag(w, 10); fork(w); enc_media_UploadedFileRef(w, v); join(w); } }
  { const v = m.filename; if (v != null) { writeTag(w, 18); writeString(w, v); } }
  { const v = m.mimetype; if (v != null && v !== "") { writeTag(w, 26); writeString(w, v); } }
  { const v = m.metadata; if (v != null) { writeTag(w, 34); fork(w); enc_media_FileMetadata(w, v); join(w); } }
  writeUnknown(w, m, "osmium.client.media.MediaRefUploadedFile");
}

/** Writes the fields of a `osmium.client.media.UploadFilePart` (a message or an init object; no tag, no length). */
export function enc_media_UploadFilePart(w: WireWriter, m: MessageInitShape<typeof UploadFilePartSchema>): void {
  obj(m);
  { const v = m.uploadId; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 8); writeUint64(w, n); } } }
  { const v = m.part; if (v != null && (v as unknown) != 0) { writeTag(w, 16); writeUint32(w, v); } }
  { const v = u8(m.data); if (v != null && (!(v instanceof Uint8Array) || v.byteLength > 0)) { writeTag(w, 26); writeBytes(w, v); } }
  writeUnknown(w, m, "osmium.client.media.UploadFilePart");
}

/** Writes the fields of a `osmium.client.media.UploadedFileRef` (a message or an init object; no tag, no length). */
export function enc_media_UploadedFileRef(w: WireWriter, m: MessageInitShape<typeof UploadedFileRefSchema>): void {
  obj(m);
  { const v = m.id; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 9); writeFixed64(w, n); } } }
  { const v = m.name; if (v != null && v !== "") { writeTag(w, 18); writeString(w, v); } }
  { const v = m.partCount; if (v != null && (v as unknown) != 0) { writeTag(w, 24); writeUint32(w, v); } }
  writeUnknown(w, m, "osmium.client.media.UploadedFileRef");
}

/** Writes the fields of a `osmium.client.messages.DeleteMessage` (a message or an init object; no tag, no length). */
export function enc_messages_DeleteMessage(w: WireWriter, m: MessageInitShape<typeof DeleteMessageSchema>): void {
  obj(m);
  { const v = m.chatRef; if (v != null) { writeTag(w, 10); fork(w); enc_refs_ChatRef(w, v); join(w); } }
  { const l = m.messageIds; if (l != null) { list(l); if (l.length != 0) { writeTag(w, 18); fork(w); for (let i = 0; i < l.length; i++) writeFixed64(w, u64(l[i])); join(w); } } }
  writeUnknown(w, m, "osmium.client.messages.DeleteMessage");
}

/** Writes the fields of a `osmium.client.messages.EditMessage` (a message or an init object; no tag, no length). */
export function enc_messages_EditMessage(w: WireWriter, m: MessageInitShape<typeof EditMessageSchema>): void {
  obj(m);
  { const v = m.chatRef; if (v != null) { writeTag(w, 10); fork(w); enc_refs_ChatRef(w, v); join(w); } }
  { const v = m.messageId; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 17); writeFixed64(w, n); } } }
  { const v = m.message; if (v != null) { writeTag(w, 26); writeString(w, v); } }
  { const v = m.removeMedia; if (v != null && v !== false) { writeTag(w, 32); writeBool(w, v); } }
  { const l = m.media; if (l != null) { list(l); for (let i = 0; i < l.length; i++) { const v = l[i]; writeTag(w, 42); fork(w); if (v !== undefined) enc_media_MediaRef(w, v); join(w); } } }
  { const l = m.entities; if (l != null) { list(l); for (let i = 0; i < l.length; i++) { const v = l[i]; writeTag(w, 50); fork(w); if (v !== undefined) enc_types_MessageEntity(w, v); join(w); } } }
  { const v = m.suppressEmbeds; if (v != null && v !== false) { writeTag(w, 56); writeBool(w, v); } }
  writeUnknown(w, m, "osmium.client.messages.EditMessage");
}

/** Writes the fields of a `osmium.client.messages.ForwardMessage` (a message or an init object; no tag, no length). */
export function enc_messages_ForwardMessage(w: WireWriter, m: MessageInitShape<typeof ForwardMessageSchema>): void {
  obj(m);
  { const v = m.chatRef; if (v != null) { writeTag(w, 10); fork(w); enc_refs_ChatRef(w, v); join(w); } }
  { const v = m.from; if (v != null) { writeTag(w, 18); fork(w); enc_refs_ChatRef(w, v); join(w); } }
  { const l = m.messageIds; if (l != null) { list(l); if (l.length != 0) { writeTag(w, 26); fork(w); for (let i = 0; i < l.length; i++) writeFixed64(w, u64(l[i])); join(w); } } }
  writeUnknown(w, m, "osmium.client.messages.ForwardMessage");
}

/** Writes the fields of a `osmium.client.messages.GetEmbedPreview` (a message or an init object; no tag, no length). */
export function enc_messages_GetEmbedPreview(w: WireWriter, m: MessageInitShape<typeof GetEmbedPreviewSchema>): void {
  obj(m);
  { const v = m.message; if (v != null && v !== "") { writeTag(w, 10); writeString(w, v); } }
  { const l = m.entities; if (l != null) { list(l); for (let i = 0; i < l.length; i++) { const v = l[i]; writeTag(w, 18); fork(w); if (v !== undefined) enc_types_MessageEntity(w, v); join(w); } } }
  writeUnknown(w, m, "osmium.client.messages.GetEmbedPreview");
}

/** Writes the fields of a `osmium.client.messages.GetHistory` (a message or an init object; no tag, no length). */
export function enc_messages_GetHistory(w: WireWriter, m: MessageInitShape<typeof GetHistorySchema>): void {
  obj(m);
  { const v = m.chatRef; if (v != null) { writeTag(w, 10); fork(w); enc_refs_ChatRef(w, v); join(w); } }
  { const v = m.limit; if (v != null) { writeTag(w, 16); writeUint32(w, v); } }
  { const o = m.offset; switch (o?.case) {
    case "since": { const v = o.value; writeTag(w, 25); writeFixed64(w, u64(v)); break; }
    case "before": { const v = o.value; writeTag(w, 33); writeFixed64(w, u64(v)); break; }
    case "around": { const v = o.value; writeTag(w, 41); writeFixed64(w, u64(v)); break; }
    default: if (o != null) unset(o);
  } }
  writeUnknown(w, m, "osmium.client.messages.GetHistory");
}

/** Writes the fields of a `osmium.client.messages.GetPinnedMessages` (a message or an init object; no tag, no length). */
export function enc_messages_GetPinnedMessages(w: WireWriter, m: MessageInitShape<typeof GetPinnedMessagesSchema>): void {
  obj(m);
  { const v = m.chatRef; if (v != null) { writeTag(w, 10); fork(w); enc_refs_ChatRef(w, v); join(w); } }
  writeUnknown(w, m, "osmium.client.messages.GetPinnedMessages");
}

/** Writes the fields of a `osmium.client.messages.GetUnreadMentions` (a message or an init object; no tag, no length). */
export function enc_messages_GetUnreadMentions(w: WireWriter, m: MessageInitShape<typeof GetUnreadMentionsSchema>): void {
  obj(m);
  { const v = m.chatRef; if (v != null) { writeTag(w, 10); fork(w); enc_refs_ChatRef(w, v); join(w); } }
  writeUnknown(w, m, "osmium.client.messages.GetUnreadMentions");
}

/** Writes the fields of a `osmium.client.messages.ReportMessage` (a message or an init object; no tag, no length). */
export function enc_messages_ReportMessage(w: WireWriter, m: MessageInitShape<typeof ReportMessageSchema>): void {
  obj(m);
  { const v = m.messageId; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 9); writeFixed64(w, n); } } }
  { const v = m.chatRef; if (v != null) { writeTag(w, 18); fork(w); enc_refs_ChatRef(w, v); join(w); } }
  { const v = m.reason; if (v != null && v !== "") { writeTag(w, 26); writeString(w, v); } }
  writeUnknown(w, m, "osmium.client.messages.ReportMessage");
}

/** Writes the fields of a `osmium.client.messages.Search` (a message or an init object; no tag, no length). */
export function enc_messages_Search(w: WireWriter, m: MessageInitShape<typeof SearchSchema>): void {
  obj(m);
  { const v = m.chatRef; if (v != null) { writeTag(w, 10); fork(w); enc_refs_ChatRef(w, v); join(w); } }
  { const v = m.query; if (v != null && v !== "") { writeTag(w, 18); writeString(w, v); } }
  { const v = m.scoped; if (v != null && v !== false) { writeTag(w, 24); writeBool(w, v); } }
  { const o = m.offset; switch (o?.case) {
    case "since": { const v = o.value; writeTag(w, 33); writeFixed64(w, u64(v)); break; }
    case "before": { const v = o.value; writeTag(w, 41); writeFixed64(w, u64(v)); break; }
    default: if (o != null) unset(o);
  } }
  writeUnknown(w, m, "osmium.client.messages.Search");
}

/** Writes the fields of a `osmium.client.messages.SendMessage` (a message or an init object; no tag, no length). */
export function enc_messages_SendMessage(w: WireWriter, m: MessageInitShape<typeof SendMessageSchema>): void {
  obj(m);
  { const v = m.chatRef; if (v != null) { writeTag(w, 10); fork(w); enc_refs_ChatRef(w, v); join(w); } }
  { const v = m.message; if (v != null && v !== "") { writeTag(w, 18); writeString(w, v); } }
  { const v = m.replyToOld; if (v != null) { writeTag(w, 25); writeFixed64(w, u64(v)); } }
  { const l = m.media; if (l != null) { list(l); for (let i = 0; i < l.length; i++) { const v = l[i]; writeTag(w, 34); fork(w); if (v !== undefined) enc_media_MediaRef(w, v); join(w); } } }
  { const l = m.entities; if (l != null) { list(l); for (let i = 0; i < l.length; i++) { const v = l[i]; writeTag(w, 42); fork(w); if (v !== undefined) enc_types_MessageEntity(w, v); join(w); } } }
  { const v = m.suppressEmbeds; if (v != null && v !== false) { writeTag(w, 48); writeBool(w, v); } }
  { const v = m.replyTo; if (v != null) { writeTag(w, 58); fork(w); enc_messages_SendMessage_ReplyTo(w, v); join(w); } }
  { const v = m.botInfo; if (v != null) { writeTag(w, 66); fork(w); enc_messages_SendMessage_BotInfo(w, v); join(w); } }
  { const v = m.clientId; if (v != null) { writeTag(w, 73); writeFixed64(w, u64(v)); } }
  writeUnknown(w, m, "osmium.client.messages.SendMessage");
}

/** Writes the fields of a `osmium.client.messages.SendMessage.BotInfo` (a message or an init object; no tag, no length). */
export function enc_messages_SendMessage_BotInfo(w: WireWriter, m: MessageInitShape<typeof SendMessage_BotInfoSchema>): void {
  obj(m);
  { const v = m.cloak; if (v != null) { writeTag(w, 10); fork(w); enc_messages_SendMessage_BotInfo_MessageCloak(w, v); join(w); } }
  writeUnknown(w, m, "osmium.client.messages.SendMessage.BotInfo");
}

/** Writes the fields of a `osmium.client.messages.SendMessage.BotInfo.MessageCloak` (a message or an init object; no tag, no length). */
export function enc_messages_SendMessage_BotInfo_MessageCloak(w: WireWriter, m: MessageInitShape<typeof SendMessage_BotInfo_MessageCloakSchema>): void {
  obj(m);
  { const v = m.name; if (v != null && v !== "") { writeTag(w, 10); writeString(w, v); } }
  { const v = m.photoId; if (v != null) { writeTag(w, 17); writeFixed64(w, u64(v)); } }
  writeUnknown(w, m, "osmium.client.messages.SendMessage.BotInfo.MessageCloak");
}

/** Writes the fields of a `osmium.client.messages.SendMessage.ReplyTo` (a message or an init object; no tag, no length). */
export function enc_messages_SendMessage_ReplyTo(w: WireWriter, m: MessageInitShape<typeof SendMessage_ReplyToSchema>): void {
  obj(m);
  { const v = m.messageId; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 9); writeFixed64(w, n); } } }
  { const v = m.quote; if (v != null) { writeTag(w, 18); fork(w); enc_messages_SendMessage_ReplyTo_Quote(w, v); join(w); } }
  writeUnknown(w, m, "osmium.client.messages.SendMessage.ReplyTo");
}

/** Writes the fields of a `osmium.client.messages.SendMessage.ReplyTo.Quote` (a message or an init object; no tag, no length). */
export function enc_messages_SendMessage_ReplyTo_Quote(w: WireWriter, m: MessageInitShape<typeof SendMessage_ReplyTo_QuoteSchema>): void {
  obj(m);
  { const v = m.message; if (v != null && v !== "") { writeTag(w, 10); writeString(w, v); } }
  { const l = m.entities; if (l != null) { list(l); for (let i = 0; i < l.length; i++) { const v = l[i]; writeTag(w, 18); fork(w); if (v !== undefined) enc_types_MessageEntity(w, v); join(w); } } }
  { const v = m.offset; if (v != null) { writeTag(w, 24); writeUint64(w, u64(v)); } }
  writeUnknown(w, m, "osmium.client.messages.SendMessage.ReplyTo.Quote");
}

/** Writes the fields of a `osmium.client.messages.SetMessagePin` (a message or an init object; no tag, no length). */
export function enc_messages_SetMessagePin(w: WireWriter, m: MessageInitShape<typeof SetMessagePinSchema>): void {
  obj(m);
  { const v = m.chatRef; if (v != null) { writeTag(w, 10); fork(w); enc_refs_ChatRef(w, v); join(w); } }
  { const v = m.messageId; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 17); writeFixed64(w, n); } } }
  { const v = m.pin; if (v != null && v !== false) { writeTag(w, 24); writeBool(w, v); } }
  writeUnknown(w, m, "osmium.client.messages.SetMessagePin");
}

/** Writes the fields of a `osmium.client.reactions.AddReaction` (a message or an init object; no tag, no length). */
export function enc_reactions_AddReaction(w: WireWriter, m: MessageInitShape<typeof AddReactionSchema>): void {
  obj(m);
  { const v = m.chatRef; if (v != null) { writeTag(w, 10); fork(w); enc_refs_ChatRef(w, v); join(w); } }
  { const v = m.messageId; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 17); writeFixed64(w, n); } } }
  { const v = m.emoji; if (v != null) { writeTag(w, 26); fork(w); enc_reactions_ReactionEmoji(w, v); join(w); } }
  writeUnknown(w, m, "osmium.client.reactions.AddReaction");
}

/** Writes the fields of a `osmium.client.reactions.ReactionEmoji` (a message or an init object; no tag, no length). */
export function enc_reactions_ReactionEmoji(w: WireWriter, m: MessageInitShape<typeof ReactionEmojiSchema>): void {
  obj(m);
  { const o = m.emoji; switch (o?.case) {
    case "unicodeEmoji": { const v = o.value; writeTag(w, 10); writeString(w, v); break; }
    case "customEmoji": { const v = o.value; writeTag(w, 17); writeFixed64(w, u64(v)); break; }
    default: if (o != null) unset(o);
  } }
  writeUnknown(w, m, "osmium.client.reactions.ReactionEmoji");
}

/** Writes the fields of a `osmium.client.reactions.RemoveReaction` (a message or an init object; no tag, no length). */
export function enc_reactions_RemoveReaction(w: WireWriter, m: MessageInitShape<typeof RemoveReactionSchema>): void {
  obj(m);
  { const v = m.chatRef; if (v != null) { writeTag(w, 10); fork(w); enc_refs_ChatRef(w, v); join(w); } }
  { const v = m.messageId; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 17); writeFixed64(w, n); } } }
  { const v = m.emoji; if (v != null) { writeTag(w, 26); fork(w); enc_reactions_ReactionEmoji(w, v); join(w); } }
  writeUnknown(w, m, "osmium.client.reactions.RemoveReaction");
}

/** Writes the fields of a `osmium.client.refs.ChannelRef` (a message or an init object; no tag, no length). */
export function enc_refs_ChannelRef(w: WireWriter, m: MessageInitShape<typeof ChannelRefSchema>): void {
  obj(m);
  { const v = m.communityId; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 9); writeFixed64(w, n); } } }
  { const v = m.channelId; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 17); writeFixed64(w, n); } } }
  writeUnknown(w, m, "osmium.client.refs.ChannelRef");
}

/** Writes the fields of a `osmium.client.refs.ChatRef` (a message or an init object; no tag, no length). */
export function enc_refs_ChatRef(w: WireWriter, m: MessageInitShape<typeof ChatRefSchema>): void {
  obj(m);
  { const o = m.ref; switch (o?.case) {
    case "user": { const v = o.value; writeTag(w, 10); fork(w); if (v !== undefined) enc_refs_UserRef(w, v); join(w); break; }
    case "channel": { const v = o.value; writeTag(w, 18); fork(w); if (v !== undefined) enc_refs_ChannelRef(w, v); join(w); break; }
    case "group": { const v = o.value; writeTag(w, 26); fork(w); if (v !== undefined) enc_refs_GroupRef(w, v); join(w); break; }
    case "self": { const v = o.value; writeTag(w, 34); fork(w); if (v !== undefined) enc_refs_RefSelf(w, v); join(w); break; }
    default: if (o != null) unset(o);
  } }
  writeUnknown(w, m, "osmium.client.refs.ChatRef");
}

/** Writes the fields of a `osmium.client.refs.GroupRef` (a message or an init object; no tag, no length). */
export function enc_refs_GroupRef(w: WireWriter, m: MessageInitShape<typeof GroupRefSchema>): void {
  obj(m);
  { const v = m.groupId; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 9); writeFixed64(w, n); } } }
  writeUnknown(w, m, "osmium.client.refs.GroupRef");
}

/** Writes the fields of a `osmium.client.refs.RefSelf` (a message or an init object; no tag, no length). */
export function enc_refs_RefSelf(w: WireWriter, m: MessageInitShape<typeof RefSelfSchema>): void {
  obj(m);
  writeUnknown(w, m, "osmium.client.refs.RefSelf");
}

/** Writes the fields of a `osmium.client.refs.StickerPackRef` (a message or an init object; no tag, no length). */
export function enc_refs_StickerPackRef(w: WireWriter, m: MessageInitShape<typeof StickerPackRefSchema>): void {
  obj(m);
  { const v = m.id; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 9); writeFixed64(w, n); } } }
  writeUnknown(w, m, "osmium.client.refs.StickerPackRef");
}

/** Writes the fields of a `osmium.client.refs.UserRef` (a message or an init object; no tag, no length). */
export function enc_refs_UserRef(w: WireWriter, m: MessageInitShape<typeof UserRefSchema>): void {
  obj(m);
  { const v = m.userId; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 9); writeFixed64(w, n); } } }
  writeUnknown(w, m, "osmium.client.refs.UserRef");
}

/** Writes the fields of a `osmium.client.settings.ChangeEmail` (a message or an init object; no tag, no length). */
export function enc_settings_ChangeEmail(w: WireWriter, m: MessageInitShape<typeof ChangeEmailSchema>): void {
  obj(m);
  { const v = m.newEmail; if (v != null && v !== "") { writeTag(w, 10); writeString(w, v); } }
  writeUnknown(w, m, "osmium.client.settings.ChangeEmail");
}

/** Writes the fields of a `osmium.client.settings.ChangeNotificationPreferences` (a message or an init object; no tag, no length). */
export function enc_settings_ChangeNotificationPreferences(w: WireWriter, m: MessageInitShape<typeof ChangeNotificationPreferencesSchema>): void {
  obj(m);
  { const v = m.prefs; if (v != null && v !== 0) { writeTag(w, 8); writeInt32(w, v); } }
  { const o = m.scope; switch (o?.case) {
    case "chatRef": { const v = o.value; writeTag(w, 18); fork(w); if (v !== undefined) enc_refs_ChatRef(w, v); join(w); break; }
    case "communityId": { const v = o.value; writeTag(w, 25); writeFixed64(w, u64(v)); break; }
    default: if (o != null) unset(o);
  } }
  writeUnknown(w, m, "osmium.client.settings.ChangeNotificationPreferences");
}

/** Writes the fields of a `osmium.client.settings.ChangePassword` (a message or an init object; no tag, no length). */
export function enc_settings_ChangePassword(w: WireWriter, m: MessageInitShape<typeof ChangePasswordSchema>): void {
  obj(m);
  { const v = m.currentPassword; if (v != null && v !== "") { writeTag(w, 10); writeString(w, v); } }
  { const v = m.newPassword; if (v != null && v !== "") { writeTag(w, 18); writeString(w, v); } }
  { const v = m.revokeSessions; if (v != null && v !== false) { writeTag(w, 24); writeBool(w, v); } }
  writeUnknown(w, m, "osmium.client.settings.ChangePassword");
}

/** Writes the fields of a `osmium.client.settings.ChangeStatus` (a message or an init object; no tag, no length). */
export function enc_settings_ChangeStatus(w: WireWriter, m: MessageInitShape<typeof ChangeStatusSchema>): void {
  obj(m);
  { const v = m.status; if (v != null && v !== 0) { writeTag(w, 16); writeInt32(w, v); } }
  { const l = m.activities; if (l != null) { list(l); for (let i = 0; i < l.length; i++) { const v = l[i]; writeTag(w, 26); fork(w); if (v !== undefined) enc_types_UserStatus_Activity(w, v); join(w); } } }
  { const v = m.lastActive; if (v != null) { writeTag(w, 33); writeFixed64(w, u64(v)); } }
  writeUnknown(w, m, "osmium.client.settings.ChangeStatus");
}

/** Writes the fields of a `osmium.client.settings.DeleteAccount` (a message or an init object; no tag, no length). */
export function enc_settings_DeleteAccount(w: WireWriter, m: MessageInitShape<typeof DeleteAccountSchema>): void {
  obj(m);
  { const v = m.cancel; if (v != null) { writeTag(w, 8); writeBool(w, v); } }
  writeUnknown(w, m, "osmium.client.settings.DeleteAccount");
}

/** Writes the fields of a `osmium.client.settings.EditProfile` (a message or an init object; no tag, no length). */
export function enc_settings_EditProfile(w: WireWriter, m: MessageInitShape<typeof EditProfileSchema>): void {
  obj(m);
  { const v = m.name; if (v != null) { writeTag(w, 10); writeString(w, v); } }
  { const v = m.username; if (v != null) { writeTag(w, 18); writeString(w, v); } }
  { const v = m.bio; if (v != null) { writeTag(w, 26); writeString(w, v); } }
  { const v = m.icon; if (v != null) { writeTag(w, 33); writeFixed64(w, u64(v)); } }
  { const v = m.color; if (v != null) { writeTag(w, 40); writeUint32(w, v); } }
  writeUnknown(w, m, "osmium.client.settings.EditProfile");
}

/** Writes the fields of a `osmium.client.settings.EditProfileBanner` (a message or an init object; no tag, no length). */
export function enc_settings_EditProfileBanner(w: WireWriter, m: MessageInitShape<typeof EditProfileBannerSchema>): void {
  obj(m);
  { const v = m.file; if (v != null) { writeTag(w, 10); fork(w); enc_media_UploadedFileRef(w, v); join(w); } }
  writeUnknown(w, m, "osmium.client.settings.EditProfileBanner");
}

/** Writes the fields of a `osmium.client.settings.EditProfilePhoto` (a message or an init object; no tag, no length). */
export function enc_settings_EditProfilePhoto(w: WireWriter, m: MessageInitShape<typeof EditProfilePhotoSchema>): void {
  obj(m);
  { const v = m.file; if (v != null) { writeTag(w, 10); fork(w); enc_media_UploadedFileRef(w, v); join(w); } }
  writeUnknown(w, m, "osmium.client.settings.EditProfilePhoto");
}

/** Writes the fields of a `osmium.client.settings.EditUserSettings` (a message or an init object; no tag, no length). */
export function enc_settings_EditUserSettings(w: WireWriter, m: MessageInitShape<typeof EditUserSettingsSchema>): void {
  obj(m);
  { const v = m.settings; if (v != null) { writeTag(w, 10); fork(w); enc_settings_UserSettings(w, v); join(w); } }
  writeUnknown(w, m, "osmium.client.settings.EditUserSettings");
}

/** Writes the fields of a `osmium.client.settings.GetAccount` (a message or an init object; no tag, no length). */
export function enc_settings_GetAccount(w: WireWriter, m: MessageInitShape<typeof GetAccountSchema>): void {
  obj(m);
  writeUnknown(w, m, "osmium.client.settings.GetAccount");
}

/** Writes the fields of a `osmium.client.settings.RegisterPushSubscription` (a message or an init object; no tag, no length). */
export function enc_settings_RegisterPushSubscription(w: WireWriter, m: MessageInitShape<typeof RegisterPushSubscriptionSchema>): void {
  obj(m);
  { const o = m.subscription; switch (o?.case) {
    case "web": { const v = o.value; writeTag(w, 10); fork(w); if (v !== undefined) enc_settings_RegisterPushSubscription_WebPush(w, v); join(w); break; }
    case "push": { const v = o.value; writeTag(w, 18); fork(w); if (v !== undefined) enc_settings_RegisterPushSubscription_Push(w, v); join(w); break; }
    default: if (o != null) unset(o);
  } }
  writeUnknown(w, m, "osmium.client.settings.RegisterPushSubscription");
}

/** Writes the fields of a `osmium.client.settings.RegisterPushSubscription.Push` (a message or an init object; no tag, no length). */
export function enc_settings_RegisterPushSubscription_Push(w: WireWriter, m: MessageInitShape<typeof RegisterPushSubscription_PushSchema>): void {
  obj(m);
  { const v = m.type; if (v != null && v !== 0) { writeTag(w, 8); writeInt32(w, v); } }
  { const v = m.token; if (v != null && v !== "") { writeTag(w, 18); writeString(w, v); } }
  { const v = m.encryptionPublicKey; if (v != null) { writeTag(w, 26); writeString(w, v); } }
  { const v = m.encryptionAuthSecret; if (v != null) { writeTag(w, 34); writeString(w, v); } }
  { const v = m.encryptionKeyId; if (v != null) { writeTag(w, 42); writeString(w, v); } }
  { const v = m.encryptionScheme; if (v != null && v !== 0) { writeTag(w, 48); writeInt32(w, v); } }
  writeUnknown(w, m, "osmium.client.settings.RegisterPushSubscription.Push");
}

/** Writes the fields of a `osmium.client.settings.RegisterPushSubscription.WebPush` (a message or an init object; no tag, no length). */
export function enc_settings_RegisterPushSubscription_WebPush(w: WireWriter, m: MessageInitShape<typeof RegisterPushSubscription_WebPushSchema>): void {
  obj(m);
  { const v = m.endpoint; if (v != null && v !== "") { writeTag(w, 10); writeString(w, v); } }
  { const v = m.p256dh; if (v != null && v !== "") { writeTag(w, 18); writeString(w, v); } }
  { const v = m.auth; if (v != null && v !== "") { writeTag(w, 26); writeString(w, v); } }
  writeUnknown(w, m, "osmium.client.settings.RegisterPushSubscription.WebPush");
}

/** Writes the fields of a `osmium.client.settings.RequestTakeout` (a message or an init object; no tag, no length). */
export function enc_settings_RequestTakeout(w: WireWriter, m: MessageInitShape<typeof RequestTakeoutSchema>): void {
  obj(m);
  writeUnknown(w, m, "osmium.client.settings.RequestTakeout");
}

/** Writes the fields of a `osmium.client.settings.SetupTotp` (a message or an init object; no tag, no length). */
export function enc_settings_SetupTotp(w: WireWriter, m: MessageInitShape<typeof SetupTotpSchema>): void {
  obj(m);
  { const v = m.enabled; if (v != null && v !== false) { writeTag(w, 8); writeBool(w, v); } }
  { const v = m.code; if (v != null) { writeTag(w, 18); writeString(w, v); } }
  writeUnknown(w, m, "osmium.client.settings.SetupTotp");
}

/** Writes the fields of a `osmium.client.settings.UnregisterPushSubscription` (a message or an init object; no tag, no length). */
export function enc_settings_UnregisterPushSubscription(w: WireWriter, m: MessageInitShape<typeof UnregisterPushSubscriptionSchema>): void {
  obj(m);
  writeUnknown(w, m, "osmium.client.settings.UnregisterPushSubscription");
}

/** Writes the fields of a `osmium.client.settings.UserSettings` (a message or an init object; no tag, no length). */
export function enc_settings_UserSettings(w: WireWriter, m: MessageInitShape<typeof UserSettingsSchema>): void {
  obj(m);
  { const v = m.communityOrder; if (v != null) { writeTag(w, 10); fork(w); enc_settings_UserSettings_CommunityOrder(w, v); join(w); } }
  writeUnknown(w, m, "osmium.client.settings.UserSettings");
}

/** Writes the fields of a `osmium.client.settings.UserSettings.CommunityOrder` (a message or an init object; no tag, no length). */
export function enc_settings_UserSettings_CommunityOrder(w: WireWriter, m: MessageInitShape<typeof UserSettings_CommunityOrderSchema>): void {
  obj(m);
  { const l = m.communityIds; if (l != null) { list(l); if (l.length != 0) { writeTag(w, 10); fork(w); for (let i = 0; i < l.length; i++) writeFixed64(w, u64(l[i])); join(w); } } }
  writeUnknown(w, m, "osmium.client.settings.UserSettings.CommunityOrder");
}

/** Writes the fields of a `osmium.client.stickers.AddStickerToPack` (a message or an init object; no tag, no length). */
export function enc_stickers_AddStickerToPack(w: WireWriter, m: MessageInitShape<typeof AddStickerToPackSchema>): void {
  obj(m);
  { const v = m.pack; if (v != null) { writeTag(w, 10); fork(w); enc_refs_StickerPackRef(w, v); join(w); } }
  { const v = m.sticker; if (v != null) { writeTag(w, 18); fork(w); enc_media_MediaRefUploadedFile(w, v); join(w); } }
  writeUnknown(w, m, "osmium.client.stickers.AddStickerToPack");
}

/** Writes the fields of a `osmium.client.stickers.GetSavedStickers` (a message or an init object; no tag, no length). */
export function enc_stickers_GetSavedStickers(w: WireWriter, m: MessageInitShape<typeof GetSavedStickersSchema>): void {
  obj(m);
  { const v = m.since; if (v != null) { writeTag(w, 9); writeFixed64(w, u64(v)); } }
  writeUnknown(w, m, "osmium.client.stickers.GetSavedStickers");
}

/** Writes the fields of a `osmium.client.stickers.GetStickerFiles` (a message or an init object; no tag, no length). */
export function enc_stickers_GetStickerFiles(w: WireWriter, m: MessageInitShape<typeof GetStickerFilesSchema>): void {
  obj(m);
  { const l = m.stickerIds; if (l != null) { list(l); if (l.length != 0) { writeTag(w, 10); fork(w); for (let i = 0; i < l.length; i++) writeFixed64(w, u64(l[i])); join(w); } } }
  writeUnknown(w, m, "osmium.client.stickers.GetStickerFiles");
}

/** Writes the fields of a `osmium.client.stickers.GetStickerPack` (a message or an init object; no tag, no length). */
export function enc_stickers_GetStickerPack(w: WireWriter, m: MessageInitShape<typeof GetStickerPackSchema>): void {
  obj(m);
  { const v = m.pack; if (v != null) { writeTag(w, 10); fork(w); enc_refs_StickerPackRef(w, v); join(w); } }
  writeUnknown(w, m, "osmium.client.stickers.GetStickerPack");
}

/** Writes the fields of a `osmium.client.stickers.RemoveStickerFromPack` (a message or an init object; no tag, no length). */
export function enc_stickers_RemoveStickerFromPack(w: WireWriter, m: MessageInitShape<typeof RemoveStickerFromPackSchema>): void {
  obj(m);
  { const v = m.pack; if (v != null) { writeTag(w, 10); fork(w); enc_refs_StickerPackRef(w, v); join(w); } }
  { const v = m.stickerId; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 17); writeFixed64(w, n); } } }
  writeUnknown(w, m, "osmium.client.stickers.RemoveStickerFromPack");
}

/** Writes the fields of a `osmium.client.types.MessageEntity` (a message or an init object; no tag, no length). */
export function enc_types_MessageEntity(w: WireWriter, m: MessageInitShape<typeof MessageEntitySchema>): void {
  obj(m);
  { const v = m.startIndex; if (v != null && (v as unknown) != 0) { writeTag(w, 8); writeUint32(w, v); } }
  { const v = m.length; if (v != null && (v as unknown) != 0) { writeTag(w, 16); writeUint32(w, v); } }
  { const o = m.entity; switch (o?.case) {
    case "bold": { const v = o.value; writeTag(w, 24); writeBool(w, v); break; }
    case "italic": { const v = o.value; writeTag(w, 32); writeBool(w, v); break; }
    case "underline": { const v = o.value; writeTag(w, 40); writeBool(w, v); break; }
    case "strikethrough": { const v = o.value; writeTag(w, 48); writeBool(w, v); break; }
    case "code": { const v = o.value; writeTag(w, 56); writeBool(w, v); break; }
    case "url": { const v = o.value; writeTag(w, 64); writeBool(w, v); break; }
    case "spoiler": { const v = o.value; writeTag(w, 74); fork(w); if (v !== undefined) enc_types_MessageEntity_SpoilerEntity(w, v); join(w); break; }
    case "pre": { const v = o.value; writeTag(w, 82); fork(w); if (v !== undefined) enc_types_MessageEntity_PreEntity(w, v); join(w); break; }
    case "textUrl": { const v = o.value; writeTag(w, 90); fork(w); if (v !== undefined) enc_types_MessageEntity_TextUrlEntity(w, v); join(w); break; }
    case "customEmoji": { const v = o.value; writeTag(w, 98); fork(w); if (v !== undefined) enc_types_MessageEntity_CustomEmojiEntity(w, v); join(w); break; }
    case "userMention": { const v = o.value; writeTag(w, 106); fork(w); if (v !== undefined) enc_types_MessageEntity_UserMentionEntity(w, v); join(w); break; }
    case "username": { const v = o.value; writeTag(w, 112); writeBool(w, v); break; }
    default: if (o != null) unset(o);
  } }
  writeUnknown(w, m, "osmium.client.types.MessageEntity");
}

/** Writes the fields of a `osmium.client.types.MessageEntity.CustomEmojiEntity` (a message or an init object; no tag, no length). */
export function enc_types_MessageEntity_CustomEmojiEntity(w: WireWriter, m: MessageInitShape<typeof MessageEntity_CustomEmojiEntitySchema>): void {
  obj(m);
  { const v = m.emojiId; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 9); writeFixed64(w, n); } } }
  writeUnknown(w, m, "osmium.client.types.MessageEntity.CustomEmojiEntity");
}

/** Writes the fields of a `osmium.client.types.MessageEntity.PreEntity` (a message or an init object; no tag, no length). */
export function enc_types_MessageEntity_PreEntity(w: WireWriter, m: MessageInitShape<typeof MessageEntity_PreEntitySchema>): void {
  obj(m);
  { const v = m.language; if (v != null) { writeTag(w, 10); writeString(w, v); } }
  writeUnknown(w, m, "osmium.client.types.MessageEntity.PreEntity");
}

/** Writes the fields of a `osmium.client.types.MessageEntity.SpoilerEntity` (a message or an init object; no tag, no length). */
export function enc_types_MessageEntity_SpoilerEntity(w: WireWriter, m: MessageInitShape<typeof MessageEntity_SpoilerEntitySchema>): void {
  obj(m);
  writeUnknown(w, m, "osmium.client.types.MessageEntity.SpoilerEntity");
}

/** Writes the fields of a `osmium.client.types.MessageEntity.TextUrlEntity` (a message or an init object; no tag, no length). */
export function enc_types_MessageEntity_TextUrlEntity(w: WireWriter, m: MessageInitShape<typeof MessageEntity_TextUrlEntitySchema>): void {
  obj(m);
  { const v = m.url; if (v != null && v !== "") { writeTag(w, 10); writeString(w, v); } }
  writeUnknown(w, m, "osmium.client.types.MessageEntity.TextUrlEntity");
}

/** Writes the fields of a `osmium.client.types.MessageEntity.UserMentionEntity` (a message or an init object; no tag, no length). */
export function enc_types_MessageEntity_UserMentionEntity(w: WireWriter, m: MessageInitShape<typeof MessageEntity_UserMentionEntitySchema>): void {
  obj(m);
  writeUnknown(w, m, "osmium.client.types.MessageEntity.UserMentionEntity");
}

/** Writes the fields of a `osmium.client.types.PermissionOverrides` (a message or an init object; no tag, no length). */
export function enc_types_PermissionOverrides(w: WireWriter, m: MessageInitShape<typeof PermissionOverridesSchema>): void {
  obj(m);
  { const v = m.pos; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 9); writeFixed64(w, n); } } }
  { const v = m.neg; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 17); writeFixed64(w, n); } } }
  writeUnknown(w, m, "osmium.client.types.PermissionOverrides");
}

/** Writes the fields of a `osmium.client.types.UserStatus.Activity` (a message or an init object; no tag, no length). */
export function enc_types_UserStatus_Activity(w: WireWriter, m: MessageInitShape<typeof UserStatus_ActivitySchema>): void {
  obj(m);
  { const v = m.title; if (v != null && v !== "") { writeTag(w, 10); writeString(w, v); } }
  { const v = m.type; if (v != null && v !== 0) { writeTag(w, 16); writeInt32(w, v); } }
  { const v = m.startTime; if (v != null) { const n = u64(v); if ((n as unknown) != 0) { writeTag(w, 25); writeFixed64(w, n); } } }
  { const v = m.endTime; if (v != null) { writeTag(w, 33); writeFixed64(w, u64(v)); } }
  { const v = m.state; if (v != null) { writeTag(w, 42); writeString(w, v); } }
  writeUnknown(w, m, "osmium.client.types.UserStatus.Activity");
}

/** Writes the fields of a `osmium.client.users.GetProfile` (a message or an init object; no tag, no length). */
export function enc_users_GetProfile(w: WireWriter, m: MessageInitShape<typeof GetProfileSchema>): void {
  obj(m);
  { const v = m.ref; if (v != null) { writeTag(w, 10); fork(w); enc_refs_UserRef(w, v); join(w); } }
  { const v = m.includeMutuals; if (v != null && v !== false) { writeTag(w, 16); writeBool(w, v); } }
  writeUnknown(w, m, "osmium.client.users.GetProfile");
}

/** Writes the fields of a `osmium.client.users.LookupUsername` (a message or an init object; no tag, no length). */
export function enc_users_LookupUsername(w: WireWriter, m: MessageInitShape<typeof LookupUsernameSchema>): void {
  obj(m);
  { const v = m.username; if (v != null && v !== "") { writeTag(w, 10); writeString(w, v); } }
  writeUnknown(w, m, "osmium.client.users.LookupUsername");
}

/** Writes the fields of a `osmium.client.voice.RequestRoom` (a message or an init object; no tag, no length). */
export function enc_voice_RequestRoom(w: WireWriter, m: MessageInitShape<typeof RequestRoomSchema>): void {
  obj(m);
  { const v = m.chatRef; if (v != null) { writeTag(w, 10); fork(w); enc_refs_ChatRef(w, v); join(w); } }
  writeUnknown(w, m, "osmium.client.voice.RequestRoom");
}

/** One case of a oneof decoded on use: its field number, name and decoder, and its oneof's table (see `useCase`). */
export interface CaseDecoder {
  /** The used cases of the case's oneof, by field number. */
  readonly table: (CaseDecoder | undefined)[];
  /** The case's field number. */
  readonly field: number;
  /** The case's name (the oneof's `case`). */
  readonly case: string;
  /** The decoder of the case's message type. */
  readonly decode: { bivariant(r: WireReader, length: number, depth: number, target: Message | undefined): Message }["bivariant"];
}

/** The used cases of `osmium.client.core.RPCResult.result`, by field number (a case's `table` says which oneof it is of). */
export const onUse_core_RPCResult_result: (CaseDecoder | undefined)[] = [];
/** The used cases of `osmium.client.updates.Update.update`, by field number (a case's `table` says which oneof it is of). */
export const onUse_updates_Update_update: (CaseDecoder | undefined)[] = [];

/** Makes the oneof of `c` decode its case from now on (in every decoder of the process). */
export function useCase(c: CaseDecoder): void {
  c.table[c.field] ??= c;
}

/** The `osmium.client.core.RPCResult.result` case `sentMessage` (field 3), for `useCase`. */
export const case_core_RPCResult_result_sentMessage: CaseDecoder = { table: onUse_core_RPCResult_result, field: 3, case: "sentMessage", decode: dec_messages_SentMessage };
/** The `osmium.client.core.RPCResult.result` case `authorization` (field 4), for `useCase`. */
export const case_core_RPCResult_result_authorization: CaseDecoder = { table: onUse_core_RPCResult_result, field: 4, case: "authorization", decode: dec_auth_Authorization };
/** The `osmium.client.core.RPCResult.result` case `communities` (field 5), for `useCase`. */
export const case_core_RPCResult_result_communities: CaseDecoder = { table: onUse_core_RPCResult_result, field: 5, case: "communities", decode: dec_communities_Communities };
/** The `osmium.client.core.RPCResult.result` case `channels` (field 6), for `useCase`. */
export const case_core_RPCResult_result_channels: CaseDecoder = { table: onUse_core_RPCResult_result, field: 6, case: "channels", decode: dec_communities_Channels };
/** The `osmium.client.core.RPCResult.result` case `messages` (field 7), for `useCase`. */
export const case_core_RPCResult_result_messages: CaseDecoder = { table: onUse_core_RPCResult_result, field: 7, case: "messages", decode: dec_messages_Messages };
/** The `osmium.client.core.RPCResult.result` case `relationships` (field 8), for `useCase`. */
export const case_core_RPCResult_result_relationships: CaseDecoder = { table: onUse_core_RPCResult_result, field: 8, case: "relationships", decode: dec_friends_Relationships };
/** The `osmium.client.core.RPCResult.result` case `chats` (field 9), for `useCase`. */
export const case_core_RPCResult_result_chats: CaseDecoder = { table: onUse_core_RPCResult_result, field: 9, case: "chats", decode: dec_chats_Chats };
/** The `osmium.client.core.RPCResult.result` case `filePart` (field 10), for `useCase`. */
export const case_core_RPCResult_result_filePart: CaseDecoder = { table: onUse_core_RPCResult_result, field: 10, case: "filePart", decode: dec_media_FilePart };
/** The `osmium.client.core.RPCResult.result` case `createdInvite` (field 11), for `useCase`. */
export const case_core_RPCResult_result_createdInvite: CaseDecoder = { table: onUse_core_RPCResult_result, field: 11, case: "createdInvite", decode: dec_auth_CreatedInvite };
/** The `osmium.client.core.RPCResult.result` case `memberList` (field 13), for `useCase`. */
export const case_core_RPCResult_result_memberList: CaseDecoder = { table: onUse_core_RPCResult_result, field: 13, case: "memberList", decode: dec_communities_MemberList };
/** The `osmium.client.core.RPCResult.result` case `initialized` (field 14), for `useCase`. */
export const case_core_RPCResult_result_initialized: CaseDecoder = { table: onUse_core_RPCResult_result, field: 14, case: "initialized", decode: dec_core_Initialized };
/** The `osmium.client.core.RPCResult.result` case `chat` (field 15), for `useCase`. */
export const case_core_RPCResult_result_chat: CaseDecoder = { table: onUse_core_RPCResult_result, field: 15, case: "chat", decode: dec_chats_Chat };
/** The `osmium.client.core.RPCResult.result` case `communityRoles` (field 16), for `useCase`. */
export const case_core_RPCResult_result_communityRoles: CaseDecoder = { table: onUse_core_RPCResult_result, field: 16, case: "communityRoles", decode: dec_communities_CommunityRoles };
/** The `osmium.client.core.RPCResult.result` case `channelOverride` (field 17), for `useCase`. */
export const case_core_RPCResult_result_channelOverride: CaseDecoder = { table: onUse_core_RPCResult_result, field: 17, case: "channelOverride", decode: dec_communities_ChannelOverride };
/** The `osmium.client.core.RPCResult.result` case `channelOverrides` (field 18), for `useCase`. */
export const case_core_RPCResult_result_channelOverrides: CaseDecoder = { table: onUse_core_RPCResult_result, field: 18, case: "channelOverrides", decode: dec_communities_ChannelOverrides };
/** The `osmium.client.core.RPCResult.result` case `sessions` (field 19), for `useCase`. */
export const case_core_RPCResult_result_sessions: CaseDecoder = { table: onUse_core_RPCResult_result, field: 19, case: "sessions", decode: dec_auth_Sessions };
/** The `osmium.client.core.RPCResult.result` case `userDetails` (field 20), for `useCase`. */
export const case_core_RPCResult_result_userDetails: CaseDecoder = { table: onUse_core_RPCResult_result, field: 20, case: "userDetails", decode: dec_users_UserDetails };
/** The `osmium.client.core.RPCResult.result` case `removedMembers` (field 21), for `useCase`. */
export const case_core_RPCResult_result_removedMembers: CaseDecoder = { table: onUse_core_RPCResult_result, field: 21, case: "removedMembers", decode: dec_communities_RemovedMembers };
/** The `osmium.client.core.RPCResult.result` case `group` (field 22), for `useCase`. */
export const case_core_RPCResult_result_group: CaseDecoder = { table: onUse_core_RPCResult_result, field: 22, case: "group", decode: dec_types_Group };
/** The `osmium.client.core.RPCResult.result` case `invitePreview` (field 23), for `useCase`. */
export const case_core_RPCResult_result_invitePreview: CaseDecoder = { table: onUse_core_RPCResult_result, field: 23, case: "invitePreview", decode: dec_auth_InvitePreview };
/** The `osmium.client.core.RPCResult.result` case `roomInfo` (field 24), for `useCase`. */
export const case_core_RPCResult_result_roomInfo: CaseDecoder = { table: onUse_core_RPCResult_result, field: 24, case: "roomInfo", decode: dec_voice_RoomInfo };
/** The `osmium.client.core.RPCResult.result` case `mediaEmbed` (field 25), for `useCase`. */
export const case_core_RPCResult_result_mediaEmbed: CaseDecoder = { table: onUse_core_RPCResult_result, field: 25, case: "mediaEmbed", decode: dec_media_MediaEmbed };
/** The `osmium.client.core.RPCResult.result` case `profile` (field 26), for `useCase`. */
export const case_core_RPCResult_result_profile: CaseDecoder = { table: onUse_core_RPCResult_result, field: 26, case: "profile", decode: dec_users_Profile };
/** The `osmium.client.core.RPCResult.result` case `inviteList` (field 27), for `useCase`. */
export const case_core_RPCResult_result_inviteList: CaseDecoder = { table: onUse_core_RPCResult_result, field: 27, case: "inviteList", decode: dec_auth_InviteList };
/** The `osmium.client.core.RPCResult.result` case `savedStickers` (field 28), for `useCase`. */
export const case_core_RPCResult_result_savedStickers: CaseDecoder = { table: onUse_core_RPCResult_result, field: 28, case: "savedStickers", decode: dec_stickers_SavedStickers };
/** The `osmium.client.core.RPCResult.result` case `files` (field 29), for `useCase`. */
export const case_core_RPCResult_result_files: CaseDecoder = { table: onUse_core_RPCResult_result, field: 29, case: "files", decode: dec_media_Files };
/** The `osmium.client.core.RPCResult.result` case `stickerPack` (field 30), for `useCase`. */
export const case_core_RPCResult_result_stickerPack: CaseDecoder = { table: onUse_core_RPCResult_result, field: 30, case: "stickerPack", decode: dec_stickers_StickerPack };
/** The `osmium.client.core.RPCResult.result` case `paymentLink` (field 31), for `useCase`. */
export const case_core_RPCResult_result_paymentLink: CaseDecoder = { table: onUse_core_RPCResult_result, field: 31, case: "paymentLink", decode: dec_billing_PaymentLink };
/** The `osmium.client.core.RPCResult.result` case `account` (field 32), for `useCase`. */
export const case_core_RPCResult_result_account: CaseDecoder = { table: onUse_core_RPCResult_result, field: 32, case: "account", decode: dec_settings_Account };
/** The `osmium.client.core.RPCResult.result` case `members` (field 33), for `useCase`. */
export const case_core_RPCResult_result_members: CaseDecoder = { table: onUse_core_RPCResult_result, field: 33, case: "members", decode: dec_communities_Members };
/** The `osmium.client.core.RPCResult.result` case `communitySettings` (field 34), for `useCase`. */
export const case_core_RPCResult_result_communitySettings: CaseDecoder = { table: onUse_core_RPCResult_result, field: 34, case: "communitySettings", decode: dec_communities_CommunitySettings };
/** The `osmium.client.core.RPCResult.result` case `subscription` (field 35), for `useCase`. */
export const case_core_RPCResult_result_subscription: CaseDecoder = { table: onUse_core_RPCResult_result, field: 35, case: "subscription", decode: dec_billing_Subscription };
/** The `osmium.client.core.RPCResult.result` case `totp` (field 36), for `useCase`. */
export const case_core_RPCResult_result_totp: CaseDecoder = { table: onUse_core_RPCResult_result, field: 36, case: "totp", decode: dec_settings_Totp };
/** The `osmium.client.core.RPCResult.result` case `unreadMentions` (field 38), for `useCase`. */
export const case_core_RPCResult_result_unreadMentions: CaseDecoder = { table: onUse_core_RPCResult_result, field: 38, case: "unreadMentions", decode: dec_messages_UnreadMentions };
/** The `osmium.client.core.RPCResult.result` case `discoveryCommunities` (field 39), for `useCase`. */
export const case_core_RPCResult_result_discoveryCommunities: CaseDecoder = { table: onUse_core_RPCResult_result, field: 39, case: "discoveryCommunities", decode: dec_discovery_DiscoveryCommunities };
/** The `osmium.client.core.RPCResult.result` case `roomStates` (field 40), for `useCase`. */
export const case_core_RPCResult_result_roomStates: CaseDecoder = { table: onUse_core_RPCResult_result, field: 40, case: "roomStates", decode: dec_communities_RoomStates };
/** The `osmium.client.core.RPCResult.result` case `userSettings` (field 41), for `useCase`. */
export const case_core_RPCResult_result_userSettings: CaseDecoder = { table: onUse_core_RPCResult_result, field: 41, case: "userSettings", decode: dec_settings_UserSettings };
/** The `osmium.client.core.RPCResult.result` case `products` (field 42), for `useCase`. */
export const case_core_RPCResult_result_products: CaseDecoder = { table: onUse_core_RPCResult_result, field: 42, case: "products", decode: dec_billing_Products };
/** The `osmium.client.updates.Update.update` case `messageCreated` (field 1), for `useCase`. */
export const case_updates_Update_update_messageCreated: CaseDecoder = { table: onUse_updates_Update_update, field: 1, case: "messageCreated", decode: dec_updates_UpdateMessageCreated };
/** The `osmium.client.updates.Update.update` case `channel` (field 2), for `useCase`. */
export const case_updates_Update_update_channel: CaseDecoder = { table: onUse_updates_Update_update, field: 2, case: "channel", decode: dec_updates_UpdateChannel };
/** The `osmium.client.updates.Update.update` case `messageDeleted` (field 3), for `useCase`. */
export const case_updates_Update_update_messageDeleted: CaseDecoder = { table: onUse_updates_Update_update, field: 3, case: "messageDeleted", decode: dec_updates_UpdateMessageDeleted };
/** The `osmium.client.updates.Update.update` case `userStatus` (field 4), for `useCase`. */
export const case_updates_Update_update_userStatus: CaseDecoder = { table: onUse_updates_Update_update, field: 4, case: "userStatus", decode: dec_updates_UpdateUserStatus };
/** The `osmium.client.updates.Update.update` case `user` (field 5), for `useCase`. */
export const case_updates_Update_update_user: CaseDecoder = { table: onUse_updates_Update_update, field: 5, case: "user", decode: dec_updates_UpdateUser };
/** The `osmium.client.updates.Update.update` case `community` (field 6), for `useCase`. */
export const case_updates_Update_update_community: CaseDecoder = { table: onUse_updates_Update_update, field: 6, case: "community", decode: dec_updates_UpdateCommunity };
/** The `osmium.client.updates.Update.update` case `channelDeleted` (field 7), for `useCase`. */
export const case_updates_Update_update_channelDeleted: CaseDecoder = { table: onUse_updates_Update_update, field: 7, case: "channelDeleted", decode: dec_updates_UpdateChannelDeleted };
/** The `osmium.client.updates.Update.update` case `message` (field 8), for `useCase`. */
export const case_updates_Update_update_message: CaseDecoder = { table: onUse_updates_Update_update, field: 8, case: "message", decode: dec_updates_UpdateMessage };
/** The `osmium.client.updates.Update.update` case `chatTyping` (field 9), for `useCase`. */
export const case_updates_Update_update_chatTyping: CaseDecoder = { table: onUse_updates_Update_update, field: 9, case: "chatTyping", decode: dec_updates_UpdateChatTyping };
/** The `osmium.client.updates.Update.update` case `communityMember` (field 10), for `useCase`. */
export const case_updates_Update_update_communityMember: CaseDecoder = { table: onUse_updates_Update_update, field: 10, case: "communityMember", decode: dec_updates_UpdateCommunityMember };
/** The `osmium.client.updates.Update.update` case `communityDeleted` (field 11), for `useCase`. */
export const case_updates_Update_update_communityDeleted: CaseDecoder = { table: onUse_updates_Update_update, field: 11, case: "communityDeleted", decode: dec_updates_UpdateCommunityDeleted };
/** The `osmium.client.updates.Update.update` case `conversationPermissions` (field 12), for `useCase`. */
export const case_updates_Update_update_conversationPermissions: CaseDecoder = { table: onUse_updates_Update_update, field: 12, case: "conversationPermissions", decode: dec_updates_UpdateConversationPermissions };
/** The `osmium.client.updates.Update.update` case `chat` (field 13), for `useCase`. */
export const case_updates_Update_update_chat: CaseDecoder = { table: onUse_updates_Update_update, field: 13, case: "chat", decode: dec_updates_UpdateChat };
/** The `osmium.client.updates.Update.update` case `sessionDeleted` (field 14), for `useCase`. */
export const case_updates_Update_update_sessionDeleted: CaseDecoder = { table: onUse_updates_Update_update, field: 14, case: "sessionDeleted", decode: dec_updates_UpdateSessionDeleted };
/** The `osmium.client.updates.Update.update` case `communityUnavailable` (field 15), for `useCase`. */
export const case_updates_Update_update_communityUnavailable: CaseDecoder = { table: onUse_updates_Update_update, field: 15, case: "communityUnavailable", decode: dec_updates_UpdateCommunityUnavailable };
/** The `osmium.client.updates.Update.update` case `memberList` (field 16), for `useCase`. */
export const case_updates_Update_update_memberList: CaseDecoder = { table: onUse_updates_Update_update, field: 16, case: "memberList", decode: dec_updates_UpdateMemberList };
/** The `osmium.client.updates.Update.update` case `communityMemberDeleted` (field 17), for `useCase`. */
export const case_updates_Update_update_communityMemberDeleted: CaseDecoder = { table: onUse_updates_Update_update, field: 17, case: "communityMemberDeleted", decode: dec_updates_UpdateCommunityMemberDeleted };
/** The `osmium.client.updates.Update.update` case `updateUserRelationship` (field 18), for `useCase`. */
export const case_updates_Update_update_updateUserRelationship: CaseDecoder = { table: onUse_updates_Update_update, field: 18, case: "updateUserRelationship", decode: dec_updates_UpdateUserRelationship };
/** The `osmium.client.updates.Update.update` case `updateUserRelationshipDeleted` (field 19), for `useCase`. */
export const case_updates_Update_update_updateUserRelationshipDeleted: CaseDecoder = { table: onUse_updates_Update_update, field: 19, case: "updateUserRelationshipDeleted", decode: dec_updates_UpdateUserRelationshipDeleted };
/** The `osmium.client.updates.Update.update` case `group` (field 20), for `useCase`. */
export const case_updates_Update_update_group: CaseDecoder = { table: onUse_updates_Update_update, field: 20, case: "group", decode: dec_updates_UpdateGroup };
/** The `osmium.client.updates.Update.update` case `roomState` (field 21), for `useCase`. */
export const case_updates_Update_update_roomState: CaseDecoder = { table: onUse_updates_Update_update, field: 21, case: "roomState", decode: dec_voice_UpdateRoomState };
/** The `osmium.client.updates.Update.update` case `roomParticipant` (field 22), for `useCase`. */
export const case_updates_Update_update_roomParticipant: CaseDecoder = { table: onUse_updates_Update_update, field: 22, case: "roomParticipant", decode: dec_voice_UpdateRoomParticipant };
/** The `osmium.client.updates.Update.update` case `messageReactions` (field 23), for `useCase`. */
export const case_updates_Update_update_messageReactions: CaseDecoder = { table: onUse_updates_Update_update, field: 23, case: "messageReactions", decode: dec_updates_UpdateMessageReactions };
/** The `osmium.client.updates.Update.update` case `conversationLastRead` (field 24), for `useCase`. */
export const case_updates_Update_update_conversationLastRead: CaseDecoder = { table: onUse_updates_Update_update, field: 24, case: "conversationLastRead", decode: dec_updates_UpdateConversationLastRead };
/** The `osmium.client.updates.Update.update` case `communityMemberCreated` (field 25), for `useCase`. */
export const case_updates_Update_update_communityMemberCreated: CaseDecoder = { table: onUse_updates_Update_update, field: 25, case: "communityMemberCreated", decode: dec_updates_UpdateCommunityMemberCreated };

/** Every case of `osmium.client.core.RPCResult.result` decoded on use (a client that may receive any uses them all). */
export const cases_core_RPCResult_result: readonly CaseDecoder[] = [
  case_core_RPCResult_result_sentMessage,
  case_core_RPCResult_result_authorization,
  case_core_RPCResult_result_communities,
  case_core_RPCResult_result_channels,
  case_core_RPCResult_result_messages,
  case_core_RPCResult_result_relationships,
  case_core_RPCResult_result_chats,
  case_core_RPCResult_result_filePart,
  case_core_RPCResult_result_createdInvite,
  case_core_RPCResult_result_memberList,
  case_core_RPCResult_result_initialized,
  case_core_RPCResult_result_chat,
  case_core_RPCResult_result_communityRoles,
  case_core_RPCResult_result_channelOverride,
  case_core_RPCResult_result_channelOverrides,
  case_core_RPCResult_result_sessions,
  case_core_RPCResult_result_userDetails,
  case_core_RPCResult_result_removedMembers,
  case_core_RPCResult_result_group,
  case_core_RPCResult_result_invitePreview,
  case_core_RPCResult_result_roomInfo,
  case_core_RPCResult_result_mediaEmbed,
  case_core_RPCResult_result_profile,
  case_core_RPCResult_result_inviteList,
  case_core_RPCResult_result_savedStickers,
  case_core_RPCResult_result_files,
  case_core_RPCResult_result_stickerPack,
  case_core_RPCResult_result_paymentLink,
  case_core_RPCResult_result_account,
  case_core_RPCResult_result_members,
  case_core_RPCResult_result_communitySettings,
  case_core_RPCResult_result_subscription,
  case_core_RPCResult_result_totp,
  case_core_RPCResult_result_unreadMentions,
  case_core_RPCResult_result_discoveryCommunities,
  case_core_RPCResult_result_roomStates,
  case_core_RPCResult_result_userSettings,
  case_core_RPCResult_result_products,
];

/** Every case of `osmium.client.updates.Update.update` decoded on use (a client that may receive any uses them all). */
export const cases_updates_Update_update: readonly CaseDecoder[] = [
  case_updates_Update_update_messageCreated,
  case_updates_Update_update_channel,
  case_updates_Update_update_messageDeleted,
  case_updates_Update_update_userStatus,
  case_updates_Update_update_user,
  case_updates_Update_update_community,
  case_updates_Update_update_channelDeleted,
  case_updates_Update_update_message,
  case_updates_Update_update_chatTyping,
  case_updates_Update_update_communityMember,
  case_updates_Update_update_communityDeleted,
  case_updates_Update_update_conversationPermissions,
  case_updates_Update_update_chat,
  case_updates_Update_update_sessionDeleted,
  case_updates_Update_update_communityUnavailable,
  case_updates_Update_update_memberList,
  case_updates_Update_update_communityMemberDeleted,
  case_updates_Update_update_updateUserRelationship,
  case_updates_Update_update_updateUserRelationshipDeleted,
  case_updates_Update_update_group,
  case_updates_Update_update_roomState,
  case_updates_Update_update_roomParticipant,
  case_updates_Update_update_messageReactions,
  case_updates_Update_update_conversationLastRead,
  case_updates_Update_update_communityMemberCreated,
];

/** Every case decoded on use (for tools and tests). */
export const onUseCases: readonly CaseDecoder[] = [
  case_core_RPCResult_result_sentMessage,
  case_core_RPCResult_result_authorization,
  case_core_RPCResult_result_communities,
  case_core_RPCResult_result_channels,
  case_core_RPCResult_result_messages,
  case_core_RPCResult_result_relationships,
  case_core_RPCResult_result_chats,
  case_core_RPCResult_result_filePart,
  case_core_RPCResult_result_createdInvite,
  case_core_RPCResult_result_memberList,
  case_core_RPCResult_result_initialized,
  case_core_RPCResult_result_chat,
  case_core_RPCResult_result_communityRoles,
  case_core_RPCResult_result_channelOverride,
  case_core_RPCResult_result_channelOverrides,
  case_core_RPCResult_result_sessions,
  case_core_RPCResult_result_userDetails,
  case_core_RPCResult_result_removedMembers,
  case_core_RPCResult_result_group,
  case_core_RPCResult_result_invitePreview,
  case_core_RPCResult_result_roomInfo,
  case_core_RPCResult_result_mediaEmbed,
  case_core_RPCResult_result_profile,
  case_core_RPCResult_result_inviteList,
  case_core_RPCResult_result_savedStickers,
  case_core_RPCResult_result_files,
  case_core_RPCResult_result_stickerPack,
  case_core_RPCResult_result_paymentLink,
  case_core_RPCResult_result_account,
  case_core_RPCResult_result_members,
  case_core_RPCResult_result_communitySettings,
  case_core_RPCResult_result_subscription,
  case_core_RPCResult_result_totp,
  case_core_RPCResult_result_unreadMentions,
  case_core_RPCResult_result_discoveryCommunities,
  case_core_RPCResult_result_roomStates,
  case_core_RPCResult_result_userSettings,
  case_core_RPCResult_result_products,
  case_updates_Update_update_messageCreated,
  case_updates_Update_update_channel,
  case_updates_Update_update_messageDeleted,
  case_updates_Update_update_userStatus,
  case_updates_Update_update_user,
  case_updates_Update_update_community,
  case_updates_Update_update_channelDeleted,
  case_updates_Update_update_message,
  case_updates_Update_update_chatTyping,
  case_updates_Update_update_communityMember,
  case_updates_Update_update_communityDeleted,
  case_updates_Update_update_conversationPermissions,
  case_updates_Update_update_chat,
  case_updates_Update_update_sessionDeleted,
  case_updates_Update_update_communityUnavailable,
  case_updates_Update_update_memberList,
  case_updates_Update_update_communityMemberDeleted,
  case_updates_Update_update_updateUserRelationship,
  case_updates_Update_update_updateUserRelationshipDeleted,
  case_updates_Update_update_group,
  case_updates_Update_update_roomState,
  case_updates_Update_update_roomParticipant,
  case_updates_Update_update_messageReactions,
  case_updates_Update_update_conversationLastRead,
  case_updates_Update_update_communityMemberCreated,
];

export function dec_auth_Authorization(r: WireReader, length: number, depth: number, target: Authorization | undefined): Authorization {
  if (depth > 100) throw tooDeep("osmium.client.auth.Authorization");
  const m: Authorization = target ?? { $typeName: "osmium.client.auth.Authorization", token: "", sessionId: 0n };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.token = str(r); break;
      case 2:
        m.user = dec_types_User(r, readUint32(r), depth + 1, m.user); break;
      case 3:
        m.sessionId = readFixed64(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_auth_CreatedInvite(r: WireReader, length: number, depth: number, target: CreatedInvite | undefined): CreatedInvite {
  if (depth > 100) throw tooDeep("osmium.client.auth.CreatedInvite");
  const m: CreatedInvite = target ?? { $typeName: "osmium.client.auth.CreatedInvite", code: "" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.code = str(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_auth_InviteList(r: WireReader, length: number, depth: number, target: InviteList | undefined): InviteList {
  if (depth > 100) throw tooDeep("osmium.client.auth.InviteList");
  const m: InviteList = target ?? { $typeName: "osmium.client.auth.InviteList", invites: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.invites.push(dec_auth_InvitePreview(r, readUint32(r), depth + 1, undefined)); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_auth_InvitePreview(r: WireReader, length: number, depth: number, target: InvitePreview | undefined): InvitePreview {
  if (depth > 100) throw tooDeep("osmium.client.auth.InvitePreview");
  const m: InvitePreview = target ?? { $typeName: "osmium.client.auth.InvitePreview", code: "", creatorId: 0n, targetId: 0n, targetType: 0, targetInfo: { case: undefined } };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.code = str(r); break;
      case 2:
        m.creatorId = readFixed64(r); break;
      case 3:
        m.targetId = readFixed64(r); break;
      case 4:
        m.targetType = readInt32(r); break;
      case 5:
        m.expiresAt = readFixed64(r); break;
      case 6:
        m.creator = dec_types_User(r, readUint32(r), depth + 1, m.creator); break;
      case 7:
        m.targetInfo = { case: "community", value: dec_types_Community(r, readUint32(r), depth + 1, m.targetInfo.case === "community" ? m.targetInfo.value : undefined) }; break;
      case 8:
        m.targetInfo = { case: "chat", value: dec_types_Group(r, readUint32(r), depth + 1, m.targetInfo.case === "chat" ? m.targetInfo.value : undefined) }; break;
      case 9:
        m.targetInfo = { case: "user", value: dec_types_User(r, readUint32(r), depth + 1, m.targetInfo.case === "user" ? m.targetInfo.value : undefined) }; break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_auth_Session(r: WireReader, length: number, depth: number, target: Session | undefined): Session {
  if (depth > 100) throw tooDeep("osmium.client.auth.Session");
  const m: Session = target ?? { $typeName: "osmium.client.auth.Session", id: 0n, clientId: 0, deviceType: "", deviceVersion: "", appName: "", appVersion: "", lastActive: 0n };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.id = readFixed64(r); break;
      case 2:
        m.clientId = readUint32(r); break;
      case 3:
        m.deviceType = str(r); break;
      case 4:
        m.deviceVersion = str(r); break;
      case 5:
        m.appName = str(r); break;
      case 6:
        m.appVersion = str(r); break;
      case 7:
        m.lastActive = readFixed64(r); break;
      case 8:
        m.country = str(r); break;
      case 9:
        m.region = str(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_auth_Sessions(r: WireReader, length: number, depth: number, target: Sessions | undefined): Sessions {
  if (depth > 100) throw tooDeep("osmium.client.auth.Sessions");
  const m: Sessions = target ?? { $typeName: "osmium.client.auth.Sessions", sessions: [], current: 0n };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.sessions.push(dec_auth_Session(r, readUint32(r), depth + 1, undefined)); break;
      case 2:
        m.current = readFixed64(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_billing_PaymentLink(r: WireReader, length: number, depth: number, target: PaymentLink | undefined): PaymentLink {
  if (depth > 100) throw tooDeep("osmium.client.billing.PaymentLink");
  const m: PaymentLink = target ?? { $typeName: "osmium.client.billing.PaymentLink" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.url = str(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_billing_Product(r: WireReader, length: number, depth: number, target: Product | undefined): Product {
  if (depth > 100) throw tooDeep("osmium.client.billing.Product");
  const m: Product = target ?? { $typeName: "osmium.client.billing.Product", plan: "", name: "", prices: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.plan = str(r); break;
      case 2:
        m.name = str(r); break;
      case 3:
        m.prices.push(dec_billing_ProductPrice(r, readUint32(r), depth + 1, undefined)); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_billing_ProductPrice(r: WireReader, length: number, depth: number, target: ProductPrice | undefined): ProductPrice {
  if (depth > 100) throw tooDeep("osmium.client.billing.ProductPrice");
  const m: ProductPrice = target ?? { $typeName: "osmium.client.billing.ProductPrice", billingPeriod: "", amountMinor: 0n, currency: "" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.billingPeriod = str(r); break;
      case 2:
        m.amountMinor = readUint64(r); break;
      case 3:
        m.currency = str(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_billing_Products(r: WireReader, length: number, depth: number, target: Products | undefined): Products {
  if (depth > 100) throw tooDeep("osmium.client.billing.Products");
  const m: Products = target ?? { $typeName: "osmium.client.billing.Products", products: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.products.push(dec_billing_Product(r, readUint32(r), depth + 1, undefined)); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_billing_Subscription(r: WireReader, length: number, depth: number, target: Subscription | undefined): Subscription {
  if (depth > 100) throw tooDeep("osmium.client.billing.Subscription");
  const m: Subscription = target ?? { $typeName: "osmium.client.billing.Subscription", active: false };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.active = readBool(r); break;
      case 2:
        m.since = readFixed64(r); break;
      case 3:
        m.nextRenewalDate = readUint64(r); break;
      case 4:
        m.lastCardDigits = str(r); break;
      case 5:
        m.method = str(r); break;
      case 6:
        m.endDate = readUint64(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_chats_Chat(r: WireReader, length: number, depth: number, target: Chat | undefined): Chat {
  if (depth > 100) throw tooDeep("osmium.client.chats.Chat");
  const m: Chat = target ?? { $typeName: "osmium.client.chats.Chat", users: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.chat = dec_types_Conversation(r, readUint32(r), depth + 1, m.chat); break;
      case 2:
        m.message = dec_types_Message(r, readUint32(r), depth + 1, m.message); break;
      case 3:
        m.users.push(dec_types_User(r, readUint32(r), depth + 1, undefined)); break;
      case 4:
        m.group = dec_types_Group(r, readUint32(r), depth + 1, m.group); break;
      case 5:
        m.channel = dec_types_Channel(r, readUint32(r), depth + 1, m.channel); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_chats_Chats(r: WireReader, length: number, depth: number, target: Chats | undefined): Chats {
  if (depth > 100) throw tooDeep("osmium.client.chats.Chats");
  const m: Chats = target ?? { $typeName: "osmium.client.chats.Chats", chats: [], users: [], groups: [], channels: [], messages: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.chats.push(dec_types_Conversation(r, readUint32(r), depth + 1, undefined)); break;
      case 2:
        m.users.push(dec_types_User(r, readUint32(r), depth + 1, undefined)); break;
      case 3:
        m.groups.push(dec_types_Group(r, readUint32(r), depth + 1, undefined)); break;
      case 4:
        m.channels.push(dec_types_Channel(r, readUint32(r), depth + 1, undefined)); break;
      case 5:
        m.messages.push(dec_types_Message(r, readUint32(r), depth + 1, undefined)); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_communities_ChannelOverride(r: WireReader, length: number, depth: number, target: ChannelOverride | undefined): ChannelOverride {
  if (depth > 100) throw tooDeep("osmium.client.communities.ChannelOverride");
  const m: ChannelOverride = target ?? { $typeName: "osmium.client.communities.ChannelOverride" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.override = dec_types_ChannelOverride(r, readUint32(r), depth + 1, m.override); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_communities_ChannelOverrides(r: WireReader, length: number, depth: number, target: ChannelOverrides | undefined): ChannelOverrides {
  if (depth > 100) throw tooDeep("osmium.client.communities.ChannelOverrides");
  const m: ChannelOverrides = target ?? { $typeName: "osmium.client.communities.ChannelOverrides", overrides: [], parentSync: false };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.overrides.push(dec_types_ChannelOverride(r, readUint32(r), depth + 1, undefined)); break;
      case 2:
        m.parentSync = readBool(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_communities_Channels(r: WireReader, length: number, depth: number, target: Channels | undefined): Channels {
  if (depth > 100) throw tooDeep("osmium.client.communities.Channels");
  const m: Channels = target ?? { $typeName: "osmium.client.communities.Channels", conversations: [], channels: [], messages: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.conversations.push(dec_types_Conversation(r, readUint32(r), depth + 1, undefined)); break;
      case 2:
        m.channels.push(dec_types_Channel(r, readUint32(r), depth + 1, undefined)); break;
      case 3:
        m.messages.push(dec_types_Message(r, readUint32(r), depth + 1, undefined)); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_communities_Communities(r: WireReader, length: number, depth: number, target: Communities | undefined): Communities {
  if (depth > 100) throw tooDeep("osmium.client.communities.Communities");
  const m: Communities = target ?? { $typeName: "osmium.client.communities.Communities", communities: [], communityUserInfo: [], unavailable: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.communities.push(dec_types_Community(r, readUint32(r), depth + 1, undefined)); break;
      case 2:
        m.communityUserInfo.push(dec_communities_CommunityUserInfo(r, readUint32(r), depth + 1, undefined)); break;
      case 3:
        if ((t & 7) === 2) { const e = readUint32(r) + r.pos; while (r.pos < e) m.unavailable.push(readFixed64(r)); } else m.unavailable.push(readFixed64(r));
        break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_communities_CommunityRoles(r: WireReader, length: number, depth: number, target: CommunityRoles | undefined): CommunityRoles {
  if (depth > 100) throw tooDeep("osmium.client.communities.CommunityRoles");
  const m: CommunityRoles = target ?? { $typeName: "osmium.client.communities.CommunityRoles", roles: [], defaultPermissions: 0n };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.roles.push(dec_types_CommunityRole(r, readUint32(r), depth + 1, undefined)); break;
      case 2:
        m.defaultPermissions = readFixed64(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_communities_CommunitySettings(r: WireReader, length: number, depth: number, target: CommunitySettings | undefined): CommunitySettings {
  if (depth > 100) throw tooDeep("osmium.client.communities.CommunitySettings");
  const m: CommunitySettings = target ?? { $typeName: "osmium.client.communities.CommunitySettings" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.systemMessages = dec_communities_CommunitySettings_SystemMessages(r, readUint32(r), depth + 1, m.systemMessages); break;
      case 2:
        m.discoveryListing = dec_communities_CommunitySettings_DiscoveryListing(r, readUint32(r), depth + 1, m.discoveryListing); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_communities_CommunitySettings_DiscoveryListing(r: WireReader, length: number, depth: number, target: CommunitySettings_DiscoveryListing | undefined): CommunitySettings_DiscoveryListing {
  if (depth > 100) throw tooDeep("osmium.client.communities.CommunitySettings.DiscoveryListing");
  const m: CommunitySettings_DiscoveryListing = target ?? { $typeName: "osmium.client.communities.CommunitySettings.DiscoveryListing", listed: false };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.listed = readBool(r); break;
      case 2:
        m.listing = dec_discovery_DiscoveryListingInfo(r, readUint32(r), depth + 1, m.listing); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_communities_CommunitySettings_SystemMessages(r: WireReader, length: number, depth: number, target: CommunitySettings_SystemMessages | undefined): CommunitySettings_SystemMessages {
  if (depth > 100) throw tooDeep("osmium.client.communities.CommunitySettings.SystemMessages");
  const m: CommunitySettings_SystemMessages = target ?? { $typeName: "osmium.client.communities.CommunitySettings.SystemMessages" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.channelId = readFixed64(r); break;
      case 2:
        m.joinMessages = readBool(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_communities_CommunityUserInfo(r: WireReader, length: number, depth: number, target: CommunityUserInfo | undefined): CommunityUserInfo {
  if (depth > 100) throw tooDeep("osmium.client.communities.CommunityUserInfo");
  const m: CommunityUserInfo = target ?? { $typeName: "osmium.client.communities.CommunityUserInfo", communityId: 0n, unreadCount: 0, unreadMentionCount: 0 };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.communityId = readFixed64(r); break;
      case 2:
        m.unreadCount = readUint32(r); break;
      case 3:
        m.unreadMentionCount = readUint32(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_communities_MemberList(r: WireReader, length: number, depth: number, target: MemberList | undefined): MemberList {
  if (depth > 100) throw tooDeep("osmium.client.communities.MemberList");
  const m: MemberList = target ?? { $typeName: "osmium.client.communities.MemberList", entries: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.entries.push(dec_updates_MemberListEntry(r, readUint32(r), depth + 1, undefined)); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_communities_Members(r: WireReader, length: number, depth: number, target: Members | undefined): Members {
  if (depth > 100) throw tooDeep("osmium.client.communities.Members");
  const m: Members = target ?? { $typeName: "osmium.client.communities.Members", members: [], users: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.members.push(dec_types_CommunityMember(r, readUint32(r), depth + 1, undefined)); break;
      case 2:
        m.users.push(dec_types_User(r, readUint32(r), depth + 1, undefined)); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_communities_RemovedMembers(r: WireReader, length: number, depth: number, target: RemovedMembers | undefined): RemovedMembers {
  if (depth > 100) throw tooDeep("osmium.client.communities.RemovedMembers");
  const m: RemovedMembers = target ?? { $typeName: "osmium.client.communities.RemovedMembers", members: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.members.push(dec_communities_RemovedMembers_RemovedMember(r, readUint32(r), depth + 1, undefined)); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_communities_RemovedMembers_RemovedMember(r: WireReader, length: number, depth: number, target: RemovedMembers_RemovedMember | undefined): RemovedMembers_RemovedMember {
  if (depth > 100) throw tooDeep("osmium.client.communities.RemovedMembers.RemovedMember");
  const m: RemovedMembers_RemovedMember = target ?? { $typeName: "osmium.client.communities.RemovedMembers.RemovedMember", userId: 0n };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.userId = readFixed64(r); break;
      case 2:
        m.user = dec_types_User(r, readUint32(r), depth + 1, m.user); break;
      case 3:
        m.until = readFixed64(r); break;
      case 4:
        m.reason = str(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_communities_RoomStates(r: WireReader, length: number, depth: number, target: RoomStates | undefined): RoomStates {
  if (depth > 100) throw tooDeep("osmium.client.communities.RoomStates");
  const m: RoomStates = target ?? { $typeName: "osmium.client.communities.RoomStates", roomStates: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.roomStates.push(dec_communities_RoomStates_RoomState(r, readUint32(r), depth + 1, undefined)); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_communities_RoomStates_RoomState(r: WireReader, length: number, depth: number, target: RoomStates_RoomState | undefined): RoomStates_RoomState {
  if (depth > 100) throw tooDeep("osmium.client.communities.RoomStates.RoomState");
  const m: RoomStates_RoomState = target ?? { $typeName: "osmium.client.communities.RoomStates.RoomState", channelId: 0n };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.channelId = readFixed64(r); break;
      case 2:
        m.state = dec_voice_RoomState(r, readUint32(r), depth + 1, m.state); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_core_Entrypoints(r: WireReader, length: number, depth: number, target: Entrypoints | undefined): Entrypoints {
  if (depth > 100) throw tooDeep("osmium.client.core.Entrypoints");
  const m: Entrypoints = target ?? { $typeName: "osmium.client.core.Entrypoints", entrypoints: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.entrypoints.push(dec_types_Entrypoint(r, readUint32(r), depth + 1, undefined)); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_core_Initialized(r: WireReader, length: number, depth: number, target: Initialized | undefined): Initialized {
  if (depth > 100) throw tooDeep("osmium.client.core.Initialized");
  const m: Initialized = target ?? { $typeName: "osmium.client.core.Initialized" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.entrypoints = dec_core_Entrypoints(r, readUint32(r), depth + 1, m.entrypoints); break;
      case 2:
        m.vapidPublicKey = str(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_core_RPCError(r: WireReader, length: number, depth: number, target: RPCError | undefined): RPCError {
  if (depth > 100) throw tooDeep("osmium.client.core.RPCError");
  const m: RPCError = target ?? { $typeName: "osmium.client.core.RPCError", errorCode: 0, errorMessage: "" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.errorCode = readUint32(r); break;
      case 2:
        m.errorMessage = str(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_core_RPCResult(r: WireReader, length: number, depth: number, target: RPCResult | undefined): RPCResult {
  if (depth > 100) throw tooDeep("osmium.client.core.RPCResult");
  const m: RPCResult = target ?? { $typeName: "osmium.client.core.RPCResult", reqId: 0, result: { case: undefined } };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.reqId = readUint32(r); break;
      case 37:
        m.traceId = str(r); break;
      case 2:
        m.result = { case: "error", value: dec_core_RPCError(r, readUint32(r), depth + 1, m.result.case === "error" ? m.result.value : undefined) }; break;
      default: {
        const d = onUse_core_RPCResult_result[t >>> 3];
        if (d !== undefined) {
          m.result = { case: d.case, value: d.decode(r, readUint32(r), depth + 1, m.result.case === d.case ? m.result.value : undefined) } as RPCResult["result"];
          break;
        }
        u = readUnknown(r, t, depth, u);
      }
    }
  }
  return withUnknown(m, u);
}

export function dec_core_ServerMessage(r: WireReader, length: number, depth: number, target: ServerMessage | undefined): ServerMessage {
  if (depth > 100) throw tooDeep("osmium.client.core.ServerMessage");
  const m: ServerMessage = target ?? { $typeName: "osmium.client.core.ServerMessage", id: 0, message: { case: undefined } };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.id = readUint32(r); break;
      case 2:
        m.message = { case: "update", value: dec_updates_Update(r, readUint32(r), depth + 1, m.message.case === "update" ? m.message.value : undefined) }; break;
      case 3:
        m.message = { case: "result", value: dec_core_RPCResult(r, readUint32(r), depth + 1, m.message.case === "result" ? m.message.value : undefined) }; break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_discovery_DiscoveryCommunities(r: WireReader, length: number, depth: number, target: DiscoveryCommunities | undefined): DiscoveryCommunities {
  if (depth > 100) throw tooDeep("osmium.client.discovery.DiscoveryCommunities");
  const m: DiscoveryCommunities = target ?? { $typeName: "osmium.client.discovery.DiscoveryCommunities", listings: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.listings.push(dec_discovery_DiscoveryCommunityListing(r, readUint32(r), depth + 1, undefined)); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_discovery_DiscoveryCommunityListing(r: WireReader, length: number, depth: number, target: DiscoveryCommunityListing | undefined): DiscoveryCommunityListing {
  if (depth > 100) throw tooDeep("osmium.client.discovery.DiscoveryCommunityListing");
  const m: DiscoveryCommunityListing = target ?? { $typeName: "osmium.client.discovery.DiscoveryCommunityListing", communityId: 0n, name: "", inviteCode: "", shortDescription: "", longDescription: "", categories: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.communityId = readFixed64(r); break;
      case 2:
        m.name = str(r); break;
      case 3:
        m.photo = dec_types_ChatPhoto(r, readUint32(r), depth + 1, m.photo); break;
      case 4:
        m.inviteCode = str(r); break;
      case 5:
        m.shortDescription = str(r); break;
      case 6:
        m.longDescription = str(r); break;
      case 7:
        m.categories.push(str(r)); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_discovery_DiscoveryListingInfo(r: WireReader, length: number, depth: number, target: DiscoveryListingInfo | undefined): DiscoveryListingInfo {
  if (depth > 100) throw tooDeep("osmium.client.discovery.DiscoveryListingInfo");
  const m: DiscoveryListingInfo = target ?? { $typeName: "osmium.client.discovery.DiscoveryListingInfo", shortDescription: "", longDescription: "", categories: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 2:
        m.shortDescription = str(r); break;
      case 3:
        m.longDescription = str(r); break;
      case 4:
        m.categories.push(str(r)); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_friends_Relationships(r: WireReader, length: number, depth: number, target: Relationships | undefined): Relationships {
  if (depth > 100) throw tooDeep("osmium.client.friends.Relationships");
  const m: Relationships = target ?? { $typeName: "osmium.client.friends.Relationships", relationships: [], users: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.relationships.push(dec_types_Relationship(r, readUint32(r), depth + 1, undefined)); break;
      case 2:
        m.users.push(dec_types_User(r, readUint32(r), depth + 1, undefined)); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_media_File(r: WireReader, length: number, depth: number, target: File | undefined): File {
  if (depth > 100) throw tooDeep("osmium.client.media.File");
  const m: File = target ?? { $typeName: "osmium.client.media.File", fileId: 0n, region: 0, size: 0n, mimetype: "" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.fileId = readFixed64(r); break;
      case 2:
        m.region = readUint32(r); break;
      case 3:
        m.size = readUint64(r); break;
      case 4:
        m.mimetype = str(r); break;
      case 5:
        m.filename = str(r); break;
      case 6:
        m.metadata = dec_media_FileMetadata(r, readUint32(r), depth + 1, m.metadata); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_media_FileMetadata(r: WireReader, length: number, depth: number, target: FileMetadata | undefined): FileMetadata {
  if (depth > 100) throw tooDeep("osmium.client.media.FileMetadata");
  const m: FileMetadata = target ?? { $typeName: "osmium.client.media.FileMetadata", metadata: { case: undefined } };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.metadata = { case: "image", value: dec_media_FileMetadata_MetadataImage(r, readUint32(r), depth + 1, m.metadata.case === "image" ? m.metadata.value : undefined) }; break;
      case 2:
        m.metadata = { case: "video", value: dec_media_FileMetadata_MetadataVideo(r, readUint32(r), depth + 1, m.metadata.case === "video" ? m.metadata.value : undefined) }; break;
      case 3:
        m.metadata = { case: "audio", value: dec_media_FileMetadata_MetadataAudio(r, readUint32(r), depth + 1, m.metadata.case === "audio" ? m.metadata.value : undefined) }; break;
      case 4:
        m.metadata = { case: "file", value: dec_media_FileMetadata_MetadataFile(r, readUint32(r), depth + 1, m.metadata.case === "file" ? m.metadata.value : undefined) }; break;
      case 5:
        m.metadata = { case: "customEmoji", value: dec_media_FileMetadata_MetadataCustomEmoji(r, readUint32(r), depth + 1, m.metadata.case === "customEmoji" ? m.metadata.value : undefined) }; break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_media_FileMetadata_MetadataAudio(r: WireReader, length: number, depth: number, target: FileMetadata_MetadataAudio | undefined): FileMetadata_MetadataAudio {
  if (depth > 100) throw tooDeep("osmium.client.media.FileMetadata.MetadataAudio");
  const m: FileMetadata_MetadataAudio = target ?? { $typeName: "osmium.client.media.FileMetadata.MetadataAudio", duration: 0 };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.duration = readUint32(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_media_FileMetadata_MetadataCustomEmoji(r: WireReader, length: number, depth: number, target: FileMetadata_MetadataCustomEmoji | undefined): FileMetadata_MetadataCustomEmoji {
  if (depth > 100) throw tooDeep("osmium.client.media.FileMetadata.MetadataCustomEmoji");
  const m: FileMetadata_MetadataCustomEmoji = target ?? { $typeName: "osmium.client.media.FileMetadata.MetadataCustomEmoji", width: 0, height: 0, emoji: "", animated: false };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.width = readUint32(r); break;
      case 2:
        m.height = readUint32(r); break;
      case 3:
        m.emoji = str(r); break;
      case 4:
        m.pack = dec_refs_StickerPackRef(r, readUint32(r), depth + 1, m.pack); break;
      case 5:
        m.animated = readBool(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_media_FileMetadata_MetadataFile(r: WireReader, length: number, depth: number, target: FileMetadata_MetadataFile | undefined): FileMetadata_MetadataFile {
  if (depth > 100) throw tooDeep("osmium.client.media.FileMetadata.MetadataFile");
  const m: FileMetadata_MetadataFile = target ?? { $typeName: "osmium.client.media.FileMetadata.MetadataFile" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_media_FileMetadata_MetadataImage(r: WireReader, length: number, depth: number, target: FileMetadata_MetadataImage | undefined): FileMetadata_MetadataImage {
  if (depth > 100) throw tooDeep("osmium.client.media.FileMetadata.MetadataImage");
  const m: FileMetadata_MetadataImage = target ?? { $typeName: "osmium.client.media.FileMetadata.MetadataImage", width: 0, height: 0, animated: false };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.width = readUint32(r); break;
      case 2:
        m.height = readUint32(r); break;
      case 3:
        m.preview = readBytes(r); break;
      case 4:
        m.animated = readBool(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_media_FileMetadata_MetadataVideo(r: WireReader, length: number, depth: number, target: FileMetadata_MetadataVideo | undefined): FileMetadata_MetadataVideo {
  if (depth > 100) throw tooDeep("osmium.client.media.FileMetadata.MetadataVideo");
  const m: FileMetadata_MetadataVideo = target ?? { $typeName: "osmium.client.media.FileMetadata.MetadataVideo", width: 0, height: 0, duration: 0 };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.width = readUint32(r); break;
      case 2:
        m.height = readUint32(r); break;
      case 3:
        m.duration = readUint32(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_media_FilePart(r: WireReader, length: number, depth: number, target: FilePart | undefined): FilePart {
  if (depth > 100) throw tooDeep("osmium.client.media.FilePart");
  const m: FilePart = target ?? { $typeName: "osmium.client.media.FilePart", data: NO_BYTES };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 3:
        m.data = readBytes(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  if (m.data === NO_BYTES) m.data = new Uint8Array(0);
  return withUnknown(m, u);
}

export function dec_media_Files(r: WireReader, length: number, depth: number, target: Files | undefined): Files {
  if (depth > 100) throw tooDeep("osmium.client.media.Files");
  const m: Files = target ?? { $typeName: "osmium.client.media.Files", files: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.files.push(dec_media_File(r, readUint32(r), depth + 1, undefined)); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_media_MediaEmbed(r: WireReader, length: number, depth: number, target: MediaEmbed | undefined): MediaEmbed {
  if (depth > 100) throw tooDeep("osmium.client.media.MediaEmbed");
  const m: MediaEmbed = target ?? { $typeName: "osmium.client.media.MediaEmbed", url: "" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.url = str(r); break;
      case 2:
        m.title = str(r); break;
      case 3:
        m.description = str(r); break;
      case 4:
        m.file = dec_media_File(r, readUint32(r), depth + 1, m.file); break;
      case 5:
        m.imageVariant = str(r); break;
      case 6:
        m.authorName = str(r); break;
      case 7:
        m.websiteName = str(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_media_MediaFile(r: WireReader, length: number, depth: number, target: MediaFile | undefined): MediaFile {
  if (depth > 100) throw tooDeep("osmium.client.media.MediaFile");
  const m: MediaFile = target ?? { $typeName: "osmium.client.media.MediaFile" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.file = dec_media_File(r, readUint32(r), depth + 1, m.file); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_media_MessageMedia(r: WireReader, length: number, depth: number, target: MessageMedia | undefined): MessageMedia {
  if (depth > 100) throw tooDeep("osmium.client.media.MessageMedia");
  const m: MessageMedia = target ?? { $typeName: "osmium.client.media.MessageMedia", media: { case: undefined } };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.media = { case: "file", value: dec_media_MediaFile(r, readUint32(r), depth + 1, m.media.case === "file" ? m.media.value : undefined) }; break;
      case 2:
        m.media = { case: "embed", value: dec_media_MediaEmbed(r, readUint32(r), depth + 1, m.media.case === "embed" ? m.media.value : undefined) }; break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_messages_Messages(r: WireReader, length: number, depth: number, target: Messages | undefined): Messages {
  if (depth > 100) throw tooDeep("osmium.client.messages.Messages");
  const m: Messages = target ?? { $typeName: "osmium.client.messages.Messages", messages: [], users: [], members: [], reactions: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.messages.push(dec_types_Message(r, readUint32(r), depth + 1, undefined)); break;
      case 2:
        m.users.push(dec_types_User(r, readUint32(r), depth + 1, undefined)); break;
      case 3:
        m.members.push(dec_types_CommunityMember(r, readUint32(r), depth + 1, undefined)); break;
      case 4:
        m.reactions.push(dec_reactions_MessageReactions(r, readUint32(r), depth + 1, undefined)); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_messages_SentMessage(r: WireReader, length: number, depth: number, target: SentMessage | undefined): SentMessage {
  if (depth > 100) throw tooDeep("osmium.client.messages.SentMessage");
  const m: SentMessage = target ?? { $typeName: "osmium.client.messages.SentMessage", messageId: 0n };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.messageId = readFixed64(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_messages_UnreadMentions(r: WireReader, length: number, depth: number, target: UnreadMentions | undefined): UnreadMentions {
  if (depth > 100) throw tooDeep("osmium.client.messages.UnreadMentions");
  const m: UnreadMentions = target ?? { $typeName: "osmium.client.messages.UnreadMentions", messageIds: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        if ((t & 7) === 2) { const e = readUint32(r) + r.pos; while (r.pos < e) m.messageIds.push(readFixed64(r)); } else m.messageIds.push(readFixed64(r));
        break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_reactions_MessageReactionField(r: WireReader, length: number, depth: number, target: MessageReactionField | undefined): MessageReactionField {
  if (depth > 100) throw tooDeep("osmium.client.reactions.MessageReactionField");
  const m: MessageReactionField = target ?? { $typeName: "osmium.client.reactions.MessageReactionField", count: 0, me: false, previewUserIds: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.emoji = dec_reactions_ReactionEmoji(r, readUint32(r), depth + 1, m.emoji); break;
      case 2:
        m.count = readUint32(r); break;
      case 3:
        m.me = readBool(r); break;
      case 4:
        if ((t & 7) === 2) { const e = readUint32(r) + r.pos; while (r.pos < e) m.previewUserIds.push(readFixed64(r)); } else m.previewUserIds.push(readFixed64(r));
        break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_reactions_MessageReactions(r: WireReader, length: number, depth: number, target: MessageReactions | undefined): MessageReactions {
  if (depth > 100) throw tooDeep("osmium.client.reactions.MessageReactions");
  const m: MessageReactions = target ?? { $typeName: "osmium.client.reactions.MessageReactions", messageId: 0n, reactionFields: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.messageId = readFixed64(r); break;
      case 2:
        m.reactionFields.push(dec_reactions_MessageReactionField(r, readUint32(r), depth + 1, undefined)); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_reactions_ReactionEmoji(r: WireReader, length: number, depth: number, target: ReactionEmoji | undefined): ReactionEmoji {
  if (depth > 100) throw tooDeep("osmium.client.reactions.ReactionEmoji");
  const m: ReactionEmoji = target ?? { $typeName: "osmium.client.reactions.ReactionEmoji", emoji: { case: undefined } };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.emoji = { case: "unicodeEmoji", value: str(r) }; break;
      case 2:
        m.emoji = { case: "customEmoji", value: readFixed64(r) }; break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_refs_ChannelRef(r: WireReader, length: number, depth: number, target: ChannelRef | undefined): ChannelRef {
  if (depth > 100) throw tooDeep("osmium.client.refs.ChannelRef");
  const m: ChannelRef = target ?? { $typeName: "osmium.client.refs.ChannelRef", communityId: 0n, channelId: 0n };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.communityId = readFixed64(r); break;
      case 2:
        m.channelId = readFixed64(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_refs_ChatRef(r: WireReader, length: number, depth: number, target: ChatRef | undefined): ChatRef {
  if (depth > 100) throw tooDeep("osmium.client.refs.ChatRef");
  const m: ChatRef = target ?? { $typeName: "osmium.client.refs.ChatRef", ref: { case: undefined } };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.ref = { case: "user", value: dec_refs_UserRef(r, readUint32(r), depth + 1, m.ref.case === "user" ? m.ref.value : undefined) }; break;
      case 2:
        m.ref = { case: "channel", value: dec_refs_ChannelRef(r, readUint32(r), depth + 1, m.ref.case === "channel" ? m.ref.value : undefined) }; break;
      case 3:
        m.ref = { case: "group", value: dec_refs_GroupRef(r, readUint32(r), depth + 1, m.ref.case === "group" ? m.ref.value : undefined) }; break;
      case 4:
        m.ref = { case: "self", value: dec_refs_RefSelf(r, readUint32(r), depth + 1, m.ref.case === "self" ? m.ref.value : undefined) }; break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_refs_GroupRef(r: WireReader, length: number, depth: number, target: GroupRef | undefined): GroupRef {
  if (depth > 100) throw tooDeep("osmium.client.refs.GroupRef");
  const m: GroupRef = target ?? { $typeName: "osmium.client.refs.GroupRef", groupId: 0n };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.groupId = readFixed64(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_refs_RefSelf(r: WireReader, length: number, depth: number, target: RefSelf | undefined): RefSelf {
  if (depth > 100) throw tooDeep("osmium.client.refs.RefSelf");
  const m: RefSelf = target ?? { $typeName: "osmium.client.refs.RefSelf" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_refs_StickerPackRef(r: WireReader, length: number, depth: number, target: StickerPackRef | undefined): StickerPackRef {
  if (depth > 100) throw tooDeep("osmium.client.refs.StickerPackRef");
  const m: StickerPackRef = target ?? { $typeName: "osmium.client.refs.StickerPackRef", id: 0n };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.id = readFixed64(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_refs_UserRef(r: WireReader, length: number, depth: number, target: UserRef | undefined): UserRef {
  if (depth > 100) throw tooDeep("osmium.client.refs.UserRef");
  const m: UserRef = target ?? { $typeName: "osmium.client.refs.UserRef", userId: 0n };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.userId = readFixed64(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_settings_Account(r: WireReader, length: number, depth: number, target: Account | undefined): Account {
  if (depth > 100) throw tooDeep("osmium.client.settings.Account");
  const m: Account = target ?? { $typeName: "osmium.client.settings.Account", confirmed: false, hasPassword: false, totpEnabled: false, pendingDelete: false };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.email = str(r); break;
      case 2:
        m.confirmed = readBool(r); break;
      case 3:
        m.hasPassword = readBool(r); break;
      case 4:
        m.totpEnabled = readBool(r); break;
      case 5:
        m.pendingDelete = readBool(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_settings_BackupCode(r: WireReader, length: number, depth: number, target: BackupCode | undefined): BackupCode {
  if (depth > 100) throw tooDeep("osmium.client.settings.BackupCode");
  const m: BackupCode = target ?? { $typeName: "osmium.client.settings.BackupCode", code: "", used: false };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.code = str(r); break;
      case 2:
        m.used = readBool(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_settings_Totp(r: WireReader, length: number, depth: number, target: Totp | undefined): Totp {
  if (depth > 100) throw tooDeep("osmium.client.settings.Totp");
  const m: Totp = target ?? { $typeName: "osmium.client.settings.Totp", enabled: false, backupCodes: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.enabled = readBool(r); break;
      case 2:
        m.url = str(r); break;
      case 3:
        m.backupCodes.push(dec_settings_BackupCode(r, readUint32(r), depth + 1, undefined)); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_settings_UserSettings(r: WireReader, length: number, depth: number, target: UserSettings | undefined): UserSettings {
  if (depth > 100) throw tooDeep("osmium.client.settings.UserSettings");
  const m: UserSettings = target ?? { $typeName: "osmium.client.settings.UserSettings" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.communityOrder = dec_settings_UserSettings_CommunityOrder(r, readUint32(r), depth + 1, m.communityOrder); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_settings_UserSettings_CommunityOrder(r: WireReader, length: number, depth: number, target: UserSettings_CommunityOrder | undefined): UserSettings_CommunityOrder {
  if (depth > 100) throw tooDeep("osmium.client.settings.UserSettings.CommunityOrder");
  const m: UserSettings_CommunityOrder = target ?? { $typeName: "osmium.client.settings.UserSettings.CommunityOrder", communityIds: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        if ((t & 7) === 2) { const e = readUint32(r) + r.pos; while (r.pos < e) m.communityIds.push(readFixed64(r)); } else m.communityIds.push(readFixed64(r));
        break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_stickers_SavedStickers(r: WireReader, length: number, depth: number, target: SavedStickers | undefined): SavedStickers {
  if (depth > 100) throw tooDeep("osmium.client.stickers.SavedStickers");
  const m: SavedStickers = target ?? { $typeName: "osmium.client.stickers.SavedStickers", savedPacks: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.savedPacks.push(dec_stickers_StickerPack(r, readUint32(r), depth + 1, undefined)); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_stickers_StickerPack(r: WireReader, length: number, depth: number, target: StickerPack | undefined): StickerPack {
  if (depth > 100) throw tooDeep("osmium.client.stickers.StickerPack");
  const m: StickerPack = target ?? { $typeName: "osmium.client.stickers.StickerPack", id: 0n, type: 0, name: "", stickers: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.id = readFixed64(r); break;
      case 2:
        m.type = readInt32(r); break;
      case 3:
        m.name = str(r); break;
      case 4:
        m.stickers.push(dec_media_File(r, readUint32(r), depth + 1, undefined)); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_types_Channel(r: WireReader, length: number, depth: number, target: Channel | undefined): Channel {
  if (depth > 100) throw tooDeep("osmium.client.types.Channel");
  const m: Channel = target ?? { $typeName: "osmium.client.types.Channel", id: 0n, communityId: 0n, name: "", type: 0, position: 0, flags: 0n };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.id = readFixed64(r); break;
      case 2:
        m.communityId = readFixed64(r); break;
      case 3:
        m.name = str(r); break;
      case 4:
        m.type = readInt32(r); break;
      case 5:
        m.position = readUint32(r); break;
      case 6:
        m.parentId = readFixed64(r); break;
      case 7:
        m.flags = readUint64(r); break;
      case 8:
        m.highlightedMsgId = readFixed64(r); break;
      case 9:
        m.description = str(r); break;
      case 12:
        m.slowmodeSeconds = readUint32(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_types_ChannelOverride(r: WireReader, length: number, depth: number, target: ChannelOverride$1 | undefined): ChannelOverride$1 {
  if (depth > 100) throw tooDeep("osmium.client.types.ChannelOverride");
  const m: ChannelOverride$1 = target ?? { $typeName: "osmium.client.types.ChannelOverride", communityId: 0n, channelId: 0n, roleId: 0n };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.communityId = readFixed64(r); break;
      case 2:
        m.channelId = readFixed64(r); break;
      case 3:
        m.roleId = readFixed64(r); break;
      case 4:
        m.permissions = dec_types_PermissionOverrides(r, readUint32(r), depth + 1, m.permissions); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_types_ChatPhoto(r: WireReader, length: number, depth: number, target: ChatPhoto | undefined): ChatPhoto {
  if (depth > 100) throw tooDeep("osmium.client.types.ChatPhoto");
  const m: ChatPhoto = target ?? { $typeName: "osmium.client.types.ChatPhoto", fileId: 0n, preview: NO_BYTES };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.fileId = readFixed64(r); break;
      case 2:
        m.preview = readBytes(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  if (m.preview === NO_BYTES) m.preview = new Uint8Array(0);
  return withUnknown(m, u);
}

export function dec_types_Community(r: WireReader, length: number, depth: number, target: Community | undefined): Community {
  if (depth > 100) throw tooDeep("osmium.client.types.Community");
  const m: Community = target ?? { $typeName: "osmium.client.types.Community", id: 0n, owner: false, name: "", permissions: 0n, notifPrefs: 0 };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.id = readFixed64(r); break;
      case 2:
        m.owner = readBool(r); break;
      case 3:
        m.name = str(r); break;
      case 4:
        m.photo = dec_types_ChatPhoto(r, readUint32(r), depth + 1, m.photo); break;
      case 5:
        m.permissions = readFixed64(r); break;
      case 6:
        m.notifPrefs = readInt32(r); break;
      case 7:
        m.username = str(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_types_CommunityMember(r: WireReader, length: number, depth: number, target: CommunityMember | undefined): CommunityMember {
  if (depth > 100) throw tooDeep("osmium.client.types.CommunityMember");
  const m: CommunityMember = target ?? { $typeName: "osmium.client.types.CommunityMember", id: 0n, communityId: 0n, roleIds: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.id = readFixed64(r); break;
      case 2:
        m.communityId = readFixed64(r); break;
      case 3:
        if ((t & 7) === 2) { const e = readUint32(r) + r.pos; while (r.pos < e) m.roleIds.push(readFixed64(r)); } else m.roleIds.push(readFixed64(r));
        break;
      case 4:
        m.nickname = str(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_types_CommunityRole(r: WireReader, length: number, depth: number, target: CommunityRole | undefined): CommunityRole {
  if (depth > 100) throw tooDeep("osmium.client.types.CommunityRole");
  const m: CommunityRole = target ?? { $typeName: "osmium.client.types.CommunityRole", id: 0n, communityId: 0n, name: "", permissions: 0n, priority: 0, color: 0, separated: false, public: false };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.id = readFixed64(r); break;
      case 2:
        m.communityId = readFixed64(r); break;
      case 3:
        m.name = str(r); break;
      case 4:
        m.permissions = readFixed64(r); break;
      case 5:
        m.priority = readUint32(r); break;
      case 6:
        m.color = readUint32(r); break;
      case 7:
        m.separated = readBool(r); break;
      case 8:
        m.public = readBool(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_types_Conversation(r: WireReader, length: number, depth: number, target: Conversation | undefined): Conversation {
  if (depth > 100) throw tooDeep("osmium.client.types.Conversation");
  const m: Conversation = target ?? { $typeName: "osmium.client.types.Conversation", lastMessageId: 0n, lastReadMessageId: 0n, unreadCount: 0, notifPrefs: 0, unreadMentionsCount: 0 };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.chatRef = dec_refs_ChatRef(r, readUint32(r), depth + 1, m.chatRef); break;
      case 2:
        m.lastMessageId = readFixed64(r); break;
      case 3:
        m.lastReadMessageId = readFixed64(r); break;
      case 5:
        m.unreadCount = readUint32(r); break;
      case 6:
        m.draft = str(r); break;
      case 7:
        m.permissions = dec_types_PermissionOverrides(r, readUint32(r), depth + 1, m.permissions); break;
      case 8:
        m.notifPrefs = readInt32(r); break;
      case 9:
        m.unreadMentionsCount = readUint32(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_types_Entrypoint(r: WireReader, length: number, depth: number, target: Entrypoint | undefined): Entrypoint {
  if (depth > 100) throw tooDeep("osmium.client.types.Entrypoint");
  const m: Entrypoint = target ?? { $typeName: "osmium.client.types.Entrypoint", hostname: "", port: 0, region: 0 };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.hostname = str(r); break;
      case 2:
        m.ipAddress = str(r); break;
      case 3:
        m.port = readUint32(r); break;
      case 4:
        m.region = readUint32(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_types_Group(r: WireReader, length: number, depth: number, target: Group | undefined): Group {
  if (depth > 100) throw tooDeep("osmium.client.types.Group");
  const m: Group = target ?? { $typeName: "osmium.client.types.Group", id: 0n, name: "", owner: false, participantIds: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.id = readFixed64(r); break;
      case 2:
        m.name = str(r); break;
      case 3:
        m.owner = readBool(r); break;
      case 4:
        if ((t & 7) === 2) { const e = readUint32(r) + r.pos; while (r.pos < e) m.participantIds.push(readFixed64(r)); } else m.participantIds.push(readFixed64(r));
        break;
      case 5:
        m.photo = dec_types_ChatPhoto(r, readUint32(r), depth + 1, m.photo); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_types_Message(r: WireReader, length: number, depth: number, target: Message$1 | undefined): Message$1 {
  if (depth > 100) throw tooDeep("osmium.client.types.Message");
  const m: Message$1 = target ?? { $typeName: "osmium.client.types.Message", messageId: 0n, authorId: 0n, message: "", media: [], entities: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.chatRef = dec_refs_ChatRef(r, readUint32(r), depth + 1, m.chatRef); break;
      case 2:
        m.messageId = readFixed64(r); break;
      case 3:
        m.authorId = readFixed64(r); break;
      case 4:
        m.message = str(r); break;
      case 5:
        m.replyTo = readFixed64(r); break;
      case 6:
        m.media.push(dec_media_MessageMedia(r, readUint32(r), depth + 1, undefined)); break;
      case 7:
        m.entities.push(dec_types_MessageEntity(r, readUint32(r), depth + 1, undefined)); break;
      case 8:
        m.editedAt = readUint64(r); break;
      case 9:
        m.type = readInt32(r); break;
      case 10:
        m.forward = dec_types_Message_MessageForwardInfo(r, readUint32(r), depth + 1, m.forward); break;
      case 11:
        m.reply = dec_types_Message_MessageReplyInfo(r, readUint32(r), depth + 1, m.reply); break;
      case 12:
        m.botInfo = dec_types_Message_MessageBotInfo(r, readUint32(r), depth + 1, m.botInfo); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_types_Message_MessageBotInfo(r: WireReader, length: number, depth: number, target: Message_MessageBotInfo | undefined): Message_MessageBotInfo {
  if (depth > 100) throw tooDeep("osmium.client.types.Message.MessageBotInfo");
  const m: Message_MessageBotInfo = target ?? { $typeName: "osmium.client.types.Message.MessageBotInfo" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.cloak = dec_types_Message_MessageBotInfo_MessageCloak(r, readUint32(r), depth + 1, m.cloak); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_types_Message_MessageBotInfo_MessageCloak(r: WireReader, length: number, depth: number, target: Message_MessageBotInfo_MessageCloak | undefined): Message_MessageBotInfo_MessageCloak {
  if (depth > 100) throw tooDeep("osmium.client.types.Message.MessageBotInfo.MessageCloak");
  const m: Message_MessageBotInfo_MessageCloak = target ?? { $typeName: "osmium.client.types.Message.MessageBotInfo.MessageCloak", name: "" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.name = str(r); break;
      case 2:
        m.photo = dec_types_ChatPhoto(r, readUint32(r), depth + 1, m.photo); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_types_Message_MessageForwardInfo(r: WireReader, length: number, depth: number, target: Message_MessageForwardInfo | undefined): Message_MessageForwardInfo {
  if (depth > 100) throw tooDeep("osmium.client.types.Message.MessageForwardInfo");
  const m: Message_MessageForwardInfo = target ?? { $typeName: "osmium.client.types.Message.MessageForwardInfo" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.date = readFixed64(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_types_Message_MessageReplyInfo(r: WireReader, length: number, depth: number, target: Message_MessageReplyInfo | undefined): Message_MessageReplyInfo {
  if (depth > 100) throw tooDeep("osmium.client.types.Message.MessageReplyInfo");
  const m: Message_MessageReplyInfo = target ?? { $typeName: "osmium.client.types.Message.MessageReplyInfo" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.messageId = readFixed64(r); break;
      case 2:
        m.quote = dec_types_Message_MessageReplyInfo_Quote(r, readUint32(r), depth + 1, m.quote); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_types_Message_MessageReplyInfo_Quote(r: WireReader, length: number, depth: number, target: Message_MessageReplyInfo_Quote | undefined): Message_MessageReplyInfo_Quote {
  if (depth > 100) throw tooDeep("osmium.client.types.Message.MessageReplyInfo.Quote");
  const m: Message_MessageReplyInfo_Quote = target ?? { $typeName: "osmium.client.types.Message.MessageReplyInfo.Quote", message: "", entities: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.message = str(r); break;
      case 2:
        m.entities.push(dec_types_MessageEntity(r, readUint32(r), depth + 1, undefined)); break;
      case 3:
        m.offset = readUint64(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_types_MessageEntity(r: WireReader, length: number, depth: number, target: MessageEntity | undefined): MessageEntity {
  if (depth > 100) throw tooDeep("osmium.client.types.MessageEntity");
  const m: MessageEntity = target ?? { $typeName: "osmium.client.types.MessageEntity", startIndex: 0, length: 0, entity: { case: undefined } };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.startIndex = readUint32(r); break;
      case 2:
        m.length = readUint32(r); break;
      case 3:
        m.entity = { case: "bold", value: readBool(r) }; break;
      case 4:
        m.entity = { case: "italic", value: readBool(r) }; break;
      case 5:
        m.entity = { case: "underline", value: readBool(r) }; break;
      case 6:
        m.entity = { case: "strikethrough", value: readBool(r) }; break;
      case 7:
        m.entity = { case: "code", value: readBool(r) }; break;
      case 8:
        m.entity = { case: "url", value: readBool(r) }; break;
      case 9:
        m.entity = { case: "spoiler", value: dec_types_MessageEntity_SpoilerEntity(r, readUint32(r), depth + 1, m.entity.case === "spoiler" ? m.entity.value : undefined) }; break;
      case 10:
        m.entity = { case: "pre", value: dec_types_MessageEntity_PreEntity(r, readUint32(r), depth + 1, m.entity.case === "pre" ? m.entity.value : undefined) }; break;
      case 11:
        m.entity = { case: "textUrl", value: dec_types_MessageEntity_TextUrlEntity(r, readUint32(r), depth + 1, m.entity.case === "textUrl" ? m.entity.value : undefined) }; break;
      case 12:
        m.entity = { case: "customEmoji", value: dec_types_MessageEntity_CustomEmojiEntity(r, readUint32(r), depth + 1, m.entity.case === "customEmoji" ? m.entity.value : undefined) }; break;
      case 13:
        m.entity = { case: "userMention", value: dec_types_MessageEntity_UserMentionEntity(r, readUint32(r), depth + 1, m.entity.case === "userMention" ? m.entity.value : undefined) }; break;
      case 14:
        m.entity = { case: "username", value: readBool(r) }; break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_types_MessageEntity_CustomEmojiEntity(r: WireReader, length: number, depth: number, target: MessageEntity_CustomEmojiEntity | undefined): MessageEntity_CustomEmojiEntity {
  if (depth > 100) throw tooDeep("osmium.client.types.MessageEntity.CustomEmojiEntity");
  const m: MessageEntity_CustomEmojiEntity = target ?? { $typeName: "osmium.client.types.MessageEntity.CustomEmojiEntity", emojiId: 0n };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.emojiId = readFixed64(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_types_MessageEntity_PreEntity(r: WireReader, length: number, depth: number, target: MessageEntity_PreEntity | undefined): MessageEntity_PreEntity {
  if (depth > 100) throw tooDeep("osmium.client.types.MessageEntity.PreEntity");
  const m: MessageEntity_PreEntity = target ?? { $typeName: "osmium.client.types.MessageEntity.PreEntity" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.language = str(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_types_MessageEntity_SpoilerEntity(r: WireReader, length: number, depth: number, target: MessageEntity_SpoilerEntity | undefined): MessageEntity_SpoilerEntity {
  if (depth > 100) throw tooDeep("osmium.client.types.MessageEntity.SpoilerEntity");
  const m: MessageEntity_SpoilerEntity = target ?? { $typeName: "osmium.client.types.MessageEntity.SpoilerEntity" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_types_MessageEntity_TextUrlEntity(r: WireReader, length: number, depth: number, target: MessageEntity_TextUrlEntity | undefined): MessageEntity_TextUrlEntity {
  if (depth > 100) throw tooDeep("osmium.client.types.MessageEntity.TextUrlEntity");
  const m: MessageEntity_TextUrlEntity = target ?? { $typeName: "osmium.client.types.MessageEntity.TextUrlEntity", url: "" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.url = str(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_types_MessageEntity_UserMentionEntity(r: WireReader, length: number, depth: number, target: MessageEntity_UserMentionEntity | undefined): MessageEntity_UserMentionEntity {
  if (depth > 100) throw tooDeep("osmium.client.types.MessageEntity.UserMentionEntity");
  const m: MessageEntity_UserMentionEntity = target ?? { $typeName: "osmium.client.types.MessageEntity.UserMentionEntity" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_types_PermissionOverrides(r: WireReader, length: number, depth: number, target: PermissionOverrides | undefined): PermissionOverrides {
  if (depth > 100) throw tooDeep("osmium.client.types.PermissionOverrides");
  const m: PermissionOverrides = target ?? { $typeName: "osmium.client.types.PermissionOverrides", pos: 0n, neg: 0n };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.pos = readFixed64(r); break;
      case 2:
        m.neg = readFixed64(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_types_Relationship(r: WireReader, length: number, depth: number, target: Relationship | undefined): Relationship {
  if (depth > 100) throw tooDeep("osmium.client.types.Relationship");
  const m: Relationship = target ?? { $typeName: "osmium.client.types.Relationship", userId: 0n, status: 0 };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.userId = readFixed64(r); break;
      case 2:
        m.status = readInt32(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_types_User(r: WireReader, length: number, depth: number, target: User | undefined): User {
  if (depth > 100) throw tooDeep("osmium.client.types.User");
  const m: User = target ?? { $typeName: "osmium.client.types.User", id: 0n, name: "", bot: false };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.id = readFixed64(r); break;
      case 2:
        m.name = str(r); break;
      case 3:
        m.username = str(r); break;
      case 4:
        m.status = dec_types_UserStatus(r, readUint32(r), depth + 1, m.status); break;
      case 5:
        m.photo = dec_types_ChatPhoto(r, readUint32(r), depth + 1, m.photo); break;
      case 6:
        m.bot = readBool(r); break;
      case 7:
        m.icon = readFixed64(r); break;
      case 8:
        m.color = readUint32(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_types_UserStatus(r: WireReader, length: number, depth: number, target: UserStatus | undefined): UserStatus {
  if (depth > 100) throw tooDeep("osmium.client.types.UserStatus");
  const m: UserStatus = target ?? { $typeName: "osmium.client.types.UserStatus", activities: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 3:
        m.status = readInt32(r); break;
      case 4:
        m.activities.push(dec_types_UserStatus_Activity(r, readUint32(r), depth + 1, undefined)); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_types_UserStatus_Activity(r: WireReader, length: number, depth: number, target: UserStatus_Activity | undefined): UserStatus_Activity {
  if (depth > 100) throw tooDeep("osmium.client.types.UserStatus.Activity");
  const m: UserStatus_Activity = target ?? { $typeName: "osmium.client.types.UserStatus.Activity", title: "", type: 0, startTime: 0n };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.title = str(r); break;
      case 2:
        m.type = readInt32(r); break;
      case 3:
        m.startTime = readFixed64(r); break;
      case 4:
        m.endTime = readFixed64(r); break;
      case 5:
        m.state = str(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_updates_MemberListEntry(r: WireReader, length: number, depth: number, target: MemberListEntry | undefined): MemberListEntry {
  if (depth > 100) throw tooDeep("osmium.client.updates.MemberListEntry");
  const m: MemberListEntry = target ?? { $typeName: "osmium.client.updates.MemberListEntry", entry: { case: undefined } };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.entry = { case: "user", value: dec_updates_MemberListEntryUser(r, readUint32(r), depth + 1, m.entry.case === "user" ? m.entry.value : undefined) }; break;
      case 2:
        m.entry = { case: "divider", value: dec_updates_MemberListEntryDivider(r, readUint32(r), depth + 1, m.entry.case === "divider" ? m.entry.value : undefined) }; break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_updates_MemberListEntryDivider(r: WireReader, length: number, depth: number, target: MemberListEntryDivider | undefined): MemberListEntryDivider {
  if (depth > 100) throw tooDeep("osmium.client.updates.MemberListEntryDivider");
  const m: MemberListEntryDivider = target ?? { $typeName: "osmium.client.updates.MemberListEntryDivider", inner: { case: undefined }, memberCount: 0 };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.inner = { case: "online", value: readBool(r) }; break;
      case 2:
        m.inner = { case: "roleId", value: readFixed64(r) }; break;
      case 3:
        m.memberCount = readUint32(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_updates_MemberListEntryUser(r: WireReader, length: number, depth: number, target: MemberListEntryUser | undefined): MemberListEntryUser {
  if (depth > 100) throw tooDeep("osmium.client.updates.MemberListEntryUser");
  const m: MemberListEntryUser = target ?? { $typeName: "osmium.client.updates.MemberListEntryUser" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.user = dec_types_User(r, readUint32(r), depth + 1, m.user); break;
      case 2:
        m.nickname = str(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_updates_Update(r: WireReader, length: number, depth: number, target: Update | undefined): Update {
  if (depth > 100) throw tooDeep("osmium.client.updates.Update");
  const m: Update = target ?? { $typeName: "osmium.client.updates.Update", update: { case: undefined } };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      default: {
        const d = onUse_updates_Update_update[t >>> 3];
        if (d !== undefined) {
          m.update = { case: d.case, value: d.decode(r, readUint32(r), depth + 1, m.update.case === d.case ? m.update.value : undefined) } as Update["update"];
          break;
        }
        u = readUnknown(r, t, depth, u);
      }
    }
  }
  return withUnknown(m, u);
}

export function dec_updates_UpdateChannel(r: WireReader, length: number, depth: number, target: UpdateChannel | undefined): UpdateChannel {
  if (depth > 100) throw tooDeep("osmium.client.updates.UpdateChannel");
  const m: UpdateChannel = target ?? { $typeName: "osmium.client.updates.UpdateChannel" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.channel = dec_types_Channel(r, readUint32(r), depth + 1, m.channel); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_updates_UpdateChannelDeleted(r: WireReader, length: number, depth: number, target: UpdateChannelDeleted | undefined): UpdateChannelDeleted {
  if (depth > 100) throw tooDeep("osmium.client.updates.UpdateChannelDeleted");
  const m: UpdateChannelDeleted = target ?? { $typeName: "osmium.client.updates.UpdateChannelDeleted" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.channel = dec_refs_ChannelRef(r, readUint32(r), depth + 1, m.channel); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_updates_UpdateChat(r: WireReader, length: number, depth: number, target: UpdateChat | undefined): UpdateChat {
  if (depth > 100) throw tooDeep("osmium.client.updates.UpdateChat");
  const m: UpdateChat = target ?? { $typeName: "osmium.client.updates.UpdateChat" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.chat = dec_chats_Chat(r, readUint32(r), depth + 1, m.chat); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_updates_UpdateChatTyping(r: WireReader, length: number, depth: number, target: UpdateChatTyping | undefined): UpdateChatTyping {
  if (depth > 100) throw tooDeep("osmium.client.updates.UpdateChatTyping");
  const m: UpdateChatTyping = target ?? { $typeName: "osmium.client.updates.UpdateChatTyping", userId: 0n, typing: false };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.chatRef = dec_refs_ChatRef(r, readUint32(r), depth + 1, m.chatRef); break;
      case 2:
        m.userId = readFixed64(r); break;
      case 3:
        m.typing = readBool(r); break;
      case 4:
        m.action = readInt32(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_updates_UpdateCommunity(r: WireReader, length: number, depth: number, target: UpdateCommunity | undefined): UpdateCommunity {
  if (depth > 100) throw tooDeep("osmium.client.updates.UpdateCommunity");
  const m: UpdateCommunity = target ?? { $typeName: "osmium.client.updates.UpdateCommunity", communityId: 0n };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.communityId = readFixed64(r); break;
      case 2:
        m.community = dec_types_Community(r, readUint32(r), depth + 1, m.community); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_updates_UpdateCommunityDeleted(r: WireReader, length: number, depth: number, target: UpdateCommunityDeleted | undefined): UpdateCommunityDeleted {
  if (depth > 100) throw tooDeep("osmium.client.updates.UpdateCommunityDeleted");
  const m: UpdateCommunityDeleted = target ?? { $typeName: "osmium.client.updates.UpdateCommunityDeleted", communityId: 0n };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.communityId = readFixed64(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_updates_UpdateCommunityMember(r: WireReader, length: number, depth: number, target: UpdateCommunityMember | undefined): UpdateCommunityMember {
  if (depth > 100) throw tooDeep("osmium.client.updates.UpdateCommunityMember");
  const m: UpdateCommunityMember = target ?? { $typeName: "osmium.client.updates.UpdateCommunityMember", communityId: 0n, memberId: 0n };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.communityId = readFixed64(r); break;
      case 2:
        m.memberId = readFixed64(r); break;
      case 3:
        m.member = dec_types_CommunityMember(r, readUint32(r), depth + 1, m.member); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_updates_UpdateCommunityMemberCreated(r: WireReader, length: number, depth: number, target: UpdateCommunityMemberCreated | undefined): UpdateCommunityMemberCreated {
  if (depth > 100) throw tooDeep("osmium.client.updates.UpdateCommunityMemberCreated");
  const m: UpdateCommunityMemberCreated = target ?? { $typeName: "osmium.client.updates.UpdateCommunityMemberCreated", communityId: 0n, memberId: 0n };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.communityId = readFixed64(r); break;
      case 2:
        m.memberId = readFixed64(r); break;
      case 3:
        m.member = dec_types_CommunityMember(r, readUint32(r), depth + 1, m.member); break;
      case 4:
        m.user = dec_types_User(r, readUint32(r), depth + 1, m.user); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_updates_UpdateCommunityMemberDeleted(r: WireReader, length: number, depth: number, target: UpdateCommunityMemberDeleted | undefined): UpdateCommunityMemberDeleted {
  if (depth > 100) throw tooDeep("osmium.client.updates.UpdateCommunityMemberDeleted");
  const m: UpdateCommunityMemberDeleted = target ?? { $typeName: "osmium.client.updates.UpdateCommunityMemberDeleted", communityId: 0n, memberId: 0n };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.communityId = readFixed64(r); break;
      case 2:
        m.memberId = readFixed64(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_updates_UpdateCommunityUnavailable(r: WireReader, length: number, depth: number, target: UpdateCommunityUnavailable | undefined): UpdateCommunityUnavailable {
  if (depth > 100) throw tooDeep("osmium.client.updates.UpdateCommunityUnavailable");
  const m: UpdateCommunityUnavailable = target ?? { $typeName: "osmium.client.updates.UpdateCommunityUnavailable", communityId: 0n };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.communityId = readFixed64(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_updates_UpdateConversationLastRead(r: WireReader, length: number, depth: number, target: UpdateConversationLastRead | undefined): UpdateConversationLastRead {
  if (depth > 100) throw tooDeep("osmium.client.updates.UpdateConversationLastRead");
  const m: UpdateConversationLastRead = target ?? { $typeName: "osmium.client.updates.UpdateConversationLastRead", lastReadMessageId: 0n };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.chatRef = dec_refs_ChatRef(r, readUint32(r), depth + 1, m.chatRef); break;
      case 2:
        m.lastReadMessageId = readFixed64(r); break;
      case 3:
        m.unreadCount = readUint32(r); break;
      case 4:
        m.unreadMentionsCount = readUint32(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_updates_UpdateConversationPermissions(r: WireReader, length: number, depth: number, target: UpdateConversationPermissions | undefined): UpdateConversationPermissions {
  if (depth > 100) throw tooDeep("osmium.client.updates.UpdateConversationPermissions");
  const m: UpdateConversationPermissions = target ?? { $typeName: "osmium.client.updates.UpdateConversationPermissions" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.chatRef = dec_refs_ChatRef(r, readUint32(r), depth + 1, m.chatRef); break;
      case 2:
        m.permissions = dec_types_PermissionOverrides(r, readUint32(r), depth + 1, m.permissions); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_updates_UpdateGroup(r: WireReader, length: number, depth: number, target: UpdateGroup | undefined): UpdateGroup {
  if (depth > 100) throw tooDeep("osmium.client.updates.UpdateGroup");
  const m: UpdateGroup = target ?? { $typeName: "osmium.client.updates.UpdateGroup", users: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.group = dec_types_Group(r, readUint32(r), depth + 1, m.group); break;
      case 2:
        m.users.push(dec_types_User(r, readUint32(r), depth + 1, undefined)); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_updates_UpdateMemberList(r: WireReader, length: number, depth: number, target: UpdateMemberList | undefined): UpdateMemberList {
  if (depth > 100) throw tooDeep("osmium.client.updates.UpdateMemberList");
  const m: UpdateMemberList = target ?? { $typeName: "osmium.client.updates.UpdateMemberList", channelId: 0n, entries: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.communityId = readFixed64(r); break;
      case 2:
        m.channelId = readFixed64(r); break;
      case 4:
        m.entries.push(dec_updates_MemberListEntry(r, readUint32(r), depth + 1, undefined)); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_updates_UpdateMessage(r: WireReader, length: number, depth: number, target: UpdateMessage | undefined): UpdateMessage {
  if (depth > 100) throw tooDeep("osmium.client.updates.UpdateMessage");
  const m: UpdateMessage = target ?? { $typeName: "osmium.client.updates.UpdateMessage" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.message = dec_types_Message(r, readUint32(r), depth + 1, m.message); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_updates_UpdateMessageCreated(r: WireReader, length: number, depth: number, target: UpdateMessageCreated | undefined): UpdateMessageCreated {
  if (depth > 100) throw tooDeep("osmium.client.updates.UpdateMessageCreated");
  const m: UpdateMessageCreated = target ?? { $typeName: "osmium.client.updates.UpdateMessageCreated", channelUnreadCount: 0 };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.message = dec_types_Message(r, readUint32(r), depth + 1, m.message); break;
      case 2:
        m.channelUnreadCount = readUint32(r); break;
      case 3:
        m.author = dec_types_User(r, readUint32(r), depth + 1, m.author); break;
      case 4:
        m.clientId = readFixed64(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_updates_UpdateMessageDeleted(r: WireReader, length: number, depth: number, target: UpdateMessageDeleted | undefined): UpdateMessageDeleted {
  if (depth > 100) throw tooDeep("osmium.client.updates.UpdateMessageDeleted");
  const m: UpdateMessageDeleted = target ?? { $typeName: "osmium.client.updates.UpdateMessageDeleted", messageIds: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.chatRef = dec_refs_ChatRef(r, readUint32(r), depth + 1, m.chatRef); break;
      case 2:
        if ((t & 7) === 2) { const e = readUint32(r) + r.pos; while (r.pos < e) m.messageIds.push(readFixed64(r)); } else m.messageIds.push(readFixed64(r));
        break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_updates_UpdateMessageReactions(r: WireReader, length: number, depth: number, target: UpdateMessageReactions | undefined): UpdateMessageReactions {
  if (depth > 100) throw tooDeep("osmium.client.updates.UpdateMessageReactions");
  const m: UpdateMessageReactions = target ?? { $typeName: "osmium.client.updates.UpdateMessageReactions" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.chatRef = dec_refs_ChatRef(r, readUint32(r), depth + 1, m.chatRef); break;
      case 2:
        m.reactions = dec_reactions_MessageReactions(r, readUint32(r), depth + 1, m.reactions); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_updates_UpdateSessionDeleted(r: WireReader, length: number, depth: number, target: UpdateSessionDeleted | undefined): UpdateSessionDeleted {
  if (depth > 100) throw tooDeep("osmium.client.updates.UpdateSessionDeleted");
  const m: UpdateSessionDeleted = target ?? { $typeName: "osmium.client.updates.UpdateSessionDeleted", sessionId: 0n };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.sessionId = readFixed64(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_updates_UpdateUser(r: WireReader, length: number, depth: number, target: UpdateUser | undefined): UpdateUser {
  if (depth > 100) throw tooDeep("osmium.client.updates.UpdateUser");
  const m: UpdateUser = target ?? { $typeName: "osmium.client.updates.UpdateUser", userId: 0n };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.userId = readFixed64(r); break;
      case 2:
        m.user = dec_types_User(r, readUint32(r), depth + 1, m.user); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_updates_UpdateUserRelationship(r: WireReader, length: number, depth: number, target: UpdateUserRelationship | undefined): UpdateUserRelationship {
  if (depth > 100) throw tooDeep("osmium.client.updates.UpdateUserRelationship");
  const m: UpdateUserRelationship = target ?? { $typeName: "osmium.client.updates.UpdateUserRelationship" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.relationship = dec_types_Relationship(r, readUint32(r), depth + 1, m.relationship); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_updates_UpdateUserRelationshipDeleted(r: WireReader, length: number, depth: number, target: UpdateUserRelationshipDeleted | undefined): UpdateUserRelationshipDeleted {
  if (depth > 100) throw tooDeep("osmium.client.updates.UpdateUserRelationshipDeleted");
  const m: UpdateUserRelationshipDeleted = target ?? { $typeName: "osmium.client.updates.UpdateUserRelationshipDeleted", otherUserId: 0n };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.otherUserId = readFixed64(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_updates_UpdateUserStatus(r: WireReader, length: number, depth: number, target: UpdateUserStatus | undefined): UpdateUserStatus {
  if (depth > 100) throw tooDeep("osmium.client.updates.UpdateUserStatus");
  const m: UpdateUserStatus = target ?? { $typeName: "osmium.client.updates.UpdateUserStatus", userId: 0n };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.userId = readFixed64(r); break;
      case 2:
        m.status = dec_types_UserStatus(r, readUint32(r), depth + 1, m.status); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_users_Profile(r: WireReader, length: number, depth: number, target: Profile | undefined): Profile {
  if (depth > 100) throw tooDeep("osmium.client.users.Profile");
  const m: Profile = target ?? { $typeName: "osmium.client.users.Profile", bio: "", mutualCommunities: [], mutualFriends: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.ref = dec_refs_UserRef(r, readUint32(r), depth + 1, m.ref); break;
      case 2:
        m.bio = str(r); break;
      case 3:
        m.premiumSince = readFixed64(r); break;
      case 4:
        m.banner = dec_types_ChatPhoto(r, readUint32(r), depth + 1, m.banner); break;
      case 5:
        if ((t & 7) === 2) { const e = readUint32(r) + r.pos; while (r.pos < e) m.mutualCommunities.push(readFixed64(r)); } else m.mutualCommunities.push(readFixed64(r));
        break;
      case 6:
        if ((t & 7) === 2) { const e = readUint32(r) + r.pos; while (r.pos < e) m.mutualFriends.push(readFixed64(r)); } else m.mutualFriends.push(readFixed64(r));
        break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_users_UserDetails(r: WireReader, length: number, depth: number, target: UserDetails | undefined): UserDetails {
  if (depth > 100) throw tooDeep("osmium.client.users.UserDetails");
  const m: UserDetails = target ?? { $typeName: "osmium.client.users.UserDetails" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.user = dec_types_User(r, readUint32(r), depth + 1, m.user); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_voice_RoomInfo(r: WireReader, length: number, depth: number, target: RoomInfo | undefined): RoomInfo {
  if (depth > 100) throw tooDeep("osmium.client.voice.RoomInfo");
  const m: RoomInfo = target ?? { $typeName: "osmium.client.voice.RoomInfo", roomId: 0n, endpoint: "", token: "" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.roomId = readFixed64(r); break;
      case 2:
        m.chatRef = dec_refs_ChatRef(r, readUint32(r), depth + 1, m.chatRef); break;
      case 3:
        m.endpoint = str(r); break;
      case 4:
        m.token = str(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_voice_RoomParticipant(r: WireReader, length: number, depth: number, target: RoomParticipant | undefined): RoomParticipant {
  if (depth > 100) throw tooDeep("osmium.client.voice.RoomParticipant");
  const m: RoomParticipant = target ?? { $typeName: "osmium.client.voice.RoomParticipant", roomId: 0n, sessionId: "", userId: 0n, muted: false, deafened: false, videoAvailable: false, screenAvailable: false };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.roomId = readFixed64(r); break;
      case 2:
        m.sessionId = str(r); break;
      case 3:
        m.userId = readFixed64(r); break;
      case 4:
        m.muted = readBool(r); break;
      case 5:
        m.deafened = readBool(r); break;
      case 7:
        m.videoAvailable = readBool(r); break;
      case 8:
        m.screenAvailable = readBool(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_voice_RoomState(r: WireReader, length: number, depth: number, target: RoomState | undefined): RoomState {
  if (depth > 100) throw tooDeep("osmium.client.voice.RoomState");
  const m: RoomState = target ?? { $typeName: "osmium.client.voice.RoomState", roomId: 0n, participants: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 2:
        m.roomId = readFixed64(r); break;
      case 3:
        m.participants.push(dec_voice_RoomParticipant(r, readUint32(r), depth + 1, undefined)); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_voice_UpdateRoomParticipant(r: WireReader, length: number, depth: number, target: UpdateRoomParticipant | undefined): UpdateRoomParticipant {
  if (depth > 100) throw tooDeep("osmium.client.voice.UpdateRoomParticipant");
  const m: UpdateRoomParticipant = target ?? { $typeName: "osmium.client.voice.UpdateRoomParticipant" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.chatRef = dec_refs_ChatRef(r, readUint32(r), depth + 1, m.chatRef); break;
      case 2:
        m.participant = dec_voice_RoomParticipant(r, readUint32(r), depth + 1, m.participant); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

export function dec_voice_UpdateRoomState(r: WireReader, length: number, depth: number, target: UpdateRoomState | undefined): UpdateRoomState {
  if (depth > 100) throw tooDeep("osmium.client.voice.UpdateRoomState");
  const m: UpdateRoomState = target ?? { $typeName: "osmium.client.voice.UpdateRoomState" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = readTag(r);
    switch (t >>> 3) {
      case 1:
        m.chatRef = dec_refs_ChatRef(r, readUint32(r), depth + 1, m.chatRef); break;
      case 2:
        m.state = dec_voice_RoomState(r, readUint32(r), depth + 1, m.state); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

/** A generated encoder: writes the fields of `message` (no tag, no length prefix); throws where toBinary() might. */
export type FastEncoder = { bivariant(writer: WireWriter, message: object): void }["bivariant"];

/** A generated decoder (call it through `decodeFast`). */
export type FastDecoder = (r: WireReader, length: number, depth: number, target: undefined) => Message;

/**
 * Decodes `bytes` with `decoder`: the message, or a throw where fromBinary() throws, with its message
 * (but for a truncated fixed-width field: `premature EOF`, where protobuf-es's DataView throws the
 * engine's own RangeError). A string that is not valid UTF-8 is decoded with U+FFFD (fromBinary()
 * rejects it) and makes `replacedInvalidUtf8()` true until the next call.
 */
export function decodeFast<M extends Message = Message>(decoder: (r: WireReader, length: number, depth: number, target: undefined) => M, bytes: Uint8Array): M {
  replaced = false;
  return decoder(new WireReader(bytes), bytes.byteLength, 1, undefined);
}

/** True when the last `decodeFast` met a string that is not valid UTF-8, and decoded it with U+FFFD. */
export function replacedInvalidUtf8(): boolean {
  return replaced;
}

/** The generated encoders, by message type name (for tests and tools: the client reaches each through its RPC entry). */
export const fastEncoders: ReadonlyMap<string, FastEncoder> = /*@__PURE__*/ new Map<string, FastEncoder>([
  ["osmium.client.auth.Authorize", enc_auth_Authorize],
  ["osmium.client.auth.GetSessions", enc_auth_GetSessions],
  ["osmium.client.auth.LookupInvite", enc_auth_LookupInvite],
  ["osmium.client.auth.ResendEmailVerification", enc_auth_ResendEmailVerification],
  ["osmium.client.auth.ResetPassword", enc_auth_ResetPassword],
  ["osmium.client.auth.ResetPassword.ResetPasswordConfirm", enc_auth_ResetPassword_ResetPasswordConfirm],
  ["osmium.client.auth.RevokeSessions", enc_auth_RevokeSessions],
  ["osmium.client.auth.SignIn", enc_auth_SignIn],
  ["osmium.client.auth.SignUp", enc_auth_SignUp],
  ["osmium.client.auth.UseInvite", enc_auth_UseInvite],
  ["osmium.client.auth.VerifyEmail", enc_auth_VerifyEmail],
  ["osmium.client.billing.CancelSubscription", enc_billing_CancelSubscription],
  ["osmium.client.billing.GetProducts", enc_billing_GetProducts],
  ["osmium.client.billing.GetSubscription", enc_billing_GetSubscription],
  ["osmium.client.billing.RequestPaymentLink", enc_billing_RequestPaymentLink],
  ["osmium.client.chats.AddChatMember", enc_chats_AddChatMember],
  ["osmium.client.chats.CreateChat", enc_chats_CreateChat],
  ["osmium.client.chats.CreateChatInvite", enc_chats_CreateChatInvite],
  ["osmium.client.chats.DeleteChatInvite", enc_chats_DeleteChatInvite],
  ["osmium.client.chats.EditChat", enc_chats_EditChat],
  ["osmium.client.chats.EditChat.HighlightedMessage", enc_chats_EditChat_HighlightedMessage],
  ["osmium.client.chats.EditChat.Photo", enc_chats_EditChat_Photo],
  ["osmium.client.chats.GetChat", enc_chats_GetChat],
  ["osmium.client.chats.GetChats", enc_chats_GetChats],
  ["osmium.client.chats.ListChatInvites", enc_chats_ListChatInvites],
  ["osmium.client.chats.MarkChatRead", enc_chats_MarkChatRead],
  ["osmium.client.chats.RemoveChatMember", enc_chats_RemoveChatMember],
  ["osmium.client.chats.SetTyping", enc_chats_SetTyping],
  ["osmium.client.communities.AddMember", enc_communities_AddMember],
  ["osmium.client.communities.CommunityMemberRoleIds", enc_communities_CommunityMemberRoleIds],
  ["osmium.client.communities.CommunitySettings", enc_communities_CommunitySettings],
  ["osmium.client.communities.CommunitySettings.DiscoveryListing", enc_communities_CommunitySettings_DiscoveryListing],
  ["osmium.client.communities.CommunitySettings.SystemMessages", enc_communities_CommunitySettings_SystemMessages],
  ["osmium.client.communities.CreateChannel", enc_communities_CreateChannel],
  ["osmium.client.communities.CreateChannelOverride", enc_communities_CreateChannelOverride],
  ["osmium.client.communities.CreateCommunity", enc_communities_CreateCommunity],
  ["osmium.client.communities.CreateRole", enc_communities_CreateRole],
  ["osmium.client.communities.DeleteChannel", enc_communities_DeleteChannel],
  ["osmium.client.communities.DeleteChannelOverride", enc_communities_DeleteChannelOverride],
  ["osmium.client.communities.DeleteCommunity", enc_communities_DeleteCommunity],
  ["osmium.client.communities.DeleteRole", enc_communities_DeleteRole],
  ["osmium.client.communities.EditChannel", enc_communities_EditChannel],
  ["osmium.client.communities.EditChannel.HighlightedMessage", enc_communities_EditChannel_HighlightedMessage],
  ["osmium.client.communities.EditCommunity", enc_communities_EditCommunity],
  ["osmium.client.communities.EditDefaultPermissions", enc_communities_EditDefaultPermissions],
  ["osmium.client.communities.EditMember", enc_communities_EditMember],
  ["osmium.client.communities.EditPhoto", enc_communities_EditPhoto],
  ["osmium.client.communities.EditRole", enc_communities_EditRole],
  ["osmium.client.communities.EditSettings", enc_communities_EditSettings],
  ["osmium.client.communities.GetChannelMembers", enc_communities_GetChannelMembers],
  ["osmium.client.communities.GetChannelOverrides", enc_communities_GetChannelOverrides],
  ["osmium.client.communities.GetChannels", enc_communities_GetChannels],
  ["osmium.client.communities.GetCommunities", enc_communities_GetCommunities],
  ["osmium.client.communities.GetMembers", enc_communities_GetMembers],
  ["osmium.client.communities.GetRemovedMembers", enc_communities_GetRemovedMembers],
  ["osmium.client.communities.GetRoles", enc_communities_GetRoles],
  ["osmium.client.communities.GetRoomStates", enc_communities_GetRoomStates],
  ["osmium.client.communities.LeaveCommunity", enc_communities_LeaveCommunity],
  ["osmium.client.communities.RemoveMembers", enc_communities_RemoveMembers],
  ["osmium.client.communities.SyncChannelOverrides", enc_communities_SyncChannelOverrides],
  ["osmium.client.communities.UnbanMembers", enc_communities_UnbanMembers],
  ["osmium.client.core.Initialize", enc_core_Initialize],
  ["osmium.client.discovery.DiscoveryListingInfo", enc_discovery_DiscoveryListingInfo],
  ["osmium.client.discovery.GetDiscoverableCommunities", enc_discovery_GetDiscoverableCommunities],
  ["osmium.client.friends.ChangeRelationship", enc_friends_ChangeRelationship],
  ["osmium.client.friends.GetRelationships", enc_friends_GetRelationships],
  ["osmium.client.friends.SyncFriends", enc_friends_SyncFriends],
  ["osmium.client.media.DownloadFilePart", enc_media_DownloadFilePart],
  ["osmium.client.media.FileMetadata", enc_media_FileMetadata],
  ["osmium.client.media.FileMetadata.MetadataAudio", enc_media_FileMetadata_MetadataAudio],
  ["osmium.client.media.FileMetadata.MetadataCustomEmoji", enc_media_FileMetadata_MetadataCustomEmoji],
  ["osmium.client.media.FileMetadata.MetadataFile", enc_media_FileMetadata_MetadataFile],
  ["osmium.client.media.FileMetadata.MetadataImage", enc_media_FileMetadata_MetadataImage],
  ["osmium.client.media.FileMetadata.MetadataVideo", enc_media_FileMetadata_MetadataVideo],
  ["osmium.client.media.FileRef", enc_media_FileRef],
  ["osmium.client.media.FileRef.ChatPhotoFileRef", enc_media_FileRef_ChatPhotoFileRef],
  ["osmium.client.media.FileRef.MediaFileRef", enc_media_FileRef_MediaFileRef],
  ["osmium.client.media.MediaRef", enc_media_MediaRef],
  ["osmium.client.media.MediaRefEmbed", enc_media_MediaRefEmbed],
  ["osmium.client.media.MediaRefUploadedFile", enc_media_MediaRefUploadedFile],
  ["osmium.client.media.UploadFilePart", enc_media_UploadFilePart],
  ["osmium.client.media.UploadedFileRef", enc_media_UploadedFileRef],
  ["osmium.client.messages.DeleteMessage", enc_messages_DeleteMessage],
  ["osmium.client.messages.EditMessage", enc_messages_EditMessage],
  ["osmium.client.messages.ForwardMessage", enc_messages_ForwardMessage],
  ["osmium.client.messages.GetEmbedPreview", enc_messages_GetEmbedPreview],
  ["osmium.client.messages.GetHistory", enc_messages_GetHistory],
  ["osmium.client.messages.GetPinnedMessages", enc_messages_GetPinnedMessages],
  ["osmium.client.messages.GetUnreadMentions", enc_messages_GetUnreadMentions],
  ["osmium.client.messages.ReportMessage", enc_messages_ReportMessage],
  ["osmium.client.messages.Search", enc_messages_Search],
  ["osmium.client.messages.SendMessage", enc_messages_SendMessage],
  ["osmium.client.messages.SendMessage.BotInfo", enc_messages_SendMessage_BotInfo],
  ["osmium.client.messages.SendMessage.BotInfo.MessageCloak", enc_messages_SendMessage_BotInfo_MessageCloak],
  ["osmium.client.messages.SendMessage.ReplyTo", enc_messages_SendMessage_ReplyTo],
  ["osmium.client.messages.SendMessage.ReplyTo.Quote", enc_messages_SendMessage_ReplyTo_Quote],
  ["osmium.client.messages.SetMessagePin", enc_messages_SetMessagePin],
  ["osmium.client.reactions.AddReaction", enc_reactions_AddReaction],
  ["osmium.client.reactions.ReactionEmoji", enc_reactions_ReactionEmoji],
  ["osmium.client.reactions.RemoveReaction", enc_reactions_RemoveReaction],
  ["osmium.client.refs.ChannelRef", enc_refs_ChannelRef],
  ["osmium.client.refs.ChatRef", enc_refs_ChatRef],
  ["osmium.client.refs.GroupRef", enc_refs_GroupRef],
  ["osmium.client.refs.RefSelf", enc_refs_RefSelf],
  ["osmium.client.refs.StickerPackRef", enc_refs_StickerPackRef],
  ["osmium.client.refs.UserRef", enc_refs_UserRef],
  ["osmium.client.settings.ChangeEmail", enc_settings_ChangeEmail],
  ["osmium.client.settings.ChangeNotificationPreferences", enc_settings_ChangeNotificationPreferences],
  ["osmium.client.settings.ChangePassword", enc_settings_ChangePassword],
  ["osmium.client.settings.ChangeStatus", enc_settings_ChangeStatus],
  ["osmium.client.settings.DeleteAccount", enc_settings_DeleteAccount],
  ["osmium.client.settings.EditProfile", enc_settings_EditProfile],
  ["osmium.client.settings.EditProfileBanner", enc_settings_EditProfileBanner],
  ["osmium.client.settings.EditProfilePhoto", enc_settings_EditProfilePhoto],
  ["osmium.client.settings.EditUserSettings", enc_settings_EditUserSettings],
  ["osmium.client.settings.GetAccount", enc_settings_GetAccount],
  ["osmium.client.settings.RegisterPushSubscription", enc_settings_RegisterPushSubscription],
  ["osmium.client.settings.RegisterPushSubscription.Push", enc_settings_RegisterPushSubscription_Push],
  ["osmium.client.settings.RegisterPushSubscription.WebPush", enc_settings_RegisterPushSubscription_WebPush],
  ["osmium.client.settings.RequestTakeout", enc_settings_RequestTakeout],
  ["osmium.client.settings.SetupTotp", enc_settings_SetupTotp],
  ["osmium.client.settings.UnregisterPushSubscription", enc_settings_UnregisterPushSubscription],
  ["osmium.client.settings.UserSettings", enc_settings_UserSettings],
  ["osmium.client.settings.UserSettings.CommunityOrder", enc_settings_UserSettings_CommunityOrder],
  ["osmium.client.stickers.AddStickerToPack", enc_stickers_AddStickerToPack],
  ["osmium.client.stickers.GetSavedStickers", enc_stickers_GetSavedStickers],
  ["osmium.client.stickers.GetStickerFiles", enc_stickers_GetStickerFiles],
  ["osmium.client.stickers.GetStickerPack", enc_stickers_GetStickerPack],
  ["osmium.client.stickers.RemoveStickerFromPack", enc_stickers_RemoveStickerFromPack],
  ["osmium.client.types.MessageEntity", enc_types_MessageEntity],
  ["osmium.client.types.MessageEntity.CustomEmojiEntity", enc_types_MessageEntity_CustomEmojiEntity],
  ["osmium.client.types.MessageEntity.PreEntity", enc_types_MessageEntity_PreEntity],
  ["osmium.client.types.MessageEntity.SpoilerEntity", enc_types_MessageEntity_SpoilerEntity],
  ["osmium.client.types.MessageEntity.TextUrlEntity", enc_types_MessageEntity_TextUrlEntity],
  ["osmium.client.types.MessageEntity.UserMentionEntity", enc_types_MessageEntity_UserMentionEntity],
  ["osmium.client.types.PermissionOverrides", enc_types_PermissionOverrides],
  ["osmium.client.types.UserStatus.Activity", enc_types_UserStatus_Activity],
  ["osmium.client.users.GetProfile", enc_users_GetProfile],
  ["osmium.client.users.LookupUsername", enc_users_LookupUsername],
  ["osmium.client.voice.RequestRoom", enc_voice_RequestRoom],
]);

/** The generated decoders, by message type name (for tests and tools). */
export const fastDecoders: ReadonlyMap<string, FastDecoder> = /*@__PURE__*/ new Map<string, FastDecoder>([
  ["osmium.client.auth.Authorization", dec_auth_Authorization],
  ["osmium.client.auth.CreatedInvite", dec_auth_CreatedInvite],
  ["osmium.client.auth.InviteList", dec_auth_InviteList],
  ["osmium.client.auth.InvitePreview", dec_auth_InvitePreview],
  ["osmium.client.auth.Session", dec_auth_Session],
  ["osmium.client.auth.Sessions", dec_auth_Sessions],
  ["osmium.client.billing.PaymentLink", dec_billing_PaymentLink],
  ["osmium.client.billing.Product", dec_billing_Product],
  ["osmium.client.billing.ProductPrice", dec_billing_ProductPrice],
  ["osmium.client.billing.Products", dec_billing_Products],
  ["osmium.client.billing.Subscription", dec_billing_Subscription],
  ["osmium.client.chats.Chat", dec_chats_Chat],
  ["osmium.client.chats.Chats", dec_chats_Chats],
  ["osmium.client.communities.ChannelOverride", dec_communities_ChannelOverride],
  ["osmium.client.communities.ChannelOverrides", dec_communities_ChannelOverrides],
  ["osmium.client.communities.Channels", dec_communities_Channels],
  ["osmium.client.communities.Communities", dec_communities_Communities],
  ["osmium.client.communities.CommunityRoles", dec_communities_CommunityRoles],
  ["osmium.client.communities.CommunitySettings", dec_communities_CommunitySettings],
  ["osmium.client.communities.CommunitySettings.DiscoveryListing", dec_communities_CommunitySettings_DiscoveryListing],
  ["osmium.client.communities.CommunitySettings.SystemMessages", dec_communities_CommunitySettings_SystemMessages],
  ["osmium.client.communities.CommunityUserInfo", dec_communities_CommunityUserInfo],
  ["osmium.client.communities.MemberList", dec_communities_MemberList],
  ["osmium.client.communities.Members", dec_communities_Members],
  ["osmium.client.communities.RemovedMembers", dec_communities_RemovedMembers],
  ["osmium.client.communities.RemovedMembers.RemovedMember", dec_communities_RemovedMembers_RemovedMember],
  ["osmium.client.communities.RoomStates", dec_communities_RoomStates],
  ["osmium.client.communities.RoomStates.RoomState", dec_communities_RoomStates_RoomState],
  ["osmium.client.core.Entrypoints", dec_core_Entrypoints],
  ["osmium.client.core.Initialized", dec_core_Initialized],
  ["osmium.client.core.RPCError", dec_core_RPCError],
  ["osmium.client.core.RPCResult", dec_core_RPCResult],
  ["osmium.client.core.ServerMessage", dec_core_ServerMessage],
  ["osmium.client.discovery.DiscoveryCommunities", dec_discovery_DiscoveryCommunities],
  ["osmium.client.discovery.DiscoveryCommunityListing", dec_discovery_DiscoveryCommunityListing],
  ["osmium.client.discovery.DiscoveryListingInfo", dec_discovery_DiscoveryListingInfo],
  ["osmium.client.friends.Relationships", dec_friends_Relationships],
  ["osmium.client.media.File", dec_media_File],
  ["osmium.client.media.FileMetadata", dec_media_FileMetadata],
  ["osmium.client.media.FileMetadata.MetadataAudio", dec_media_FileMetadata_MetadataAudio],
  ["osmium.client.media.FileMetadata.MetadataCustomEmoji", dec_media_FileMetadata_MetadataCustomEmoji],
  ["osmium.client.media.FileMetadata.MetadataFile", dec_media_FileMetadata_MetadataFile],
  ["osmium.client.media.FileMetadata.MetadataImage", dec_media_FileMetadata_MetadataImage],
  ["osmium.client.media.FileMetadata.MetadataVideo", dec_media_FileMetadata_MetadataVideo],
  ["osmium.client.media.FilePart", dec_media_FilePart],
  ["osmium.client.media.Files", dec_media_Files],
  ["osmium.client.media.MediaEmbed", dec_media_MediaEmbed],
  ["osmium.client.media.MediaFile", dec_media_MediaFile],
  ["osmium.client.media.MessageMedia", dec_media_MessageMedia],
  ["osmium.client.messages.Messages", dec_messages_Messages],
  ["osmium.client.messages.SentMessage", dec_messages_SentMessage],
  ["osmium.client.messages.UnreadMentions", dec_messages_UnreadMentions],
  ["osmium.client.reactions.MessageReactionField", dec_reactions_MessageReactionField],
  ["osmium.client.reactions.MessageReactions", dec_reactions_MessageReactions],
  ["osmium.client.reactions.ReactionEmoji", dec_reactions_ReactionEmoji],
  ["osmium.client.refs.ChannelRef", dec_refs_ChannelRef],
  ["osmium.client.refs.ChatRef", dec_refs_ChatRef],
  ["osmium.client.refs.GroupRef", dec_refs_GroupRef],
  ["osmium.client.refs.RefSelf", dec_refs_RefSelf],
  ["osmium.client.refs.StickerPackRef", dec_refs_StickerPackRef],
  ["osmium.client.refs.UserRef", dec_refs_UserRef],
  ["osmium.client.settings.Account", dec_settings_Account],
  ["osmium.client.settings.BackupCode", dec_settings_BackupCode],
  ["osmium.client.settings.Totp", dec_settings_Totp],
  ["osmium.client.settings.UserSettings", dec_settings_UserSettings],
  ["osmium.client.settings.UserSettings.CommunityOrder", dec_settings_UserSettings_CommunityOrder],
  ["osmium.client.stickers.SavedStickers", dec_stickers_SavedStickers],
  ["osmium.client.stickers.StickerPack", dec_stickers_StickerPack],
  ["osmium.client.types.Channel", dec_types_Channel],
  ["osmium.client.types.ChannelOverride", dec_types_ChannelOverride],
  ["osmium.client.types.ChatPhoto", dec_types_ChatPhoto],
  ["osmium.client.types.Community", dec_types_Community],
  ["osmium.client.types.CommunityMember", dec_types_CommunityMember],
  ["osmium.client.types.CommunityRole", dec_types_CommunityRole],
  ["osmium.client.types.Conversation", dec_types_Conversation],
  ["osmium.client.types.Entrypoint", dec_types_Entrypoint],
  ["osmium.client.types.Group", dec_types_Group],
  ["osmium.client.types.Message", dec_types_Message],
  ["osmium.client.types.Message.MessageBotInfo", dec_types_Message_MessageBotInfo],
  ["osmium.client.types.Message.MessageBotInfo.MessageCloak", dec_types_Message_MessageBotInfo_MessageCloak],
  ["osmium.client.types.Message.MessageForwardInfo", dec_types_Message_MessageForwardInfo],
  ["osmium.client.types.Message.MessageReplyInfo", dec_types_Message_MessageReplyInfo],
  ["osmium.client.types.Message.MessageReplyInfo.Quote", dec_types_Message_MessageReplyInfo_Quote],
  ["osmium.client.types.MessageEntity", dec_types_MessageEntity],
  ["osmium.client.types.MessageEntity.CustomEmojiEntity", dec_types_MessageEntity_CustomEmojiEntity],
  ["osmium.client.types.MessageEntity.PreEntity", dec_types_MessageEntity_PreEntity],
  ["osmium.client.types.MessageEntity.SpoilerEntity", dec_types_MessageEntity_SpoilerEntity],
  ["osmium.client.types.MessageEntity.TextUrlEntity", dec_types_MessageEntity_TextUrlEntity],
  ["osmium.client.types.MessageEntity.UserMentionEntity", dec_types_MessageEntity_UserMentionEntity],
  ["osmium.client.types.PermissionOverrides", dec_types_PermissionOverrides],
  ["osmium.client.types.Relationship", dec_types_Relationship],
  ["osmium.client.types.User", dec_types_User],
  ["osmium.client.types.UserStatus", dec_types_UserStatus],
  ["osmium.client.types.UserStatus.Activity", dec_types_UserStatus_Activity],
  ["osmium.client.updates.MemberListEntry", dec_updates_MemberListEntry],
  ["osmium.client.updates.MemberListEntryDivider", dec_updates_MemberListEntryDivider],
  ["osmium.client.updates.MemberListEntryUser", dec_updates_MemberListEntryUser],
  ["osmium.client.updates.Update", dec_updates_Update],
  ["osmium.client.updates.UpdateChannel", dec_updates_UpdateChannel],
  ["osmium.client.updates.UpdateChannelDeleted", dec_updates_UpdateChannelDeleted],
  ["osmium.client.updates.UpdateChat", dec_updates_UpdateChat],
  ["osmium.client.updates.UpdateChatTyping", dec_updates_UpdateChatTyping],
  ["osmium.client.updates.UpdateCommunity", dec_updates_UpdateCommunity],
  ["osmium.client.updates.UpdateCommunityDeleted", dec_updates_UpdateCommunityDeleted],
  ["osmium.client.updates.UpdateCommunityMember", dec_updates_UpdateCommunityMember],
  ["osmium.client.updates.UpdateCommunityMemberCreated", dec_updates_UpdateCommunityMemberCreated],
  ["osmium.client.updates.UpdateCommunityMemberDeleted", dec_updates_UpdateCommunityMemberDeleted],
  ["osmium.client.updates.UpdateCommunityUnavailable", dec_updates_UpdateCommunityUnavailable],
  ["osmium.client.updates.UpdateConversationLastRead", dec_updates_UpdateConversationLastRead],
  ["osmium.client.updates.UpdateConversationPermissions", dec_updates_UpdateConversationPermissions],
  ["osmium.client.updates.UpdateGroup", dec_updates_UpdateGroup],
  ["osmium.client.updates.UpdateMemberList", dec_updates_UpdateMemberList],
  ["osmium.client.updates.UpdateMessage", dec_updates_UpdateMessage],
  ["osmium.client.updates.UpdateMessageCreated", dec_updates_UpdateMessageCreated],
  ["osmium.client.updates.UpdateMessageDeleted", dec_updates_UpdateMessageDeleted],
  ["osmium.client.updates.UpdateMessageReactions", dec_updates_UpdateMessageReactions],
  ["osmium.client.updates.UpdateSessionDeleted", dec_updates_UpdateSessionDeleted],
  ["osmium.client.updates.UpdateUser", dec_updates_UpdateUser],
  ["osmium.client.updates.UpdateUserRelationship", dec_updates_UpdateUserRelationship],
  ["osmium.client.updates.UpdateUserRelationshipDeleted", dec_updates_UpdateUserRelationshipDeleted],
  ["osmium.client.updates.UpdateUserStatus", dec_updates_UpdateUserStatus],
  ["osmium.client.users.Profile", dec_users_Profile],
  ["osmium.client.users.UserDetails", dec_users_UserDetails],
  ["osmium.client.voice.RoomInfo", dec_voice_RoomInfo],
  ["osmium.client.voice.RoomParticipant", dec_voice_RoomParticipant],
  ["osmium.client.voice.RoomState", dec_voice_RoomState],
  ["osmium.client.voice.UpdateRoomParticipant", dec_voice_UpdateRoomParticipant],
  ["osmium.client.voice.UpdateRoomState", dec_voice_UpdateRoomState],
]);
