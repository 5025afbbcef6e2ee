import type { RpcEntry } from "../../src/rpc-client.js";
import type { Auth } from "./sdk/auth_pb.js";
import { enc_auth_Authorize, enc_auth_GetSessions, enc_auth_LookupInvite, enc_auth_ResendEmailVerification, enc_auth_ResetPassword, enc_auth_RevokeSessions, enc_auth_SignIn, enc_auth_SignUp, enc_auth_UseInvite, enc_auth_VerifyEmail, enc_billing_CancelSubscription, enc_billing_GetProducts, enc_billing_GetSubscription, enc_billing_RequestPaymentLink, enc_chats_AddChatMember, enc_chats_CreateChat, enc_chats_CreateChatInvite, enc_chats_DeleteChatInvite, enc_chats_EditChat, enc_chats_GetChat, enc_chats_GetChats, enc_chats_ListChatInvites, enc_chats_MarkChatRead, enc_chats_RemoveChatMember, enc_chats_SetTyping, enc_communities_AddMember, enc_communities_CreateChannel, enc_communities_CreateChannelOverride, enc_communities_CreateCommunity, enc_communities_CreateRole, enc_communities_DeleteChannel, enc_communities_DeleteChannelOverride, enc_communities_DeleteCommunity, enc_communities_DeleteRole, enc_communities_EditChannel, enc_communities_EditCommunity, enc_communities_EditDefaultPermissions, enc_communities_EditMember, enc_communities_EditPhoto, enc_communities_EditRole, enc_communities_EditSettings, enc_communities_GetChannelMembers, enc_communities_GetChannelOverrides, enc_communities_GetChannels, enc_communities_GetCommunities, enc_communities_GetMembers, enc_communities_GetRemovedMembers, enc_communities_GetRoles, enc_communities_GetRoomStates, enc_communities_LeaveCommunity, enc_communities_RemoveMembers, enc_communities_SyncChannelOverrides, enc_communities_UnbanMembers, enc_core_Initialize, enc_discovery_GetDiscoverableCommunities, enc_friends_ChangeRelationship, enc_friends_GetRelationships, enc_friends_SyncFriends, enc_media_DownloadFilePart, enc_media_UploadFilePart, enc_messages_DeleteMessage, enc_messages_EditMessage, enc_messages_ForwardMessage, enc_messages_GetEmbedPreview, enc_messages_GetHistory, enc_messages_GetPinnedMessages, enc_messages_GetUnreadMentions, enc_messages_ReportMessage, enc_messages_Search, enc_messages_SendMessage, enc_messages_SetMessagePin, enc_reactions_AddReaction, enc_reactions_RemoveReaction, enc_settings_ChangeEmail, enc_settings_ChangeNotificationPreferences, enc_settings_ChangePassword, enc_settings_ChangeStatus, enc_settings_DeleteAccount, enc_settings_EditProfile, enc_settings_EditProfileBanner, enc_settings_EditProfilePhoto, enc_settings_EditUserSettings, enc_settings_GetAccount, enc_settings_RegisterPushSubscription, enc_settings_RequestTakeout, enc_settings_SetupTotp, enc_settings_UnregisterPushSubscription, enc_stickers_AddStickerToPack, enc_stickers_GetSavedStickers, enc_stickers_GetStickerFiles, enc_stickers_GetStickerPack, enc_stickers_RemoveStickerFromPack, enc_users_GetProfile, enc_users_LookupUsername, enc_voice_RequestRoom } from "./fast_codec.js";
import { shape_auth_Authorize, shape_auth_GetSessions, shape_auth_LookupInvite, shape_auth_ResendEmailVerification, shape_auth_ResetPassword, shape_auth_RevokeSessions, shape_auth_SignIn, shape_auth_SignUp, shape_auth_UseInvite, shape_auth_VerifyEmail, shape_billing_CancelSubscription, shape_billing_GetProducts, shape_billing_GetSubscription, shape_billing_RequestPaymentLink, shape_chats_AddChatMember, shape_chats_CreateChat, shape_chats_CreateChatInvite, shape_chats_DeleteChatInvite, shape_chats_EditChat, shape_chats_GetChat, shape_chats_GetChats, shape_chats_ListChatInvites, shape_chats_MarkChatRead, shape_chats_RemoveChatMember, shape_chats_SetTyping, shape_communities_AddMember, shape_communities_CreateChannel, shape_communities_CreateChannelOverride, shape_communities_CreateCommunity, shape_communities_CreateRole, shape_communities_DeleteChannel, shape_communities_DeleteChannelOverride, shape_communities_DeleteCommunity, shape_communities_DeleteRole, shape_communities_EditChannel, shape_communities_EditCommunity, shape_communities_EditDefaultPermissions, shape_communities_EditMember, shape_communities_EditPhoto, shape_communities_EditRole, shape_communities_EditSettings, shape_communities_GetChannelMembers, shape_communities_GetChannelOverrides, shape_communities_GetChannels, shape_communities_GetCommunities, shape_communities_GetMembers, shape_communities_GetRemovedMembers, shape_communities_GetRoles, shape_communities_GetRoomStates, shape_communities_LeaveCommunity, shape_communities_RemoveMembers, shape_communities_SyncChannelOverrides, shape_communities_UnbanMembers, shape_core_Initialize, shape_discovery_GetDiscoverableCommunities, shape_friends_ChangeRelationship, shape_friends_GetRelationships, shape_friends_SyncFriends, shape_media_DownloadFilePart, shape_media_UploadFilePart, shape_messages_DeleteMessage, shape_messages_EditMessage, shape_messages_ForwardMessage, shape_messages_GetEmbedPreview, shape_messages_GetHistory, shape_messages_GetPinnedMessages, shape_messages_GetUnreadMentions, shape_messages_ReportMessage, shape_messages_Search, shape_messages_SendMessage, shape_messages_SetMessagePin, shape_reactions_AddReaction, shape_reactions_RemoveReaction, shape_settings_ChangeEmail, shape_settings_ChangeNotificationPreferences, shape_settings_ChangePassword, shape_settings_ChangeStatus, shape_settings_DeleteAccount, shape_settings_EditProfile, shape_settings_EditProfileBanner, shape_settings_EditProfilePhoto, shape_settings_EditUserSettings, shape_settings_GetAccount, shape_settings_RegisterPushSubscription, shape_settings_RequestTakeout, shape_settings_SetupTotp, shape_settings_UnregisterPushSubscription, shape_stickers_AddStickerToPack, shape_stickers_GetSavedStickers, shape_stickers_GetStickerFiles, shape_stickers_GetStickerPack, shape_stickers_RemoveStickerFromPack, shape_users_GetProfile, shape_users_LookupUsername, shape_voice_RequestRoom } from "./request_shapes.js";
import type { Billing } from "./sdk/billing_pb.js";
import type { Chats } from "./sdk/chats_pb.js";
import type { Communities } from "./sdk/communities_pb.js";
import type { Core } from "./sdk/core_pb.js";
import type { Discovery } from "./sdk/discovery_pb.js";
import type { Friends } from "./sdk/friends_pb.js";
import type { Media } from "./sdk/media_pb.js";
import type { Messages } from "./sdk/messages_pb.js";
import type { Reactions } from "./sdk/reactions_pb.js";
import type { Settings } from "./sdk/settings_pb.js";
import type { Stickers } from "./sdk/stickers_pb.js";
import type { Users } from "./sdk/users_pb.js";
import type { Voice } from "./sdk/voice_pb.js";

