import type { CallOptions, RpcClient, RpcRequest } from "../../src/rpc-client.js";
import type { Authorization, AuthorizeSchema, CreatedInvite, GetSessionsSchema, InviteList, InvitePreview, LookupInviteSchema, ResendEmailVerificationSchema, ResetPasswordSchema, RevokeSessionsSchema, Sessions, SignInSchema, SignUpSchema, UseInviteSchema, VerifyEmailSchema } from "./client/auth_pb.js";
import { authAuthorizeRpc, authGetSessionsRpc, authLookupInviteRpc, authResendEmailVerificationRpc, authResetPasswordRpc, authRevokeSessionsRpc, authSignInRpc, authSignUpRpc, authUseInviteRpc, authVerifyEmailRpc, billingCancelSubscriptionRpc, billingGetProductsRpc, billingGetSubscriptionRpc, billingRequestPaymentLinkRpc, chatsAddChatMemberRpc, chatsCreateChatInviteRpc, chatsCreateChatRpc, chatsDeleteChatInviteRpc, chatsEditChatRpc, chatsGetChatRpc, chatsGetChatsRpc, chatsListChatInvitesRpc, chatsMarkChatReadRpc, chatsRemoveChatMemberRpc, chatsSetTypingRpc, communitiesAddMemberRpc, communitiesCreateChannelOverrideRpc, communitiesCreateChannelRpc, communitiesCreateCommunityRpc, communitiesCreateRoleRpc, communitiesDeleteChannelOverrideRpc, communitiesDeleteChannelRpc, communitiesDeleteCommunityRpc, communitiesDeleteRoleRpc, communitiesEditChannelRpc, communitiesEditCommunityRpc, communitiesEditDefaultPermissionsRpc, communitiesEditMemberRpc, communitiesEditPhotoRpc, communitiesEditRoleRpc, communitiesEditSettingsRpc, communitiesGetChannelMembersRpc, communitiesGetChannelOverridesRpc, communitiesGetChannelsRpc, communitiesGetCommunitiesRpc, communitiesGetMembersRpc, communitiesGetRemovedMembersRpc, communitiesGetRolesRpc, communitiesGetRoomStatesRpc, communitiesLeaveCommunityRpc, communitiesRemoveMembersRpc, communitiesSyncChannelOverridesRpc, communitiesUnbanMembersRpc, coreInitializeRpc, discoveryGetDiscoverableCommunitiesRpc, friendsChangeRelationshipRpc, friendsGetRelationshipsRpc, friendsSyncFriendsRpc, mediaDownloadFilePartRpc, mediaUploadFilePartRpc, messagesDeleteMessageRpc, messagesEditMessageRpc, messagesForwardMessageRpc, messagesGetEmbedPreviewRpc, messagesGetHistoryRpc, messagesGetPinnedMessagesRpc, messagesGetUnreadMentionsRpc, messagesReportMessageRpc, messagesSearchRpc, messagesSendMessageRpc, messagesSetMessagePinRpc, reactionsAddReactionRpc, reactionsRemoveReactionRpc, settingsChangeEmailRpc, settingsChangeNotificationPreferencesRpc, settingsChangePasswordRpc, settingsChangeStatusRpc, settingsDeleteAccountRpc, settingsEditProfileBannerRpc, settingsEditProfilePhotoRpc, settingsEditProfileRpc, settingsEditUserSettingsRpc, settingsGetAccountRpc, settingsRegisterPushSubscriptionRpc, settingsRequestTakeoutRpc, settingsSetupTotpRpc, settingsUnregisterPushSubscriptionRpc, stickersAddStickerToPackRpc, stickersGetSavedStickersRpc, stickersGetStickerFilesRpc, stickersGetStickerPackRpc, stickersRemoveStickerFromPackRpc, usersGetProfileRpc, usersLookupUsernameRpc, voiceRequestRoomRpc } from "./rpc_entries.js";
import type { CancelSubscriptionSchema, GetProductsSchema, GetSubscriptionSchema, PaymentLink, Products, RequestPaymentLinkSchema, Subscription } from "./client/billing_pb.js";
import type { AddChatMemberSchema, Chat, Chats, CreateChatInviteSchema, CreateChatSchema, DeleteChatInviteSchema, EditChatSchema, GetChatSchema, GetChatsSchema, ListChatInvitesSchema, MarkChatReadSchema, RemoveChatMemberSchema, SetTypingSchema } from "./client/chats_pb.js";
import type { Group } from "./client/types_pb.js";
import type { AddMemberSchema, ChannelOverride, ChannelOverrides, Channels, Communities, CommunityRoles, CommunitySettings, CreateChannelOverrideSchema, CreateChannelSchema, CreateCommunitySchema, CreateRoleSchema, DeleteChannelOverrideSchema, DeleteChannelSchema, DeleteCommunitySchema, DeleteRoleSchema, EditChannelSchema, EditCommunitySchema, EditDefaultPermissionsSchema, EditMemberSchema, EditPhotoSchema, EditRoleSchema, EditSettingsSchema, GetChannelMembersSchema, GetChannelOverridesSchema, GetChannelsSchema, GetCommunitiesSchema, GetMembersSchema, GetRemovedMembersSchema, GetRolesSchema, GetRoomStatesSchema, LeaveCommunitySchema, MemberList, Members, RemovedMembers, RemoveMembersSchema, RoomStates, SyncChannelOverridesSchema, UnbanMembersSchema } from "./client/communities_pb.js";
import type { Initialized, InitializeSchema } from "./client/core_pb.js";
import type { DiscoveryCommunities, GetDiscoverableCommunitiesSchema } from "./client/discovery_pb.js";
import type { ChangeRelationshipSchema, GetRelationshipsSchema, Relationships, SyncFriendsSchema } from "./client/friends_pb.js";
import type { DownloadFilePartSchema, FilePart, Files, MediaEmbed, UploadFilePartSchema } from "./client/media_pb.js";
import type { DeleteMessageSchema, EditMessageSchema, ForwardMessageSchema, GetEmbedPreviewSchema, GetHistorySchema, GetPinnedMessagesSchema, GetUnreadMentionsSchema, Messages, ReportMessageSchema, SearchSchema, SendMessageSchema, SentMessage, SetMessagePinSchema, UnreadMentions } from "./client/messages_pb.js";
import type { AddReactionSchema, RemoveReactionSchema } from "./client/reactions_pb.js";
import type { Account, ChangeEmailSchema, ChangeNotificationPreferencesSchema, ChangePasswordSchema, ChangeStatusSchema, DeleteAccountSchema, EditProfileBannerSchema, EditProfilePhotoSchema, EditProfileSchema, EditUserSettingsSchema, GetAccountSchema, RegisterPushSubscriptionSchema, RequestTakeoutSchema, SetupTotpSchema, Totp, UnregisterPushSubscriptionSchema, UserSettings } from "./client/settings_pb.js";
import type { AddStickerToPackSchema, GetSavedStickersSchema, GetStickerFilesSchema, GetStickerPackSchema, RemoveStickerFromPackSchema, SavedStickers, StickerPack } from "./client/stickers_pb.js";
import type { GetProfileSchema, LookupUsernameSchema, Profile, UserDetails } from "./client/users_pb.js";
import type { RequestRoomSchema, RoomInfo } from "./client/voice_pb.js";

