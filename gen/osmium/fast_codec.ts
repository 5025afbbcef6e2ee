import type { Message, UnknownField } from "@bufbuild/protobuf";
import { protoInt64 } from "@bufbuild/protobuf";
import type { BinaryWriter } from "@bufbuild/protobuf/wire";
import { BinaryReader } from "@bufbuild/protobuf/wire";
import type { Authorization, Authorize, CreatedInvite, GetSessions, InviteList, InvitePreview, LookupInvite, ResendEmailVerification, ResetPassword, ResetPassword_ResetPasswordConfirm, RevokeSessions, Session, Sessions, SignIn, SignUp, UseInvite, VerifyEmail } from "./client/auth_pb.js";
import type { CancelSubscription, GetProducts, GetSubscription, PaymentLink, Product, ProductPrice, Products, RequestPaymentLink, Subscription } from "./client/billing_pb.js";
import type { AddChatMember, Chat, Chats, CreateChat, CreateChatInvite, DeleteChatInvite, EditChat, EditChat_HighlightedMessage, EditChat_Photo, GetChat, GetChats, ListChatInvites, MarkChatRead, RemoveChatMember, SetTyping } from "./client/chats_pb.js";
import type { AddMember, ChannelOverride, ChannelOverrides, Channels, Communities, CommunityMemberRoleIds, CommunityRoles, CommunitySettings, CommunitySettings_DiscoveryListing, CommunitySettings_SystemMessages, CommunityUserInfo, CreateChannel, CreateChannelOverride, CreateCommunity, CreateRole, DeleteChannel, DeleteChannelOverride, DeleteCommunity, DeleteRole, EditChannel, EditChannel_HighlightedMessage, EditCommunity, EditDefaultPermissions, EditMember, EditPhoto, EditRole, EditSettings, GetChannelMembers, GetChannelOverrides, GetChannels, GetCommunities, GetMembers, GetRemovedMembers, GetRoles, GetRoomStates, LeaveCommunity, MemberList, Members, RemovedMembers, RemovedMembers_RemovedMember, RemoveMembers, RoomStates, RoomStates_RoomState, SyncChannelOverrides, UnbanMembers } from "./client/communities_pb.js";
import type { Entrypoints, Initialize, Initialized, RPCError, RPCResult, ServerMessage } from "./client/core_pb.js";
import type { DiscoveryCommunities, DiscoveryCommunityListing, DiscoveryListingInfo, GetDiscoverableCommunities } from "./client/discovery_pb.js";
import type { ChangeRelationship, GetRelationships, Relationships, SyncFriends } from "./client/friends_pb.js";
import type { DownloadFilePart, File, FileMetadata, FileMetadata_MetadataAudio, FileMetadata_MetadataCustomEmoji, FileMetadata_MetadataFile, FileMetadata_MetadataImage, FileMetadata_MetadataVideo, FilePart, FileRef, FileRef_ChatPhotoFileRef, FileRef_MediaFileRef, Files, MediaEmbed, MediaFile, MediaRef, MediaRefEmbed, MediaRefUploadedFile, MessageMedia, UploadedFileRef, UploadFilePart } from "./client/media_pb.js";
import type { DeleteMessage, EditMessage, ForwardMessage, GetEmbedPreview, GetHistory, GetPinnedMessages, GetUnreadMentions, Messages, ReportMessage, Search, SendMessage, SendMessage_BotInfo, SendMessage_BotInfo_MessageCloak, SendMessage_ReplyTo, SendMessage_ReplyTo_Quote, SentMessage, SetMessagePin, UnreadMentions } from "./client/messages_pb.js";
import type { AddReaction, MessageReactionField, MessageReactions, ReactionEmoji, RemoveReaction } from "./client/reactions_pb.js";
import type { ChannelRef, ChatRef, GroupRef, RefSelf, StickerPackRef, UserRef } from "./client/refs_pb.js";
import type { Account, BackupCode, ChangeEmail, ChangeNotificationPreferences, ChangePassword, ChangeStatus, DeleteAccount, EditProfile, EditProfileBanner, EditProfilePhoto, EditUserSettings, GetAccount, RegisterPushSubscription, RegisterPushSubscription_Push, RegisterPushSubscription_WebPush, RequestTakeout, SetupTotp, Totp, UnregisterPushSubscription, UserSettings, UserSettings_CommunityOrder } from "./client/settings_pb.js";
import type { AddStickerToPack, GetSavedStickers, GetStickerFiles, GetStickerPack, RemoveStickerFromPack, SavedStickers, StickerPack } from "./client/stickers_pb.js";
import type { Channel, ChannelOverride as ChannelOverride$1, ChatPhoto, Community, CommunityMember, CommunityRole, Conversation, Entrypoint, Group, Message as Message$1, Message_MessageBotInfo, Message_MessageBotInfo_MessageCloak, Message_MessageForwardInfo, Message_MessageReplyInfo, Message_MessageReplyInfo_Quote, MessageEntity, MessageEntity_CustomEmojiEntity, MessageEntity_PreEntity, MessageEntity_SpoilerEntity, MessageEntity_TextUrlEntity, MessageEntity_UserMentionEntity, PermissionOverrides, Relationship, User, UserStatus, UserStatus_Activity } from "./client/types_pb.js";
import type { GetProfile, LookupUsername, Profile, UserDetails } from "./client/users_pb.js";
import type { RequestRoom, RoomInfo, RoomParticipant, RoomState, UpdateRoomParticipant, UpdateRoomState } from "./client/voice_pb.js";
import type { MemberListEntry, MemberListEntryDivider, MemberListEntryUser, Update, UpdateChannel, UpdateChannelDeleted, UpdateChat, UpdateChatTyping, UpdateCommunity, UpdateCommunityDeleted, UpdateCommunityMember, UpdateCommunityMemberCreated, UpdateCommunityMemberDeleted, UpdateCommunityUnavailable, UpdateConversationLastRead, UpdateConversationPermissions, UpdateGroup, UpdateMemberList, UpdateMessage, UpdateMessageCreated, UpdateMessageDeleted, UpdateMessageReactions, UpdateSessionDeleted, UpdateUser, UpdateUserRelationship, UpdateUserRelationshipDeleted, UpdateUserStatus } from "./client/updates_pb.js";

// @generated by protoc-gen-osmium-fast v1 (tools/protoc-gen-osmium-fast.mjs); do not edit.
// Straight-line protobuf-es codecs for the messages listed in buf.gen.yaml.
/* eslint-disable */

const own = Object.prototype.hasOwnProperty;

// protobuf-es refuses a message of another type (ForeignFieldError); the caller's fallback says so.
function foreign(m: Message, typeName: string): void {
  if (m.$typeName !== typeName) throw new Error("foreign message");
}

function writeUnknown(w: BinaryWriter, m: Message): void {
  const u = m.$unknown;
  if (u !== undefined) for (let i = 0; i < u.length; i++) { const x = u[i]!; w.tag(x.no, x.wireType).raw(x.data); }
}

function readUnknown(r: BinaryReader, t: number, depth: number, u: UnknownField[] | undefined): UnknownField[] {
  (u ??= []).push({ no: t >>> 3, wireType: t & 7, data: r.skip(t & 7, t >>> 3, 100 - depth) });
  return u;
}

function withUnknown<M extends Message>(m: M, u: UnknownField[] | undefined): M {
  if (u !== undefined && u.length > 0) m.$unknown = u;
  return m;
}

// Thrown by a decoder for bytes it leaves to fromBinary(); decodeFast() turns it into `undefined`.
const fallback = new Error("fast decoder: fall back to fromBinary()");

// A tag; throws `fallback` where protobuf-es's reader.tag() throws: a varint over 5 bytes or over
// 32 bits (a 5th byte above 0x0f, re-read from its position), field number 0, wire types 6 and 7.
// So a decoder hands back only bytes fromBinary() rejects too.
function tag(r: BinaryReader): number {
  const start = r.pos;
  const t = r.uint32();
  const n = r.pos - start;
  if (n > 4 && (n > 5 || (r.pos--, r.uint32() > 15))) throw fallback;
  if (t < 8 || (t & 7) > 5) throw fallback;
  return t;
}

let replaced = false;

// A proto3 string must be UTF-8, and protobuf-es throws where one is not, losing the whole frame;
// the official SDK decodes it with U+FFFD, so do we, and note it for replacedInvalidUtf8().
// Valid text takes the strict read, as in protobuf-es.
function str(r: BinaryReader): string {
  const p = r.pos;
  try {
    return r.string(true);
  } catch {
    r.pos = p;
    const s = r.string(false);
    replaced = true;
    return s;
  }
}

function enc_auth_Authorize(w: BinaryWriter, m: Authorize): void {
  foreign(m, "osmium.client.auth.Authorize");
  { const v = m.token; if (v !== "") w.uint32(42).string(v); }
  writeUnknown(w, m);
}

function enc_auth_GetSessions(w: BinaryWriter, m: GetSessions): void {
  writeUnknown(w, m);
}

function enc_auth_LookupInvite(w: BinaryWriter, m: LookupInvite): void {
  foreign(m, "osmium.client.auth.LookupInvite");
  { const v = m.code; if (v !== "") w.uint32(10).string(v); }
  writeUnknown(w, m);
}

function enc_auth_ResendEmailVerification(w: BinaryWriter, m: ResendEmailVerification): void {
  foreign(m, "osmium.client.auth.ResendEmailVerification");
  { const v = m.email; if (v !== undefined && own.call(m, "email")) { w.uint32(10).string(v); } }
  writeUnknown(w, m);
}

function enc_auth_ResetPassword(w: BinaryWriter, m: ResetPassword): void {
  foreign(m, "osmium.client.auth.ResetPassword");
  { const v = m.email; if (v !== "") w.uint32(10).string(v); }
  { const v = m.confirm; if (v !== undefined && own.call(m, "confirm")) { w.uint32(18).fork(); enc_auth_ResetPassword_ResetPasswordConfirm(w, v); w.join(); } }
  writeUnknown(w, m);
}

function enc_auth_ResetPassword_ResetPasswordConfirm(w: BinaryWriter, m: ResetPassword_ResetPasswordConfirm): void {
  foreign(m, "osmium.client.auth.ResetPassword.ResetPasswordConfirm");
  { const v = m.code; if (v !== "") w.uint32(10).string(v); }
  { const v = m.newPassword; if (v !== "") w.uint32(18).string(v); }
  writeUnknown(w, m);
}

function enc_auth_RevokeSessions(w: BinaryWriter, m: RevokeSessions): void {
  foreign(m, "osmium.client.auth.RevokeSessions");
  { const l = m.sessionIds; if (l.length != 0) { w.uint32(10).fork(); for (let i = 0; i < l.length; i++) w.fixed64(l[i]!); w.join(); } }
  writeUnknown(w, m);
}

function enc_auth_SignIn(w: BinaryWriter, m: SignIn): void {
  foreign(m, "osmium.client.auth.SignIn");
  { const v = m.email; if (v !== "") w.uint32(10).string(v); }
  { const v = m.password; if (v !== "") w.uint32(18).string(v); }
  { const v = m.totp; if (v !== undefined && own.call(m, "totp")) { w.uint32(26).string(v); } }
  writeUnknown(w, m);
}

function enc_auth_SignUp(w: BinaryWriter, m: SignUp): void {
  foreign(m, "osmium.client.auth.SignUp");
  { const v = m.email; if (v !== undefined && own.call(m, "email")) { w.uint32(10).string(v); } }
  { const v = m.password; if (v !== undefined && own.call(m, "password")) { w.uint32(18).string(v); } }
  { const v = m.name; if (v !== "") w.uint32(26).string(v); }
  writeUnknown(w, m);
}

function enc_auth_UseInvite(w: BinaryWriter, m: UseInvite): void {
  foreign(m, "osmium.client.auth.UseInvite");
  { const v = m.code; if (v !== "") w.uint32(10).string(v); }
  writeUnknown(w, m);
}

function enc_auth_VerifyEmail(w: BinaryWriter, m: VerifyEmail): void {
  foreign(m, "osmium.client.auth.VerifyEmail");
  { const v = m.email; if (v !== "") w.uint32(10).string(v); }
  { const v = m.code; if (v !== "") w.uint32(18).string(v); }
  writeUnknown(w, m);
}

function enc_billing_CancelSubscription(w: BinaryWriter, m: CancelSubscription): void {
  writeUnknown(w, m);
}

function enc_billing_GetProducts(w: BinaryWriter, m: GetProducts): void {
  writeUnknown(w, m);
}

function enc_billing_GetSubscription(w: BinaryWriter, m: GetSubscription): void {
  writeUnknown(w, m);
}

function enc_billing_RequestPaymentLink(w: BinaryWriter, m: RequestPaymentLink): void {
  foreign(m, "osmium.client.billing.RequestPaymentLink");
  { const v = m.redirectUrl; if (v !== "") w.uint32(10).string(v); }
  { const v = m.plan; if (v !== "") w.uint32(18).string(v); }
  { const v = m.billingPeriod; if (v !== "") w.uint32(26).string(v); }
  writeUnknown(w, m);
}

function enc_chats_AddChatMember(w: BinaryWriter, m: AddChatMember): void {
  foreign(m, "osmium.client.chats.AddChatMember");
  { const v = m.chatRef; if (v !== undefined && own.call(m, "chatRef")) { w.uint32(10).fork(); enc_refs_ChatRef(w, v); w.join(); } }
  { const v = m.userId; if ((v as unknown) != 0) w.uint32(17).fixed64(v); }
  writeUnknown(w, m);
}

function enc_chats_CreateChat(w: BinaryWriter, m: CreateChat): void {
  foreign(m, "osmium.client.chats.CreateChat");
  { const l = m.users; for (let i = 0; i < l.length; i++) { const v = l[i]!; w.uint32(10).fork(); if (v !== undefined) enc_refs_UserRef(w, v); w.join(); } }
  { const v = m.name; if (v !== "") w.uint32(18).string(v); }
  writeUnknown(w, m);
}

function enc_chats_CreateChatInvite(w: BinaryWriter, m: CreateChatInvite): void {
  foreign(m, "osmium.client.chats.CreateChatInvite");
  { const v = m.chatRef; if (v !== undefined && own.call(m, "chatRef")) { w.uint32(10).fork(); enc_refs_ChatRef(w, v); w.join(); } }
  { const v = m.expiresAt; if (v !== undefined && own.call(m, "expiresAt")) { w.uint32(17).fixed64(v); } }
  { const v = m.maxUses; if (v !== undefined && own.call(m, "maxUses")) { w.uint32(24).uint32(v); } }
  writeUnknown(w, m);
}

function enc_chats_DeleteChatInvite(w: BinaryWriter, m: DeleteChatInvite): void {
  foreign(m, "osmium.client.chats.DeleteChatInvite");
  { const v = m.code; if (v !== "") w.uint32(10).string(v); }
  writeUnknown(w, m);
}

function enc_chats_EditChat(w: BinaryWriter, m: EditChat): void {
  foreign(m, "osmium.client.chats.EditChat");
  { const v = m.chatRef; if (v !== undefined && own.call(m, "chatRef")) { w.uint32(10).fork(); enc_refs_ChatRef(w, v); w.join(); } }
  { const v = m.name; if (v !== undefined && own.call(m, "name")) { w.uint32(18).string(v); } }
  { const v = m.highlightedMsgId; if (v !== undefined && own.call(m, "highlightedMsgId")) { w.uint32(26).fork(); enc_chats_EditChat_HighlightedMessage(w, v); w.join(); } }
  { const v = m.photo; if (v !== undefined && own.call(m, "photo")) { w.uint32(34).fork(); enc_chats_EditChat_Photo(w, v); w.join(); } }
  writeUnknown(w, m);
}

function enc_chats_EditChat_HighlightedMessage(w: BinaryWriter, m: EditChat_HighlightedMessage): void {
  foreign(m, "osmium.client.chats.EditChat.HighlightedMessage");
  { const v = m.highlightedMsgId; if (v !== undefined && own.call(m, "highlightedMsgId")) { w.uint32(9).fixed64(v); } }
  writeUnknown(w, m);
}

function enc_chats_EditChat_Photo(w: BinaryWriter, m: EditChat_Photo): void {
  foreign(m, "osmium.client.chats.EditChat.Photo");
  { const v = m.file; if (v !== undefined && own.call(m, "file")) { w.uint32(10).fork(); enc_media_UploadedFileRef(w, v); w.join(); } }
  writeUnknown(w, m);
}

function enc_chats_GetChat(w: BinaryWriter, m: GetChat): void {
  foreign(m, "osmium.client.chats.GetChat");
  { const v = m.chatRef; if (v !== undefined && own.call(m, "chatRef")) { w.uint32(10).fork(); enc_refs_ChatRef(w, v); w.join(); } }
  writeUnknown(w, m);
}

function enc_chats_GetChats(w: BinaryWriter, m: GetChats): void {
  foreign(m, "osmium.client.chats.GetChats");
  { const v = m.limit; if (v !== undefined && own.call(m, "limit")) { w.uint32(8).uint32(v); } }
  { const v = m.maxId; if (v !== undefined && own.call(m, "maxId")) { w.uint32(17).fixed64(v); } }
  { const v = m.minId; if (v !== undefined && own.call(m, "minId")) { w.uint32(25).fixed64(v); } }
  writeUnknown(w, m);
}

function enc_chats_ListChatInvites(w: BinaryWriter, m: ListChatInvites): void {
  foreign(m, "osmium.client.chats.ListChatInvites");
  { const v = m.chatRef; if (v !== undefined && own.call(m, "chatRef")) { w.uint32(10).fork(); enc_refs_ChatRef(w, v); w.join(); } }
  writeUnknown(w, m);
}

function enc_chats_MarkChatRead(w: BinaryWriter, m: MarkChatRead): void {
  foreign(m, "osmium.client.chats.MarkChatRead");
  { const v = m.chatRef; if (v !== undefined && own.call(m, "chatRef")) { w.uint32(10).fork(); enc_refs_ChatRef(w, v); w.join(); } }
  { const v = m.messageId; if ((v as unknown) != 0) w.uint32(17).fixed64(v); }
  { const v = m.readAmount; if (v !== undefined && own.call(m, "readAmount")) { w.uint32(24).uint32(v); } }
  writeUnknown(w, m);
}

function enc_chats_RemoveChatMember(w: BinaryWriter, m: RemoveChatMember): void {
  foreign(m, "osmium.client.chats.RemoveChatMember");
  { const v = m.chatRef; if (v !== undefined && own.call(m, "chatRef")) { w.uint32(10).fork(); enc_refs_ChatRef(w, v); w.join(); } }
  { const v = m.userId; if ((v as unknown) != 0) w.uint32(17).fixed64(v); }
  writeUnknown(w, m);
}

function enc_chats_SetTyping(w: BinaryWriter, m: SetTyping): void {
  foreign(m, "osmium.client.chats.SetTyping");
  { const v = m.chatRef; if (v !== undefined && own.call(m, "chatRef")) { w.uint32(10).fork(); enc_refs_ChatRef(w, v); w.join(); } }
  { const v = m.typing; if (v !== false) w.uint32(16).bool(v); }
  { const v = m.action; if (v !== undefined && own.call(m, "action")) { w.uint32(24).int32(v); } }
  writeUnknown(w, m);
}

function enc_communities_AddMember(w: BinaryWriter, m: AddMember): void {
  foreign(m, "osmium.client.communities.AddMember");
  { const v = m.communityId; if ((v as unknown) != 0) w.uint32(9).fixed64(v); }
  { const v = m.userId; if ((v as unknown) != 0) w.uint32(17).fixed64(v); }
  writeUnknown(w, m);
}