// @generated by protoc-gen-osmium-rpc v1 (tools/protoc-gen-osmium-rpc.mjs); do not edit.
// The entry of every RPC: what a client needs to send it, with no descriptor.
/* eslint-disable */

/** `auth.signIn`. */
export const authSignInRpc: RpcEntry<(typeof Auth)["method"]["signIn"]> = {
  namespace: "auth",
  name: "signIn",
  requestCase: "authSignIn",
  requestField: "auth_sign_in",
  resultCase: "authorization",
  tag: 18,
  encode: enc_auth_SignIn,
  input: shape_auth_SignIn,
};

/** `auth.signUp`. */
export const authSignUpRpc: RpcEntry<(typeof Auth)["method"]["signUp"]> = {
  namespace: "auth",
  name: "signUp",
  requestCase: "authSignUp",
  requestField: "auth_sign_up",
  resultCase: "authorization",
  tag: 26,
  encode: enc_auth_SignUp,
  input: shape_auth_SignUp,
};

/** `auth.lookupInvite`. */
export const authLookupInviteRpc: RpcEntry<(typeof Auth)["method"]["lookupInvite"]> = {
  namespace: "auth",
  name: "lookupInvite",
  requestCase: "authLookupInvite",
  requestField: "auth_lookup_invite",
  resultCase: "invitePreview",
  tag: 122,
  encode: enc_auth_LookupInvite,
  input: shape_auth_LookupInvite,
};

/** `auth.useInvite`. */
export const authUseInviteRpc: RpcEntry<(typeof Auth)["method"]["useInvite"]> = {
  namespace: "auth",
  name: "useInvite",
  requestCase: "authUseInvite",
  requestField: "auth_use_invite",
  resultCase: undefined,
  tag: 130,
  encode: enc_auth_UseInvite,
  input: shape_auth_UseInvite,
};

/** `auth.authorize`. */
export const authAuthorizeRpc: RpcEntry<(typeof Auth)["method"]["authorize"]> = {
  namespace: "auth",
  name: "authorize",
  requestCase: "authAuthorize",
  requestField: "auth_authorize",
  resultCase: "authorization",
  tag: 162,
  encode: enc_auth_Authorize,
  input: shape_auth_Authorize,
};

/** `auth.getSessions`. */
export const authGetSessionsRpc: RpcEntry<(typeof Auth)["method"]["getSessions"]> = {
  namespace: "auth",
  name: "getSessions",
  requestCase: "authGetSessions",
  requestField: "auth_get_sessions",
  resultCase: "sessions",
  tag: 330,
  encode: enc_auth_GetSessions,
  input: shape_auth_GetSessions,
};

/** `auth.revokeSessions`. */
export const authRevokeSessionsRpc: RpcEntry<(typeof Auth)["method"]["revokeSessions"]> = {
  namespace: "auth",
  name: "revokeSessions",
  requestCase: "authRevokeSessions",
  requestField: "auth_revoke_sessions",
  resultCase: undefined,
  tag: 338,
  encode: enc_auth_RevokeSessions,
  input: shape_auth_RevokeSessions,
};

/** `auth.resetPassword`. */
export const authResetPasswordRpc: RpcEntry<(typeof Auth)["method"]["resetPassword"]> = {
  namespace: "auth",
  name: "resetPassword",
  requestCase: "authResetPassword",
  requestField: "auth_reset_password",
  resultCase: undefined,
  tag: 362,
  encode: enc_auth_ResetPassword,
  input: shape_auth_ResetPassword,
};

/** `auth.verifyEmail`. */
export const authVerifyEmailRpc: RpcEntry<(typeof Auth)["method"]["verifyEmail"]> = {
  namespace: "auth",
  name: "verifyEmail",
  requestCase: "authVerifyEmail",
  requestField: "auth_verify_email",
  resultCase: undefined,
  tag: 370,
  encode: enc_auth_VerifyEmail,
  input: shape_auth_VerifyEmail,
};

/** `auth.resendEmailVerification`. */
export const authResendEmailVerificationRpc: RpcEntry<(typeof Auth)["method"]["resendEmailVerification"]> = {
  namespace: "auth",
  name: "resendEmailVerification",
  requestCase: "authResendEmailVerification",
  requestField: "auth_resend_email_verification",
  resultCase: undefined,
  tag: 378,
  encode: enc_auth_ResendEmailVerification,
  input: shape_auth_ResendEmailVerification,
};

/** `billing.requestPaymentLink`. */
export const billingRequestPaymentLinkRpc: RpcEntry<(typeof Billing)["method"]["requestPaymentLink"]> = {
  namespace: "billing",
  name: "requestPaymentLink",
  requestCase: "billingRequestPaymentLink",
  requestField: "billing_request_payment_link",
  resultCase: "paymentLink",
  tag: 570,
  encode: enc_billing_RequestPaymentLink,
  input: shape_billing_RequestPaymentLink,
};

/** `billing.cancelSubscription`. */
export const billingCancelSubscriptionRpc: RpcEntry<(typeof Billing)["method"]["cancelSubscription"]> = {
  namespace: "billing",
  name: "cancelSubscription",
  requestCase: "billingCancelSubscription",
  requestField: "billing_cancel_subscription",
  resultCase: undefined,
  tag: 578,
  encode: enc_billing_CancelSubscription,
  input: shape_billing_CancelSubscription,
};

/** `billing.getSubscription`. */
export const billingGetSubscriptionRpc: RpcEntry<(typeof Billing)["method"]["getSubscription"]> = {
  namespace: "billing",
  name: "getSubscription",
  requestCase: "billingGetSubscription",
  requestField: "billing_get_subscription",
  resultCase: "subscription",
  tag: 658,
  encode: enc_billing_GetSubscription,
  input: shape_billing_GetSubscription,
};

/** `billing.getProducts`. */
export const billingGetProductsRpc: RpcEntry<(typeof Billing)["method"]["getProducts"]> = {
  namespace: "billing",
  name: "getProducts",
  requestCase: "billingGetProducts",
  requestField: "billing_get_products",
  resultCase: "products",
  tag: 754,
  encode: enc_billing_GetProducts,
  input: shape_billing_GetProducts,
};