// @generated by protoc-gen-osmium-rpc v1 (tools/protoc-gen-osmium-rpc.mjs); do not edit.
// One function per RPC: `sendMessage(client, request, options)`. Import only the ones you call.
/* eslint-disable */


/**
 * Signs in with email and password (plus a TOTP code if 2FA is on); returns the token, user and session.
 *
 * @generated from rpc osmium.sdk.Auth.SignIn
 */
export function signIn(client: RpcClient, request?: RpcRequest<typeof SignInSchema>, options?: CallOptions): Promise<Authorization> {
  return client.call(authSignInRpc, request, options);
}

/**
 * Creates an account (email and password optional); returns the token, user and session.
 *
 * @generated from rpc osmium.sdk.Auth.SignUp
 */
export function signUp(client: RpcClient, request?: RpcRequest<typeof SignUpSchema>, options?: CallOptions): Promise<Authorization> {
  return client.call(authSignUpRpc, request, options);
}

/**
 * Shows what an invite code leads to, without using it.
 *
 * @generated from rpc osmium.sdk.Auth.LookupInvite
 */
export function lookupInvite(client: RpcClient, request?: RpcRequest<typeof LookupInviteSchema>, options?: CallOptions): Promise<InvitePreview> {
  return client.call(authLookupInviteRpc, request, options);
}

/**
 * Redeems an invite code; no result.
 *
 * @generated from rpc osmium.sdk.Auth.UseInvite
 */
export function useInvite(client: RpcClient, request?: RpcRequest<typeof UseInviteSchema>, options?: CallOptions): Promise<void> {
  return client.call(authUseInviteRpc, request, options);
}

/**
 * Authenticates the connection with a saved token, e.g. after reconnecting; returns the user and session.
 *
 * @generated from rpc osmium.sdk.Auth.Authorize
 */
export function authorize(client: RpcClient, request?: RpcRequest<typeof AuthorizeSchema>, options?: CallOptions): Promise<Authorization> {
  return client.call(authAuthorizeRpc, request, options);
}

/**
 * Lists the account's active sessions, marking the current one.
 *
 * @generated from rpc osmium.sdk.Auth.GetSessions
 */
export function getSessions(client: RpcClient, request?: RpcRequest<typeof GetSessionsSchema>, options?: CallOptions): Promise<Sessions> {
  return client.call(authGetSessionsRpc, request, options);
}

/**
 * Ends the given sessions, revoking their tokens; no result.
 *
 * @generated from rpc osmium.sdk.Auth.RevokeSessions
 */
export function revokeSessions(client: RpcClient, request?: RpcRequest<typeof RevokeSessionsSchema>, options?: CallOptions): Promise<void> {
  return client.call(authRevokeSessionsRpc, request, options);
}

/**
 * Starts a password reset (emails a code) or, with `confirm`, sets the new password; no result.
 *
 * @generated from rpc osmium.sdk.Auth.ResetPassword
 */
export function resetPassword(client: RpcClient, request?: RpcRequest<typeof ResetPasswordSchema>, options?: CallOptions): Promise<void> {
  return client.call(authResetPasswordRpc, request, options);
}