function enc_communities_CommunityMemberRoleIds(w: BinaryWriter, m: CommunityMemberRoleIds): void {
  foreign(m, "osmium.client.communities.CommunityMemberRoleIds");
  { const l = m.roleIds; if (l.length != 0) { w.uint32(10).fork(); for (let i = 0; i < l.length; i++) w.fixed64(l[i]!); w.join(); } }
  writeUnknown(w, m);
}

function enc_communities_CommunitySettings(w: BinaryWriter, m: CommunitySettings): void {
  foreign(m, "osmium.client.communities.CommunitySettings");
  { const v = m.systemMessages; if (v !== undefined && own.call(m, "systemMessages")) { w.uint32(10).fork(); enc_communities_CommunitySettings_SystemMessages(w, v); w.join(); } }
  { const v = m.discoveryListing; if (v !== undefined && own.call(m, "discoveryListing")) { w.uint32(18).fork(); enc_communities_CommunitySettings_DiscoveryListing(w, v); w.join(); } }
  writeUnknown(w, m);
}

function enc_communities_CommunitySettings_DiscoveryListing(w: BinaryWriter, m: CommunitySettings_DiscoveryListing): void {
  foreign(m, "osmium.client.communities.CommunitySettings.DiscoveryListing");
  { const v = m.listed; if (v !== false) w.uint32(8).bool(v); }
  { const v = m.listing; if (v !== undefined && own.call(m, "listing")) { w.uint32(18).fork(); enc_discovery_DiscoveryListingInfo(w, v); w.join(); } }
  writeUnknown(w, m);
}

function enc_communities_CommunitySettings_SystemMessages(w: BinaryWriter, m: CommunitySettings_SystemMessages): void {
  foreign(m, "osmium.client.communities.CommunitySettings.SystemMessages");
  { const v = m.channelId; if (v !== undefined && own.call(m, "channelId")) { w.uint32(9).fixed64(v); } }
  { const v = m.joinMessages; if (v !== undefined && own.call(m, "joinMessages")) { w.uint32(16).bool(v); } }
  writeUnknown(w, m);
}

function enc_communities_CreateChannel(w: BinaryWriter, m: CreateChannel): void {
  foreign(m, "osmium.client.communities.CreateChannel");
  { const v = m.communityId; if ((v as unknown) != 0) w.uint32(9).fixed64(v); }
  { const v = m.name; if (v !== "") w.uint32(18).string(v); }
  { const v = m.type; if (v !== 0) w.uint32(24).int32(v); }
  { const v = m.parentId; if (v !== undefined && own.call(m, "parentId")) { w.uint32(33).fixed64(v); } }
  writeUnknown(w, m);
}

function enc_communities_CreateChannelOverride(w: BinaryWriter, m: CreateChannelOverride): void {
  foreign(m, "osmium.client.communities.CreateChannelOverride");
  { const v = m.communityId; if ((v as unknown) != 0) w.uint32(9).fixed64(v); }
  { const v = m.channelId; if ((v as unknown) != 0) w.uint32(17).fixed64(v); }
  { const v = m.roleId; if ((v as unknown) != 0) w.uint32(25).fixed64(v); }
  { const v = m.permissions; if (v !== undefined && own.call(m, "permissions")) { w.uint32(34).fork(); enc_types_PermissionOverrides(w, v); w.join(); } }
  writeUnknown(w, m);
}

function enc_communities_CreateCommunity(w: BinaryWriter, m: CreateCommunity): void {
  foreign(m, "osmium.client.communities.CreateCommunity");
  { const v = m.name; if (v !== "") w.uint32(10).string(v); }
  writeUnknown(w, m);
}

function enc_communities_CreateRole(w: BinaryWriter, m: CreateRole): void {
  foreign(m, "osmium.client.communities.CreateRole");
  { const v = m.communityId; if ((v as unknown) != 0) w.uint32(17).fixed64(v); }
  { const v = m.name; if (v !== "") w.uint32(26).string(v); }
  { const v = m.permissions; if ((v as unknown) != 0) w.uint32(33).fixed64(v); }
  { const v = m.priority; if ((v as unknown) != 0) w.uint32(40).uint32(v); }
  { const v = m.color; if ((v as unknown) != 0) w.uint32(48).uint32(v); }
  { const v = m.separated; if (v !== false) w.uint32(56).bool(v); }
  { const v = m.public; if (v !== false) w.uint32(64).bool(v); }
  writeUnknown(w, m);
}

function enc_communities_DeleteChannel(w: BinaryWriter, m: DeleteChannel): void {
  foreign(m, "osmium.client.communities.DeleteChannel");
  { const v = m.channel; if (v !== undefined && own.call(m, "channel")) { w.uint32(10).fork(); enc_refs_ChannelRef(w, v); w.join(); } }
  writeUnknown(w, m);
}

function enc_communities_DeleteChannelOverride(w: BinaryWriter, m: DeleteChannelOverride): void {
  foreign(m, "osmium.client.communities.DeleteChannelOverride");
  { const v = m.communityId; if ((v as unknown) != 0) w.uint32(9).fixed64(v); }
  { const v = m.channelId; if ((v as unknown) != 0) w.uint32(17).fixed64(v); }
  { const v = m.roleId; if ((v as unknown) != 0) w.uint32(25).fixed64(v); }
  writeUnknown(w, m);
}

function enc_communities_DeleteCommunity(w: BinaryWriter, m: DeleteCommunity): void {
  foreign(m, "osmium.client.communities.DeleteCommunity");
  { const v = m.communityId; if ((v as unknown) != 0) w.uint32(9).fixed64(v); }
  writeUnknown(w, m);
}

function enc_communities_DeleteRole(w: BinaryWriter, m: DeleteRole): void {
  foreign(m, "osmium.client.communities.DeleteRole");
  { const v = m.id; if ((v as unknown) != 0) w.uint32(9).fixed64(v); }
  { const v = m.communityId; if ((v as unknown) != 0) w.uint32(17).fixed64(v); }
  writeUnknown(w, m);
}

function enc_communities_EditChannel(w: BinaryWriter, m: EditChannel): void {
  foreign(m, "osmium.client.communities.EditChannel");
  { const v = m.channel; if (v !== undefined && own.call(m, "channel")) { w.uint32(10).fork(); enc_refs_ChannelRef(w, v); w.join(); } }
  { const v = m.name; if (v !== undefined && own.call(m, "name")) { w.uint32(18).string(v); } }
  { const v = m.position; if (v !== undefined && own.call(m, "position")) { w.uint32(24).uint32(v); } }
  { const v = m.parentId; if (v !== undefined && own.call(m, "parentId")) { w.uint32(33).fixed64(v); } }
  { const v = m.explicit; if (v !== undefined && own.call(m, "explicit")) { w.uint32(40).bool(v); } }
  { const v = m.highlightedMsgId; if (v !== undefined && own.call(m, "highlightedMsgId")) { w.uint32(50).fork(); enc_communities_EditChannel_HighlightedMessage(w, v); w.join(); } }
  { const v = m.description; if (v !== undefined && own.call(m, "description")) { w.uint32(58).string(v); } }
  { const v = m.slowmodeSeconds; if (v !== undefined && own.call(m, "slowmodeSeconds")) { w.uint32(64).uint32(v); } }
  writeUnknown(w, m);
}

function enc_communities_EditChannel_HighlightedMessage(w: BinaryWriter, m: EditChannel_HighlightedMessage): void {
  foreign(m, "osmium.client.communities.EditChannel.HighlightedMessage");
  { const v = m.highlightedMsgId; if (v !== undefined && own.call(m, "highlightedMsgId")) { w.uint32(9).fixed64(v); } }
  writeUnknown(w, m);
}

function enc_communities_EditCommunity(w: BinaryWriter, m: EditCommunity): void {
  foreign(m, "osmium.client.communities.EditCommunity");
  { const v = m.communityId; if ((v as unknown) != 0) w.uint32(9).fixed64(v); }
  { const v = m.name; if (v !== undefined && own.call(m, "name")) { w.uint32(18).string(v); } }
  { const v = m.username; if (v !== undefined && own.call(m, "username")) { w.uint32(26).string(v); } }
  writeUnknown(w, m);
}

function enc_communities_EditDefaultPermissions(w: BinaryWriter, m: EditDefaultPermissions): void {
  foreign(m, "osmium.client.communities.EditDefaultPermissions");
  { const v = m.communityId; if ((v as unknown) != 0) w.uint32(9).fixed64(v); }
  { const v = m.permissions; if ((v as unknown) != 0) w.uint32(17).fixed64(v); }
  writeUnknown(w, m);
}

function enc_communities_EditMember(w: BinaryWriter, m: EditMember): void {
  foreign(m, "osmium.client.communities.EditMember");
  { const v = m.communityId; if ((v as unknown) != 0) w.uint32(9).fixed64(v); }
  { const v = m.memberId; if ((v as unknown) != 0) w.uint32(17).fixed64(v); }
  { const v = m.nickname; if (v !== undefined && own.call(m, "nickname")) { w.uint32(26).string(v); } }
  { const v = m.roleIds; if (v !== undefined && own.call(m, "roleIds")) { w.uint32(34).fork(); enc_communities_CommunityMemberRoleIds(w, v); w.join(); } }
  writeUnknown(w, m);
}

function enc_communities_EditPhoto(w: BinaryWriter, m: EditPhoto): void {
  foreign(m, "osmium.client.communities.EditPhoto");
  { const v = m.communityId; if ((v as unknown) != 0) w.uint32(9).fixed64(v); }
  { const v = m.file; if (v !== undefined && own.call(m, "file")) { w.uint32(18).fork(); enc_media_UploadedFileRef(w, v); w.join(); } }
  writeUnknown(w, m);
}

function enc_communities_EditRole(w: BinaryWriter, m: EditRole): void {
  foreign(m, "osmium.client.communities.EditRole");
  { const v = m.id; if ((v as unknown) != 0) w.uint32(9).fixed64(v); }
  { const v = m.communityId; if ((v as unknown) != 0) w.uint32(17).fixed64(v); }
  { const v = m.name; if (v !== "") w.uint32(26).string(v); }
  { const v = m.permissions; if ((v as unknown) != 0) w.uint32(33).fixed64(v); }
  { const v = m.priority; if ((v as unknown) != 0) w.uint32(40).uint32(v); }
  { const v = m.color; if ((v as unknown) != 0) w.uint32(48).uint32(v); }
  { const v = m.separated; if (v !== false) w.uint32(56).bool(v); }
  { const v = m.public; if (v !== false) w.uint32(64).bool(v); }
  writeUnknown(w, m);
}

function enc_communities_EditSettings(w: BinaryWriter, m: EditSettings): void {
  foreign(m, "osmium.client.communities.EditSettings");
  { const v = m.communityId; if ((v as unknown) != 0) w.uint32(9).fixed64(v); }
  { const v = m.settings; if (v !== undefined && own.call(m, "settings")) { w.uint32(18).fork(); enc_communities_CommunitySettings(w, v); w.join(); } }
  writeUnknown(w, m);
}

function enc_communities_GetChannelMembers(w: BinaryWriter, m: GetChannelMembers): void {
  foreign(m, "osmium.client.communities.GetChannelMembers");
  { const v = m.communityId; if ((v as unknown) != 0) w.uint32(9).fixed64(v); }
  { const v = m.channelId; if ((v as unknown) != 0) w.uint32(17).fixed64(v); }
  writeUnknown(w, m);
}

function enc_communities_GetChannelOverrides(w: BinaryWriter, m: GetChannelOverrides): void {
  foreign(m, "osmium.client.communities.GetChannelOverrides");
  { const v = m.communityId; if ((v as unknown) != 0) w.uint32(9).fixed64(v); }
  { const v = m.channelId; if ((v as unknown) != 0) w.uint32(17).fixed64(v); }
  writeUnknown(w, m);
}

function enc_communities_GetChannels(w: BinaryWriter, m: GetChannels): void {
  foreign(m, "osmium.client.communities.GetChannels");
  { const v = m.communityId; if ((v as unknown) != 0) w.uint32(9).fixed64(v); }
  writeUnknown(w, m);
}

function enc_communities_GetCommunities(w: BinaryWriter, m: GetCommunities): void {
  writeUnknown(w, m);
}

function enc_communities_GetMembers(w: BinaryWriter, m: GetMembers): void {
  foreign(m, "osmium.client.communities.GetMembers");
  { const v = m.communityId; if ((v as unknown) != 0) w.uint32(9).fixed64(v); }
  { const l = m.memberIds; if (l.length != 0) { w.uint32(18).fork(); for (let i = 0; i < l.length; i++) w.fixed64(l[i]!); w.join(); } }
  writeUnknown(w, m);
}

function enc_communities_GetRemovedMembers(w: BinaryWriter, m: GetRemovedMembers): void {
  foreign(m, "osmium.client.communities.GetRemovedMembers");
  { const v = m.communityId; if ((v as unknown) != 0) w.uint32(9).fixed64(v); }
  writeUnknown(w, m);
}

function enc_communities_GetRoles(w: BinaryWriter, m: GetRoles): void {
  foreign(m, "osmium.client.communities.GetRoles");
  { const v = m.communityId; if ((v as unknown) != 0) w.uint32(9).fixed64(v); }
  writeUnknown(w, m);
}

function enc_communities_GetRoomStates(w: BinaryWriter, m: GetRoomStates): void {
  foreign(m, "osmium.client.communities.GetRoomStates");
  { const v = m.communityId; if ((v as unknown) != 0) w.uint32(9).fixed64(v); }
  writeUnknown(w, m);
}

function enc_communities_LeaveCommunity(w: BinaryWriter, m: LeaveCommunity): void {
  foreign(m, "osmium.client.communities.LeaveCommunity");
  { const v = m.communityId; if ((v as unknown) != 0) w.uint32(9).fixed64(v); }
  writeUnknown(w, m);
}

function enc_communities_RemoveMembers(w: BinaryWriter, m: RemoveMembers): void {
  foreign(m, "osmium.client.communities.RemoveMembers");
  { const v = m.communityId; if ((v as unknown) != 0) w.uint32(9).fixed64(v); }
  { const l = m.memberIds; if (l.length != 0) { w.uint32(18).fork(); for (let i = 0; i < l.length; i++) w.fixed64(l[i]!); w.join(); } }
  { const v = m.until; if (v !== undefined && own.call(m, "until")) { w.uint32(25).fixed64(v); } }
  { const v = m.deleteMessagesSince; if (v !== undefined && own.call(m, "deleteMessagesSince")) { w.uint32(33).fixed64(v); } }
  { const v = m.reason; if (v !== undefined && own.call(m, "reason")) { w.uint32(42).string(v); } }
  writeUnknown(w, m);
}

function enc_communities_SyncChannelOverrides(w: BinaryWriter, m: SyncChannelOverrides): void {
  foreign(m, "osmium.client.communities.SyncChannelOverrides");
  { const v = m.communityId; if ((v as unknown) != 0) w.uint32(9).fixed64(v); }
  { const v = m.channelId; if ((v as unknown) != 0) w.uint32(17).fixed64(v); }
  writeUnknown(w, m);
}

function enc_communities_UnbanMembers(w: BinaryWriter, m: UnbanMembers): void {
  foreign(m, "osmium.client.communities.UnbanMembers");
  { const v = m.communityId; if ((v as unknown) != 0) w.uint32(9).fixed64(v); }
  { const l = m.memberIds; if (l.length != 0) { w.uint32(18).fork(); for (let i = 0; i < l.length; i++) w.fixed64(l[i]!); w.join(); } }
  writeUnknown(w, m);
}

function enc_core_Initialize(w: BinaryWriter, m: Initialize): void {
  foreign(m, "osmium.client.core.Initialize");
  { const v = m.clientId; if ((v as unknown) != 0) w.uint32(8).uint32(v); }
  { const v = m.deviceType; if (v !== "") w.uint32(18).string(v); }
  { const v = m.deviceVersion; if (v !== "") w.uint32(26).string(v); }
  { const v = m.appVersion; if (v !== "") w.uint32(34).string(v); }
  { const v = m.noSubscribe; if (v !== false) w.uint32(40).bool(v); }
  writeUnknown(w, m);
}

function enc_discovery_DiscoveryListingInfo(w: BinaryWriter, m: DiscoveryListingInfo): void {
  foreign(m, "osmium.client.discovery.DiscoveryListingInfo");
  { const v = m.shortDescription; if (v !== "") w.uint32(18).string(v); }
  { const v = m.longDescription; if (v !== "") w.uint32(26).string(v); }
  { const l = m.categories; for (let i = 0; i < l.length; i++) { const v = l[i]!; w.uint32(34).string(v); } }
  writeUnknown(w, m);
}

function enc_discovery_GetDiscoverableCommunities(w: BinaryWriter, m: GetDiscoverableCommunities): void {
  foreign(m, "osmium.client.discovery.GetDiscoverableCommunities");
  { const v = m.after; if (v !== undefined && own.call(m, "after")) { w.uint32(9).fixed64(v); } }
  { const v = m.limit; if ((v as unknown) != 0) w.uint32(16).uint32(v); }
  writeUnknown(w, m);
}

function enc_friends_ChangeRelationship(w: BinaryWriter, m: ChangeRelationship): void {
  foreign(m, "osmium.client.friends.ChangeRelationship");
  { const v = m.user; if (v !== undefined && own.call(m, "user")) { w.uint32(10).fork(); enc_refs_UserRef(w, v); w.join(); } }
  { const v = m.change; if (v !== 0) w.uint32(16).int32(v); }
  writeUnknown(w, m);
}

function enc_friends_GetRelationships(w: BinaryWriter, m: GetRelationships): void {
  writeUnknown(w, m);
}

function enc_friends_SyncFriends(w: BinaryWriter, m: SyncFriends): void {
  foreign(m, "osmium.client.friends.SyncFriends");
  { const v = m.platformUserId; if (v !== "") w.uint32(10).string(v); }
  { const v = m.hashedPlatformUserId; if ((!(v instanceof Uint8Array) || v.byteLength > 0)) w.uint32(18).bytes(v); }
  { const v = m.platformUserName; if (v !== undefined && own.call(m, "platformUserName")) { w.uint32(26).string(v); } }
  { const v = m.platform; if (v !== "") w.uint32(34).string(v); }
  { const l = m.friendIdsHashed; for (let i = 0; i < l.length; i++) { const v = l[i]!; w.uint32(42).bytes(v); } }
  { const l = m.communityIdsHashed; for (let i = 0; i < l.length; i++) { const v = l[i]!; w.uint32(50).bytes(v); } }
  writeUnknown(w, m);
}

function enc_media_DownloadFilePart(w: BinaryWriter, m: DownloadFilePart): void {
  foreign(m, "osmium.client.media.DownloadFilePart");
  { const v = m.fileRef; if (v !== undefined && own.call(m, "fileRef")) { w.uint32(10).fork(); enc_media_FileRef(w, v); w.join(); } }
  { const v = m.offset; if ((v as unknown) != 0) w.uint32(16).uint64(v); }
  { const v = m.length; if ((v as unknown) != 0) w.uint32(24).uint32(v); }
  writeUnknown(w, m);
}

function enc_media_FileMetadata(w: BinaryWriter, m: FileMetadata): void {
  foreign(m, "osmium.client.media.FileMetadata");
  switch (m.metadata.case) {
    case "image": { const v = m.metadata.value; w.uint32(10).fork(); if (v !== undefined) enc_media_FileMetadata_MetadataImage(w, v); w.join(); break; }
    case "video": { const v = m.metadata.value; w.uint32(18).fork(); if (v !== undefined) enc_media_FileMetadata_MetadataVideo(w, v); w.join(); break; }
    case "audio": { const v = m.metadata.value; w.uint32(26).fork(); if (v !== undefined) enc_media_FileMetadata_MetadataAudio(w, v); w.join(); break; }
    case "file": { const v = m.metadata.value; w.uint32(34).fork(); if (v !== undefined) enc_media_FileMetadata_MetadataFile(w, v); w.join(); break; }
    case "customEmoji": { const v = m.metadata.value; w.uint32(42).fork(); if (v !== undefined) enc_media_FileMetadata_MetadataCustomEmoji(w, v); w.join(); break; }
  }
  writeUnknown(w, m);
}