/** `chats.getChats`. */
export const chatsGetChatsRpc: RpcEntry<(typeof Chats)["method"]["getChats"]> = {
  namespace: "chats",
  name: "getChats",
  requestCase: "chatsGetChats",
  requestField: "chats_get_chats",
  resultCase: "chats",
  tag: 90,
  encode: enc_chats_GetChats,
  input: shape_chats_GetChats,
};

/** `chats.createChatInvite`. */
export const chatsCreateChatInviteRpc: RpcEntry<(typeof Chats)["method"]["createChatInvite"]> = {
  namespace: "chats",
  name: "createChatInvite",
  requestCase: "chatsCreateChatInvite",
  requestField: "chats_create_chat_invite",
  resultCase: "createdInvite",
  tag: 114,
  encode: enc_chats_CreateChatInvite,
  input: shape_chats_CreateChatInvite,
};

/** `chats.markChatRead`. */
export const chatsMarkChatReadRpc: RpcEntry<(typeof Chats)["method"]["markChatRead"]> = {
  namespace: "chats",
  name: "markChatRead",
  requestCase: "chatsMarkChatRead",
  requestField: "chats_mark_chat_read",
  resultCase: undefined,
  tag: 170,
  encode: enc_chats_MarkChatRead,
  input: shape_chats_MarkChatRead,
};

/** `chats.getChat`. */
export const chatsGetChatRpc: RpcEntry<(typeof Chats)["method"]["getChat"]> = {
  namespace: "chats",
  name: "getChat",
  requestCase: "chatsGetChat",
  requestField: "chats_get_chat",
  resultCase: "chat",
  tag: 202,
  encode: enc_chats_GetChat,
  input: shape_chats_GetChat,
};

/** `chats.setTyping`. */
export const chatsSetTypingRpc: RpcEntry<(typeof Chats)["method"]["setTyping"]> = {
  namespace: "chats",
  name: "setTyping",
  requestCase: "chatsSetTyping",
  requestField: "chats_set_typing",
  resultCase: undefined,
  tag: 226,
  encode: enc_chats_SetTyping,
  input: shape_chats_SetTyping,
};

/** `chats.createChat`. */
export const chatsCreateChatRpc: RpcEntry<(typeof Chats)["method"]["createChat"]> = {
  namespace: "chats",
  name: "createChat",
  requestCase: "chatsCreateChat",
  requestField: "chats_create_chat",
  resultCase: "group",
  tag: 402,
  encode: enc_chats_CreateChat,
  input: shape_chats_CreateChat,
};

/** `chats.editChat`. */
export const chatsEditChatRpc: RpcEntry<(typeof Chats)["method"]["editChat"]> = {
  namespace: "chats",
  name: "editChat",
  requestCase: "chatsEditChat",
  requestField: "chats_edit_chat",
  resultCase: "chat",
  tag: 418,
  encode: enc_chats_EditChat,
  input: shape_chats_EditChat,
};

/** `chats.removeChatMember`. */
export const chatsRemoveChatMemberRpc: RpcEntry<(typeof Chats)["method"]["removeChatMember"]> = {
  namespace: "chats",
  name: "removeChatMember",
  requestCase: "chatsRemoveChatMember",
  requestField: "chats_remove_chat_member",
  resultCase: undefined,
  tag: 426,
  encode: enc_chats_RemoveChatMember,
  input: shape_chats_RemoveChatMember,
};

/** `chats.deleteChatInvite`. */
export const chatsDeleteChatInviteRpc: RpcEntry<(typeof Chats)["method"]["deleteChatInvite"]> = {
  namespace: "chats",
  name: "deleteChatInvite",
  requestCase: "chatsDeleteChatInvite",
  requestField: "chats_delete_chat_invite",
  resultCase: undefined,
  tag: 474,
  encode: enc_chats_DeleteChatInvite,
  input: shape_chats_DeleteChatInvite,
};

/** `chats.listChatInvites`. */
export const chatsListChatInvitesRpc: RpcEntry<(typeof Chats)["method"]["listChatInvites"]> = {
  namespace: "chats",
  name: "listChatInvites",
  requestCase: "chatsListChatInvites",
  requestField: "chats_list_chat_invites",
  resultCase: "inviteList",
  tag: 490,
  encode: enc_chats_ListChatInvites,
  input: shape_chats_ListChatInvites,
};

/** `chats.addChatMember`. */
export const chatsAddChatMemberRpc: RpcEntry<(typeof Chats)["method"]["addChatMember"]> = {
  namespace: "chats",
  name: "addChatMember",
  requestCase: "chatsAddChatMember",
  requestField: "chats_add_chat_member",
  resultCase: undefined,
  tag: 770,
  encode: enc_chats_AddChatMember,
  input: shape_chats_AddChatMember,
};

/** `communities.createCommunity`. */
export const communitiesCreateCommunityRpc: RpcEntry<(typeof Communities)["method"]["createCommunity"]> = {
  namespace: "communities",
  name: "createCommunity",
  requestCase: "communitiesCreateCommunity",
  requestField: "communities_create_community",
  resultCase: undefined,
  tag: 50,
  encode: enc_communities_CreateCommunity,
  input: shape_communities_CreateCommunity,
};

/** `communities.getCommunities`. */
export const communitiesGetCommunitiesRpc: RpcEntry<(typeof Communities)["method"]["getCommunities"]> = {
  namespace: "communities",
  name: "getCommunities",
  requestCase: "communitiesGetCommunities",
  requestField: "communities_get_communities",
  resultCase: "communities",
  tag: 58,
  encode: enc_communities_GetCommunities,
  input: shape_communities_GetCommunities,
};

/** `communities.createChannel`. */
export const communitiesCreateChannelRpc: RpcEntry<(typeof Communities)["method"]["createChannel"]> = {
  namespace: "communities",
  name: "createChannel",
  requestCase: "communitiesCreateChannel",
  requestField: "communities_create_channel",
  resultCase: undefined,
  tag: 66,
  encode: enc_communities_CreateChannel,
  input: shape_communities_CreateChannel,
};

/** `communities.getChannels`. */
export const communitiesGetChannelsRpc: RpcEntry<(typeof Communities)["method"]["getChannels"]> = {
  namespace: "communities",
  name: "getChannels",
  requestCase: "communitiesGetChannels",
  requestField: "communities_get_channels",
  resultCase: "channels",
  tag: 74,
  encode: enc_communities_GetChannels,
  input: shape_communities_GetChannels,
};