/**
 * Confirms an email address with the emailed code; no result.
 *
 * @generated from rpc osmium.sdk.Auth.VerifyEmail
 */
export function verifyEmail(client: RpcClient, request?: RpcRequest<typeof VerifyEmailSchema>, options?: CallOptions): Promise<void> {
  return client.call(authVerifyEmailRpc, request, options);
}

/**
 * Sends the email verification code again; no result.
 *
 * @generated from rpc osmium.sdk.Auth.ResendEmailVerification
 */
export function resendEmailVerification(client: RpcClient, request?: RpcRequest<typeof ResendEmailVerificationSchema>, options?: CallOptions): Promise<void> {
  return client.call(authResendEmailVerificationRpc, request, options);
}

/**
 * Requests a checkout link for a plan and billing period.
 *
 * @generated from rpc osmium.sdk.Billing.RequestPaymentLink
 */
export function requestPaymentLink(client: RpcClient, request?: RpcRequest<typeof RequestPaymentLinkSchema>, options?: CallOptions): Promise<PaymentLink> {
  return client.call(billingRequestPaymentLinkRpc, request, options);
}

/**
 * Cancels the current user's subscription; no result.
 *
 * @generated from rpc osmium.sdk.Billing.CancelSubscription
 */
export function cancelSubscription(client: RpcClient, request?: RpcRequest<typeof CancelSubscriptionSchema>, options?: CallOptions): Promise<void> {
  return client.call(billingCancelSubscriptionRpc, request, options);
}

/**
 * Fetches the current user's subscription status.
 *
 * @generated from rpc osmium.sdk.Billing.GetSubscription
 */
export function getSubscription(client: RpcClient, request?: RpcRequest<typeof GetSubscriptionSchema>, options?: CallOptions): Promise<Subscription> {
  return client.call(billingGetSubscriptionRpc, request, options);
}

/**
 * Lists the plans that can be bought, with prices.
 *
 * @generated from rpc osmium.sdk.Billing.GetProducts
 */
export function getProducts(client: RpcClient, request?: RpcRequest<typeof GetProductsSchema>, options?: CallOptions): Promise<Products> {
  return client.call(billingGetProductsRpc, request, options);
}

/**
 * Lists the user's conversations (paged by id), with the users, groups and last messages they refer to.
 *
 * @generated from rpc osmium.sdk.Chats.GetChats
 */
export function getChats(client: RpcClient, request?: RpcRequest<typeof GetChatsSchema>, options?: CallOptions): Promise<Chats> {
  return client.call(chatsGetChatsRpc, request, options);
}

/**
 * Creates an invite code for a chat.
 *
 * @generated from rpc osmium.sdk.Chats.CreateChatInvite
 */
export function createChatInvite(client: RpcClient, request?: RpcRequest<typeof CreateChatInviteSchema>, options?: CallOptions): Promise<CreatedInvite> {
  return client.call(chatsCreateChatInviteRpc, request, options);
}

/**
 * Marks a chat read up to and including a message; no result.
 *
 * @generated from rpc osmium.sdk.Chats.MarkChatRead
 */
export function markChatRead(client: RpcClient, request?: RpcRequest<typeof MarkChatReadSchema>, options?: CallOptions): Promise<void> {
  return client.call(chatsMarkChatReadRpc, request, options);
}

/**
 * Fetches one conversation with its latest message.
 *
 * @generated from rpc osmium.sdk.Chats.GetChat
 */
export function getChat(client: RpcClient, request?: RpcRequest<typeof GetChatSchema>, options?: CallOptions): Promise<Chat> {
  return client.call(chatsGetChatRpc, request, options);
}

/**
 * Starts or stops the typing indicator in a chat; no result.
 *
 * @generated from rpc osmium.sdk.Chats.SetTyping
 */
export function setTyping(client: RpcClient, request?: RpcRequest<typeof SetTypingSchema>, options?: CallOptions): Promise<void> {
  return client.call(chatsSetTypingRpc, request, options);
}

/**
 * Creates a group chat with the given users; returns the new group.
 *
 * @generated from rpc osmium.sdk.Chats.CreateChat
 */
export function createChat(client: RpcClient, request?: RpcRequest<typeof CreateChatSchema>, options?: CallOptions): Promise<Group> {
  return client.call(chatsCreateChatRpc, request, options);
}

/**
 * Edits a group chat's name, highlighted message or photo; returns the updated chat.
 *
 * @generated from rpc osmium.sdk.Chats.EditChat
 */
export function editChat(client: RpcClient, request?: RpcRequest<typeof EditChatSchema>, options?: CallOptions): Promise<Chat> {
  return client.call(chatsEditChatRpc, request, options);
}

/**
 * Removes a user from a group chat; no result.
 *
 * @generated from rpc osmium.sdk.Chats.RemoveChatMember
 */
export function removeChatMember(client: RpcClient, request?: RpcRequest<typeof RemoveChatMemberSchema>, options?: CallOptions): Promise<void> {
  return client.call(chatsRemoveChatMemberRpc, request, options);
}

/**
 * Deletes an invite code; no result.
 *
 * @generated from rpc osmium.sdk.Chats.DeleteChatInvite
 */
export function deleteChatInvite(client: RpcClient, request?: RpcRequest<typeof DeleteChatInviteSchema>, options?: CallOptions): Promise<void> {
  return client.call(chatsDeleteChatInviteRpc, request, options);
}