function enc_media_FileMetadata_MetadataAudio(w: BinaryWriter, m: FileMetadata_MetadataAudio): void {
  foreign(m, "osmium.client.media.FileMetadata.MetadataAudio");
  { const v = m.duration; if ((v as unknown) != 0) w.uint32(8).uint32(v); }
  writeUnknown(w, m);
}

function enc_media_FileMetadata_MetadataCustomEmoji(w: BinaryWriter, m: FileMetadata_MetadataCustomEmoji): void {
  foreign(m, "osmium.client.media.FileMetadata.MetadataCustomEmoji");
  { const v = m.width; if ((v as unknown) != 0) w.uint32(8).uint32(v); }
  { const v = m.height; if ((v as unknown) != 0) w.uint32(16).uint32(v); }
  { const v = m.emoji; if (v !== "") w.uint32(26).string(v); }
  { const v = m.pack; if (v !== undefined && own.call(m, "pack")) { w.uint32(34).fork(); enc_refs_StickerPackRef(w, v); w.join(); } }
  { const v = m.animated; if (v !== false) w.uint32(40).bool(v); }
  writeUnknown(w, m);
}

function enc_media_FileMetadata_MetadataFile(w: BinaryWriter, m: FileMetadata_MetadataFile): void {
  writeUnknown(w, m);
}

function enc_media_FileMetadata_MetadataImage(w: BinaryWriter, m: FileMetadata_MetadataImage): void {
  foreign(m, "osmium.client.media.FileMetadata.MetadataImage");
  { const v = m.width; if ((v as unknown) != 0) w.uint32(8).uint32(v); }
  { const v = m.height; if ((v as unknown) != 0) w.uint32(16).uint32(v); }
  { const v = m.preview; if (v !== undefined && own.call(m, "preview")) { w.uint32(26).bytes(v); } }
  { const v = m.animated; if (v !== false) w.uint32(32).bool(v); }
  writeUnknown(w, m);
}

function enc_media_FileMetadata_MetadataVideo(w: BinaryWriter, m: FileMetadata_MetadataVideo): void {
  foreign(m, "osmium.client.media.FileMetadata.MetadataVideo");
  { const v = m.width; if ((v as unknown) != 0) w.uint32(8).uint32(v); }
  { const v = m.height; if ((v as unknown) != 0) w.uint32(16).uint32(v); }
  { const v = m.duration; if ((v as unknown) != 0) w.uint32(24).uint32(v); }
  writeUnknown(w, m);
}

function enc_media_FileRef(w: BinaryWriter, m: FileRef): void {
  foreign(m, "osmium.client.media.FileRef");
  switch (m.ref.case) {
    case "mediaFile": { const v = m.ref.value; w.uint32(10).fork(); if (v !== undefined) enc_media_FileRef_MediaFileRef(w, v); w.join(); break; }
    case "chatPhoto": { const v = m.ref.value; w.uint32(18).fork(); if (v !== undefined) enc_media_FileRef_ChatPhotoFileRef(w, v); w.join(); break; }
  }
  writeUnknown(w, m);
}

function enc_media_FileRef_ChatPhotoFileRef(w: BinaryWriter, m: FileRef_ChatPhotoFileRef): void {
  foreign(m, "osmium.client.media.FileRef.ChatPhotoFileRef");
  { const v = m.fileId; if ((v as unknown) != 0) w.uint32(9).fixed64(v); }
  writeUnknown(w, m);
}

function enc_media_FileRef_MediaFileRef(w: BinaryWriter, m: FileRef_MediaFileRef): void {
  foreign(m, "osmium.client.media.FileRef.MediaFileRef");
  { const v = m.fileId; if ((v as unknown) != 0) w.uint32(9).fixed64(v); }
  writeUnknown(w, m);
}

function enc_media_MediaRef(w: BinaryWriter, m: MediaRef): void {
  foreign(m, "osmium.client.media.MediaRef");
  switch (m.ref.case) {
    case "uploaded": { const v = m.ref.value; w.uint32(10).fork(); if (v !== undefined) enc_media_MediaRefUploadedFile(w, v); w.join(); break; }
    case "embed": { const v = m.ref.value; w.uint32(18).fork(); if (v !== undefined) enc_media_MediaRefEmbed(w, v); w.join(); break; }
  }
  writeUnknown(w, m);
}

function enc_media_MediaRefEmbed(w: BinaryWriter, m: MediaRefEmbed): void {
  foreign(m, "osmium.client.media.MediaRefEmbed");
  { const v = m.url; if (v !== "") w.uint32(10).string(v); }
  writeUnknown(w, m);
}

function enc_media_MediaRefUploadedFile(w: BinaryWriter, m: MediaRefUploadedFile): void {
  foreign(m, "osmium.client.media.MediaRefUploadedFile");
  { const v = m.file; if (v !== undefined && own.call(m, "file")) { w.uint32(10).fork(); enc_media_UploadedFileRef(w, v); w.join(); } }
  { const v = m.filename; if (v !== undefined && own.call(m, "filename")) { w.uint32(18).string(v); } }
  { const v = m.mimetype; if (v !== "") w.uint32(26).string(v); }
  { const v = m.metadata; if (v !== undefined && own.call(m, "metadata")) { w.uint32(34).fork(); enc_media_FileMetadata(w, v); w.join(); } }
  writeUnknown(w, m);
}

function enc_media_UploadFilePart(w: BinaryWriter, m: UploadFilePart): void {
  foreign(m, "osmium.client.media.UploadFilePart");
  { const v = m.uploadId; if ((v as unknown) != 0) w.uint32(8).uint64(v); }
  { const v = m.part; if ((v as unknown) != 0) w.uint32(16).uint32(v); }
  { const v = m.data; if ((!(v instanceof Uint8Array) || v.byteLength > 0)) w.uint32(26).bytes(v); }
  writeUnknown(w, m);
}

function enc_media_UploadedFileRef(w: BinaryWriter, m: UploadedFileRef): void {
  foreign(m, "osmium.client.media.UploadedFileRef");
  { const v = m.id; if ((v as unknown) != 0) w.uint32(9).fixed64(v); }
  { const v = m.name; if (v !== "") w.uint32(18).string(v); }
  { const v = m.partCount; if ((v as unknown) != 0) w.uint32(24).uint32(v); }
  writeUnknown(w, m);
}

function enc_messages_DeleteMessage(w: BinaryWriter, m: DeleteMessage): void {
  foreign(m, "osmium.client.messages.DeleteMessage");
  { const v = m.chatRef; if (v !== undefined && own.call(m, "chatRef")) { w.uint32(10).fork(); enc_refs_ChatRef(w, v); w.join(); } }
  { const l = m.messageIds; if (l.length != 0) { w.uint32(18).fork(); for (let i = 0; i < l.length; i++) w.fixed64(l[i]!); w.join(); } }
  writeUnknown(w, m);
}

function enc_messages_EditMessage(w: BinaryWriter, m: EditMessage): void {
  foreign(m, "osmium.client.messages.EditMessage");
  { const v = m.chatRef; if (v !== undefined && own.call(m, "chatRef")) { w.uint32(10).fork(); enc_refs_ChatRef(w, v); w.join(); } }
  { const v = m.messageId; if ((v as unknown) != 0) w.uint32(17).fixed64(v); }
  { const v = m.message; if (v !== undefined && own.call(m, "message")) { w.uint32(26).string(v); } }
  { const v = m.removeMedia; if (v !== false) w.uint32(32).bool(v); }
  { const l = m.media; for (let i = 0; i < l.length; i++) { const v = l[i]!; w.uint32(42).fork(); if (v !== undefined) enc_media_MediaRef(w, v); w.join(); } }
  { const l = m.entities; for (let i = 0; i < l.length; i++) { const v = l[i]!; w.uint32(50).fork(); if (v !== undefined) enc_types_MessageEntity(w, v); w.join(); } }
  { const v = m.suppressEmbeds; if (v !== false) w.uint32(56).bool(v); }
  writeUnknown(w, m);
}

function enc_messages_ForwardMessage(w: BinaryWriter, m: ForwardMessage): void {
  foreign(m, "osmium.client.messages.ForwardMessage");
  { const v = m.chatRef; if (v !== undefined && own.call(m, "chatRef")) { w.uint32(10).fork(); enc_refs_ChatRef(w, v); w.join(); } }
  { const v = m.from; if (v !== undefined && own.call(m, "from")) { w.uint32(18).fork(); enc_refs_ChatRef(w, v); w.join(); } }
  { const l = m.messageIds; if (l.length != 0) { w.uint32(26).fork(); for (let i = 0; i < l.length; i++) w.fixed64(l[i]!); w.join(); } }
  writeUnknown(w, m);
}

function enc_messages_GetEmbedPreview(w: BinaryWriter, m: GetEmbedPreview): void {
  foreign(m, "osmium.client.messages.GetEmbedPreview");
  { const v = m.message; if (v !== "") w.uint32(10).string(v); }
  { const l = m.entities; for (let i = 0; i < l.length; i++) { const v = l[i]!; w.uint32(18).fork(); if (v !== undefined) enc_types_MessageEntity(w, v); w.join(); } }
  writeUnknown(w, m);
}

function enc_messages_GetHistory(w: BinaryWriter, m: GetHistory): void {
  foreign(m, "osmium.client.messages.GetHistory");
  { const v = m.chatRef; if (v !== undefined && own.call(m, "chatRef")) { w.uint32(10).fork(); enc_refs_ChatRef(w, v); w.join(); } }
  { const v = m.limit; if (v !== undefined && own.call(m, "limit")) { w.uint32(16).uint32(v); } }
  switch (m.offset.case) {
    case "since": { const v = m.offset.value; w.uint32(25).fixed64(v); break; }
    case "before": { const v = m.offset.value; w.uint32(33).fixed64(v); break; }
    case "around": { const v = m.offset.value; w.uint32(41).fixed64(v); break; }
  }
  writeUnknown(w, m);
}

function enc_messages_GetPinnedMessages(w: BinaryWriter, m: GetPinnedMessages): void {
  foreign(m, "osmium.client.messages.GetPinnedMessages");
  { const v = m.chatRef; if (v !== undefined && own.call(m, "chatRef")) { w.uint32(10).fork(); enc_refs_ChatRef(w, v); w.join(); } }
  writeUnknown(w, m);
}

function enc_messages_GetUnreadMentions(w: BinaryWriter, m: GetUnreadMentions): void {
  foreign(m, "osmium.client.messages.GetUnreadMentions");
  { const v = m.chatRef; if (v !== undefined && own.call(m, "chatRef")) { w.uint32(10).fork(); enc_refs_ChatRef(w, v); w.join(); } }
  writeUnknown(w, m);
}

function enc_messages_ReportMessage(w: BinaryWriter, m: ReportMessage): void {
  foreign(m, "osmium.client.messages.ReportMessage");
  { const v = m.messageId; if ((v as unknown) != 0) w.uint32(9).fixed64(v); }
  { const v = m.chatRef; if (v !== undefined && own.call(m, "chatRef")) { w.uint32(18).fork(); enc_refs_ChatRef(w, v); w.join(); } }
  { const v = m.reason; if (v !== "") w.uint32(26).string(v); }
  writeUnknown(w, m);
}

function enc_messages_Search(w: BinaryWriter, m: Search): void {
  foreign(m, "osmium.client.messages.Search");
  { const v = m.chatRef; if (v !== undefined && own.call(m, "chatRef")) { w.uint32(10).fork(); enc_refs_ChatRef(w, v); w.join(); } }
  { const v = m.query; if (v !== "") w.uint32(18).string(v); }
  { const v = m.scoped; if (v !== false) w.uint32(24).bool(v); }
  switch (m.offset.case) {
    case "since": { const v = m.offset.value; w.uint32(33).fixed64(v); break; }
    case "before": { const v = m.offset.value; w.uint32(41).fixed64(v); break; }
  }
  writeUnknown(w, m);
}

function enc_messages_SendMessage(w: BinaryWriter, m: SendMessage): void {
  foreign(m, "osmium.client.messages.SendMessage");
  { const v = m.chatRef; if (v !== undefined && own.call(m, "chatRef")) { w.uint32(10).fork(); enc_refs_ChatRef(w, v); w.join(); } }
  { const v = m.message; if (v !== "") w.uint32(18).string(v); }
  { const v = m.replyToOld; if (v !== undefined && own.call(m, "replyToOld")) { w.uint32(25).fixed64(v); } }
  { const l = m.media; for (let i = 0; i < l.length; i++) { const v = l[i]!; w.uint32(34).fork(); if (v !== undefined) enc_media_MediaRef(w, v); w.join(); } }
  { const l = m.entities; for (let i = 0; i < l.length; i++) { const v = l[i]!; w.uint32(42).fork(); if (v !== undefined) enc_types_MessageEntity(w, v); w.join(); } }
  { const v = m.suppressEmbeds; if (v !== false) w.uint32(48).bool(v); }
  { const v = m.replyTo; if (v !== undefined && own.call(m, "replyTo")) { w.uint32(58).fork(); enc_messages_SendMessage_ReplyTo(w, v); w.join(); } }
  { const v = m.botInfo; if (v !== undefined && own.call(m, "botInfo")) { w.uint32(66).fork(); enc_messages_SendMessage_BotInfo(w, v); w.join(); } }
  { const v = m.clientId; if (v !== undefined && own.call(m, "clientId")) { w.uint32(73).fixed64(v); } }
  writeUnknown(w, m);
}

function enc_messages_SendMessage_BotInfo(w: BinaryWriter, m: SendMessage_BotInfo): void {
  foreign(m, "osmium.client.messages.SendMessage.BotInfo");
  { const v = m.cloak; if (v !== undefined && own.call(m, "cloak")) { w.uint32(10).fork(); enc_messages_SendMessage_BotInfo_MessageCloak(w, v); w.join(); } }
  writeUnknown(w, m);
}

function enc_messages_SendMessage_BotInfo_MessageCloak(w: BinaryWriter, m: SendMessage_BotInfo_MessageCloak): void {
  foreign(m, "osmium.client.messages.SendMessage.BotInfo.MessageCloak");
  { const v = m.name; if (v !== "") w.uint32(10).string(v); }
  { const v = m.photoId; if (v !== undefined && own.call(m, "photoId")) { w.uint32(17).fixed64(v); } }
  writeUnknown(w, m);
}

function enc_messages_SendMessage_ReplyTo(w: BinaryWriter, m: SendMessage_ReplyTo): void {
  foreign(m, "osmium.client.messages.SendMessage.ReplyTo");
  { const v = m.messageId; if ((v as unknown) != 0) w.uint32(9).fixed64(v); }
  { const v = m.quote; if (v !== undefined && own.call(m, "quote")) { w.uint32(18).fork(); enc_messages_SendMessage_ReplyTo_Quote(w, v); w.join(); } }
  writeUnknown(w, m);
}

function enc_messages_SendMessage_ReplyTo_Quote(w: BinaryWriter, m: SendMessage_ReplyTo_Quote): void {
  foreign(m, "osmium.client.messages.SendMessage.ReplyTo.Quote");
  { const v = m.message; if (v !== "") w.uint32(10).string(v); }
  { const l = m.entities; for (let i = 0; i < l.length; i++) { const v = l[i]!; w.uint32(18).fork(); if (v !== undefined) enc_types_MessageEntity(w, v); w.join(); } }
  { const v = m.offset; if (v !== undefined && own.call(m, "offset")) { w.uint32(24).uint64(v); } }
  writeUnknown(w, m);
}

function enc_messages_SetMessagePin(w: BinaryWriter, m: SetMessagePin): void {
  foreign(m, "osmium.client.messages.SetMessagePin");
  { const v = m.chatRef; if (v !== undefined && own.call(m, "chatRef")) { w.uint32(10).fork(); enc_refs_ChatRef(w, v); w.join(); } }
  { const v = m.messageId; if ((v as unknown) != 0) w.uint32(17).fixed64(v); }
  { const v = m.pin; if (v !== false) w.uint32(24).bool(v); }
  writeUnknown(w, m);
}

function enc_reactions_AddReaction(w: BinaryWriter, m: AddReaction): void {
  foreign(m, "osmium.client.reactions.AddReaction");
  { const v = m.chatRef; if (v !== undefined && own.call(m, "chatRef")) { w.uint32(10).fork(); enc_refs_ChatRef(w, v); w.join(); } }
  { const v = m.messageId; if ((v as unknown) != 0) w.uint32(17).fixed64(v); }
  { const v = m.emoji; if (v !== undefined && own.call(m, "emoji")) { w.uint32(26).fork(); enc_reactions_ReactionEmoji(w, v); w.join(); } }
  writeUnknown(w, m);
}

function enc_reactions_ReactionEmoji(w: BinaryWriter, m: ReactionEmoji): void {
  foreign(m, "osmium.client.reactions.ReactionEmoji");
  switch (m.emoji.case) {
    case "unicodeEmoji": { const v = m.emoji.value; w.uint32(10).string(v); break; }
    case "customEmoji": { const v = m.emoji.value; w.uint32(17).fixed64(v); break; }
  }
  writeUnknown(w, m);
}

function enc_reactions_RemoveReaction(w: BinaryWriter, m: RemoveReaction): void {
  foreign(m, "osmium.client.reactions.RemoveReaction");
  { const v = m.chatRef; if (v !== undefined && own.call(m, "chatRef")) { w.uint32(10).fork(); enc_refs_ChatRef(w, v); w.join(); } }
  { const v = m.messageId; if ((v as unknown) != 0) w.uint32(17).fixed64(v); }
  { const v = m.emoji; if (v !== undefined && own.call(m, "emoji")) { w.uint32(26).fork(); enc_reactions_ReactionEmoji(w, v); w.join(); } }
  writeUnknown(w, m);
}

function enc_refs_ChannelRef(w: BinaryWriter, m: ChannelRef): void {
  foreign(m, "osmium.client.refs.ChannelRef");
  { const v = m.communityId; if ((v as unknown) != 0) w.uint32(9).fixed64(v); }
  { const v = m.channelId; if ((v as unknown) != 0) w.uint32(17).fixed64(v); }
  writeUnknown(w, m);
}

function enc_refs_ChatRef(w: BinaryWriter, m: ChatRef): void {
  foreign(m, "osmium.client.refs.ChatRef");
  switch (m.ref.case) {
    case "user": { const v = m.ref.value; w.uint32(10).fork(); if (v !== undefined) enc_refs_UserRef(w, v); w.join(); break; }
    case "channel": { const v = m.ref.value; w.uint32(18).fork(); if (v !== undefined) enc_refs_ChannelRef(w, v); w.join(); break; }
    case "group": { const v = m.ref.value; w.uint32(26).fork(); if (v !== undefined) enc_refs_GroupRef(w, v); w.join(); break; }
    case "self": { const v = m.ref.value; w.uint32(34).fork(); if (v !== undefined) enc_refs_RefSelf(w, v); w.join(); break; }
  }
  writeUnknown(w, m);
}

function enc_refs_GroupRef(w: BinaryWriter, m: GroupRef): void {
  foreign(m, "osmium.client.refs.GroupRef");
  { const v = m.groupId; if ((v as unknown) != 0) w.uint32(9).fixed64(v); }
  writeUnknown(w, m);
}

function enc_refs_RefSelf(w: BinaryWriter, m: RefSelf): void {
  writeUnknown(w, m);
}