/** `communities.getChannelMembers`. */
export const communitiesGetChannelMembersRpc: RpcEntry<(typeof Communities)["method"]["getChannelMembers"]> = {
  namespace: "communities",
  name: "getChannelMembers",
  requestCase: "communitiesGetChannelMembers",
  requestField: "communities_get_channel_members",
  resultCase: "memberList",
  tag: 146,
  encode: enc_communities_GetChannelMembers,
  input: shape_communities_GetChannelMembers,
};

/** `communities.editPhoto`. */
export const communitiesEditPhotoRpc: RpcEntry<(typeof Communities)["method"]["editPhoto"]> = {
  namespace: "communities",
  name: "editPhoto",
  requestCase: "communitiesEditPhoto",
  requestField: "communities_edit_photo",
  resultCase: undefined,
  tag: 186,
  encode: enc_communities_EditPhoto,
  input: shape_communities_EditPhoto,
};

/** `communities.deleteChannel`. */
export const communitiesDeleteChannelRpc: RpcEntry<(typeof Communities)["method"]["deleteChannel"]> = {
  namespace: "communities",
  name: "deleteChannel",
  requestCase: "communitiesDeleteChannel",
  requestField: "communities_delete_channel",
  resultCase: undefined,
  tag: 194,
  encode: enc_communities_DeleteChannel,
  input: shape_communities_DeleteChannel,
};

/** `communities.getRoles`. */
export const communitiesGetRolesRpc: RpcEntry<(typeof Communities)["method"]["getRoles"]> = {
  namespace: "communities",
  name: "getRoles",
  requestCase: "communitiesGetRoles",
  requestField: "communities_get_roles",
  resultCase: "communityRoles",
  tag: 218,
  encode: enc_communities_GetRoles,
  input: shape_communities_GetRoles,
};

/** `communities.createRole`. */
export const communitiesCreateRoleRpc: RpcEntry<(typeof Communities)["method"]["createRole"]> = {
  namespace: "communities",
  name: "createRole",
  requestCase: "communitiesCreateRole",
  requestField: "communities_create_role",
  resultCase: undefined,
  tag: 234,
  encode: enc_communities_CreateRole,
  input: shape_communities_CreateRole,
};

/** `communities.editRole`. */
export const communitiesEditRoleRpc: RpcEntry<(typeof Communities)["method"]["editRole"]> = {
  namespace: "communities",
  name: "editRole",
  requestCase: "communitiesEditRole",
  requestField: "communities_edit_role",
  resultCase: undefined,
  tag: 242,
  encode: enc_communities_EditRole,
  input: shape_communities_EditRole,
};

/** `communities.deleteRole`. */
export const communitiesDeleteRoleRpc: RpcEntry<(typeof Communities)["method"]["deleteRole"]> = {
  namespace: "communities",
  name: "deleteRole",
  requestCase: "communitiesDeleteRole",
  requestField: "communities_delete_role",
  resultCase: undefined,
  tag: 250,
  encode: enc_communities_DeleteRole,
  input: shape_communities_DeleteRole,
};

/** `communities.editMember`. */
export const communitiesEditMemberRpc: RpcEntry<(typeof Communities)["method"]["editMember"]> = {
  namespace: "communities",
  name: "editMember",
  requestCase: "communitiesEditMember",
  requestField: "communities_edit_member",
  resultCase: undefined,
  tag: 258,
  encode: enc_communities_EditMember,
  input: shape_communities_EditMember,
};

/** `communities.createChannelOverride`. */
export const communitiesCreateChannelOverrideRpc: RpcEntry<(typeof Communities)["method"]["createChannelOverride"]> = {
  namespace: "communities",
  name: "createChannelOverride",
  requestCase: "communitiesCreateChannelOverride",
  requestField: "communities_create_channel_override",
  resultCase: "channelOverride",
  tag: 266,
  encode: enc_communities_CreateChannelOverride,
  input: shape_communities_CreateChannelOverride,
};

/** `communities.deleteChannelOverride`. */
export const communitiesDeleteChannelOverrideRpc: RpcEntry<(typeof Communities)["method"]["deleteChannelOverride"]> = {
  namespace: "communities",
  name: "deleteChannelOverride",
  requestCase: "communitiesDeleteChannelOverride",
  requestField: "communities_delete_channel_override",
  resultCase: undefined,
  tag: 274,
  encode: enc_communities_DeleteChannelOverride,
  input: shape_communities_DeleteChannelOverride,
};

/** `communities.getChannelOverrides`. */
export const communitiesGetChannelOverridesRpc: RpcEntry<(typeof Communities)["method"]["getChannelOverrides"]> = {
  namespace: "communities",
  name: "getChannelOverrides",
  requestCase: "communitiesGetChannelOverrides",
  requestField: "communities_get_channel_overrides",
  resultCase: "channelOverrides",
  tag: 282,
  encode: enc_communities_GetChannelOverrides,
  input: shape_communities_GetChannelOverrides,
};

/** `communities.leaveCommunity`. */
export const communitiesLeaveCommunityRpc: RpcEntry<(typeof Communities)["method"]["leaveCommunity"]> = {
  namespace: "communities",
  name: "leaveCommunity",
  requestCase: "communitiesLeaveCommunity",
  requestField: "communities_leave_community",
  resultCase: undefined,
  tag: 290,
  encode: enc_communities_LeaveCommunity,
  input: shape_communities_LeaveCommunity,
};

/** `communities.deleteCommunity`. */
export const communitiesDeleteCommunityRpc: RpcEntry<(typeof Communities)["method"]["deleteCommunity"]> = {
  namespace: "communities",
  name: "deleteCommunity",
  requestCase: "communitiesDeleteCommunity",
  requestField: "communities_delete_community",
  resultCase: undefined,
  tag: 298,
  encode: enc_communities_DeleteCommunity,
  input: shape_communities_DeleteCommunity,
};

/** `communities.editChannel`. */
export const communitiesEditChannelRpc: RpcEntry<(typeof Communities)["method"]["editChannel"]> = {
  namespace: "communities",
  name: "editChannel",
  requestCase: "communitiesEditChannel",
  requestField: "communities_edit_channel",
  resultCase: undefined,
  tag: 314,
  encode: enc_communities_EditChannel,
  input: shape_communities_EditChannel,
};

/** `communities.editCommunity`. */
export const communitiesEditCommunityRpc: RpcEntry<(typeof Communities)["method"]["editCommunity"]> = {
  namespace: "communities",
  name: "editCommunity",
  requestCase: "communitiesEditCommunity",
  requestField: "communities_edit_community",
  resultCase: undefined,
  tag: 322,
  encode: enc_communities_EditCommunity,
  input: shape_communities_EditCommunity,
};