/**
 * Lists a chat's invites.
 *
 * @generated from rpc osmium.sdk.Chats.ListChatInvites
 */
export function listChatInvites(client: RpcClient, request?: RpcRequest<typeof ListChatInvitesSchema>, options?: CallOptions): Promise<InviteList> {
  return client.call(chatsListChatInvitesRpc, request, options);
}

/**
 * Adds a user to a group chat; no result.
 *
 * @generated from rpc osmium.sdk.Chats.AddChatMember
 */
export function addChatMember(client: RpcClient, request?: RpcRequest<typeof AddChatMemberSchema>, options?: CallOptions): Promise<void> {
  return client.call(chatsAddChatMemberRpc, request, options);
}

/**
 * Creates a community; no result.
 *
 * @generated from rpc osmium.sdk.Communities.CreateCommunity
 */
export function createCommunity(client: RpcClient, request?: RpcRequest<typeof CreateCommunitySchema>, options?: CallOptions): Promise<void> {
  return client.call(communitiesCreateCommunityRpc, request, options);
}

/**
 * Lists the user's communities with unread counters.
 *
 * @generated from rpc osmium.sdk.Communities.GetCommunities
 */
export function getCommunities(client: RpcClient, request?: RpcRequest<typeof GetCommunitiesSchema>, options?: CallOptions): Promise<Communities> {
  return client.call(communitiesGetCommunitiesRpc, request, options);
}

/**
 * Creates a text, voice or category channel; no result.
 *
 * @generated from rpc osmium.sdk.Communities.CreateChannel
 */
export function createChannel(client: RpcClient, request?: RpcRequest<typeof CreateChannelSchema>, options?: CallOptions): Promise<void> {
  return client.call(communitiesCreateChannelRpc, request, options);
}

/**
 * Lists a community's channels with read state and last messages.
 *
 * @generated from rpc osmium.sdk.Communities.GetChannels
 */
export function getChannels(client: RpcClient, request?: RpcRequest<typeof GetChannelsSchema>, options?: CallOptions): Promise<Channels> {
  return client.call(communitiesGetChannelsRpc, request, options);
}

/**
 * Fetches a channel's member list.
 *
 * @generated from rpc osmium.sdk.Communities.GetChannelMembers
 */
export function getChannelMembers(client: RpcClient, request?: RpcRequest<typeof GetChannelMembersSchema>, options?: CallOptions): Promise<MemberList> {
  return client.call(communitiesGetChannelMembersRpc, request, options);
}

/**
 * Sets or removes a community's photo; no result.
 *
 * @generated from rpc osmium.sdk.Communities.EditPhoto
 */
export function editPhoto(client: RpcClient, request?: RpcRequest<typeof EditPhotoSchema>, options?: CallOptions): Promise<void> {
  return client.call(communitiesEditPhotoRpc, request, options);
}

/**
 * Permanently deletes a channel; no result.
 *
 * @generated from rpc osmium.sdk.Communities.DeleteChannel
 */
export function deleteChannel(client: RpcClient, request?: RpcRequest<typeof DeleteChannelSchema>, options?: CallOptions): Promise<void> {
  return client.call(communitiesDeleteChannelRpc, request, options);
}

/**
 * Fetches a community's roles and default permissions.
 *
 * @generated from rpc osmium.sdk.Communities.GetRoles
 */
export function getRoles(client: RpcClient, request?: RpcRequest<typeof GetRolesSchema>, options?: CallOptions): Promise<CommunityRoles> {
  return client.call(communitiesGetRolesRpc, request, options);
}

/**
 * Creates a role; no result.
 *
 * @generated from rpc osmium.sdk.Communities.CreateRole
 */
export function createRole(client: RpcClient, request?: RpcRequest<typeof CreateRoleSchema>, options?: CallOptions): Promise<void> {
  return client.call(communitiesCreateRoleRpc, request, options);
}

/**
 * Updates a role; no result.
 *
 * @generated from rpc osmium.sdk.Communities.EditRole
 */
export function editRole(client: RpcClient, request?: RpcRequest<typeof EditRoleSchema>, options?: CallOptions): Promise<void> {
  return client.call(communitiesEditRoleRpc, request, options);
}

/**
 * Deletes a role; no result.
 *
 * @generated from rpc osmium.sdk.Communities.DeleteRole
 */
export function deleteRole(client: RpcClient, request?: RpcRequest<typeof DeleteRoleSchema>, options?: CallOptions): Promise<void> {
  return client.call(communitiesDeleteRoleRpc, request, options);
}

/**
 * Changes a member's nickname and/or roles; no result.
 *
 * @generated from rpc osmium.sdk.Communities.EditMember
 */
export function editMember(client: RpcClient, request?: RpcRequest<typeof EditMemberSchema>, options?: CallOptions): Promise<void> {
  return client.call(communitiesEditMemberRpc, request, options);
}

/**
 * Sets a role's permission override on a channel; returns the override.
 *
 * @generated from rpc osmium.sdk.Communities.CreateChannelOverride
 */
export function createChannelOverride(client: RpcClient, request?: RpcRequest<typeof CreateChannelOverrideSchema>, options?: CallOptions): Promise<ChannelOverride> {
  return client.call(communitiesCreateChannelOverrideRpc, request, options);
}