function enc_refs_StickerPackRef(w: BinaryWriter, m: StickerPackRef): void {
  foreign(m, "osmium.client.refs.StickerPackRef");
  { const v = m.id; if ((v as unknown) != 0) w.uint32(9).fixed64(v); }
  writeUnknown(w, m);
}

function enc_refs_UserRef(w: BinaryWriter, m: UserRef): void {
  foreign(m, "osmium.client.refs.UserRef");
  { const v = m.userId; if ((v as unknown) != 0) w.uint32(9).fixed64(v); }
  writeUnknown(w, m);
}

function enc_settings_ChangeEmail(w: BinaryWriter, m: ChangeEmail): void {
  foreign(m, "osmium.client.settings.ChangeEmail");
  { const v = m.newEmail; if (v !== "") w.uint32(10).string(v); }
  writeUnknown(w, m);
}

function enc_settings_ChangeNotificationPreferences(w: BinaryWriter, m: ChangeNotificationPreferences): void {
  foreign(m, "osmium.client.settings.ChangeNotificationPreferences");
  { const v = m.prefs; if (v !== 0) w.uint32(8).int32(v); }
  switch (m.scope.case) {
    case "chatRef": { const v = m.scope.value; w.uint32(18).fork(); if (v !== undefined) enc_refs_ChatRef(w, v); w.join(); break; }
    case "communityId": { const v = m.scope.value; w.uint32(25).fixed64(v); break; }
  }
  writeUnknown(w, m);
}

function enc_settings_ChangePassword(w: BinaryWriter, m: ChangePassword): void {
  foreign(m, "osmium.client.settings.ChangePassword");
  { const v = m.currentPassword; if (v !== "") w.uint32(10).string(v); }
  { const v = m.newPassword; if (v !== "") w.uint32(18).string(v); }
  { const v = m.revokeSessions; if (v !== false) w.uint32(24).bool(v); }
  writeUnknown(w, m);
}

function enc_settings_ChangeStatus(w: BinaryWriter, m: ChangeStatus): void {
  foreign(m, "osmium.client.settings.ChangeStatus");
  { const v = m.status; if (v !== 0) w.uint32(16).int32(v); }
  { const l = m.activities; for (let i = 0; i < l.length; i++) { const v = l[i]!; w.uint32(26).fork(); if (v !== undefined) enc_types_UserStatus_Activity(w, v); w.join(); } }
  { const v = m.lastActive; if (v !== undefined && own.call(m, "lastActive")) { w.uint32(33).fixed64(v); } }
  writeUnknown(w, m);
}

function enc_settings_DeleteAccount(w: BinaryWriter, m: DeleteAccount): void {
  foreign(m, "osmium.client.settings.DeleteAccount");
  { const v = m.cancel; if (v !== undefined && own.call(m, "cancel")) { w.uint32(8).bool(v); } }
  writeUnknown(w, m);
}

function enc_settings_EditProfile(w: BinaryWriter, m: EditProfile): void {
  foreign(m, "osmium.client.settings.EditProfile");
  { const v = m.name; if (v !== undefined && own.call(m, "name")) { w.uint32(10).string(v); } }
  { const v = m.username; if (v !== undefined && own.call(m, "username")) { w.uint32(18).string(v); } }
  { const v = m.bio; if (v !== undefined && own.call(m, "bio")) { w.uint32(26).string(v); } }
  { const v = m.icon; if (v !== undefined && own.call(m, "icon")) { w.uint32(33).fixed64(v); } }
  { const v = m.color; if (v !== undefined && own.call(m, "color")) { w.uint32(40).uint32(v); } }
  writeUnknown(w, m);
}

function enc_settings_EditProfileBanner(w: BinaryWriter, m: EditProfileBanner): void {
  foreign(m, "osmium.client.settings.EditProfileBanner");
  { const v = m.file; if (v !== undefined && own.call(m, "file")) { w.uint32(10).fork(); enc_media_UploadedFileRef(w, v); w.join(); } }
  writeUnknown(w, m);
}

function enc_settings_EditProfilePhoto(w: BinaryWriter, m: EditProfilePhoto): void {
  foreign(m, "osmium.client.settings.EditProfilePhoto");
  { const v = m.file; if (v !== undefined && own.call(m, "file")) { w.uint32(10).fork(); enc_media_UploadedFileRef(w, v); w.join(); } }
  writeUnknown(w, m);
}

function enc_settings_EditUserSettings(w: BinaryWriter, m: EditUserSettings): void {
  foreign(m, "osmium.client.settings.EditUserSettings");
  { const v = m.settings; if (v !== undefined && own.call(m, "settings")) { w.uint32(10).fork(); enc_settings_UserSettings(w, v); w.join(); } }
  writeUnknown(w, m);
}

function enc_settings_GetAccount(w: BinaryWriter, m: GetAccount): void {
  writeUnknown(w, m);
}

function enc_settings_RegisterPushSubscription(w: BinaryWriter, m: RegisterPushSubscription): void {
  foreign(m, "osmium.client.settings.RegisterPushSubscription");
  switch (m.subscription.case) {
    case "web": { const v = m.subscription.value; w.uint32(10).fork(); if (v !== undefined) enc_settings_RegisterPushSubscription_WebPush(w, v); w.join(); break; }
    case "push": { const v = m.subscription.value; w.uint32(18).fork(); if (v !== undefined) enc_settings_RegisterPushSubscription_Push(w, v); w.join(); break; }
  }
  writeUnknown(w, m);
}

function enc_settings_RegisterPushSubscription_Push(w: BinaryWriter, m: RegisterPushSubscription_Push): void {
  foreign(m, "osmium.client.settings.RegisterPushSubscription.Push");
  { const v = m.type; if (v !== 0) w.uint32(8).int32(v); }
  { const v = m.token; if (v !== "") w.uint32(18).string(v); }
  { const v = m.encryptionPublicKey; if (v !== undefined && own.call(m, "encryptionPublicKey")) { w.uint32(26).string(v); } }
  { const v = m.encryptionAuthSecret; if (v !== undefined && own.call(m, "encryptionAuthSecret")) { w.uint32(34).string(v); } }
  { const v = m.encryptionKeyId; if (v !== undefined && own.call(m, "encryptionKeyId")) { w.uint32(42).string(v); } }
  { const v = m.encryptionScheme; if (v !== 0) w.uint32(48).int32(v); }
  writeUnknown(w, m);
}

function enc_settings_RegisterPushSubscription_WebPush(w: BinaryWriter, m: RegisterPushSubscription_WebPush): void {
  foreign(m, "osmium.client.settings.RegisterPushSubscription.WebPush");
  { const v = m.endpoint; if (v !== "") w.uint32(10).string(v); }
  { const v = m.p256dh; if (v !== "") w.uint32(18).string(v); }
  { const v = m.auth; if (v !== "") w.uint32(26).string(v); }
  writeUnknown(w, m);
}

function enc_settings_RequestTakeout(w: BinaryWriter, m: RequestTakeout): void {
  writeUnknown(w, m);
}

function enc_settings_SetupTotp(w: BinaryWriter, m: SetupTotp): void {
  foreign(m, "osmium.client.settings.SetupTotp");
  { const v = m.enabled; if (v !== false) w.uint32(8).bool(v); }
  { const v = m.code; if (v !== undefined && own.call(m, "code")) { w.uint32(18).string(v); } }
  writeUnknown(w, m);
}

function enc_settings_UnregisterPushSubscription(w: BinaryWriter, m: UnregisterPushSubscription): void {
  writeUnknown(w, m);
}

function enc_settings_UserSettings(w: BinaryWriter, m: UserSettings): void {
  foreign(m, "osmium.client.settings.UserSettings");
  { const v = m.communityOrder; if (v !== undefined && own.call(m, "communityOrder")) { w.uint32(10).fork(); enc_settings_UserSettings_CommunityOrder(w, v); w.join(); } }
  writeUnknown(w, m);
}

function enc_settings_UserSettings_CommunityOrder(w: BinaryWriter, m: UserSettings_CommunityOrder): void {
  foreign(m, "osmium.client.settings.UserSettings.CommunityOrder");
  { const l = m.communityIds; if (l.length != 0) { w.uint32(10).fork(); for (let i = 0; i < l.length; i++) w.fixed64(l[i]!); w.join(); } }
  writeUnknown(w, m);
}

function enc_stickers_AddStickerToPack(w: BinaryWriter, m: AddStickerToPack): void {
  foreign(m, "osmium.client.stickers.AddStickerToPack");
  { const v = m.pack; if (v !== undefined && own.call(m, "pack")) { w.uint32(10).fork(); enc_refs_StickerPackRef(w, v); w.join(); } }
  { const v = m.sticker; if (v !== undefined && own.call(m, "sticker")) { w.uint32(18).fork(); enc_media_MediaRefUploadedFile(w, v); w.join(); } }
  writeUnknown(w, m);
}

function enc_stickers_GetSavedStickers(w: BinaryWriter, m: GetSavedStickers): void {
  foreign(m, "osmium.client.stickers.GetSavedStickers");
  { const v = m.since; if (v !== undefined && own.call(m, "since")) { w.uint32(9).fixed64(v); } }
  writeUnknown(w, m);
}

function enc_stickers_GetStickerFiles(w: BinaryWriter, m: GetStickerFiles): void {
  foreign(m, "osmium.client.stickers.GetStickerFiles");
  { const l = m.stickerIds; if (l.length != 0) { w.uint32(10).fork(); for (let i = 0; i < l.length; i++) w.fixed64(l[i]!); w.join(); } }
  writeUnknown(w, m);
}

function enc_stickers_GetStickerPack(w: BinaryWriter, m: GetStickerPack): void {
  foreign(m, "osmium.client.stickers.GetStickerPack");
  { const v = m.pack; if (v !== undefined && own.call(m, "pack")) { w.uint32(10).fork(); enc_refs_StickerPackRef(w, v); w.join(); } }
  writeUnknown(w, m);
}

function enc_stickers_RemoveStickerFromPack(w: BinaryWriter, m: RemoveStickerFromPack): void {
  foreign(m, "osmium.client.stickers.RemoveStickerFromPack");
  { const v = m.pack; if (v !== undefined && own.call(m, "pack")) { w.uint32(10).fork(); enc_refs_StickerPackRef(w, v); w.join(); } }
  { const v = m.stickerId; if ((v as unknown) != 0) w.uint32(17).fixed64(v); }
  writeUnknown(w, m);
}

function enc_types_MessageEntity(w: BinaryWriter, m: MessageEntity): void {
  foreign(m, "osmium.client.types.MessageEntity");
  { const v = m.startIndex; if ((v as unknown) != 0) w.uint32(8).uint32(v); }
  { const v = m.length; if ((v as unknown) != 0) w.uint32(16).uint32(v); }
  switch (m.entity.case) {
    case "bold": { const v = m.entity.value; w.uint32(24).bool(v); break; }
    case "italic": { const v = m.entity.value; w.uint32(32).bool(v); break; }
    case "underline": { const v = m.entity.value; w.uint32(40).bool(v); break; }
    case "strikethrough": { const v = m.entity.value; w.uint32(48).bool(v); break; }
    case "code": { const v = m.entity.value; w.uint32(56).bool(v); break; }
    case "url": { const v = m.entity.value; w.uint32(64).bool(v); break; }
    case "spoiler": { const v = m.entity.value; w.uint32(74).fork(); if (v !== undefined) enc_types_MessageEntity_SpoilerEntity(w, v); w.join(); break; }
    case "pre": { const v = m.entity.value; w.uint32(82).fork(); if (v !== undefined) enc_types_MessageEntity_PreEntity(w, v); w.join(); break; }
    case "textUrl": { const v = m.entity.value; w.uint32(90).fork(); if (v !== undefined) enc_types_MessageEntity_TextUrlEntity(w, v); w.join(); break; }
    case "customEmoji": { const v = m.entity.value; w.uint32(98).fork(); if (v !== undefined) enc_types_MessageEntity_CustomEmojiEntity(w, v); w.join(); break; }
    case "userMention": { const v = m.entity.value; w.uint32(106).fork(); if (v !== undefined) enc_types_MessageEntity_UserMentionEntity(w, v); w.join(); break; }
    case "username": { const v = m.entity.value; w.uint32(112).bool(v); break; }
  }
  writeUnknown(w, m);
}

function enc_types_MessageEntity_CustomEmojiEntity(w: BinaryWriter, m: MessageEntity_CustomEmojiEntity): void {
  foreign(m, "osmium.client.types.MessageEntity.CustomEmojiEntity");
  { const v = m.emojiId; if ((v as unknown) != 0) w.uint32(9).fixed64(v); }
  writeUnknown(w, m);
}

function enc_types_MessageEntity_PreEntity(w: BinaryWriter, m: MessageEntity_PreEntity): void {
  foreign(m, "osmium.client.types.MessageEntity.PreEntity");
  { const v = m.language; if (v !== undefined && own.call(m, "language")) { w.uint32(10).string(v); } }
  writeUnknown(w, m);
}

function enc_types_MessageEntity_SpoilerEntity(w: BinaryWriter, m: MessageEntity_SpoilerEntity): void {
  writeUnknown(w, m);
}

function enc_types_MessageEntity_TextUrlEntity(w: BinaryWriter, m: MessageEntity_TextUrlEntity): void {
  foreign(m, "osmium.client.types.MessageEntity.TextUrlEntity");
  { const v = m.url; if (v !== "") w.uint32(10).string(v); }
  writeUnknown(w, m);
}

function enc_types_MessageEntity_UserMentionEntity(w: BinaryWriter, m: MessageEntity_UserMentionEntity): void {
  writeUnknown(w, m);
}

function enc_types_PermissionOverrides(w: BinaryWriter, m: PermissionOverrides): void {
  foreign(m, "osmium.client.types.PermissionOverrides");
  { const v = m.pos; if ((v as unknown) != 0) w.uint32(9).fixed64(v); }
  { const v = m.neg; if ((v as unknown) != 0) w.uint32(17).fixed64(v); }
  writeUnknown(w, m);
}

function enc_types_UserStatus_Activity(w: BinaryWriter, m: UserStatus_Activity): void {
  foreign(m, "osmium.client.types.UserStatus.Activity");
  { const v = m.title; if (v !== "") w.uint32(10).string(v); }
  { const v = m.type; if (v !== 0) w.uint32(16).int32(v); }
  { const v = m.startTime; if ((v as unknown) != 0) w.uint32(25).fixed64(v); }
  { const v = m.endTime; if (v !== undefined && own.call(m, "endTime")) { w.uint32(33).fixed64(v); } }
  { const v = m.state; if (v !== undefined && own.call(m, "state")) { w.uint32(42).string(v); } }
  writeUnknown(w, m);
}

function enc_users_GetProfile(w: BinaryWriter, m: GetProfile): void {
  foreign(m, "osmium.client.users.GetProfile");
  { const v = m.ref; if (v !== undefined && own.call(m, "ref")) { w.uint32(10).fork(); enc_refs_UserRef(w, v); w.join(); } }
  { const v = m.includeMutuals; if (v !== false) w.uint32(16).bool(v); }
  writeUnknown(w, m);
}

function enc_users_LookupUsername(w: BinaryWriter, m: LookupUsername): void {
  foreign(m, "osmium.client.users.LookupUsername");
  { const v = m.username; if (v !== "") w.uint32(10).string(v); }
  writeUnknown(w, m);
}

function enc_voice_RequestRoom(w: BinaryWriter, m: RequestRoom): void {
  foreign(m, "osmium.client.voice.RequestRoom");
  { const v = m.chatRef; if (v !== undefined && own.call(m, "chatRef")) { w.uint32(10).fork(); enc_refs_ChatRef(w, v); w.join(); } }
  writeUnknown(w, m);
}