/** `communities.removeMembers`. */
export const communitiesRemoveMembersRpc: RpcEntry<(typeof Communities)["method"]["removeMembers"]> = {
  namespace: "communities",
  name: "removeMembers",
  requestCase: "communitiesRemoveMembers",
  requestField: "communities_remove_members",
  resultCase: "removedMembers",
  tag: 394,
  encode: enc_communities_RemoveMembers,
  input: shape_communities_RemoveMembers,
};

/** `communities.editDefaultPermissions`. */
export const communitiesEditDefaultPermissionsRpc: RpcEntry<(typeof Communities)["method"]["editDefaultPermissions"]> = {
  namespace: "communities",
  name: "editDefaultPermissions",
  requestCase: "communitiesEditDefaultPermissions",
  requestField: "communities_edit_default_permissions",
  resultCase: undefined,
  tag: 466,
  encode: enc_communities_EditDefaultPermissions,
  input: shape_communities_EditDefaultPermissions,
};

/** `communities.getRemovedMembers`. */
export const communitiesGetRemovedMembersRpc: RpcEntry<(typeof Communities)["method"]["getRemovedMembers"]> = {
  namespace: "communities",
  name: "getRemovedMembers",
  requestCase: "communitiesGetRemovedMembers",
  requestField: "communities_get_removed_members",
  resultCase: "removedMembers",
  tag: 482,
  encode: enc_communities_GetRemovedMembers,
  input: shape_communities_GetRemovedMembers,
};

/** `communities.unbanMembers`. */
export const communitiesUnbanMembersRpc: RpcEntry<(typeof Communities)["method"]["unbanMembers"]> = {
  namespace: "communities",
  name: "unbanMembers",
  requestCase: "communitiesUnbanMembers",
  requestField: "communities_unban_members",
  resultCase: undefined,
  tag: 626,
  encode: enc_communities_UnbanMembers,
  input: shape_communities_UnbanMembers,
};

/** `communities.getMembers`. */
export const communitiesGetMembersRpc: RpcEntry<(typeof Communities)["method"]["getMembers"]> = {
  namespace: "communities",
  name: "getMembers",
  requestCase: "communitiesGetMembers",
  requestField: "communities_get_members",
  resultCase: "members",
  tag: 634,
  encode: enc_communities_GetMembers,
  input: shape_communities_GetMembers,
};

/** `communities.editSettings`. */
export const communitiesEditSettingsRpc: RpcEntry<(typeof Communities)["method"]["editSettings"]> = {
  namespace: "communities",
  name: "editSettings",
  requestCase: "communitiesEditSettings",
  requestField: "communities_edit_settings",
  resultCase: "communitySettings",
  tag: 650,
  encode: enc_communities_EditSettings,
  input: shape_communities_EditSettings,
};

/** `communities.getRoomStates`. */
export const communitiesGetRoomStatesRpc: RpcEntry<(typeof Communities)["method"]["getRoomStates"]> = {
  namespace: "communities",
  name: "getRoomStates",
  requestCase: "communitiesGetRoomStates",
  requestField: "communities_get_room_states",
  resultCase: "roomStates",
  tag: 706,
  encode: enc_communities_GetRoomStates,
  input: shape_communities_GetRoomStates,
};

/** `communities.syncChannelOverrides`. */
export const communitiesSyncChannelOverridesRpc: RpcEntry<(typeof Communities)["method"]["syncChannelOverrides"]> = {
  namespace: "communities",
  name: "syncChannelOverrides",
  requestCase: "communitiesSyncChannelOverrides",
  requestField: "communities_sync_channel_overrides",
  resultCase: undefined,
  tag: 738,
  encode: enc_communities_SyncChannelOverrides,
  input: shape_communities_SyncChannelOverrides,
};

/** `communities.addMember`. */
export const communitiesAddMemberRpc: RpcEntry<(typeof Communities)["method"]["addMember"]> = {
  namespace: "communities",
  name: "addMember",
  requestCase: "communitiesAddMember",
  requestField: "communities_add_member",
  resultCase: undefined,
  tag: 762,
  encode: enc_communities_AddMember,
  input: shape_communities_AddMember,
};

/** `core.initialize`. */
export const coreInitializeRpc: RpcEntry<(typeof Core)["method"]["initialize"]> = {
  namespace: "core",
  name: "initialize",
  requestCase: "coreInitialize",
  requestField: "core_initialize",
  resultCase: "initialized",
  tag: 154,
  encode: enc_core_Initialize,
  input: shape_core_Initialize,
};

/** `discovery.getDiscoverableCommunities`. */
export const discoveryGetDiscoverableCommunitiesRpc: RpcEntry<(typeof Discovery)["method"]["getDiscoverableCommunities"]> = {
  namespace: "discovery",
  name: "getDiscoverableCommunities",
  requestCase: "discoveryGetDiscoverableCommunities",
  requestField: "discovery_get_discoverable_communities",
  resultCase: "discoveryCommunities",
  tag: 698,
  encode: enc_discovery_GetDiscoverableCommunities,
  input: shape_discovery_GetDiscoverableCommunities,
};

/** `friends.getRelationships`. */
export const friendsGetRelationshipsRpc: RpcEntry<(typeof Friends)["method"]["getRelationships"]> = {
  namespace: "friends",
  name: "getRelationships",
  requestCase: "friendsGetRelationships",
  requestField: "friends_get_relationships",
  resultCase: "relationships",
  tag: 82,
  encode: enc_friends_GetRelationships,
  input: shape_friends_GetRelationships,
};

/** `friends.syncFriends`. */
export const friendsSyncFriendsRpc: RpcEntry<(typeof Friends)["method"]["syncFriends"]> = {
  namespace: "friends",
  name: "syncFriends",
  requestCase: "friendsSyncFriends",
  requestField: "friends_sync_friends",
  resultCase: undefined,
  tag: 306,
  encode: enc_friends_SyncFriends,
  input: shape_friends_SyncFriends,
};

/** `friends.changeRelationship`. */
export const friendsChangeRelationshipRpc: RpcEntry<(typeof Friends)["method"]["changeRelationship"]> = {
  namespace: "friends",
  name: "changeRelationship",
  requestCase: "friendsChangeRelationship",
  requestField: "friends_change_relationship",
  resultCase: undefined,
  tag: 410,
  encode: enc_friends_ChangeRelationship,
  input: shape_friends_ChangeRelationship,
};

/** `media.uploadFilePart`. */
export const mediaUploadFilePartRpc: RpcEntry<(typeof Media)["method"]["uploadFilePart"]> = {
  namespace: "media",
  name: "uploadFilePart",
  requestCase: "mediaUploadFilePart",
  requestField: "media_upload_file_part",
  resultCase: undefined,
  tag: 98,
  encode: enc_media_UploadFilePart,
  input: shape_media_UploadFilePart,
};