/**
 * Removes a role's permission override from a channel; no result.
 *
 * @generated from rpc osmium.sdk.Communities.DeleteChannelOverride
 */
export function deleteChannelOverride(client: RpcClient, request?: RpcRequest<typeof DeleteChannelOverrideSchema>, options?: CallOptions): Promise<void> {
  return client.call(communitiesDeleteChannelOverrideRpc, request, options);
}

/**
 * Fetches a channel's per-role permission overrides.
 *
 * @generated from rpc osmium.sdk.Communities.GetChannelOverrides
 */
export function getChannelOverrides(client: RpcClient, request?: RpcRequest<typeof GetChannelOverridesSchema>, options?: CallOptions): Promise<ChannelOverrides> {
  return client.call(communitiesGetChannelOverridesRpc, request, options);
}

/**
 * Leaves a community; no result.
 *
 * @generated from rpc osmium.sdk.Communities.LeaveCommunity
 */
export function leaveCommunity(client: RpcClient, request?: RpcRequest<typeof LeaveCommunitySchema>, options?: CallOptions): Promise<void> {
  return client.call(communitiesLeaveCommunityRpc, request, options);
}

/**
 * Deletes a community; no result.
 *
 * @generated from rpc osmium.sdk.Communities.DeleteCommunity
 */
export function deleteCommunity(client: RpcClient, request?: RpcRequest<typeof DeleteCommunitySchema>, options?: CallOptions): Promise<void> {
  return client.call(communitiesDeleteCommunityRpc, request, options);
}

/**
 * Edits a channel's settings; no result.
 *
 * @generated from rpc osmium.sdk.Communities.EditChannel
 */
export function editChannel(client: RpcClient, request?: RpcRequest<typeof EditChannelSchema>, options?: CallOptions): Promise<void> {
  return client.call(communitiesEditChannelRpc, request, options);
}

/**
 * Changes a community's name and/or username; no result.
 *
 * @generated from rpc osmium.sdk.Communities.EditCommunity
 */
export function editCommunity(client: RpcClient, request?: RpcRequest<typeof EditCommunitySchema>, options?: CallOptions): Promise<void> {
  return client.call(communitiesEditCommunityRpc, request, options);
}

/**
 * Removes (bans) members, optionally for a limited time; returns the removed members.
 *
 * @generated from rpc osmium.sdk.Communities.RemoveMembers
 */
export function removeMembers(client: RpcClient, request?: RpcRequest<typeof RemoveMembersSchema>, options?: CallOptions): Promise<RemovedMembers> {
  return client.call(communitiesRemoveMembersRpc, request, options);
}

/**
 * Sets a community's default member permissions; no result.
 *
 * @generated from rpc osmium.sdk.Communities.EditDefaultPermissions
 */
export function editDefaultPermissions(client: RpcClient, request?: RpcRequest<typeof EditDefaultPermissionsSchema>, options?: CallOptions): Promise<void> {
  return client.call(communitiesEditDefaultPermissionsRpc, request, options);
}

/**
 * Lists a community's banned members.
 *
 * @generated from rpc osmium.sdk.Communities.GetRemovedMembers
 */
export function getRemovedMembers(client: RpcClient, request?: RpcRequest<typeof GetRemovedMembersSchema>, options?: CallOptions): Promise<RemovedMembers> {
  return client.call(communitiesGetRemovedMembersRpc, request, options);
}

/**
 * Lifts bans on the given users; no result.
 *
 * @generated from rpc osmium.sdk.Communities.UnbanMembers
 */
export function unbanMembers(client: RpcClient, request?: RpcRequest<typeof UnbanMembersSchema>, options?: CallOptions): Promise<void> {
  return client.call(communitiesUnbanMembersRpc, request, options);
}

/**
 * Fetches the member records of specific users.
 *
 * @generated from rpc osmium.sdk.Communities.GetMembers
 */
export function getMembers(client: RpcClient, request?: RpcRequest<typeof GetMembersSchema>, options?: CallOptions): Promise<Members> {
  return client.call(communitiesGetMembersRpc, request, options);
}

/**
 * Updates a community's settings; returns the resulting settings.
 *
 * @generated from rpc osmium.sdk.Communities.EditSettings
 */
export function editSettings(client: RpcClient, request?: RpcRequest<typeof EditSettingsSchema>, options?: CallOptions): Promise<CommunitySettings> {
  return client.call(communitiesEditSettingsRpc, request, options);
}

/**
 * Fetches the voice room states of a community's channels.
 *
 * @generated from rpc osmium.sdk.Communities.GetRoomStates
 */
export function getRoomStates(client: RpcClient, request?: RpcRequest<typeof GetRoomStatesSchema>, options?: CallOptions): Promise<RoomStates> {
  return client.call(communitiesGetRoomStatesRpc, request, options);
}

/**
 * Syncs a channel's permission overrides with its parent category; no result.
 *
 * @generated from rpc osmium.sdk.Communities.SyncChannelOverrides
 */
export function syncChannelOverrides(client: RpcClient, request?: RpcRequest<typeof SyncChannelOverridesSchema>, options?: CallOptions): Promise<void> {
  return client.call(communitiesSyncChannelOverridesRpc, request, options);
}