function dec_auth_Authorization(r: BinaryReader, length: number, depth: number, target: Authorization | undefined): Authorization {
  if (depth > 100) throw fallback;
  const m: Authorization = target ?? { $typeName: "osmium.client.auth.Authorization", token: "", sessionId: protoInt64.zero };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.token = str(r); break;
      case 2:
        m.user = dec_types_User(r, r.uint32(), depth + 1, m.user); break;
      case 3:
        m.sessionId = (r.fixed64() as bigint); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_auth_CreatedInvite(r: BinaryReader, length: number, depth: number, target: CreatedInvite | undefined): CreatedInvite {
  if (depth > 100) throw fallback;
  const m: CreatedInvite = target ?? { $typeName: "osmium.client.auth.CreatedInvite", code: "" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.code = str(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_auth_InviteList(r: BinaryReader, length: number, depth: number, target: InviteList | undefined): InviteList {
  if (depth > 100) throw fallback;
  const m: InviteList = target ?? { $typeName: "osmium.client.auth.InviteList", invites: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.invites.push(dec_auth_InvitePreview(r, r.uint32(), depth + 1, undefined)); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_auth_InvitePreview(r: BinaryReader, length: number, depth: number, target: InvitePreview | undefined): InvitePreview {
  if (depth > 100) throw fallback;
  const m: InvitePreview = target ?? { $typeName: "osmium.client.auth.InvitePreview", code: "", creatorId: protoInt64.zero, targetId: protoInt64.zero, targetType: 0, targetInfo: { case: undefined } };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.code = str(r); break;
      case 2:
        m.creatorId = (r.fixed64() as bigint); break;
      case 3:
        m.targetId = (r.fixed64() as bigint); break;
      case 4:
        m.targetType = r.int32(); break;
      case 5:
        m.expiresAt = (r.fixed64() as bigint); break;
      case 6:
        m.creator = dec_types_User(r, r.uint32(), depth + 1, m.creator); break;
      case 7:
        m.targetInfo = { case: "community", value: dec_types_Community(r, r.uint32(), depth + 1, m.targetInfo.case === "community" ? m.targetInfo.value : undefined) }; break;
      case 8:
        m.targetInfo = { case: "chat", value: dec_types_Group(r, r.uint32(), depth + 1, m.targetInfo.case === "chat" ? m.targetInfo.value : undefined) }; break;
      case 9:
        m.targetInfo = { case: "user", value: dec_types_User(r, r.uint32(), depth + 1, m.targetInfo.case === "user" ? m.targetInfo.value : undefined) }; break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_auth_Session(r: BinaryReader, length: number, depth: number, target: Session | undefined): Session {
  if (depth > 100) throw fallback;
  const m: Session = target ?? { $typeName: "osmium.client.auth.Session", id: protoInt64.zero, clientId: 0, deviceType: "", deviceVersion: "", appName: "", appVersion: "", lastActive: protoInt64.zero };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.id = (r.fixed64() as bigint); break;
      case 2:
        m.clientId = r.uint32(); break;
      case 3:
        m.deviceType = str(r); break;
      case 4:
        m.deviceVersion = str(r); break;
      case 5:
        m.appName = str(r); break;
      case 6:
        m.appVersion = str(r); break;
      case 7:
        m.lastActive = (r.fixed64() as bigint); break;
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

function dec_auth_Sessions(r: BinaryReader, length: number, depth: number, target: Sessions | undefined): Sessions {
  if (depth > 100) throw fallback;
  const m: Sessions = target ?? { $typeName: "osmium.client.auth.Sessions", sessions: [], current: protoInt64.zero };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.sessions.push(dec_auth_Session(r, r.uint32(), depth + 1, undefined)); break;
      case 2:
        m.current = (r.fixed64() as bigint); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_billing_PaymentLink(r: BinaryReader, length: number, depth: number, target: PaymentLink | undefined): PaymentLink {
  if (depth > 100) throw fallback;
  const m: PaymentLink = target ?? { $typeName: "osmium.client.billing.PaymentLink" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.url = str(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_billing_Product(r: BinaryReader, length: number, depth: number, target: Product | undefined): Product {
  if (depth > 100) throw fallback;
  const m: Product = target ?? { $typeName: "osmium.client.billing.Product", plan: "", name: "", prices: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.plan = str(r); break;
      case 2:
        m.name = str(r); break;
      case 3:
        m.prices.push(dec_billing_ProductPrice(r, r.uint32(), depth + 1, undefined)); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_billing_ProductPrice(r: BinaryReader, length: number, depth: number, target: ProductPrice | undefined): ProductPrice {
  if (depth > 100) throw fallback;
  const m: ProductPrice = target ?? { $typeName: "osmium.client.billing.ProductPrice", billingPeriod: "", amountMinor: protoInt64.zero, currency: "" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.billingPeriod = str(r); break;
      case 2:
        m.amountMinor = (r.uint64() as bigint); break;
      case 3:
        m.currency = str(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_billing_Products(r: BinaryReader, length: number, depth: number, target: Products | undefined): Products {
  if (depth > 100) throw fallback;
  const m: Products = target ?? { $typeName: "osmium.client.billing.Products", products: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.products.push(dec_billing_Product(r, r.uint32(), depth + 1, undefined)); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_billing_Subscription(r: BinaryReader, length: number, depth: number, target: Subscription | undefined): Subscription {
  if (depth > 100) throw fallback;
  const m: Subscription = target ?? { $typeName: "osmium.client.billing.Subscription", active: false };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.active = r.bool(); break;
      case 2:
        m.since = (r.fixed64() as bigint); break;
      case 3:
        m.nextRenewalDate = (r.uint64() as bigint); break;
      case 4:
        m.lastCardDigits = str(r); break;
      case 5:
        m.method = str(r); break;
      case 6:
        m.endDate = (r.uint64() as bigint); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_chats_Chat(r: BinaryReader, length: number, depth: number, target: Chat | undefined): Chat {
  if (depth > 100) throw fallback;
  const m: Chat = target ?? { $typeName: "osmium.client.chats.Chat", users: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.chat = dec_types_Conversation(r, r.uint32(), depth + 1, m.chat); break;
      case 2:
        m.message = dec_types_Message(r, r.uint32(), depth + 1, m.message); break;
      case 3:
        m.users.push(dec_types_User(r, r.uint32(), depth + 1, undefined)); break;
      case 4:
        m.group = dec_types_Group(r, r.uint32(), depth + 1, m.group); break;
      case 5:
        m.channel = dec_types_Channel(r, r.uint32(), depth + 1, m.channel); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_chats_Chats(r: BinaryReader, length: number, depth: number, target: Chats | undefined): Chats {
  if (depth > 100) throw fallback;
  const m: Chats = target ?? { $typeName: "osmium.client.chats.Chats", chats: [], users: [], groups: [], channels: [], messages: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.chats.push(dec_types_Conversation(r, r.uint32(), depth + 1, undefined)); break;
      case 2:
        m.users.push(dec_types_User(r, r.uint32(), depth + 1, undefined)); break;
      case 3:
        m.groups.push(dec_types_Group(r, r.uint32(), depth + 1, undefined)); break;
      case 4:
        m.channels.push(dec_types_Channel(r, r.uint32(), depth + 1, undefined)); break;
      case 5:
        m.messages.push(dec_types_Message(r, r.uint32(), depth + 1, undefined)); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_communities_ChannelOverride(r: BinaryReader, length: number, depth: number, target: ChannelOverride | undefined): ChannelOverride {
  if (depth > 100) throw fallback;
  const m: ChannelOverride = target ?? { $typeName: "osmium.client.communities.ChannelOverride" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.override = dec_types_ChannelOverride(r, r.uint32(), depth + 1, m.override); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_communities_ChannelOverrides(r: BinaryReader, length: number, depth: number, target: ChannelOverrides | undefined): ChannelOverrides {
  if (depth > 100) throw fallback;
  const m: ChannelOverrides = target ?? { $typeName: "osmium.client.communities.ChannelOverrides", overrides: [], parentSync: false };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.overrides.push(dec_types_ChannelOverride(r, r.uint32(), depth + 1, undefined)); break;
      case 2:
        m.parentSync = r.bool(); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_communities_Channels(r: BinaryReader, length: number, depth: number, target: Channels | undefined): Channels {
  if (depth > 100) throw fallback;
  const m: Channels = target ?? { $typeName: "osmium.client.communities.Channels", conversations: [], channels: [], messages: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.conversations.push(dec_types_Conversation(r, r.uint32(), depth + 1, undefined)); break;
      case 2:
        m.channels.push(dec_types_Channel(r, r.uint32(), depth + 1, undefined)); break;
      case 3:
        m.messages.push(dec_types_Message(r, r.uint32(), depth + 1, undefined)); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_communities_Communities(r: BinaryReader, length: number, depth: number, target: Communities | undefined): Communities {
  if (depth > 100) throw fallback;
  const m: Communities = target ?? { $typeName: "osmium.client.communities.Communities", communities: [], communityUserInfo: [], unavailable: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.communities.push(dec_types_Community(r, r.uint32(), depth + 1, undefined)); break;
      case 2:
        m.communityUserInfo.push(dec_communities_CommunityUserInfo(r, r.uint32(), depth + 1, undefined)); break;
      case 3:
        if ((t & 7) === 2) { const e = r.uint32() + r.pos; while (r.pos < e) m.unavailable.push((r.fixed64() as bigint)); } else m.unavailable.push((r.fixed64() as bigint));
        break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_communities_CommunityRoles(r: BinaryReader, length: number, depth: number, target: CommunityRoles | undefined): CommunityRoles {
  if (depth > 100) throw fallback;
  const m: CommunityRoles = target ?? { $typeName: "osmium.client.communities.CommunityRoles", roles: [], defaultPermissions: protoInt64.zero };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.roles.push(dec_types_CommunityRole(r, r.uint32(), depth + 1, undefined)); break;
      case 2:
        m.defaultPermissions = (r.fixed64() as bigint); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_communities_CommunitySettings(r: BinaryReader, length: number, depth: number, target: CommunitySettings | undefined): CommunitySettings {
  if (depth > 100) throw fallback;
  const m: CommunitySettings = target ?? { $typeName: "osmium.client.communities.CommunitySettings" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.systemMessages = dec_communities_CommunitySettings_SystemMessages(r, r.uint32(), depth + 1, m.systemMessages); break;
      case 2:
        m.discoveryListing = dec_communities_CommunitySettings_DiscoveryListing(r, r.uint32(), depth + 1, m.discoveryListing); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_communities_CommunitySettings_DiscoveryListing(r: BinaryReader, length: number, depth: number, target: CommunitySettings_DiscoveryListing | undefined): CommunitySettings_DiscoveryListing {
  if (depth > 100) throw fallback;
  const m: CommunitySettings_DiscoveryListing = target ?? { $typeName: "osmium.client.communities.CommunitySettings.DiscoveryListing", listed: false };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.listed = r.bool(); break;
      case 2:
        m.listing = dec_discovery_DiscoveryListingInfo(r, r.uint32(), depth + 1, m.listing); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_communities_CommunitySettings_SystemMessages(r: BinaryReader, length: number, depth: number, target: CommunitySettings_SystemMessages | undefined): CommunitySettings_SystemMessages {
  if (depth > 100) throw fallback;
  const m: CommunitySettings_SystemMessages = target ?? { $typeName: "osmium.client.communities.CommunitySettings.SystemMessages" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.channelId = (r.fixed64() as bigint); break;
      case 2:
        m.joinMessages = r.bool(); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_communities_CommunityUserInfo(r: BinaryReader, length: number, depth: number, target: CommunityUserInfo | undefined): CommunityUserInfo {
  if (depth > 100) throw fallback;
  const m: CommunityUserInfo = target ?? { $typeName: "osmium.client.communities.CommunityUserInfo", communityId: protoInt64.zero, unreadCount: 0, unreadMentionCount: 0 };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.communityId = (r.fixed64() as bigint); break;
      case 2:
        m.unreadCount = r.uint32(); break;
      case 3:
        m.unreadMentionCount = r.uint32(); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_communities_MemberList(r: BinaryReader, length: number, depth: number, target: MemberList | undefined): MemberList {
  if (depth > 100) throw fallback;
  const m: MemberList = target ?? { $typeName: "osmium.client.communities.MemberList", entries: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.entries.push(dec_updates_MemberListEntry(r, r.uint32(), depth + 1, undefined)); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_communities_Members(r: BinaryReader, length: number, depth: number, target: Members | undefined): Members {
  if (depth > 100) throw fallback;
  const m: Members = target ?? { $typeName: "osmium.client.communities.Members", members: [], users: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.members.push(dec_types_CommunityMember(r, r.uint32(), depth + 1, undefined)); break;
      case 2:
        m.users.push(dec_types_User(r, r.uint32(), depth + 1, undefined)); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_communities_RemovedMembers(r: BinaryReader, length: number, depth: number, target: RemovedMembers | undefined): RemovedMembers {
  if (depth > 100) throw fallback;
  const m: RemovedMembers = target ?? { $typeName: "osmium.client.communities.RemovedMembers", members: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.members.push(dec_communities_RemovedMembers_RemovedMember(r, r.uint32(), depth + 1, undefined)); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_communities_RemovedMembers_RemovedMember(r: BinaryReader, length: number, depth: number, target: RemovedMembers_RemovedMember | undefined): RemovedMembers_RemovedMember {
  if (depth > 100) throw fallback;
  const m: RemovedMembers_RemovedMember = target ?? { $typeName: "osmium.client.communities.RemovedMembers.RemovedMember", userId: protoInt64.zero };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.userId = (r.fixed64() as bigint); break;
      case 2:
        m.user = dec_types_User(r, r.uint32(), depth + 1, m.user); break;
      case 3:
        m.until = (r.fixed64() as bigint); break;
      case 4:
        m.reason = str(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_communities_RoomStates(r: BinaryReader, length: number, depth: number, target: RoomStates | undefined): RoomStates {
  if (depth > 100) throw fallback;
  const m: RoomStates = target ?? { $typeName: "osmium.client.communities.RoomStates", roomStates: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.roomStates.push(dec_communities_RoomStates_RoomState(r, r.uint32(), depth + 1, undefined)); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_communities_RoomStates_RoomState(r: BinaryReader, length: number, depth: number, target: RoomStates_RoomState | undefined): RoomStates_RoomState {
  if (depth > 100) throw fallback;
  const m: RoomStates_RoomState = target ?? { $typeName: "osmium.client.communities.RoomStates.RoomState", channelId: protoInt64.zero };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.channelId = (r.fixed64() as bigint); break;
      case 2:
        m.state = dec_voice_RoomState(r, r.uint32(), depth + 1, m.state); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_core_Entrypoints(r: BinaryReader, length: number, depth: number, target: Entrypoints | undefined): Entrypoints {
  if (depth > 100) throw fallback;
  const m: Entrypoints = target ?? { $typeName: "osmium.client.core.Entrypoints", entrypoints: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.entrypoints.push(dec_types_Entrypoint(r, r.uint32(), depth + 1, undefined)); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_core_Initialized(r: BinaryReader, length: number, depth: number, target: Initialized | undefined): Initialized {
  if (depth > 100) throw fallback;
  const m: Initialized = target ?? { $typeName: "osmium.client.core.Initialized" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.entrypoints = dec_core_Entrypoints(r, r.uint32(), depth + 1, m.entrypoints); break;
      case 2:
        m.vapidPublicKey = str(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_core_RPCError(r: BinaryReader, length: number, depth: number, target: RPCError | undefined): RPCError {
  if (depth > 100) throw fallback;
  const m: RPCError = target ?? { $typeName: "osmium.client.core.RPCError", errorCode: 0, errorMessage: "" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.errorCode = r.uint32(); break;
      case 2:
        m.errorMessage = str(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_core_RPCResult(r: BinaryReader, length: number, depth: number, target: RPCResult | undefined): RPCResult {
  if (depth > 100) throw fallback;
  const m: RPCResult = target ?? { $typeName: "osmium.client.core.RPCResult", reqId: 0, result: { case: undefined } };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.reqId = r.uint32(); break;
      case 37:
        m.traceId = str(r); break;
      case 2:
        m.result = { case: "error", value: dec_core_RPCError(r, r.uint32(), depth + 1, m.result.case === "error" ? m.result.value : undefined) }; break;
      case 3:
        m.result = { case: "sentMessage", value: dec_messages_SentMessage(r, r.uint32(), depth + 1, m.result.case === "sentMessage" ? m.result.value : undefined) }; break;
      case 4:
        m.result = { case: "authorization", value: dec_auth_Authorization(r, r.uint32(), depth + 1, m.result.case === "authorization" ? m.result.value : undefined) }; break;
      case 5:
        m.result = { case: "communities", value: dec_communities_Communities(r, r.uint32(), depth + 1, m.result.case === "communities" ? m.result.value : undefined) }; break;
      case 6:
        m.result = { case: "channels", value: dec_communities_Channels(r, r.uint32(), depth + 1, m.result.case === "channels" ? m.result.value : undefined) }; break;
      case 7:
        m.result = { case: "messages", value: dec_messages_Messages(r, r.uint32(), depth + 1, m.result.case === "messages" ? m.result.value : undefined) }; break;
      case 8:
        m.result = { case: "relationships", value: dec_friends_Relationships(r, r.uint32(), depth + 1, m.result.case === "relationships" ? m.result.value : undefined) }; break;
      case 9:
        m.result = { case: "chats", value: dec_chats_Chats(r, r.uint32(), depth + 1, m.result.case === "chats" ? m.result.value : undefined) }; break;
      case 10:
        m.result = { case: "filePart", value: dec_media_FilePart(r, r.uint32(), depth + 1, m.result.case === "filePart" ? m.result.value : undefined) }; break;
      case 11:
        m.result = { case: "createdInvite", value: dec_auth_CreatedInvite(r, r.uint32(), depth + 1, m.result.case === "createdInvite" ? m.result.value : undefined) }; break;
      case 13:
        m.result = { case: "memberList", value: dec_communities_MemberList(r, r.uint32(), depth + 1, m.result.case === "memberList" ? m.result.value : undefined) }; break;
      case 14:
        m.result = { case: "initialized", value: dec_core_Initialized(r, r.uint32(), depth + 1, m.result.case === "initialized" ? m.result.value : undefined) }; break;
      case 15:
        m.result = { case: "chat", value: dec_chats_Chat(r, r.uint32(), depth + 1, m.result.case === "chat" ? m.result.value : undefined) }; break;
      case 16:
        m.result = { case: "communityRoles", value: dec_communities_CommunityRoles(r, r.uint32(), depth + 1, m.result.case === "communityRoles" ? m.result.value : undefined) }; break;
      case 17:
        m.result = { case: "channelOverride", value: dec_communities_ChannelOverride(r, r.uint32(), depth + 1, m.result.case === "channelOverride" ? m.result.value : undefined) }; break;
      case 18:
        m.result = { case: "channelOverrides", value: dec_communities_ChannelOverrides(r, r.uint32(), depth + 1, m.result.case === "channelOverrides" ? m.result.value : undefined) }; break;
      case 19:
        m.result = { case: "sessions", value: dec_auth_Sessions(r, r.uint32(), depth + 1, m.result.case === "sessions" ? m.result.value : undefined) }; break;
      case 20:
        m.result = { case: "userDetails", value: dec_users_UserDetails(r, r.uint32(), depth + 1, m.result.case === "userDetails" ? m.result.value : undefined) }; break;
      case 21:
        m.result = { case: "removedMembers", value: dec_communities_RemovedMembers(r, r.uint32(), depth + 1, m.result.case === "removedMembers" ? m.result.value : undefined) }; break;
      case 22:
        m.result = { case: "group", value: dec_types_Group(r, r.uint32(), depth + 1, m.result.case === "group" ? m.result.value : undefined) }; break;
      case 23:
        m.result = { case: "invitePreview", value: dec_auth_InvitePreview(r, r.uint32(), depth + 1, m.result.case === "invitePreview" ? m.result.value : undefined) }; break;
      case 24:
        m.result = { case: "roomInfo", value: dec_voice_RoomInfo(r, r.uint32(), depth + 1, m.result.case === "roomInfo" ? m.result.value : undefined) }; break;
      case 25:
        m.result = { case: "mediaEmbed", value: dec_media_MediaEmbed(r, r.uint32(), depth + 1, m.result.case === "mediaEmbed" ? m.result.value : undefined) }; break;
      case 26:
        m.result = { case: "profile", value: dec_users_Profile(r, r.uint32(), depth + 1, m.result.case === "profile" ? m.result.value : undefined) }; break;
      case 27:
        m.result = { case: "inviteList", value: dec_auth_InviteList(r, r.uint32(), depth + 1, m.result.case === "inviteList" ? m.result.value : undefined) }; break;
      case 28:
        m.result = { case: "savedStickers", value: dec_stickers_SavedStickers(r, r.uint32(), depth + 1, m.result.case === "savedStickers" ? m.result.value : undefined) }; break;
      case 29:
        m.result = { case: "files", value: dec_media_Files(r, r.uint32(), depth + 1, m.result.case === "files" ? m.result.value : undefined) }; break;
      case 30:
        m.result = { case: "stickerPack", value: dec_stickers_StickerPack(r, r.uint32(), depth + 1, m.result.case === "stickerPack" ? m.result.value : undefined) }; break;
      case 31:
        m.result = { case: "paymentLink", value: dec_billing_PaymentLink(r, r.uint32(), depth + 1, m.result.case === "paymentLink" ? m.result.value : undefined) }; break;
      case 32:
        m.result = { case: "account", value: dec_settings_Account(r, r.uint32(), depth + 1, m.result.case === "account" ? m.result.value : undefined) }; break;
      case 33:
        m.result = { case: "members", value: dec_communities_Members(r, r.uint32(), depth + 1, m.result.case === "members" ? m.result.value : undefined) }; break;
      case 34:
        m.result = { case: "communitySettings", value: dec_communities_CommunitySettings(r, r.uint32(), depth + 1, m.result.case === "communitySettings" ? m.result.value : undefined) }; break;
      case 35:
        m.result = { case: "subscription", value: dec_billing_Subscription(r, r.uint32(), depth + 1, m.result.case === "subscription" ? m.result.value : undefined) }; break;
      case 36:
        m.result = { case: "totp", value: dec_settings_Totp(r, r.uint32(), depth + 1, m.result.case === "totp" ? m.result.value : undefined) }; break;
      case 38:
        m.result = { case: "unreadMentions", value: dec_messages_UnreadMentions(r, r.uint32(), depth + 1, m.result.case === "unreadMentions" ? m.result.value : undefined) }; break;
      case 39:
        m.result = { case: "discoveryCommunities", value: dec_discovery_DiscoveryCommunities(r, r.uint32(), depth + 1, m.result.case === "discoveryCommunities" ? m.result.value : undefined) }; break;
      case 40:
        m.result = { case: "roomStates", value: dec_communities_RoomStates(r, r.uint32(), depth + 1, m.result.case === "roomStates" ? m.result.value : undefined) }; break;
      case 41:
        m.result = { case: "userSettings", value: dec_settings_UserSettings(r, r.uint32(), depth + 1, m.result.case === "userSettings" ? m.result.value : undefined) }; break;
      case 42:
        m.result = { case: "products", value: dec_billing_Products(r, r.uint32(), depth + 1, m.result.case === "products" ? m.result.value : undefined) }; break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_core_ServerMessage(r: BinaryReader, length: number, depth: number, target: ServerMessage | undefined): ServerMessage {
  if (depth > 100) throw fallback;
  const m: ServerMessage = target ?? { $typeName: "osmium.client.core.ServerMessage", id: 0, message: { case: undefined } };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.id = r.uint32(); break;
      case 2:
        m.message = { case: "update", value: dec_updates_Update(r, r.uint32(), depth + 1, m.message.case === "update" ? m.message.value : undefined) }; break;
      case 3:
        m.message = { case: "result", value: dec_core_RPCResult(r, r.uint32(), depth + 1, m.message.case === "result" ? m.message.value : undefined) }; break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_discovery_DiscoveryCommunities(r: BinaryReader, length: number, depth: number, target: DiscoveryCommunities | undefined): DiscoveryCommunities {
  if (depth > 100) throw fallback;
  const m: DiscoveryCommunities = target ?? { $typeName: "osmium.client.discovery.DiscoveryCommunities", listings: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.listings.push(dec_discovery_DiscoveryCommunityListing(r, r.uint32(), depth + 1, undefined)); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_discovery_DiscoveryCommunityListing(r: BinaryReader, length: number, depth: number, target: DiscoveryCommunityListing | undefined): DiscoveryCommunityListing {
  if (depth > 100) throw fallback;
  const m: DiscoveryCommunityListing = target ?? { $typeName: "osmium.client.discovery.DiscoveryCommunityListing", communityId: protoInt64.zero, name: "", inviteCode: "", shortDescription: "", longDescription: "", categories: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.communityId = (r.fixed64() as bigint); break;
      case 2:
        m.name = str(r); break;
      case 3:
        m.photo = dec_types_ChatPhoto(r, r.uint32(), depth + 1, m.photo); break;
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

function dec_discovery_DiscoveryListingInfo(r: BinaryReader, length: number, depth: number, target: DiscoveryListingInfo | undefined): DiscoveryListingInfo {
  if (depth > 100) throw fallback;
  const m: DiscoveryListingInfo = target ?? { $typeName: "osmium.client.discovery.DiscoveryListingInfo", shortDescription: "", longDescription: "", categories: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
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

function dec_friends_Relationships(r: BinaryReader, length: number, depth: number, target: Relationships | undefined): Relationships {
  if (depth > 100) throw fallback;
  const m: Relationships = target ?? { $typeName: "osmium.client.friends.Relationships", relationships: [], users: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.relationships.push(dec_types_Relationship(r, r.uint32(), depth + 1, undefined)); break;
      case 2:
        m.users.push(dec_types_User(r, r.uint32(), depth + 1, undefined)); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_media_File(r: BinaryReader, length: number, depth: number, target: File | undefined): File {
  if (depth > 100) throw fallback;
  const m: File = target ?? { $typeName: "osmium.client.media.File", fileId: protoInt64.zero, region: 0, size: protoInt64.zero, mimetype: "" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.fileId = (r.fixed64() as bigint); break;
      case 2:
        m.region = r.uint32(); break;
      case 3:
        m.size = (r.uint64() as bigint); break;
      case 4:
        m.mimetype = str(r); break;
      case 5:
        m.filename = str(r); break;
      case 6:
        m.metadata = dec_media_FileMetadata(r, r.uint32(), depth + 1, m.metadata); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_media_FileMetadata(r: BinaryReader, length: number, depth: number, target: FileMetadata | undefined): FileMetadata {
  if (depth > 100) throw fallback;
  const m: FileMetadata = target ?? { $typeName: "osmium.client.media.FileMetadata", metadata: { case: undefined } };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.metadata = { case: "image", value: dec_media_FileMetadata_MetadataImage(r, r.uint32(), depth + 1, m.metadata.case === "image" ? m.metadata.value : undefined) }; break;
      case 2:
        m.metadata = { case: "video", value: dec_media_FileMetadata_MetadataVideo(r, r.uint32(), depth + 1, m.metadata.case === "video" ? m.metadata.value : undefined) }; break;
      case 3:
        m.metadata = { case: "audio", value: dec_media_FileMetadata_MetadataAudio(r, r.uint32(), depth + 1, m.metadata.case === "audio" ? m.metadata.value : undefined) }; break;
      case 4:
        m.metadata = { case: "file", value: dec_media_FileMetadata_MetadataFile(r, r.uint32(), depth + 1, m.metadata.case === "file" ? m.metadata.value : undefined) }; break;
      case 5:
        m.metadata = { case: "customEmoji", value: dec_media_FileMetadata_MetadataCustomEmoji(r, r.uint32(), depth + 1, m.metadata.case === "customEmoji" ? m.metadata.value : undefined) }; break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_media_FileMetadata_MetadataAudio(r: BinaryReader, length: number, depth: number, target: FileMetadata_MetadataAudio | undefined): FileMetadata_MetadataAudio {
  if (depth > 100) throw fallback;
  const m: FileMetadata_MetadataAudio = target ?? { $typeName: "osmium.client.media.FileMetadata.MetadataAudio", duration: 0 };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.duration = r.uint32(); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_media_FileMetadata_MetadataCustomEmoji(r: BinaryReader, length: number, depth: number, target: FileMetadata_MetadataCustomEmoji | undefined): FileMetadata_MetadataCustomEmoji {
  if (depth > 100) throw fallback;
  const m: FileMetadata_MetadataCustomEmoji = target ?? { $typeName: "osmium.client.media.FileMetadata.MetadataCustomEmoji", width: 0, height: 0, emoji: "", animated: false };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.width = r.uint32(); break;
      case 2:
        m.height = r.uint32(); break;
      case 3:
        m.emoji = str(r); break;
      case 4:
        m.pack = dec_refs_StickerPackRef(r, r.uint32(), depth + 1, m.pack); break;
      case 5:
        m.animated = r.bool(); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_media_FileMetadata_MetadataFile(r: BinaryReader, length: number, depth: number, target: FileMetadata_MetadataFile | undefined): FileMetadata_MetadataFile {
  if (depth > 100) throw fallback;
  const m: FileMetadata_MetadataFile = target ?? { $typeName: "osmium.client.media.FileMetadata.MetadataFile" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_media_FileMetadata_MetadataImage(r: BinaryReader, length: number, depth: number, target: FileMetadata_MetadataImage | undefined): FileMetadata_MetadataImage {
  if (depth > 100) throw fallback;
  const m: FileMetadata_MetadataImage = target ?? { $typeName: "osmium.client.media.FileMetadata.MetadataImage", width: 0, height: 0, animated: false };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.width = r.uint32(); break;
      case 2:
        m.height = r.uint32(); break;
      case 3:
        m.preview = r.bytes(); break;
      case 4:
        m.animated = r.bool(); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_media_FileMetadata_MetadataVideo(r: BinaryReader, length: number, depth: number, target: FileMetadata_MetadataVideo | undefined): FileMetadata_MetadataVideo {
  if (depth > 100) throw fallback;
  const m: FileMetadata_MetadataVideo = target ?? { $typeName: "osmium.client.media.FileMetadata.MetadataVideo", width: 0, height: 0, duration: 0 };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.width = r.uint32(); break;
      case 2:
        m.height = r.uint32(); break;
      case 3:
        m.duration = r.uint32(); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_media_FilePart(r: BinaryReader, length: number, depth: number, target: FilePart | undefined): FilePart {
  if (depth > 100) throw fallback;
  const m: FilePart = target ?? { $typeName: "osmium.client.media.FilePart", data: new Uint8Array(0) };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 3:
        m.data = r.bytes(); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_media_Files(r: BinaryReader, length: number, depth: number, target: Files | undefined): Files {
  if (depth > 100) throw fallback;
  const m: Files = target ?? { $typeName: "osmium.client.media.Files", files: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.files.push(dec_media_File(r, r.uint32(), depth + 1, undefined)); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_media_MediaEmbed(r: BinaryReader, length: number, depth: number, target: MediaEmbed | undefined): MediaEmbed {
  if (depth > 100) throw fallback;
  const m: MediaEmbed = target ?? { $typeName: "osmium.client.media.MediaEmbed", url: "" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.url = str(r); break;
      case 2:
        m.title = str(r); break;
      case 3:
        m.description = str(r); break;
      case 4:
        m.file = dec_media_File(r, r.uint32(), depth + 1, m.file); break;
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

function dec_media_MediaFile(r: BinaryReader, length: number, depth: number, target: MediaFile | undefined): MediaFile {
  if (depth > 100) throw fallback;
  const m: MediaFile = target ?? { $typeName: "osmium.client.media.MediaFile" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.file = dec_media_File(r, r.uint32(), depth + 1, m.file); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_media_MessageMedia(r: BinaryReader, length: number, depth: number, target: MessageMedia | undefined): MessageMedia {
  if (depth > 100) throw fallback;
  const m: MessageMedia = target ?? { $typeName: "osmium.client.media.MessageMedia", media: { case: undefined } };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.media = { case: "file", value: dec_media_MediaFile(r, r.uint32(), depth + 1, m.media.case === "file" ? m.media.value : undefined) }; break;
      case 2:
        m.media = { case: "embed", value: dec_media_MediaEmbed(r, r.uint32(), depth + 1, m.media.case === "embed" ? m.media.value : undefined) }; break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_messages_Messages(r: BinaryReader, length: number, depth: number, target: Messages | undefined): Messages {
  if (depth > 100) throw fallback;
  const m: Messages = target ?? { $typeName: "osmium.client.messages.Messages", messages: [], users: [], members: [], reactions: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.messages.push(dec_types_Message(r, r.uint32(), depth + 1, undefined)); break;
      case 2:
        m.users.push(dec_types_User(r, r.uint32(), depth + 1, undefined)); break;
      case 3:
        m.members.push(dec_types_CommunityMember(r, r.uint32(), depth + 1, undefined)); break;
      case 4:
        m.reactions.push(dec_reactions_MessageReactions(r, r.uint32(), depth + 1, undefined)); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_messages_SentMessage(r: BinaryReader, length: number, depth: number, target: SentMessage | undefined): SentMessage {
  if (depth > 100) throw fallback;
  const m: SentMessage = target ?? { $typeName: "osmium.client.messages.SentMessage", messageId: protoInt64.zero };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.messageId = (r.fixed64() as bigint); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_messages_UnreadMentions(r: BinaryReader, length: number, depth: number, target: UnreadMentions | undefined): UnreadMentions {
  if (depth > 100) throw fallback;
  const m: UnreadMentions = target ?? { $typeName: "osmium.client.messages.UnreadMentions", messageIds: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        if ((t & 7) === 2) { const e = r.uint32() + r.pos; while (r.pos < e) m.messageIds.push((r.fixed64() as bigint)); } else m.messageIds.push((r.fixed64() as bigint));
        break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_reactions_MessageReactionField(r: BinaryReader, length: number, depth: number, target: MessageReactionField | undefined): MessageReactionField {
  if (depth > 100) throw fallback;
  const m: MessageReactionField = target ?? { $typeName: "osmium.client.reactions.MessageReactionField", count: 0, me: false, previewUserIds: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.emoji = dec_reactions_ReactionEmoji(r, r.uint32(), depth + 1, m.emoji); break;
      case 2:
        m.count = r.uint32(); break;
      case 3:
        m.me = r.bool(); break;
      case 4:
        if ((t & 7) === 2) { const e = r.uint32() + r.pos; while (r.pos < e) m.previewUserIds.push((r.fixed64() as bigint)); } else m.previewUserIds.push((r.fixed64() as bigint));
        break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_reactions_MessageReactions(r: BinaryReader, length: number, depth: number, target: MessageReactions | undefined): MessageReactions {
  if (depth > 100) throw fallback;
  const m: MessageReactions = target ?? { $typeName: "osmium.client.reactions.MessageReactions", messageId: protoInt64.zero, reactionFields: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.messageId = (r.fixed64() as bigint); break;
      case 2:
        m.reactionFields.push(dec_reactions_MessageReactionField(r, r.uint32(), depth + 1, undefined)); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_reactions_ReactionEmoji(r: BinaryReader, length: number, depth: number, target: ReactionEmoji | undefined): ReactionEmoji {
  if (depth > 100) throw fallback;
  const m: ReactionEmoji = target ?? { $typeName: "osmium.client.reactions.ReactionEmoji", emoji: { case: undefined } };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.emoji = { case: "unicodeEmoji", value: str(r) }; break;
      case 2:
        m.emoji = { case: "customEmoji", value: (r.fixed64() as bigint) }; break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_refs_ChannelRef(r: BinaryReader, length: number, depth: number, target: ChannelRef | undefined): ChannelRef {
  if (depth > 100) throw fallback;
  const m: ChannelRef = target ?? { $typeName: "osmium.client.refs.ChannelRef", communityId: protoInt64.zero, channelId: protoInt64.zero };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.communityId = (r.fixed64() as bigint); break;
      case 2:
        m.channelId = (r.fixed64() as bigint); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_refs_ChatRef(r: BinaryReader, length: number, depth: number, target: ChatRef | undefined): ChatRef {
  if (depth > 100) throw fallback;
  const m: ChatRef = target ?? { $typeName: "osmium.client.refs.ChatRef", ref: { case: undefined } };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.ref = { case: "user", value: dec_refs_UserRef(r, r.uint32(), depth + 1, m.ref.case === "user" ? m.ref.value : undefined) }; break;
      case 2:
        m.ref = { case: "channel", value: dec_refs_ChannelRef(r, r.uint32(), depth + 1, m.ref.case === "channel" ? m.ref.value : undefined) }; break;
      case 3:
        m.ref = { case: "group", value: dec_refs_GroupRef(r, r.uint32(), depth + 1, m.ref.case === "group" ? m.ref.value : undefined) }; break;
      case 4:
        m.ref = { case: "self", value: dec_refs_RefSelf(r, r.uint32(), depth + 1, m.ref.case === "self" ? m.ref.value : undefined) }; break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_refs_GroupRef(r: BinaryReader, length: number, depth: number, target: GroupRef | undefined): GroupRef {
  if (depth > 100) throw fallback;
  const m: GroupRef = target ?? { $typeName: "osmium.client.refs.GroupRef", groupId: protoInt64.zero };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.groupId = (r.fixed64() as bigint); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_refs_RefSelf(r: BinaryReader, length: number, depth: number, target: RefSelf | undefined): RefSelf {
  if (depth > 100) throw fallback;
  const m: RefSelf = target ?? { $typeName: "osmium.client.refs.RefSelf" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_refs_StickerPackRef(r: BinaryReader, length: number, depth: number, target: StickerPackRef | undefined): StickerPackRef {
  if (depth > 100) throw fallback;
  const m: StickerPackRef = target ?? { $typeName: "osmium.client.refs.StickerPackRef", id: protoInt64.zero };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.id = (r.fixed64() as bigint); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_refs_UserRef(r: BinaryReader, length: number, depth: number, target: UserRef | undefined): UserRef {
  if (depth > 100) throw fallback;
  const m: UserRef = target ?? { $typeName: "osmium.client.refs.UserRef", userId: protoInt64.zero };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.userId = (r.fixed64() as bigint); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_settings_Account(r: BinaryReader, length: number, depth: number, target: Account | undefined): Account {
  if (depth > 100) throw fallback;
  const m: Account = target ?? { $typeName: "osmium.client.settings.Account", confirmed: false, hasPassword: false, totpEnabled: false, pendingDelete: false };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.email = str(r); break;
      case 2:
        m.confirmed = r.bool(); break;
      case 3:
        m.hasPassword = r.bool(); break;
      case 4:
        m.totpEnabled = r.bool(); break;
      case 5:
        m.pendingDelete = r.bool(); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_settings_BackupCode(r: BinaryReader, length: number, depth: number, target: BackupCode | undefined): BackupCode {
  if (depth > 100) throw fallback;
  const m: BackupCode = target ?? { $typeName: "osmium.client.settings.BackupCode", code: "", used: false };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.code = str(r); break;
      case 2:
        m.used = r.bool(); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_settings_Totp(r: BinaryReader, length: number, depth: number, target: Totp | undefined): Totp {
  if (depth > 100) throw fallback;
  const m: Totp = target ?? { $typeName: "osmium.client.settings.Totp", enabled: false, backupCodes: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.enabled = r.bool(); break;
      case 2:
        m.url = str(r); break;
      case 3:
        m.backupCodes.push(dec_settings_BackupCode(r, r.uint32(), depth + 1, undefined)); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_settings_UserSettings(r: BinaryReader, length: number, depth: number, target: UserSettings | undefined): UserSettings {
  if (depth > 100) throw fallback;
  const m: UserSettings = target ?? { $typeName: "osmium.client.settings.UserSettings" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.communityOrder = dec_settings_UserSettings_CommunityOrder(r, r.uint32(), depth + 1, m.communityOrder); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_settings_UserSettings_CommunityOrder(r: BinaryReader, length: number, depth: number, target: UserSettings_CommunityOrder | undefined): UserSettings_CommunityOrder {
  if (depth > 100) throw fallback;
  const m: UserSettings_CommunityOrder = target ?? { $typeName: "osmium.client.settings.UserSettings.CommunityOrder", communityIds: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        if ((t & 7) === 2) { const e = r.uint32() + r.pos; while (r.pos < e) m.communityIds.push((r.fixed64() as bigint)); } else m.communityIds.push((r.fixed64() as bigint));
        break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_stickers_SavedStickers(r: BinaryReader, length: number, depth: number, target: SavedStickers | undefined): SavedStickers {
  if (depth > 100) throw fallback;
  const m: SavedStickers = target ?? { $typeName: "osmium.client.stickers.SavedStickers", savedPacks: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.savedPacks.push(dec_stickers_StickerPack(r, r.uint32(), depth + 1, undefined)); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_stickers_StickerPack(r: BinaryReader, length: number, depth: number, target: StickerPack | undefined): StickerPack {
  if (depth > 100) throw fallback;
  const m: StickerPack = target ?? { $typeName: "osmium.client.stickers.StickerPack", id: protoInt64.zero, type: 0, name: "", stickers: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.id = (r.fixed64() as bigint); break;
      case 2:
        m.type = r.int32(); break;
      case 3:
        m.name = str(r); break;
      case 4:
        m.stickers.push(dec_media_File(r, r.uint32(), depth + 1, undefined)); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_types_Channel(r: BinaryReader, length: number, depth: number, target: Channel | undefined): Channel {
  if (depth > 100) throw fallback;
  const m: Channel = target ?? { $typeName: "osmium.client.types.Channel", id: protoInt64.zero, communityId: protoInt64.zero, name: "", type: 0, position: 0, flags: protoInt64.zero };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.id = (r.fixed64() as bigint); break;
      case 2:
        m.communityId = (r.fixed64() as bigint); break;
      case 3:
        m.name = str(r); break;
      case 4:
        m.type = r.int32(); break;
      case 5:
        m.position = r.uint32(); break;
      case 6:
        m.parentId = (r.fixed64() as bigint); break;
      case 7:
        m.flags = (r.uint64() as bigint); break;
      case 8:
        m.highlightedMsgId = (r.fixed64() as bigint); break;
      case 9:
        m.description = str(r); break;
      case 12:
        m.slowmodeSeconds = r.uint32(); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_types_ChannelOverride(r: BinaryReader, length: number, depth: number, target: ChannelOverride$1 | undefined): ChannelOverride$1 {
  if (depth > 100) throw fallback;
  const m: ChannelOverride$1 = target ?? { $typeName: "osmium.client.types.ChannelOverride", communityId: protoInt64.zero, channelId: protoInt64.zero, roleId: protoInt64.zero };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.communityId = (r.fixed64() as bigint); break;
      case 2:
        m.channelId = (r.fixed64() as bigint); break;
      case 3:
        m.roleId = (r.fixed64() as bigint); break;
      case 4:
        m.permissions = dec_types_PermissionOverrides(r, r.uint32(), depth + 1, m.permissions); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_types_ChatPhoto(r: BinaryReader, length: number, depth: number, target: ChatPhoto | undefined): ChatPhoto {
  if (depth > 100) throw fallback;
  const m: ChatPhoto = target ?? { $typeName: "osmium.client.types.ChatPhoto", fileId: protoInt64.zero, preview: new Uint8Array(0) };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.fileId = (r.fixed64() as bigint); break;
      case 2:
        m.preview = r.bytes(); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_types_Community(r: BinaryReader, length: number, depth: number, target: Community | undefined): Community {
  if (depth > 100) throw fallback;
  const m: Community = target ?? { $typeName: "osmium.client.types.Community", id: protoInt64.zero, owner: false, name: "", permissions: protoInt64.zero, notifPrefs: 0 };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.id = (r.fixed64() as bigint); break;
      case 2:
        m.owner = r.bool(); break;
      case 3:
        m.name = str(r); break;
      case 4:
        m.photo = dec_types_ChatPhoto(r, r.uint32(), depth + 1, m.photo); break;
      case 5:
        m.permissions = (r.fixed64() as bigint); break;
      case 6:
        m.notifPrefs = r.int32(); break;
      case 7:
        m.username = str(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_types_CommunityMember(r: BinaryReader, length: number, depth: number, target: CommunityMember | undefined): CommunityMember {
  if (depth > 100) throw fallback;
  const m: CommunityMember = target ?? { $typeName: "osmium.client.types.CommunityMember", id: protoInt64.zero, communityId: protoInt64.zero, roleIds: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.id = (r.fixed64() as bigint); break;
      case 2:
        m.communityId = (r.fixed64() as bigint); break;
      case 3:
        if ((t & 7) === 2) { const e = r.uint32() + r.pos; while (r.pos < e) m.roleIds.push((r.fixed64() as bigint)); } else m.roleIds.push((r.fixed64() as bigint));
        break;
      case 4:
        m.nickname = str(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_types_CommunityRole(r: BinaryReader, length: number, depth: number, target: CommunityRole | undefined): CommunityRole {
  if (depth > 100) throw fallback;
  const m: CommunityRole = target ?? { $typeName: "osmium.client.types.CommunityRole", id: protoInt64.zero, communityId: protoInt64.zero, name: "", permissions: protoInt64.zero, priority: 0, color: 0, separated: false, public: false };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.id = (r.fixed64() as bigint); break;
      case 2:
        m.communityId = (r.fixed64() as bigint); break;
      case 3:
        m.name = str(r); break;
      case 4:
        m.permissions = (r.fixed64() as bigint); break;
      case 5:
        m.priority = r.uint32(); break;
      case 6:
        m.color = r.uint32(); break;
      case 7:
        m.separated = r.bool(); break;
      case 8:
        m.public = r.bool(); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_types_Conversation(r: BinaryReader, length: number, depth: number, target: Conversation | undefined): Conversation {
  if (depth > 100) throw fallback;
  const m: Conversation = target ?? { $typeName: "osmium.client.types.Conversation", lastMessageId: protoInt64.zero, lastReadMessageId: protoInt64.zero, unreadCount: 0, notifPrefs: 0, unreadMentionsCount: 0 };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.chatRef = dec_refs_ChatRef(r, r.uint32(), depth + 1, m.chatRef); break;
      case 2:
        m.lastMessageId = (r.fixed64() as bigint); break;
      case 3:
        m.lastReadMessageId = (r.fixed64() as bigint); break;
      case 5:
        m.unreadCount = r.uint32(); break;
      case 6:
        m.draft = str(r); break;
      case 7:
        m.permissions = dec_types_PermissionOverrides(r, r.uint32(), depth + 1, m.permissions); break;
      case 8:
        m.notifPrefs = r.int32(); break;
      case 9:
        m.unreadMentionsCount = r.uint32(); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_types_Entrypoint(r: BinaryReader, length: number, depth: number, target: Entrypoint | undefined): Entrypoint {
  if (depth > 100) throw fallback;
  const m: Entrypoint = target ?? { $typeName: "osmium.client.types.Entrypoint", hostname: "", port: 0, region: 0 };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.hostname = str(r); break;
      case 2:
        m.ipAddress = str(r); break;
      case 3:
        m.port = r.uint32(); break;
      case 4:
        m.region = r.uint32(); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_types_Group(r: BinaryReader, length: number, depth: number, target: Group | undefined): Group {
  if (depth > 100) throw fallback;
  const m: Group = target ?? { $typeName: "osmium.client.types.Group", id: protoInt64.zero, name: "", owner: false, participantIds: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.id = (r.fixed64() as bigint); break;
      case 2:
        m.name = str(r); break;
      case 3:
        m.owner = r.bool(); break;
      case 4:
        if ((t & 7) === 2) { const e = r.uint32() + r.pos; while (r.pos < e) m.participantIds.push((r.fixed64() as bigint)); } else m.participantIds.push((r.fixed64() as bigint));
        break;
      case 5:
        m.photo = dec_types_ChatPhoto(r, r.uint32(), depth + 1, m.photo); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_types_Message(r: BinaryReader, length: number, depth: number, target: Message$1 | undefined): Message$1 {
  if (depth > 100) throw fallback;
  const m: Message$1 = target ?? { $typeName: "osmium.client.types.Message", messageId: protoInt64.zero, authorId: protoInt64.zero, message: "", media: [], entities: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.chatRef = dec_refs_ChatRef(r, r.uint32(), depth + 1, m.chatRef); break;
      case 2:
        m.messageId = (r.fixed64() as bigint); break;
      case 3:
        m.authorId = (r.fixed64() as bigint); break;
      case 4:
        m.message = str(r); break;
      case 5:
        m.replyTo = (r.fixed64() as bigint); break;
      case 6:
        m.media.push(dec_media_MessageMedia(r, r.uint32(), depth + 1, undefined)); break;
      case 7:
        m.entities.push(dec_types_MessageEntity(r, r.uint32(), depth + 1, undefined)); break;
      case 8:
        m.editedAt = (r.uint64() as bigint); break;
      case 9:
        m.type = r.int32(); break;
      case 10:
        m.forward = dec_types_Message_MessageForwardInfo(r, r.uint32(), depth + 1, m.forward); break;
      case 11:
        m.reply = dec_types_Message_MessageReplyInfo(r, r.uint32(), depth + 1, m.reply); break;
      case 12:
        m.botInfo = dec_types_Message_MessageBotInfo(r, r.uint32(), depth + 1, m.botInfo); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_types_Message_MessageBotInfo(r: BinaryReader, length: number, depth: number, target: Message_MessageBotInfo | undefined): Message_MessageBotInfo {
  if (depth > 100) throw fallback;
  const m: Message_MessageBotInfo = target ?? { $typeName: "osmium.client.types.Message.MessageBotInfo" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.cloak = dec_types_Message_MessageBotInfo_MessageCloak(r, r.uint32(), depth + 1, m.cloak); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_types_Message_MessageBotInfo_MessageCloak(r: BinaryReader, length: number, depth: number, target: Message_MessageBotInfo_MessageCloak | undefined): Message_MessageBotInfo_MessageCloak {
  if (depth > 100) throw fallback;
  const m: Message_MessageBotInfo_MessageCloak = target ?? { $typeName: "osmium.client.types.Message.MessageBotInfo.MessageCloak", name: "" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.name = str(r); break;
      case 2:
        m.photo = dec_types_ChatPhoto(r, r.uint32(), depth + 1, m.photo); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_types_Message_MessageForwardInfo(r: BinaryReader, length: number, depth: number, target: Message_MessageForwardInfo | undefined): Message_MessageForwardInfo {
  if (depth > 100) throw fallback;
  const m: Message_MessageForwardInfo = target ?? { $typeName: "osmium.client.types.Message.MessageForwardInfo" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.date = (r.fixed64() as bigint); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_types_Message_MessageReplyInfo(r: BinaryReader, length: number, depth: number, target: Message_MessageReplyInfo | undefined): Message_MessageReplyInfo {
  if (depth > 100) throw fallback;
  const m: Message_MessageReplyInfo = target ?? { $typeName: "osmium.client.types.Message.MessageReplyInfo" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.messageId = (r.fixed64() as bigint); break;
      case 2:
        m.quote = dec_types_Message_MessageReplyInfo_Quote(r, r.uint32(), depth + 1, m.quote); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_types_Message_MessageReplyInfo_Quote(r: BinaryReader, length: number, depth: number, target: Message_MessageReplyInfo_Quote | undefined): Message_MessageReplyInfo_Quote {
  if (depth > 100) throw fallback;
  const m: Message_MessageReplyInfo_Quote = target ?? { $typeName: "osmium.client.types.Message.MessageReplyInfo.Quote", message: "", entities: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.message = str(r); break;
      case 2:
        m.entities.push(dec_types_MessageEntity(r, r.uint32(), depth + 1, undefined)); break;
      case 3:
        m.offset = (r.uint64() as bigint); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_types_MessageEntity(r: BinaryReader, length: number, depth: number, target: MessageEntity | undefined): MessageEntity {
  if (depth > 100) throw fallback;
  const m: MessageEntity = target ?? { $typeName: "osmium.client.types.MessageEntity", startIndex: 0, length: 0, entity: { case: undefined } };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.startIndex = r.uint32(); break;
      case 2:
        m.length = r.uint32(); break;
      case 3:
        m.entity = { case: "bold", value: r.bool() }; break;
      case 4:
        m.entity = { case: "italic", value: r.bool() }; break;
      case 5:
        m.entity = { case: "underline", value: r.bool() }; break;
      case 6:
        m.entity = { case: "strikethrough", value: r.bool() }; break;
      case 7:
        m.entity = { case: "code", value: r.bool() }; break;
      case 8:
        m.entity = { case: "url", value: r.bool() }; break;
      case 9:
        m.entity = { case: "spoiler", value: dec_types_MessageEntity_SpoilerEntity(r, r.uint32(), depth + 1, m.entity.case === "spoiler" ? m.entity.value : undefined) }; break;
      case 10:
        m.entity = { case: "pre", value: dec_types_MessageEntity_PreEntity(r, r.uint32(), depth + 1, m.entity.case === "pre" ? m.entity.value : undefined) }; break;
      case 11:
        m.entity = { case: "textUrl", value: dec_types_MessageEntity_TextUrlEntity(r, r.uint32(), depth + 1, m.entity.case === "textUrl" ? m.entity.value : undefined) }; break;
      case 12:
        m.entity = { case: "customEmoji", value: dec_types_MessageEntity_CustomEmojiEntity(r, r.uint32(), depth + 1, m.entity.case === "customEmoji" ? m.entity.value : undefined) }; break;
      case 13:
        m.entity = { case: "userMention", value: dec_types_MessageEntity_UserMentionEntity(r, r.uint32(), depth + 1, m.entity.case === "userMention" ? m.entity.value : undefined) }; break;
      case 14:
        m.entity = { case: "username", value: r.bool() }; break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_types_MessageEntity_CustomEmojiEntity(r: BinaryReader, length: number, depth: number, target: MessageEntity_CustomEmojiEntity | undefined): MessageEntity_CustomEmojiEntity {
  if (depth > 100) throw fallback;
  const m: MessageEntity_CustomEmojiEntity = target ?? { $typeName: "osmium.client.types.MessageEntity.CustomEmojiEntity", emojiId: protoInt64.zero };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.emojiId = (r.fixed64() as bigint); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_types_MessageEntity_PreEntity(r: BinaryReader, length: number, depth: number, target: MessageEntity_PreEntity | undefined): MessageEntity_PreEntity {
  if (depth > 100) throw fallback;
  const m: MessageEntity_PreEntity = target ?? { $typeName: "osmium.client.types.MessageEntity.PreEntity" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.language = str(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_types_MessageEntity_SpoilerEntity(r: BinaryReader, length: number, depth: number, target: MessageEntity_SpoilerEntity | undefined): MessageEntity_SpoilerEntity {
  if (depth > 100) throw fallback;
  const m: MessageEntity_SpoilerEntity = target ?? { $typeName: "osmium.client.types.MessageEntity.SpoilerEntity" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_types_MessageEntity_TextUrlEntity(r: BinaryReader, length: number, depth: number, target: MessageEntity_TextUrlEntity | undefined): MessageEntity_TextUrlEntity {
  if (depth > 100) throw fallback;
  const m: MessageEntity_TextUrlEntity = target ?? { $typeName: "osmium.client.types.MessageEntity.TextUrlEntity", url: "" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.url = str(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_types_MessageEntity_UserMentionEntity(r: BinaryReader, length: number, depth: number, target: MessageEntity_UserMentionEntity | undefined): MessageEntity_UserMentionEntity {
  if (depth > 100) throw fallback;
  const m: MessageEntity_UserMentionEntity = target ?? { $typeName: "osmium.client.types.MessageEntity.UserMentionEntity" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_types_PermissionOverrides(r: BinaryReader, length: number, depth: number, target: PermissionOverrides | undefined): PermissionOverrides {
  if (depth > 100) throw fallback;
  const m: PermissionOverrides = target ?? { $typeName: "osmium.client.types.PermissionOverrides", pos: protoInt64.zero, neg: protoInt64.zero };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.pos = (r.fixed64() as bigint); break;
      case 2:
        m.neg = (r.fixed64() as bigint); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_types_Relationship(r: BinaryReader, length: number, depth: number, target: Relationship | undefined): Relationship {
  if (depth > 100) throw fallback;
  const m: Relationship = target ?? { $typeName: "osmium.client.types.Relationship", userId: protoInt64.zero, status: 0 };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.userId = (r.fixed64() as bigint); break;
      case 2:
        m.status = r.int32(); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_types_User(r: BinaryReader, length: number, depth: number, target: User | undefined): User {
  if (depth > 100) throw fallback;
  const m: User = target ?? { $typeName: "osmium.client.types.User", id: protoInt64.zero, name: "", bot: false };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.id = (r.fixed64() as bigint); break;
      case 2:
        m.name = str(r); break;
      case 3:
        m.username = str(r); break;
      case 4:
        m.status = dec_types_UserStatus(r, r.uint32(), depth + 1, m.status); break;
      case 5:
        m.photo = dec_types_ChatPhoto(r, r.uint32(), depth + 1, m.photo); break;
      case 6:
        m.bot = r.bool(); break;
      case 7:
        m.icon = (r.fixed64() as bigint); break;
      case 8:
        m.color = r.uint32(); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_types_UserStatus(r: BinaryReader, length: number, depth: number, target: UserStatus | undefined): UserStatus {
  if (depth > 100) throw fallback;
  const m: UserStatus = target ?? { $typeName: "osmium.client.types.UserStatus", activities: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 3:
        m.status = r.int32(); break;
      case 4:
        m.activities.push(dec_types_UserStatus_Activity(r, r.uint32(), depth + 1, undefined)); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_types_UserStatus_Activity(r: BinaryReader, length: number, depth: number, target: UserStatus_Activity | undefined): UserStatus_Activity {
  if (depth > 100) throw fallback;
  const m: UserStatus_Activity = target ?? { $typeName: "osmium.client.types.UserStatus.Activity", title: "", type: 0, startTime: protoInt64.zero };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.title = str(r); break;
      case 2:
        m.type = r.int32(); break;
      case 3:
        m.startTime = (r.fixed64() as bigint); break;
      case 4:
        m.endTime = (r.fixed64() as bigint); break;
      case 5:
        m.state = str(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_updates_MemberListEntry(r: BinaryReader, length: number, depth: number, target: MemberListEntry | undefined): MemberListEntry {
  if (depth > 100) throw fallback;
  const m: MemberListEntry = target ?? { $typeName: "osmium.client.updates.MemberListEntry", entry: { case: undefined } };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.entry = { case: "user", value: dec_updates_MemberListEntryUser(r, r.uint32(), depth + 1, m.entry.case === "user" ? m.entry.value : undefined) }; break;
      case 2:
        m.entry = { case: "divider", value: dec_updates_MemberListEntryDivider(r, r.uint32(), depth + 1, m.entry.case === "divider" ? m.entry.value : undefined) }; break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_updates_MemberListEntryDivider(r: BinaryReader, length: number, depth: number, target: MemberListEntryDivider | undefined): MemberListEntryDivider {
  if (depth > 100) throw fallback;
  const m: MemberListEntryDivider = target ?? { $typeName: "osmium.client.updates.MemberListEntryDivider", inner: { case: undefined }, memberCount: 0 };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.inner = { case: "online", value: r.bool() }; break;
      case 2:
        m.inner = { case: "roleId", value: (r.fixed64() as bigint) }; break;
      case 3:
        m.memberCount = r.uint32(); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_updates_MemberListEntryUser(r: BinaryReader, length: number, depth: number, target: MemberListEntryUser | undefined): MemberListEntryUser {
  if (depth > 100) throw fallback;
  const m: MemberListEntryUser = target ?? { $typeName: "osmium.client.updates.MemberListEntryUser" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.user = dec_types_User(r, r.uint32(), depth + 1, m.user); break;
      case 2:
        m.nickname = str(r); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_updates_Update(r: BinaryReader, length: number, depth: number, target: Update | undefined): Update {
  if (depth > 100) throw fallback;
  const m: Update = target ?? { $typeName: "osmium.client.updates.Update", update: { case: undefined } };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.update = { case: "messageCreated", value: dec_updates_UpdateMessageCreated(r, r.uint32(), depth + 1, m.update.case === "messageCreated" ? m.update.value : undefined) }; break;
      case 2:
        m.update = { case: "channel", value: dec_updates_UpdateChannel(r, r.uint32(), depth + 1, m.update.case === "channel" ? m.update.value : undefined) }; break;
      case 3:
        m.update = { case: "messageDeleted", value: dec_updates_UpdateMessageDeleted(r, r.uint32(), depth + 1, m.update.case === "messageDeleted" ? m.update.value : undefined) }; break;
      case 4:
        m.update = { case: "userStatus", value: dec_updates_UpdateUserStatus(r, r.uint32(), depth + 1, m.update.case === "userStatus" ? m.update.value : undefined) }; break;
      case 5:
        m.update = { case: "user", value: dec_updates_UpdateUser(r, r.uint32(), depth + 1, m.update.case === "user" ? m.update.value : undefined) }; break;
      case 6:
        m.update = { case: "community", value: dec_updates_UpdateCommunity(r, r.uint32(), depth + 1, m.update.case === "community" ? m.update.value : undefined) }; break;
      case 7:
        m.update = { case: "channelDeleted", value: dec_updates_UpdateChannelDeleted(r, r.uint32(), depth + 1, m.update.case === "channelDeleted" ? m.update.value : undefined) }; break;
      case 8:
        m.update = { case: "message", value: dec_updates_UpdateMessage(r, r.uint32(), depth + 1, m.update.case === "message" ? m.update.value : undefined) }; break;
      case 9:
        m.update = { case: "chatTyping", value: dec_updates_UpdateChatTyping(r, r.uint32(), depth + 1, m.update.case === "chatTyping" ? m.update.value : undefined) }; break;
      case 10:
        m.update = { case: "communityMember", value: dec_updates_UpdateCommunityMember(r, r.uint32(), depth + 1, m.update.case === "communityMember" ? m.update.value : undefined) }; break;
      case 11:
        m.update = { case: "communityDeleted", value: dec_updates_UpdateCommunityDeleted(r, r.uint32(), depth + 1, m.update.case === "communityDeleted" ? m.update.value : undefined) }; break;
      case 12:
        m.update = { case: "conversationPermissions", value: dec_updates_UpdateConversationPermissions(r, r.uint32(), depth + 1, m.update.case === "conversationPermissions" ? m.update.value : undefined) }; break;
      case 13:
        m.update = { case: "chat", value: dec_updates_UpdateChat(r, r.uint32(), depth + 1, m.update.case === "chat" ? m.update.value : undefined) }; break;
      case 14:
        m.update = { case: "sessionDeleted", value: dec_updates_UpdateSessionDeleted(r, r.uint32(), depth + 1, m.update.case === "sessionDeleted" ? m.update.value : undefined) }; break;
      case 15:
        m.update = { case: "communityUnavailable", value: dec_updates_UpdateCommunityUnavailable(r, r.uint32(), depth + 1, m.update.case === "communityUnavailable" ? m.update.value : undefined) }; break;
      case 16:
        m.update = { case: "memberList", value: dec_updates_UpdateMemberList(r, r.uint32(), depth + 1, m.update.case === "memberList" ? m.update.value : undefined) }; break;
      case 17:
        m.update = { case: "communityMemberDeleted", value: dec_updates_UpdateCommunityMemberDeleted(r, r.uint32(), depth + 1, m.update.case === "communityMemberDeleted" ? m.update.value : undefined) }; break;
      case 18:
        m.update = { case: "updateUserRelationship", value: dec_updates_UpdateUserRelationship(r, r.uint32(), depth + 1, m.update.case === "updateUserRelationship" ? m.update.value : undefined) }; break;
      case 19:
        m.update = { case: "updateUserRelationshipDeleted", value: dec_updates_UpdateUserRelationshipDeleted(r, r.uint32(), depth + 1, m.update.case === "updateUserRelationshipDeleted" ? m.update.value : undefined) }; break;
      case 20:
        m.update = { case: "group", value: dec_updates_UpdateGroup(r, r.uint32(), depth + 1, m.update.case === "group" ? m.update.value : undefined) }; break;
      case 21:
        m.update = { case: "roomState", value: dec_voice_UpdateRoomState(r, r.uint32(), depth + 1, m.update.case === "roomState" ? m.update.value : undefined) }; break;
      case 22:
        m.update = { case: "roomParticipant", value: dec_voice_UpdateRoomParticipant(r, r.uint32(), depth + 1, m.update.case === "roomParticipant" ? m.update.value : undefined) }; break;
      case 23:
        m.update = { case: "messageReactions", value: dec_updates_UpdateMessageReactions(r, r.uint32(), depth + 1, m.update.case === "messageReactions" ? m.update.value : undefined) }; break;
      case 24:
        m.update = { case: "conversationLastRead", value: dec_updates_UpdateConversationLastRead(r, r.uint32(), depth + 1, m.update.case === "conversationLastRead" ? m.update.value : undefined) }; break;
      case 25:
        m.update = { case: "communityMemberCreated", value: dec_updates_UpdateCommunityMemberCreated(r, r.uint32(), depth + 1, m.update.case === "communityMemberCreated" ? m.update.value : undefined) }; break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_updates_UpdateChannel(r: BinaryReader, length: number, depth: number, target: UpdateChannel | undefined): UpdateChannel {
  if (depth > 100) throw fallback;
  const m: UpdateChannel = target ?? { $typeName: "osmium.client.updates.UpdateChannel" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.channel = dec_types_Channel(r, r.uint32(), depth + 1, m.channel); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_updates_UpdateChannelDeleted(r: BinaryReader, length: number, depth: number, target: UpdateChannelDeleted | undefined): UpdateChannelDeleted {
  if (depth > 100) throw fallback;
  const m: UpdateChannelDeleted = target ?? { $typeName: "osmium.client.updates.UpdateChannelDeleted" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.channel = dec_refs_ChannelRef(r, r.uint32(), depth + 1, m.channel); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_updates_UpdateChat(r: BinaryReader, length: number, depth: number, target: UpdateChat | undefined): UpdateChat {
  if (depth > 100) throw fallback;
  const m: UpdateChat = target ?? { $typeName: "osmium.client.updates.UpdateChat" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.chat = dec_chats_Chat(r, r.uint32(), depth + 1, m.chat); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_updates_UpdateChatTyping(r: BinaryReader, length: number, depth: number, target: UpdateChatTyping | undefined): UpdateChatTyping {
  if (depth > 100) throw fallback;
  const m: UpdateChatTyping = target ?? { $typeName: "osmium.client.updates.UpdateChatTyping", userId: protoInt64.zero, typing: false };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.chatRef = dec_refs_ChatRef(r, r.uint32(), depth + 1, m.chatRef); break;
      case 2:
        m.userId = (r.fixed64() as bigint); break;
      case 3:
        m.typing = r.bool(); break;
      case 4:
        m.action = r.int32(); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_updates_UpdateCommunity(r: BinaryReader, length: number, depth: number, target: UpdateCommunity | undefined): UpdateCommunity {
  if (depth > 100) throw fallback;
  const m: UpdateCommunity = target ?? { $typeName: "osmium.client.updates.UpdateCommunity", communityId: protoInt64.zero };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.communityId = (r.fixed64() as bigint); break;
      case 2:
        m.community = dec_types_Community(r, r.uint32(), depth + 1, m.community); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_updates_UpdateCommunityDeleted(r: BinaryReader, length: number, depth: number, target: UpdateCommunityDeleted | undefined): UpdateCommunityDeleted {
  if (depth > 100) throw fallback;
  const m: UpdateCommunityDeleted = target ?? { $typeName: "osmium.client.updates.UpdateCommunityDeleted", communityId: protoInt64.zero };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.communityId = (r.fixed64() as bigint); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_updates_UpdateCommunityMember(r: BinaryReader, length: number, depth: number, target: UpdateCommunityMember | undefined): UpdateCommunityMember {
  if (depth > 100) throw fallback;
  const m: UpdateCommunityMember = target ?? { $typeName: "osmium.client.updates.UpdateCommunityMember", communityId: protoInt64.zero, memberId: protoInt64.zero };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.communityId = (r.fixed64() as bigint); break;
      case 2:
        m.memberId = (r.fixed64() as bigint); break;
      case 3:
        m.member = dec_types_CommunityMember(r, r.uint32(), depth + 1, m.member); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_updates_UpdateCommunityMemberCreated(r: BinaryReader, length: number, depth: number, target: UpdateCommunityMemberCreated | undefined): UpdateCommunityMemberCreated {
  if (depth > 100) throw fallback;
  const m: UpdateCommunityMemberCreated = target ?? { $typeName: "osmium.client.updates.UpdateCommunityMemberCreated", communityId: protoInt64.zero, memberId: protoInt64.zero };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.communityId = (r.fixed64() as bigint); break;
      case 2:
        m.memberId = (r.fixed64() as bigint); break;
      case 3:
        m.member = dec_types_CommunityMember(r, r.uint32(), depth + 1, m.member); break;
      case 4:
        m.user = dec_types_User(r, r.uint32(), depth + 1, m.user); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_updates_UpdateCommunityMemberDeleted(r: BinaryReader, length: number, depth: number, target: UpdateCommunityMemberDeleted | undefined): UpdateCommunityMemberDeleted {
  if (depth > 100) throw fallback;
  const m: UpdateCommunityMemberDeleted = target ?? { $typeName: "osmium.client.updates.UpdateCommunityMemberDeleted", communityId: protoInt64.zero, memberId: protoInt64.zero };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.communityId = (r.fixed64() as bigint); break;
      case 2:
        m.memberId = (r.fixed64() as bigint); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_updates_UpdateCommunityUnavailable(r: BinaryReader, length: number, depth: number, target: UpdateCommunityUnavailable | undefined): UpdateCommunityUnavailable {
  if (depth > 100) throw fallback;
  const m: UpdateCommunityUnavailable = target ?? { $typeName: "osmium.client.updates.UpdateCommunityUnavailable", communityId: protoInt64.zero };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.communityId = (r.fixed64() as bigint); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_updates_UpdateConversationLastRead(r: BinaryReader, length: number, depth: number, target: UpdateConversationLastRead | undefined): UpdateConversationLastRead {
  if (depth > 100) throw fallback;
  const m: UpdateConversationLastRead = target ?? { $typeName: "osmium.client.updates.UpdateConversationLastRead", lastReadMessageId: protoInt64.zero };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.chatRef = dec_refs_ChatRef(r, r.uint32(), depth + 1, m.chatRef); break;
      case 2:
        m.lastReadMessageId = (r.fixed64() as bigint); break;
      case 3:
        m.unreadCount = r.uint32(); break;
      case 4:
        m.unreadMentionsCount = r.uint32(); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_updates_UpdateConversationPermissions(r: BinaryReader, length: number, depth: number, target: UpdateConversationPermissions | undefined): UpdateConversationPermissions {
  if (depth > 100) throw fallback;
  const m: UpdateConversationPermissions = target ?? { $typeName: "osmium.client.updates.UpdateConversationPermissions" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.chatRef = dec_refs_ChatRef(r, r.uint32(), depth + 1, m.chatRef); break;
      case 2:
        m.permissions = dec_types_PermissionOverrides(r, r.uint32(), depth + 1, m.permissions); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_updates_UpdateGroup(r: BinaryReader, length: number, depth: number, target: UpdateGroup | undefined): UpdateGroup {
  if (depth > 100) throw fallback;
  const m: UpdateGroup = target ?? { $typeName: "osmium.client.updates.UpdateGroup", users: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.group = dec_types_Group(r, r.uint32(), depth + 1, m.group); break;
      case 2:
        m.users.push(dec_types_User(r, r.uint32(), depth + 1, undefined)); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_updates_UpdateMemberList(r: BinaryReader, length: number, depth: number, target: UpdateMemberList | undefined): UpdateMemberList {
  if (depth > 100) throw fallback;
  const m: UpdateMemberList = target ?? { $typeName: "osmium.client.updates.UpdateMemberList", channelId: protoInt64.zero, entries: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.communityId = (r.fixed64() as bigint); break;
      case 2:
        m.channelId = (r.fixed64() as bigint); break;
      case 4:
        m.entries.push(dec_updates_MemberListEntry(r, r.uint32(), depth + 1, undefined)); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_updates_UpdateMessage(r: BinaryReader, length: number, depth: number, target: UpdateMessage | undefined): UpdateMessage {
  if (depth > 100) throw fallback;
  const m: UpdateMessage = target ?? { $typeName: "osmium.client.updates.UpdateMessage" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.message = dec_types_Message(r, r.uint32(), depth + 1, m.message); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_updates_UpdateMessageCreated(r: BinaryReader, length: number, depth: number, target: UpdateMessageCreated | undefined): UpdateMessageCreated {
  if (depth > 100) throw fallback;
  const m: UpdateMessageCreated = target ?? { $typeName: "osmium.client.updates.UpdateMessageCreated", channelUnreadCount: 0 };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.message = dec_types_Message(r, r.uint32(), depth + 1, m.message); break;
      case 2:
        m.channelUnreadCount = r.uint32(); break;
      case 3:
        m.author = dec_types_User(r, r.uint32(), depth + 1, m.author); break;
      case 4:
        m.clientId = (r.fixed64() as bigint); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_updates_UpdateMessageDeleted(r: BinaryReader, length: number, depth: number, target: UpdateMessageDeleted | undefined): UpdateMessageDeleted {
  if (depth > 100) throw fallback;
  const m: UpdateMessageDeleted = target ?? { $typeName: "osmium.client.updates.UpdateMessageDeleted", messageIds: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.chatRef = dec_refs_ChatRef(r, r.uint32(), depth + 1, m.chatRef); break;
      case 2:
        if ((t & 7) === 2) { const e = r.uint32() + r.pos; while (r.pos < e) m.messageIds.push((r.fixed64() as bigint)); } else m.messageIds.push((r.fixed64() as bigint));
        break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_updates_UpdateMessageReactions(r: BinaryReader, length: number, depth: number, target: UpdateMessageReactions | undefined): UpdateMessageReactions {
  if (depth > 100) throw fallback;
  const m: UpdateMessageReactions = target ?? { $typeName: "osmium.client.updates.UpdateMessageReactions" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.chatRef = dec_refs_ChatRef(r, r.uint32(), depth + 1, m.chatRef); break;
      case 2:
        m.reactions = dec_reactions_MessageReactions(r, r.uint32(), depth + 1, m.reactions); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_updates_UpdateSessionDeleted(r: BinaryReader, length: number, depth: number, target: UpdateSessionDeleted | undefined): UpdateSessionDeleted {
  if (depth > 100) throw fallback;
  const m: UpdateSessionDeleted = target ?? { $typeName: "osmium.client.updates.UpdateSessionDeleted", sessionId: protoInt64.zero };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.sessionId = (r.fixed64() as bigint); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_updates_UpdateUser(r: BinaryReader, length: number, depth: number, target: UpdateUser | undefined): UpdateUser {
  if (depth > 100) throw fallback;
  const m: UpdateUser = target ?? { $typeName: "osmium.client.updates.UpdateUser", userId: protoInt64.zero };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.userId = (r.fixed64() as bigint); break;
      case 2:
        m.user = dec_types_User(r, r.uint32(), depth + 1, m.user); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_updates_UpdateUserRelationship(r: BinaryReader, length: number, depth: number, target: UpdateUserRelationship | undefined): UpdateUserRelationship {
  if (depth > 100) throw fallback;
  const m: UpdateUserRelationship = target ?? { $typeName: "osmium.client.updates.UpdateUserRelationship" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.relationship = dec_types_Relationship(r, r.uint32(), depth + 1, m.relationship); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_updates_UpdateUserRelationshipDeleted(r: BinaryReader, length: number, depth: number, target: UpdateUserRelationshipDeleted | undefined): UpdateUserRelationshipDeleted {
  if (depth > 100) throw fallback;
  const m: UpdateUserRelationshipDeleted = target ?? { $typeName: "osmium.client.updates.UpdateUserRelationshipDeleted", otherUserId: protoInt64.zero };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.otherUserId = (r.fixed64() as bigint); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_updates_UpdateUserStatus(r: BinaryReader, length: number, depth: number, target: UpdateUserStatus | undefined): UpdateUserStatus {
  if (depth > 100) throw fallback;
  const m: UpdateUserStatus = target ?? { $typeName: "osmium.client.updates.UpdateUserStatus", userId: protoInt64.zero };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.userId = (r.fixed64() as bigint); break;
      case 2:
        m.status = dec_types_UserStatus(r, r.uint32(), depth + 1, m.status); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_users_Profile(r: BinaryReader, length: number, depth: number, target: Profile | undefined): Profile {
  if (depth > 100) throw fallback;
  const m: Profile = target ?? { $typeName: "osmium.client.users.Profile", bio: "", mutualCommunities: [], mutualFriends: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.ref = dec_refs_UserRef(r, r.uint32(), depth + 1, m.ref); break;
      case 2:
        m.bio = str(r); break;
      case 3:
        m.premiumSince = (r.fixed64() as bigint); break;
      case 4:
        m.banner = dec_types_ChatPhoto(r, r.uint32(), depth + 1, m.banner); break;
      case 5:
        if ((t & 7) === 2) { const e = r.uint32() + r.pos; while (r.pos < e) m.mutualCommunities.push((r.fixed64() as bigint)); } else m.mutualCommunities.push((r.fixed64() as bigint));
        break;
      case 6:
        if ((t & 7) === 2) { const e = r.uint32() + r.pos; while (r.pos < e) m.mutualFriends.push((r.fixed64() as bigint)); } else m.mutualFriends.push((r.fixed64() as bigint));
        break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_users_UserDetails(r: BinaryReader, length: number, depth: number, target: UserDetails | undefined): UserDetails {
  if (depth > 100) throw fallback;
  const m: UserDetails = target ?? { $typeName: "osmium.client.users.UserDetails" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.user = dec_types_User(r, r.uint32(), depth + 1, m.user); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_voice_RoomInfo(r: BinaryReader, length: number, depth: number, target: RoomInfo | undefined): RoomInfo {
  if (depth > 100) throw fallback;
  const m: RoomInfo = target ?? { $typeName: "osmium.client.voice.RoomInfo", roomId: protoInt64.zero, endpoint: "", token: "" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.roomId = (r.fixed64() as bigint); break;
      case 2:
        m.chatRef = dec_refs_ChatRef(r, r.uint32(), depth + 1, m.chatRef); break;
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

function dec_voice_RoomParticipant(r: BinaryReader, length: number, depth: number, target: RoomParticipant | undefined): RoomParticipant {
  if (depth > 100) throw fallback;
  const m: RoomParticipant = target ?? { $typeName: "osmium.client.voice.RoomParticipant", roomId: protoInt64.zero, sessionId: "", userId: protoInt64.zero, muted: false, deafened: false, videoAvailable: false, screenAvailable: false };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.roomId = (r.fixed64() as bigint); break;
      case 2:
        m.sessionId = str(r); break;
      case 3:
        m.userId = (r.fixed64() as bigint); break;
      case 4:
        m.muted = r.bool(); break;
      case 5:
        m.deafened = r.bool(); break;
      case 7:
        m.videoAvailable = r.bool(); break;
      case 8:
        m.screenAvailable = r.bool(); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_voice_RoomState(r: BinaryReader, length: number, depth: number, target: RoomState | undefined): RoomState {
  if (depth > 100) throw fallback;
  const m: RoomState = target ?? { $typeName: "osmium.client.voice.RoomState", roomId: protoInt64.zero, participants: [] };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 2:
        m.roomId = (r.fixed64() as bigint); break;
      case 3:
        m.participants.push(dec_voice_RoomParticipant(r, r.uint32(), depth + 1, undefined)); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_voice_UpdateRoomParticipant(r: BinaryReader, length: number, depth: number, target: UpdateRoomParticipant | undefined): UpdateRoomParticipant {
  if (depth > 100) throw fallback;
  const m: UpdateRoomParticipant = target ?? { $typeName: "osmium.client.voice.UpdateRoomParticipant" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.chatRef = dec_refs_ChatRef(r, r.uint32(), depth + 1, m.chatRef); break;
      case 2:
        m.participant = dec_voice_RoomParticipant(r, r.uint32(), depth + 1, m.participant); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

function dec_voice_UpdateRoomState(r: BinaryReader, length: number, depth: number, target: UpdateRoomState | undefined): UpdateRoomState {
  if (depth > 100) throw fallback;
  const m: UpdateRoomState = target ?? { $typeName: "osmium.client.voice.UpdateRoomState" };
  const end = r.pos + length;
  let u = m.$unknown;
  while (r.pos < end) {
    const t = tag(r);
    switch (t >>> 3) {
      case 1:
        m.chatRef = dec_refs_ChatRef(r, r.uint32(), depth + 1, m.chatRef); break;
      case 2:
        m.state = dec_voice_RoomState(r, r.uint32(), depth + 1, m.state); break;
      default:
        u = readUnknown(r, t, depth, u);
    }
  }
  return withUnknown(m, u);
}

/** A generated encoder: writes the fields of `message` (no tag, no length prefix); throws where toBinary() might. */
export type FastEncoder = { bivariant(writer: BinaryWriter, message: Message): void }["bivariant"];

/** A generated decoder (call it through `decodeFast`). */
export type FastDecoder = (r: BinaryReader, length: number, depth: number, target: undefined) => Message;

/**
 * Decodes `bytes` with `decoder`: the message, or `undefined` (or a throw) for bytes fromBinary() rejects,
 * so the reflective decoder can say why. A string that is not valid UTF-8 is decoded with U+FFFD
 * (fromBinary() rejects it) and makes `replacedInvalidUtf8()` true until the next call.
 */
export function decodeFast(decoder: FastDecoder, bytes: Uint8Array): Message | undefined {
  replaced = false;
  try {
    return decoder(new BinaryReader(bytes), bytes.byteLength, 1, undefined);
  } catch (e) {
    if (e === fallback) return undefined;
    throw e;
  }
}

/** True when the last `decodeFast` met a string that is not valid UTF-8, and decoded it with U+FFFD. */
export function replacedInvalidUtf8(): boolean {
  return replaced;
}

/** The generated encoders, by message type name. */
export const fastEncoders: ReadonlyMap<string, FastEncoder> = new Map<string, FastEncoder>([
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

/** The generated decoders, by message type name. */
export const fastDecoders: ReadonlyMap<string, FastDecoder> = new Map<string, FastDecoder>([
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