/** `media.downloadFilePart`. */
export const mediaDownloadFilePartRpc: RpcEntry<(typeof Media)["method"]["downloadFilePart"]> = {
  namespace: "media",
  name: "downloadFilePart",
  requestCase: "mediaDownloadFilePart",
  requestField: "media_download_file_part",
  resultCase: "filePart",
  tag: 106,
  encode: enc_media_DownloadFilePart,
  input: shape_media_DownloadFilePart,
};

/** `messages.sendMessage`. */
export const messagesSendMessageRpc: RpcEntry<(typeof Messages)["method"]["sendMessage"]> = {
  namespace: "messages",
  name: "sendMessage",
  requestCase: "messagesSendMessage",
  requestField: "messages_send_message",
  resultCase: "sentMessage",
  tag: 34,
  encode: enc_messages_SendMessage,
  input: shape_messages_SendMessage,
};

/** `messages.getHistory`. */
export const messagesGetHistoryRpc: RpcEntry<(typeof Messages)["method"]["getHistory"]> = {
  namespace: "messages",
  name: "getHistory",
  requestCase: "messagesGetHistory",
  requestField: "messages_get_history",
  resultCase: "messages",
  tag: 42,
  encode: enc_messages_GetHistory,
  input: shape_messages_GetHistory,
};

/** `messages.deleteMessage`. */
export const messagesDeleteMessageRpc: RpcEntry<(typeof Messages)["method"]["deleteMessage"]> = {
  namespace: "messages",
  name: "deleteMessage",
  requestCase: "messagesDeleteMessage",
  requestField: "messages_delete_message",
  resultCase: undefined,
  tag: 138,
  encode: enc_messages_DeleteMessage,
  input: shape_messages_DeleteMessage,
};

/** `messages.editMessage`. */
export const messagesEditMessageRpc: RpcEntry<(typeof Messages)["method"]["editMessage"]> = {
  namespace: "messages",
  name: "editMessage",
  requestCase: "messagesEditMessage",
  requestField: "messages_edit_message",
  resultCase: undefined,
  tag: 210,
  encode: enc_messages_EditMessage,
  input: shape_messages_EditMessage,
};

/** `messages.search`. */
export const messagesSearchRpc: RpcEntry<(typeof Messages)["method"]["search"]> = {
  namespace: "messages",
  name: "search",
  requestCase: "messagesSearch",
  requestField: "messages_search",
  resultCase: "messages",
  tag: 442,
  encode: enc_messages_Search,
  input: shape_messages_Search,
};

/** `messages.getEmbedPreview`. */
export const messagesGetEmbedPreviewRpc: RpcEntry<(typeof Messages)["method"]["getEmbedPreview"]> = {
  namespace: "messages",
  name: "getEmbedPreview",
  requestCase: "messagesGetEmbedPreview",
  requestField: "messages_get_embed_preview",
  resultCase: "mediaEmbed",
  tag: 450,
  encode: enc_messages_GetEmbedPreview,
  input: shape_messages_GetEmbedPreview,
};

/** `messages.reportMessage`. */
export const messagesReportMessageRpc: RpcEntry<(typeof Messages)["method"]["reportMessage"]> = {
  namespace: "messages",
  name: "reportMessage",
  requestCase: "messagesReportMessage",
  requestField: "messages_report_message",
  resultCase: undefined,
  tag: 498,
  encode: enc_messages_ReportMessage,
  input: shape_messages_ReportMessage,
};

/** `messages.forwardMessage`. */
export const messagesForwardMessageRpc: RpcEntry<(typeof Messages)["method"]["forwardMessage"]> = {
  namespace: "messages",
  name: "forwardMessage",
  requestCase: "messagesForwardMessage",
  requestField: "messages_forward_message",
  resultCase: undefined,
  tag: 522,
  encode: enc_messages_ForwardMessage,
  input: shape_messages_ForwardMessage,
};

/** `messages.getUnreadMentions`. */
export const messagesGetUnreadMentionsRpc: RpcEntry<(typeof Messages)["method"]["getUnreadMentions"]> = {
  namespace: "messages",
  name: "getUnreadMentions",
  requestCase: "messagesGetUnreadMentions",
  requestField: "messages_get_unread_mentions",
  resultCase: "unreadMentions",
  tag: 690,
  encode: enc_messages_GetUnreadMentions,
  input: shape_messages_GetUnreadMentions,
};

/** `messages.setMessagePin`. */
export const messagesSetMessagePinRpc: RpcEntry<(typeof Messages)["method"]["setMessagePin"]> = {
  namespace: "messages",
  name: "setMessagePin",
  requestCase: "messagesSetMessagePin",
  requestField: "messages_set_message_pin",
  resultCase: undefined,
  tag: 714,
  encode: enc_messages_SetMessagePin,
  input: shape_messages_SetMessagePin,
};

/** `messages.getPinnedMessages`. */
export const messagesGetPinnedMessagesRpc: RpcEntry<(typeof Messages)["method"]["getPinnedMessages"]> = {
  namespace: "messages",
  name: "getPinnedMessages",
  requestCase: "messagesGetPinnedMessages",
  requestField: "messages_get_pinned_messages",
  resultCase: "messages",
  tag: 722,
  encode: enc_messages_GetPinnedMessages,
  input: shape_messages_GetPinnedMessages,
};

/** `reactions.addReaction`. */
export const reactionsAddReactionRpc: RpcEntry<(typeof Reactions)["method"]["addReaction"]> = {
  namespace: "reactions",
  name: "addReaction",
  requestCase: "reactionsAddReaction",
  requestField: "reactions_add_reaction",
  resultCase: undefined,
  tag: 506,
  encode: enc_reactions_AddReaction,
  input: shape_reactions_AddReaction,
};

/** `reactions.removeReaction`. */
export const reactionsRemoveReactionRpc: RpcEntry<(typeof Reactions)["method"]["removeReaction"]> = {
  namespace: "reactions",
  name: "removeReaction",
  requestCase: "reactionsRemoveReaction",
  requestField: "reactions_remove_reaction",
  resultCase: undefined,
  tag: 514,
  encode: enc_reactions_RemoveReaction,
  input: shape_reactions_RemoveReaction,
};

/** `settings.editProfilePhoto`. */
export const settingsEditProfilePhotoRpc: RpcEntry<(typeof Settings)["method"]["editProfilePhoto"]> = {
  namespace: "settings",
  name: "editProfilePhoto",
  requestCase: "settingsEditProfilePhoto",
  requestField: "settings_edit_profile_photo",
  resultCase: undefined,
  tag: 178,
  encode: enc_settings_EditProfilePhoto,
  input: shape_settings_EditProfilePhoto,
};