/**
 * Adds a user to a community; no result.
 *
 * @generated from rpc osmium.sdk.Communities.AddMember
 */
export function addMember(client: RpcClient, request?: RpcRequest<typeof AddMemberSchema>, options?: CallOptions): Promise<void> {
  return client.call(communitiesAddMemberRpc, request, options);
}

/**
 * Describes the client app and device; the first call on a connection. Returns server entrypoints.
 *
 * @generated from rpc osmium.sdk.Core.Initialize
 */
export function initialize(client: RpcClient, request?: RpcRequest<typeof InitializeSchema>, options?: CallOptions): Promise<Initialized> {
  return client.call(coreInitializeRpc, request, options);
}

/**
 * Lists publicly listed communities, page by page.
 *
 * @generated from rpc osmium.sdk.Discovery.GetDiscoverableCommunities
 */
export function getDiscoverableCommunities(client: RpcClient, request?: RpcRequest<typeof GetDiscoverableCommunitiesSchema>, options?: CallOptions): Promise<DiscoveryCommunities> {
  return client.call(discoveryGetDiscoverableCommunitiesRpc, request, options);
}

/**
 * Lists the user's friends, friend requests and blocks.
 *
 * @generated from rpc osmium.sdk.Friends.GetRelationships
 */
export function getRelationships(client: RpcClient, request?: RpcRequest<typeof GetRelationshipsSchema>, options?: CallOptions): Promise<Relationships> {
  return client.call(friendsGetRelationshipsRpc, request, options);
}

/**
 * Uploads hashed friend ids from another platform for friend discovery; no result.
 *
 * @generated from rpc osmium.sdk.Friends.SyncFriends
 */
export function syncFriends(client: RpcClient, request?: RpcRequest<typeof SyncFriendsSchema>, options?: CallOptions): Promise<void> {
  return client.call(friendsSyncFriendsRpc, request, options);
}

/**
 * Sends, accepts or removes a friend request or friendship, or blocks/unblocks a user; no result.
 *
 * @generated from rpc osmium.sdk.Friends.ChangeRelationship
 */
export function changeRelationship(client: RpcClient, request?: RpcRequest<typeof ChangeRelationshipSchema>, options?: CallOptions): Promise<void> {
  return client.call(friendsChangeRelationshipRpc, request, options);
}

/**
 * Uploads one chunk of a file; no result.
 *
 * @generated from rpc osmium.sdk.Media.UploadFilePart
 */
export function uploadFilePart(client: RpcClient, request?: RpcRequest<typeof UploadFilePartSchema>, options?: CallOptions): Promise<void> {
  return client.call(mediaUploadFilePartRpc, request, options);
}

/**
 * Downloads a byte range of a file.
 *
 * @generated from rpc osmium.sdk.Media.DownloadFilePart
 */
export function downloadFilePart(client: RpcClient, request?: RpcRequest<typeof DownloadFilePartSchema>, options?: CallOptions): Promise<FilePart> {
  return client.call(mediaDownloadFilePartRpc, request, options);
}

/**
 * Sends a message to a chat; answered with the new message's id.
 *
 * @generated from rpc osmium.sdk.Messages.SendMessage
 */
export function sendMessage(client: RpcClient, request?: RpcRequest<typeof SendMessageSchema>, options?: CallOptions): Promise<SentMessage> {
  return client.call(messagesSendMessageRpc, request, options);
}

/**
 * Fetches a page of a chat's messages (since, before or around a message).
 *
 * @generated from rpc osmium.sdk.Messages.GetHistory
 */
export function getHistory(client: RpcClient, request?: RpcRequest<typeof GetHistorySchema>, options?: CallOptions): Promise<Messages> {
  return client.call(messagesGetHistoryRpc, request, options);
}

/**
 * Permanently deletes messages from a chat; no result.
 *
 * @generated from rpc osmium.sdk.Messages.DeleteMessage
 */
export function deleteMessage(client: RpcClient, request?: RpcRequest<typeof DeleteMessageSchema>, options?: CallOptions): Promise<void> {
  return client.call(messagesDeleteMessageRpc, request, options);
}

/**
 * Edits a message's text, media or entities; no result.
 *
 * @generated from rpc osmium.sdk.Messages.EditMessage
 */
export function editMessage(client: RpcClient, request?: RpcRequest<typeof EditMessageSchema>, options?: CallOptions): Promise<void> {
  return client.call(messagesEditMessageRpc, request, options);
}

/**
 * Searches messages by text.
 *
 * @generated from rpc osmium.sdk.Messages.Search
 */
export function search(client: RpcClient, request?: RpcRequest<typeof SearchSchema>, options?: CallOptions): Promise<Messages> {
  return client.call(messagesSearchRpc, request, options);
}

/**
 * Returns the link embed that some text would produce, without sending it.
 *
 * @generated from rpc osmium.sdk.Messages.GetEmbedPreview
 */
export function getEmbedPreview(client: RpcClient, request?: RpcRequest<typeof GetEmbedPreviewSchema>, options?: CallOptions): Promise<MediaEmbed> {
  return client.call(messagesGetEmbedPreviewRpc, request, options);
}

/**
 * Reports a message with a reason; no result.
 *
 * @generated from rpc osmium.sdk.Messages.ReportMessage
 */