/** `settings.registerPushSubscription`. */
export const settingsRegisterPushSubscriptionRpc: RpcEntry<(typeof Settings)["method"]["registerPushSubscription"]> = {
  namespace: "settings",
  name: "registerPushSubscription",
  requestCase: "settingsRegisterPushSubscription",
  requestField: "settings_register_push_subscription",
  resultCase: undefined,
  tag: 346,
  encode: enc_settings_RegisterPushSubscription,
  input: shape_settings_RegisterPushSubscription,
};

/** `settings.unregisterPushSubscription`. */
export const settingsUnregisterPushSubscriptionRpc: RpcEntry<(typeof Settings)["method"]["unregisterPushSubscription"]> = {
  namespace: "settings",
  name: "unregisterPushSubscription",
  requestCase: "settingsUnregisterPushSubscription",
  requestField: "settings_unregister_push_subscription",
  resultCase: undefined,
  tag: 354,
  encode: enc_settings_UnregisterPushSubscription,
  input: shape_settings_UnregisterPushSubscription,
};

/** `settings.changeNotificationPreferences`. */
export const settingsChangeNotificationPreferencesRpc: RpcEntry<(typeof Settings)["method"]["changeNotificationPreferences"]> = {
  namespace: "settings",
  name: "changeNotificationPreferences",
  requestCase: "settingsChangeNotificationPreferences",
  requestField: "settings_change_notification_preferences",
  resultCase: undefined,
  tag: 586,
  encode: enc_settings_ChangeNotificationPreferences,
  input: shape_settings_ChangeNotificationPreferences,
};

/** `settings.editProfile`. */
export const settingsEditProfileRpc: RpcEntry<(typeof Settings)["method"]["editProfile"]> = {
  namespace: "settings",
  name: "editProfile",
  requestCase: "settingsEditProfile",
  requestField: "settings_edit_profile",
  resultCase: undefined,
  tag: 594,
  encode: enc_settings_EditProfile,
  input: shape_settings_EditProfile,
};

/** `settings.getAccount`. */
export const settingsGetAccountRpc: RpcEntry<(typeof Settings)["method"]["getAccount"]> = {
  namespace: "settings",
  name: "getAccount",
  requestCase: "settingsGetAccount",
  requestField: "settings_get_account",
  resultCase: "account",
  tag: 602,
  encode: enc_settings_GetAccount,
  input: shape_settings_GetAccount,
};

/** `settings.changePassword`. */
export const settingsChangePasswordRpc: RpcEntry<(typeof Settings)["method"]["changePassword"]> = {
  namespace: "settings",
  name: "changePassword",
  requestCase: "settingsChangePassword",
  requestField: "settings_change_password",
  resultCase: undefined,
  tag: 610,
  encode: enc_settings_ChangePassword,
  input: shape_settings_ChangePassword,
};

/** `settings.changeEmail`. */
export const settingsChangeEmailRpc: RpcEntry<(typeof Settings)["method"]["changeEmail"]> = {
  namespace: "settings",
  name: "changeEmail",
  requestCase: "settingsChangeEmail",
  requestField: "settings_change_email",
  resultCase: undefined,
  tag: 618,
  encode: enc_settings_ChangeEmail,
  input: shape_settings_ChangeEmail,
};

/** `settings.changeStatus`. */
export const settingsChangeStatusRpc: RpcEntry<(typeof Settings)["method"]["changeStatus"]> = {
  namespace: "settings",
  name: "changeStatus",
  requestCase: "settingsChangeStatus",
  requestField: "settings_change_status",
  resultCase: undefined,
  tag: 642,
  encode: enc_settings_ChangeStatus,
  input: shape_settings_ChangeStatus,
};

/** `settings.setupTotp`. */
export const settingsSetupTotpRpc: RpcEntry<(typeof Settings)["method"]["setupTotp"]> = {
  namespace: "settings",
  name: "setupTotp",
  requestCase: "settingsSetupTotp",
  requestField: "settings_setup_totp",
  resultCase: "totp",
  tag: 666,
  encode: enc_settings_SetupTotp,
  input: shape_settings_SetupTotp,
};

/** `settings.requestTakeout`. */
export const settingsRequestTakeoutRpc: RpcEntry<(typeof Settings)["method"]["requestTakeout"]> = {
  namespace: "settings",
  name: "requestTakeout",
  requestCase: "settingsRequestTakeout",
  requestField: "settings_request_takeout",
  resultCase: undefined,
  tag: 674,
  encode: enc_settings_RequestTakeout,
  input: shape_settings_RequestTakeout,
};

/** `settings.deleteAccount`. */
export const settingsDeleteAccountRpc: RpcEntry<(typeof Settings)["method"]["deleteAccount"]> = {
  namespace: "settings",
  name: "deleteAccount",
  requestCase: "settingsDeleteAccount",
  requestField: "settings_delete_account",
  resultCase: undefined,
  tag: 682,
  encode: enc_settings_DeleteAccount,
  input: shape_settings_DeleteAccount,
};

/** `settings.editUserSettings`. */
export const settingsEditUserSettingsRpc: RpcEntry<(typeof Settings)["method"]["editUserSettings"]> = {
  namespace: "settings",
  name: "editUserSettings",
  requestCase: "settingsEditUserSettings",
  requestField: "settings_edit_user_settings",
  resultCase: "userSettings",
  tag: 730,
  encode: enc_settings_EditUserSettings,
  input: shape_settings_EditUserSettings,
};

/** `settings.editProfileBanner`. */
export const settingsEditProfileBannerRpc: RpcEntry<(typeof Settings)["method"]["editProfileBanner"]> = {
  namespace: "settings",
  name: "editProfileBanner",
  requestCase: "settingsEditProfileBanner",
  requestField: "settings_edit_profile_banner",
  resultCase: undefined,
  tag: 746,
  encode: enc_settings_EditProfileBanner,
  input: shape_settings_EditProfileBanner,
};

/** `stickers.getSavedStickers`. */
export const stickersGetSavedStickersRpc: RpcEntry<(typeof Stickers)["method"]["getSavedStickers"]> = {
  namespace: "stickers",
  name: "getSavedStickers",
  requestCase: "stickersGetSavedStickers",
  requestField: "stickers_get_saved_stickers",
  resultCase: "savedStickers",
  tag: 530,
  encode: enc_stickers_GetSavedStickers,
  input: shape_stickers_GetSavedStickers,
};

/** `stickers.getStickerFiles`. */
export const stickersGetStickerFilesRpc: RpcEntry<(typeof Stickers)["method"]["getStickerFiles"]> = {
  namespace: "stickers",
  name: "getStickerFiles",
  requestCase: "stickersGetStickerFiles",
  requestField: "stickers_get_sticker_files",
  resultCase: "files",
  tag: 538,
  encode: enc_stickers_GetStickerFiles,
  input: shape_stickers_GetStickerFiles,
};