export function reportMessage(client: RpcClient, request?: RpcRequest<typeof ReportMessageSchema>, options?: CallOptions): Promise<void> {
  return client.call(messagesReportMessageRpc, request, options);
}

/**
 * Forwards messages to another chat; no result.
 *
 * @generated from rpc osmium.sdk.Messages.ForwardMessage
 */
export function forwardMessage(client: RpcClient, request?: RpcRequest<typeof ForwardMessageSchema>, options?: CallOptions): Promise<void> {
  return client.call(messagesForwardMessageRpc, request, options);
}

/**
 * Lists unread messages in a chat that mention the current user.
 *
 * @generated from rpc osmium.sdk.Messages.GetUnreadMentions
 */
export function getUnreadMentions(client: RpcClient, request?: RpcRequest<typeof GetUnreadMentionsSchema>, options?: CallOptions): Promise<UnreadMentions> {
  return client.call(messagesGetUnreadMentionsRpc, request, options);
}

/**
 * Pins or unpins a message; no result.
 *
 * @generated from rpc osmium.sdk.Messages.SetMessagePin
 */
export function setMessagePin(client: RpcClient, request?: RpcRequest<typeof SetMessagePinSchema>, options?: CallOptions): Promise<void> {
  return client.call(messagesSetMessagePinRpc, request, options);
}

/**
 * Fetches a chat's pinned messages.
 *
 * @generated from rpc osmium.sdk.Messages.GetPinnedMessages
 */
export function getPinnedMessages(client: RpcClient, request?: RpcRequest<typeof GetPinnedMessagesSchema>, options?: CallOptions): Promise<Messages> {
  return client.call(messagesGetPinnedMessagesRpc, request, options);
}

/**
 * Adds a reaction to a message; no result.
 *
 * @generated from rpc osmium.sdk.Reactions.AddReaction
 */
export function addReaction(client: RpcClient, request?: RpcRequest<typeof AddReactionSchema>, options?: CallOptions): Promise<void> {
  return client.call(reactionsAddReactionRpc, request, options);
}

/**
 * Removes your reaction from a message; no result.
 *
 * @generated from rpc osmium.sdk.Reactions.RemoveReaction
 */
export function removeReaction(client: RpcClient, request?: RpcRequest<typeof RemoveReactionSchema>, options?: CallOptions): Promise<void> {
  return client.call(reactionsRemoveReactionRpc, request, options);
}

/**
 * Sets or removes your profile photo; no result.
 *
 * @generated from rpc osmium.sdk.Settings.EditProfilePhoto
 */
export function editProfilePhoto(client: RpcClient, request?: RpcRequest<typeof EditProfilePhotoSchema>, options?: CallOptions): Promise<void> {
  return client.call(settingsEditProfilePhotoRpc, request, options);
}

/**
 * Registers this device for push notifications; no result.
 *
 * @generated from rpc osmium.sdk.Settings.RegisterPushSubscription
 */
export function registerPushSubscription(client: RpcClient, request?: RpcRequest<typeof RegisterPushSubscriptionSchema>, options?: CallOptions): Promise<void> {
  return client.call(settingsRegisterPushSubscriptionRpc, request, options);
}

/**
 * Removes the current push subscription; no result.
 *
 * @generated from rpc osmium.sdk.Settings.UnregisterPushSubscription
 */
export function unregisterPushSubscription(client: RpcClient, request?: RpcRequest<typeof UnregisterPushSubscriptionSchema>, options?: CallOptions): Promise<void> {
  return client.call(settingsUnregisterPushSubscriptionRpc, request, options);
}

/**
 * Sets the notification level for a chat or community; no result.
 *
 * @generated from rpc osmium.sdk.Settings.ChangeNotificationPreferences
 */
export function changeNotificationPreferences(client: RpcClient, request?: RpcRequest<typeof ChangeNotificationPreferencesSchema>, options?: CallOptions): Promise<void> {
  return client.call(settingsChangeNotificationPreferencesRpc, request, options);
}

/**
 * Updates your name, username, bio, icon or colour; no result.
 *
 * @generated from rpc osmium.sdk.Settings.EditProfile
 */
export function editProfile(client: RpcClient, request?: RpcRequest<typeof EditProfileSchema>, options?: CallOptions): Promise<void> {
  return client.call(settingsEditProfileRpc, request, options);
}

/**
 * Fetches your account details (email, verification, password and 2FA status).
 *
 * @generated from rpc osmium.sdk.Settings.GetAccount
 */
export function getAccount(client: RpcClient, request?: RpcRequest<typeof GetAccountSchema>, options?: CallOptions): Promise<Account> {
  return client.call(settingsGetAccountRpc, request, options);
}

/**
 * Changes your password, optionally ending other sessions; no result.
 *
 * @generated from rpc osmium.sdk.Settings.ChangePassword
 */
export function changePassword(client: RpcClient, request?: RpcRequest<typeof ChangePasswordSchema>, options?: CallOptions): Promise<void> {
  return client.call(settingsChangePasswordRpc, request, options);
}

/**
 * Changes your email address; no result.
 *
 * @generated from rpc osmium.sdk.Settings.ChangeEmail
 */