/** `stickers.getStickerPack`. */
export const stickersGetStickerPackRpc: RpcEntry<(typeof Stickers)["method"]["getStickerPack"]> = {
  namespace: "stickers",
  name: "getStickerPack",
  requestCase: "stickersGetStickerPack",
  requestField: "stickers_get_sticker_pack",
  resultCase: "stickerPack",
  tag: 546,
  encode: enc_stickers_GetStickerPack,
  input: shape_stickers_GetStickerPack,
};

/** `stickers.addStickerToPack`. */
export const stickersAddStickerToPackRpc: RpcEntry<(typeof Stickers)["method"]["addStickerToPack"]> = {
  namespace: "stickers",
  name: "addStickerToPack",
  requestCase: "stickersAddStickerToPack",
  requestField: "stickers_add_sticker_to_pack",
  resultCase: undefined,
  tag: 554,
  encode: enc_stickers_AddStickerToPack,
  input: shape_stickers_AddStickerToPack,
};

/** `stickers.removeStickerFromPack`. */
export const stickersRemoveStickerFromPackRpc: RpcEntry<(typeof Stickers)["method"]["removeStickerFromPack"]> = {
  namespace: "stickers",
  name: "removeStickerFromPack",
  requestCase: "stickersRemoveStickerFromPack",
  requestField: "stickers_remove_sticker_from_pack",
  resultCase: undefined,
  tag: 562,
  encode: enc_stickers_RemoveStickerFromPack,
  input: shape_stickers_RemoveStickerFromPack,
};

/** `users.lookupUsername`. */
export const usersLookupUsernameRpc: RpcEntry<(typeof Users)["method"]["lookupUsername"]> = {
  namespace: "users",
  name: "lookupUsername",
  requestCase: "usersLookupUsername",
  requestField: "users_lookup_username",
  resultCase: "userDetails",
  tag: 386,
  encode: enc_users_LookupUsername,
  input: shape_users_LookupUsername,
};

/** `users.getProfile`. */
export const usersGetProfileRpc: RpcEntry<(typeof Users)["method"]["getProfile"]> = {
  namespace: "users",
  name: "getProfile",
  requestCase: "usersGetProfile",
  requestField: "users_get_profile",
  resultCase: "profile",
  tag: 458,
  encode: enc_users_GetProfile,
  input: shape_users_GetProfile,
};

/** `voice.requestRoom`. */
export const voiceRequestRoomRpc: RpcEntry<(typeof Voice)["method"]["requestRoom"]> = {
  namespace: "voice",
  name: "requestRoom",
  requestCase: "voiceRequestRoom",
  requestField: "voice_request_room",
  resultCase: "roomInfo",
  tag: 434,
  encode: enc_voice_RequestRoom,
  input: shape_voice_RequestRoom,
};

/** Every entry, in the order of the services and their methods (the clients' namespaces). */
export const rpcEntries: readonly RpcEntry[] = [
  authSignInRpc,
  authSignUpRpc,
  authLookupInviteRpc,
  authUseInviteRpc,
  authAuthorizeRpc,
  authGetSessionsRpc,
  authRevokeSessionsRpc,
  authResetPasswordRpc,
  authVerifyEmailRpc,
  authResendEmailVerificationRpc,
  billingRequestPaymentLinkRpc,
  billingCancelSubscriptionRpc,
  billingGetSubscriptionRpc,
  billingGetProductsRpc,
  chatsGetChatsRpc,
  chatsCreateChatInviteRpc,
  chatsMarkChatReadRpc,
  chatsGetChatRpc,
  chatsSetTypingRpc,
  chatsCreateChatRpc,
  chatsEditChatRpc,
  chatsRemoveChatMemberRpc,
  chatsDeleteChatInviteRpc,
  chatsListChatInvitesRpc,
  chatsAddChatMemberRpc,
  communitiesCreateCommunityRpc,
  communitiesGetCommunitiesRpc,
  communitiesCreateChannelRpc,
  communitiesGetChannelsRpc,
  communitiesGetChannelMembersRpc,
  communitiesEditPhotoRpc,
  communitiesDeleteChannelRpc,
  communitiesGetRolesRpc,
  communitiesCreateRoleRpc,
  communitiesEditRoleRpc,
  communitiesDeleteRoleRpc,
  communitiesEditMemberRpc,
  communitiesCreateChannelOverrideRpc,
  communitiesDeleteChannelOverrideRpc,
  communitiesGetChannelOverridesRpc,
  communitiesLeaveCommunityRpc,
  communitiesDeleteCommunityRpc,
  communitiesEditChannelRpc,
  communitiesEditCommunityRpc,
  communitiesRemoveMembersRpc,
  communitiesEditDefaultPermissionsRpc,
  communitiesGetRemovedMembersRpc,
  communitiesUnbanMembersRpc,
  communitiesGetMembersRpc,
  communitiesEditSettingsRpc,
  communitiesGetRoomStatesRpc,
  communitiesSyncChannelOverridesRpc,
  communitiesAddMemberRpc,
  coreInitializeRpc,
  discoveryGetDiscoverableCommunitiesRpc,
  friendsGetRelationshipsRpc,
  friendsSyncFriendsRpc,
  friendsChangeRelationshipRpc,
  mediaUploadFilePartRpc,
  mediaDownloadFilePartRpc,
  messagesSendMessageRpc,
  messagesGetHistoryRpc,
  messagesDeleteMessageRpc,
  messagesEditMessageRpc,
  messagesSearchRpc,
  messagesGetEmbedPreviewRpc,
  messagesReportMessageRpc,
  messagesForwardMessageRpc,
  messagesGetUnreadMentionsRpc,
  messagesSetMessagePinRpc,
  messagesGetPinnedMessagesRpc,
  reactionsAddReactionRpc,
  reactionsRemoveReactionRpc,
  settingsEditProfilePhotoRpc,
  settingsRegisterPushSubscriptionRpc,
  settingsUnregisterPushSubscriptionRpc,
  settingsChangeNotificationPreferencesRpc,
  settingsEditProfileRpc,
  settingsGetAccountRpc,
  settingsChangePasswordRpc,
  settingsChangeEmailRpc,
  settingsChangeStatusRpc,
  settingsSetupTotpRpc,
  settingsRequestTakeoutRpc,
  settingsDeleteAccountRpc,
  settingsEditUserSettingsRpc,
  settingsEditProfileBannerRpc,
  stickersGetSavedStickersRpc,
  stickersGetStickerFilesRpc,
  stickersGetStickerPackRpc,
  stickersAddStickerToPackRpc,
  stickersRemoveStickerFromPackRpc,
  usersLookupUsernameRpc,
  usersGetProfileRpc,
  voiceRequestRoomRpc,
];