export function changeEmail(client: RpcClient, request?: RpcRequest<typeof ChangeEmailSchema>, options?: CallOptions): Promise<void> {
  return client.call(settingsChangeEmailRpc, request, options);
}

/**
 * Sets your presence and activities; no result.
 *
 * @generated from rpc osmium.sdk.Settings.ChangeStatus
 */
export function changeStatus(client: RpcClient, request?: RpcRequest<typeof ChangeStatusSchema>, options?: CallOptions): Promise<void> {
  return client.call(settingsChangeStatusRpc, request, options);
}

/**
 * Enables or disables two-factor authentication; returns its state.
 *
 * @generated from rpc osmium.sdk.Settings.SetupTotp
 */
export function setupTotp(client: RpcClient, request?: RpcRequest<typeof SetupTotpSchema>, options?: CallOptions): Promise<Totp> {
  return client.call(settingsSetupTotpRpc, request, options);
}

/**
 * Requests an export of your data; no result.
 *
 * @generated from rpc osmium.sdk.Settings.RequestTakeout
 */
export function requestTakeout(client: RpcClient, request?: RpcRequest<typeof RequestTakeoutSchema>, options?: CallOptions): Promise<void> {
  return client.call(settingsRequestTakeoutRpc, request, options);
}

/**
 * Requests account deletion, or cancels a pending request; no result.
 *
 * @generated from rpc osmium.sdk.Settings.DeleteAccount
 */
export function deleteAccount(client: RpcClient, request?: RpcRequest<typeof DeleteAccountSchema>, options?: CallOptions): Promise<void> {
  return client.call(settingsDeleteAccountRpc, request, options);
}

/**
 * Updates your settings (e.g. community order); returns the updated settings.
 *
 * @generated from rpc osmium.sdk.Settings.EditUserSettings
 */
export function editUserSettings(client: RpcClient, request?: RpcRequest<typeof EditUserSettingsSchema>, options?: CallOptions): Promise<UserSettings> {
  return client.call(settingsEditUserSettingsRpc, request, options);
}

/**
 * Sets or removes your profile banner; no result.
 *
 * @generated from rpc osmium.sdk.Settings.EditProfileBanner
 */
export function editProfileBanner(client: RpcClient, request?: RpcRequest<typeof EditProfileBannerSchema>, options?: CallOptions): Promise<void> {
  return client.call(settingsEditProfileBannerRpc, request, options);
}

/**
 * Fetches your saved packs, optionally only those updated since a time.
 *
 * @generated from rpc osmium.sdk.Stickers.GetSavedStickers
 */
export function getSavedStickers(client: RpcClient, request?: RpcRequest<typeof GetSavedStickersSchema>, options?: CallOptions): Promise<SavedStickers> {
  return client.call(stickersGetSavedStickersRpc, request, options);
}

/**
 * Fetches sticker files by id.
 *
 * @generated from rpc osmium.sdk.Stickers.GetStickerFiles
 */
export function getStickerFiles(client: RpcClient, request?: RpcRequest<typeof GetStickerFilesSchema>, options?: CallOptions): Promise<Files> {
  return client.call(stickersGetStickerFilesRpc, request, options);
}

/**
 * Fetches one pack.
 *
 * @generated from rpc osmium.sdk.Stickers.GetStickerPack
 */
export function getStickerPack(client: RpcClient, request?: RpcRequest<typeof GetStickerPackSchema>, options?: CallOptions): Promise<StickerPack> {
  return client.call(stickersGetStickerPackRpc, request, options);
}

/**
 * Adds an uploaded image to a pack; no result.
 *
 * @generated from rpc osmium.sdk.Stickers.AddStickerToPack
 */
export function addStickerToPack(client: RpcClient, request?: RpcRequest<typeof AddStickerToPackSchema>, options?: CallOptions): Promise<void> {
  return client.call(stickersAddStickerToPackRpc, request, options);
}

/**
 * Removes an item from a pack; no result.
 *
 * @generated from rpc osmium.sdk.Stickers.RemoveStickerFromPack
 */
export function removeStickerFromPack(client: RpcClient, request?: RpcRequest<typeof RemoveStickerFromPackSchema>, options?: CallOptions): Promise<void> {
  return client.call(stickersRemoveStickerFromPackRpc, request, options);
}

/**
 * Finds a user by username.
 *
 * @generated from rpc osmium.sdk.Users.LookupUsername
 */
export function lookupUsername(client: RpcClient, request?: RpcRequest<typeof LookupUsernameSchema>, options?: CallOptions): Promise<UserDetails> {
  return client.call(usersLookupUsernameRpc, request, options);
}

/**
 * Fetches a user's full profile, optionally with mutuals.
 *
 * @generated from rpc osmium.sdk.Users.GetProfile
 */
export function getProfile(client: RpcClient, request?: RpcRequest<typeof GetProfileSchema>, options?: CallOptions): Promise<Profile> {
  return client.call(usersGetProfileRpc, request, options);
}

/**
 * Joins or creates a chat's voice room; returns its connection details.
 *
 * @generated from rpc osmium.sdk.Voice.RequestRoom
 */
export function requestRoom(client: RpcClient, request?: RpcRequest<typeof RequestRoomSchema>, options?: CallOptions): Promise<RoomInfo> {
  return client.call(voiceRequestRoomRpc, request, options);
}
