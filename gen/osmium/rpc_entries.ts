import type { RequestEncoder, RpcEntry, RpcNamespace } from "../../src/rpc-client.js";
import type { CaseDecoder } from "./fast_codec.js";
import { case_core_RPCResult_result_account, case_core_RPCResult_result_authorization, case_core_RPCResult_result_channelOverride, case_core_RPCResult_result_channelOverrides, case_core_RPCResult_result_channels, case_core_RPCResult_result_chat, case_core_RPCResult_result_chats, case_core_RPCResult_result_communities, case_core_RPCResult_result_communityRoles, case_core_RPCResult_result_communitySettings, case_core_RPCResult_result_createdInvite, case_core_RPCResult_result_discoveryCommunities, case_core_RPCResult_result_filePart, case_core_RPCResult_result_files, case_core_RPCResult_result_group, case_core_RPCResult_result_initialized, case_core_RPCResult_result_inviteList, case_core_RPCResult_result_invitePreview, case_core_RPCResult_result_mediaEmbed, case_core_RPCResult_result_memberList, case_core_RPCResult_result_members, case_core_RPCResult_result_messages, case_core_RPCResult_result_paymentLink, case_core_RPCResult_result_products, case_core_RPCResult_result_profile, case_core_RPCResult_result_relationships, case_core_RPCResult_result_removedMembers, case_core_RPCResult_result_roomInfo, case_core_RPCResult_result_roomStates, case_core_RPCResult_result_savedStickers, case_core_RPCResult_result_sentMessage, case_core_RPCResult_result_sessions, case_core_RPCResult_result_stickerPack, case_core_RPCResult_result_subscription, case_core_RPCResult_result_totp, case_core_RPCResult_result_unreadMentions, case_core_RPCResult_result_userDetails, case_core_RPCResult_result_userSettings, enc_auth_Authorize, enc_auth_GetSessions, enc_auth_LookupInvite, enc_auth_ResendEmailVerification, enc_auth_ResetPassword, enc_auth_RevokeSessions, enc_auth_SignIn, enc_auth_SignUp, enc_auth_UseInvite, enc_auth_VerifyEmail, enc_billing_CancelSubscription, enc_billing_GetProducts, enc_billing_GetSubscription, enc_billing_RequestPaymentLink, enc_chats_AddChatMember, enc_chats_CreateChat, enc_chats_CreateChatInvite, enc_chats_DeleteChatInvite, enc_chats_EditChat, enc_chats_GetChat, enc_chats_GetChats, enc_chats_ListChatInvites, enc_chats_MarkChatRead, enc_chats_RemoveChatMember, enc_chats_SetTyping, enc_communities_AddMember, enc_communities_CreateChannel, enc_communities_CreateChannelOverride, enc_communities_CreateCommunity, enc_communities_CreateRole, enc_communities_DeleteChannel, enc_communities_DeleteChannelOverride, enc_communities_DeleteCommunity, enc_communities_DeleteRole, enc_communities_EditChannel, enc_communities_EditCommunity, enc_communities_EditDefaultPermissions, enc_communities_EditMember, enc_communities_EditPhoto, enc_communities_EditRole, enc_communities_EditSettings, enc_communities_GetChannelMembers, enc_communities_GetChannelOverrides, enc_communities_GetChannels, enc_communities_GetCommunities, enc_communities_GetMembers, enc_communities_GetRemovedMembers, enc_communities_GetRoles, enc_communities_GetRoomStates, enc_communities_LeaveCommunity, enc_communities_RemoveMembers, enc_communities_SyncChannelOverrides, enc_communities_UnbanMembers, enc_core_Initialize, enc_discovery_GetDiscoverableCommunities, enc_friends_ChangeRelationship, enc_friends_GetRelationships, enc_friends_SyncFriends, enc_media_DownloadFilePart, enc_media_UploadFilePart, enc_messages_DeleteMessage, enc_messages_EditMessage, enc_messages_ForwardMessage, enc_messages_GetEmbedPreview, enc_messages_GetHistory, enc_messages_GetPinnedMessages, enc_messages_GetUnreadMentions, enc_messages_ReportMessage, enc_messages_Search, enc_messages_SendMessage, enc_messages_SetMessagePin, enc_reactions_AddReaction, enc_reactions_RemoveReaction, enc_settings_ChangeEmail, enc_settings_ChangeNotificationPreferences, enc_settings_ChangePassword, enc_settings_ChangeStatus, enc_settings_DeleteAccount, enc_settings_EditProfile, enc_settings_EditProfileBanner, enc_settings_EditProfilePhoto, enc_settings_EditUserSettings, enc_settings_GetAccount, enc_settings_RegisterPushSubscription, enc_settings_RequestTakeout, enc_settings_SetupTotp, enc_settings_UnregisterPushSubscription, enc_stickers_AddStickerToPack, enc_stickers_GetSavedStickers, enc_stickers_GetStickerFiles, enc_stickers_GetStickerPack, enc_stickers_RemoveStickerFromPack, enc_users_GetProfile, enc_users_LookupUsername, enc_voice_RequestRoom } from "./fast_codec.js";
import type { RequestShape } from "../../src/protocol/request-shape.js";
import type { Auth } from "./sdk/auth_pb.js";
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

// An entry; its envelope cases follow from its names (`messages` + `sendMessage`: the case
// `messagesSendMessage`, the proto field `messages_send_message`), as the generator checked,
// and from its result's decoder (none for a method returning Empty).
function entry<M extends RpcEntry["method"]>(namespace: RpcNamespace, name: string, result: CaseDecoder | undefined, tag: number, encode: RequestEncoder, input: RequestShape): RpcEntry<NonNullable<M>> {
  const requestCase = (namespace + name.charAt(0).toUpperCase() + name.slice(1)) as RpcEntry["requestCase"];
  const requestField = `${namespace}_${name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`;
  const resultCase = result?.case as RpcEntry["resultCase"];
  return { namespace, name, requestCase, requestField, resultCase, result, tag, encode, input };
}

/** `auth.signIn`. */
export const authSignInRpc = /*@__PURE__*/ entry<(typeof Auth)["method"]["signIn"]>("auth", "signIn", case_core_RPCResult_result_authorization, 18, enc_auth_SignIn, shape_auth_SignIn);
/** `auth.signUp`. */
export const authSignUpRpc = /*@__PURE__*/ entry<(typeof Auth)["method"]["signUp"]>("auth", "signUp", case_core_RPCResult_result_authorization, 26, enc_auth_SignUp, shape_auth_SignUp);
/** `auth.lookupInvite`. */
export const authLookupInviteRpc = /*@__PURE__*/ entry<(typeof Auth)["method"]["lookupInvite"]>("auth", "lookupInvite", case_core_RPCResult_result_invitePreview, 122, enc_auth_LookupInvite, shape_auth_LookupInvite);
/** `auth.useInvite`. */
export const authUseInviteRpc = /*@__PURE__*/ entry<(typeof Auth)["method"]["useInvite"]>("auth", "useInvite", undefined, 130, enc_auth_UseInvite, shape_auth_UseInvite);
/** `auth.authorize`. */
export const authAuthorizeRpc = /*@__PURE__*/ entry<(typeof Auth)["method"]["authorize"]>("auth", "authorize", case_core_RPCResult_result_authorization, 162, enc_auth_Authorize, shape_auth_Authorize);
/** `auth.getSessions`. */
export const authGetSessionsRpc = /*@__PURE__*/ entry<(typeof Auth)["method"]["getSessions"]>("auth", "getSessions", case_core_RPCResult_result_sessions, 330, enc_auth_GetSessions, shape_auth_GetSessions);
/** `auth.revokeSessions`. */
export const authRevokeSessionsRpc = /*@__PURE__*/ entry<(typeof Auth)["method"]["revokeSessions"]>("auth", "revokeSessions", undefined, 338, enc_auth_RevokeSessions, shape_auth_RevokeSessions);
/** `auth.resetPassword`. */
export const authResetPasswordRpc = /*@__PURE__*/ entry<(typeof Auth)["method"]["resetPassword"]>("auth", "resetPassword", undefined, 362, enc_auth_ResetPassword, shape_auth_ResetPassword);
/** `auth.verifyEmail`. */
export const authVerifyEmailRpc = /*@__PURE__*/ entry<(typeof Auth)["method"]["verifyEmail"]>("auth", "verifyEmail", undefined, 370, enc_auth_VerifyEmail, shape_auth_VerifyEmail);
/** `auth.resendEmailVerification`. */
export const authResendEmailVerificationRpc = /*@__PURE__*/ entry<(typeof Auth)["method"]["resendEmailVerification"]>("auth", "resendEmailVerification", undefined, 378, enc_auth_ResendEmailVerification, shape_auth_ResendEmailVerification);
/** `billing.requestPaymentLink`. */
export const billingRequestPaymentLinkRpc = /*@__PURE__*/ entry<(typeof Billing)["method"]["requestPaymentLink"]>("billing", "requestPaymentLink", case_core_RPCResult_result_paymentLink, 570, enc_billing_RequestPaymentLink, shape_billing_RequestPaymentLink);
/** `billing.cancelSubscription`. */
export const billingCancelSubscriptionRpc = /*@__PURE__*/ entry<(typeof Billing)["method"]["cancelSubscription"]>("billing", "cancelSubscription", undefined, 578, enc_billing_CancelSubscription, shape_billing_CancelSubscription);
/** `billing.getSubscription`. */
export const billingGetSubscriptionRpc = /*@__PURE__*/ entry<(typeof Billing)["method"]["getSubscription"]>("billing", "getSubscription", case_core_RPCResult_result_subscription, 658, enc_billing_GetSubscription, shape_billing_GetSubscription);
/** `billing.getProducts`. */
export const billingGetProductsRpc = /*@__PURE__*/ entry<(typeof Billing)["method"]["getProducts"]>("billing", "getProducts", case_core_RPCResult_result_products, 754, enc_billing_GetProducts, shape_billing_GetProducts);
/** `chats.getChats`. */
export const chatsGetChatsRpc = /*@__PURE__*/ entry<(typeof Chats)["method"]["getChats"]>("chats", "getChats", case_core_RPCResult_result_chats, 90, enc_chats_GetChats, shape_chats_GetChats);
/** `chats.createChatInvite`. */
export const chatsCreateChatInviteRpc = /*@__PURE__*/ entry<(typeof Chats)["method"]["createChatInvite"]>("chats", "createChatInvite", case_core_RPCResult_result_createdInvite, 114, enc_chats_CreateChatInvite, shape_chats_CreateChatInvite);
/** `chats.markChatRead`. */
export const chatsMarkChatReadRpc = /*@__PURE__*/ entry<(typeof Chats)["method"]["markChatRead"]>("chats", "markChatRead", undefined, 170, enc_chats_MarkChatRead, shape_chats_MarkChatRead);
/** `chats.getChat`. */
export const chatsGetChatRpc = /*@__PURE__*/ entry<(typeof Chats)["method"]["getChat"]>("chats", "getChat", case_core_RPCResult_result_chat, 202, enc_chats_GetChat, shape_chats_GetChat);
/** `chats.setTyping`. */
export const chatsSetTypingRpc = /*@__PURE__*/ entry<(typeof Chats)["method"]["setTyping"]>("chats", "setTyping", undefined, 226, enc_chats_SetTyping, shape_chats_SetTyping);
/** `chats.createChat`. */
export const chatsCreateChatRpc = /*@__PURE__*/ entry<(typeof Chats)["method"]["createChat"]>("chats", "createChat", case_core_RPCResult_result_group, 402, enc_chats_CreateChat, shape_chats_CreateChat);
/** `chats.editChat`. */
export const chatsEditChatRpc = /*@__PURE__*/ entry<(typeof Chats)["method"]["editChat"]>("chats", "editChat", case_core_RPCResult_result_chat, 418, enc_chats_EditChat, shape_chats_EditChat);
/** `chats.removeChatMember`. */
export const chatsRemoveChatMemberRpc = /*@__PURE__*/ entry<(typeof Chats)["method"]["removeChatMember"]>("chats", "removeChatMember", undefined, 426, enc_chats_RemoveChatMember, shape_chats_RemoveChatMember);
/** `chats.deleteChatInvite`. */
export const chatsDeleteChatInviteRpc = /*@__PURE__*/ entry<(typeof Chats)["method"]["deleteChatInvite"]>("chats", "deleteChatInvite", undefined, 474, enc_chats_DeleteChatInvite, shape_chats_DeleteChatInvite);
/** `chats.listChatInvites`. */
export const chatsListChatInvitesRpc = /*@__PURE__*/ entry<(typeof Chats)["method"]["listChatInvites"]>("chats", "listChatInvites", case_core_RPCResult_result_inviteList, 490, enc_chats_ListChatInvites, shape_chats_ListChatInvites);
/** `chats.addChatMember`. */
export const chatsAddChatMemberRpc = /*@__PURE__*/ entry<(typeof Chats)["method"]["addChatMember"]>("chats", "addChatMember", undefined, 770, enc_chats_AddChatMember, shape_chats_AddChatMember);
/** `communities.createCommunity`. */
export const communitiesCreateCommunityRpc = /*@__PURE__*/ entry<(typeof Communities)["method"]["createCommunity"]>("communities", "createCommunity", undefined, 50, enc_communities_CreateCommunity, shape_communities_CreateCommunity);
/** `communities.getCommunities`. */
export const communitiesGetCommunitiesRpc = /*@__PURE__*/ entry<(typeof Communities)["method"]["getCommunities"]>("communities", "getCommunities", case_core_RPCResult_result_communities, 58, enc_communities_GetCommunities, shape_communities_GetCommunities);
/** `communities.createChannel`. */
export const communitiesCreateChannelRpc = /*@__PURE__*/ entry<(typeof Communities)["method"]["createChannel"]>("communities", "createChannel", undefined, 66, enc_communities_CreateChannel, shape_communities_CreateChannel);
/** `communities.getChannels`. */
export const communitiesGetChannelsRpc = /*@__PURE__*/ entry<(typeof Communities)["method"]["getChannels"]>("communities", "getChannels", case_core_RPCResult_result_channels, 74, enc_communities_GetChannels, shape_communities_GetChannels);
/** `communities.getChannelMembers`. */
export const communitiesGetChannelMembersRpc = /*@__PURE__*/ entry<(typeof Communities)["method"]["getChannelMembers"]>("communities", "getChannelMembers", case_core_RPCResult_result_memberList, 146, enc_communities_GetChannelMembers, shape_communities_GetChannelMembers);
/** `communities.editPhoto`. */
export const communitiesEditPhotoRpc = /*@__PURE__*/ entry<(typeof Communities)["method"]["editPhoto"]>("communities", "editPhoto", undefined, 186, enc_communities_EditPhoto, shape_communities_EditPhoto);
/** `communities.deleteChannel`. */
export const communitiesDeleteChannelRpc = /*@__PURE__*/ entry<(typeof Communities)["method"]["deleteChannel"]>("communities", "deleteChannel", undefined, 194, enc_communities_DeleteChannel, shape_communities_DeleteChannel);
/** `communities.getRoles`. */
export const communitiesGetRolesRpc = /*@__PURE__*/ entry<(typeof Communities)["method"]["getRoles"]>("communities", "getRoles", case_core_RPCResult_result_communityRoles, 218, enc_communities_GetRoles, shape_communities_GetRoles);
/** `communities.createRole`. */
export const communitiesCreateRoleRpc = /*@__PURE__*/ entry<(typeof Communities)["method"]["createRole"]>("communities", "createRole", undefined, 234, enc_communities_CreateRole, shape_communities_CreateRole);
/** `communities.editRole`. */
export const communitiesEditRoleRpc = /*@__PURE__*/ entry<(typeof Communities)["method"]["editRole"]>("communities", "editRole", undefined, 242, enc_communities_EditRole, shape_communities_EditRole);
/** `communities.deleteRole`. */
export const communitiesDeleteRoleRpc = /*@__PURE__*/ entry<(typeof Communities)["method"]["deleteRole"]>("communities", "deleteRole", undefined, 250, enc_communities_DeleteRole, shape_communities_DeleteRole);
/** `communities.editMember`. */
export const communitiesEditMemberRpc = /*@__PURE__*/ entry<(typeof Communities)["method"]["editMember"]>("communities", "editMember", undefined, 258, enc_communities_EditMember, shape_communities_EditMember);
/** `communities.createChannelOverride`. */
export const communitiesCreateChannelOverrideRpc = /*@__PURE__*/ entry<(typeof Communities)["method"]["createChannelOverride"]>("communities", "createChannelOverride", case_core_RPCResult_result_channelOverride, 266, enc_communities_CreateChannelOverride, shape_communities_CreateChannelOverride);
/** `communities.deleteChannelOverride`. */
export const communitiesDeleteChannelOverrideRpc = /*@__PURE__*/ entry<(typeof Communities)["method"]["deleteChannelOverride"]>("communities", "deleteChannelOverride", undefined, 274, enc_communities_DeleteChannelOverride, shape_communities_DeleteChannelOverride);
/** `communities.getChannelOverrides`. */
export const communitiesGetChannelOverridesRpc = /*@__PURE__*/ entry<(typeof Communities)["method"]["getChannelOverrides"]>("communities", "getChannelOverrides", case_core_RPCResult_result_channelOverrides, 282, enc_communities_GetChannelOverrides, shape_communities_GetChannelOverrides);
/** `communities.leaveCommunity`. */
export const communitiesLeaveCommunityRpc = /*@__PURE__*/ entry<(typeof Communities)["method"]["leaveCommunity"]>("communities", "leaveCommunity", undefined, 290, enc_communities_LeaveCommunity, shape_communities_LeaveCommunity);
/** `communities.deleteCommunity`. */
export const communitiesDeleteCommunityRpc = /*@__PURE__*/ entry<(typeof Communities)["method"]["deleteCommunity"]>("communities", "deleteCommunity", undefined, 298, enc_communities_DeleteCommunity, shape_communities_DeleteCommunity);
/** `communities.editChannel`. */
export const communitiesEditChannelRpc = /*@__PURE__*/ entry<(typeof Communities)["method"]["editChannel"]>("communities", "editChannel", undefined, 314, enc_communities_EditChannel, shape_communities_EditChannel);
/** `communities.editCommunity`. */
export const communitiesEditCommunityRpc = /*@__PURE__*/ entry<(typeof Communities)["method"]["editCommunity"]>("communities", "editCommunity", undefined, 322, enc_communities_EditCommunity, shape_communities_EditCommunity);
/** `communities.removeMembers`. */
export const communitiesRemoveMembersRpc = /*@__PURE__*/ entry<(typeof Communities)["method"]["removeMembers"]>("communities", "removeMembers", case_core_RPCResult_result_removedMembers, 394, enc_communities_RemoveMembers, shape_communities_RemoveMembers);
/** `communities.editDefaultPermissions`. */
export const communitiesEditDefaultPermissionsRpc = /*@__PURE__*/ entry<(typeof Communities)["method"]["editDefaultPermissions"]>("communities", "editDefaultPermissions", undefined, 466, enc_communities_EditDefaultPermissions, shape_communities_EditDefaultPermissions);
/** `communities.getRemovedMembers`. */
export const communitiesGetRemovedMembersRpc = /*@__PURE__*/ entry<(typeof Communities)["method"]["getRemovedMembers"]>("communities", "getRemovedMembers", case_core_RPCResult_result_removedMembers, 482, enc_communities_GetRemovedMembers, shape_communities_GetRemovedMembers);
/** `communities.unbanMembers`. */
export const communitiesUnbanMembersRpc = /*@__PURE__*/ entry<(typeof Communities)["method"]["unbanMembers"]>("communities", "unbanMembers", undefined, 626, enc_communities_UnbanMembers, shape_communities_UnbanMembers);
/** `communities.getMembers`. */
export const communitiesGetMembersRpc = /*@__PURE__*/ entry<(typeof Communities)["method"]["getMembers"]>("communities", "getMembers", case_core_RPCResult_result_members, 634, enc_communities_GetMembers, shape_communities_GetMembers);
/** `communities.editSettings`. */
export const communitiesEditSettingsRpc = /*@__PURE__*/ entry<(typeof Communities)["method"]["editSettings"]>("communities", "editSettings", case_core_RPCResult_result_communitySettings, 650, enc_communities_EditSettings, shape_communities_EditSettings);
/** `communities.getRoomStates`. */
export const communitiesGetRoomStatesRpc = /*@__PURE__*/ entry<(typeof Communities)["method"]["getRoomStates"]>("communities", "getRoomStates", case_core_RPCResult_result_roomStates, 706, enc_communities_GetRoomStates, shape_communities_GetRoomStates);
/** `communities.syncChannelOverrides`. */
export const communitiesSyncChannelOverridesRpc = /*@__PURE__*/ entry<(typeof Communities)["method"]["syncChannelOverrides"]>("communities", "syncChannelOverrides", undefined, 738, enc_communities_SyncChannelOverrides, shape_communities_SyncChannelOverrides);
/** `communities.addMember`. */
export const communitiesAddMemberRpc = /*@__PURE__*/ entry<(typeof Communities)["method"]["addMember"]>("communities", "addMember", undefined, 762, enc_communities_AddMember, shape_communities_AddMember);
/** `core.initialize`. */
export const coreInitializeRpc = /*@__PURE__*/ entry<(typeof Core)["method"]["initialize"]>("core", "initialize", case_core_RPCResult_result_initialized, 154, enc_core_Initialize, shape_core_Initialize);
/** `discovery.getDiscoverableCommunities`. */
export const discoveryGetDiscoverableCommunitiesRpc = /*@__PURE__*/ entry<(typeof Discovery)["method"]["getDiscoverableCommunities"]>("discovery", "getDiscoverableCommunities", case_core_RPCResult_result_discoveryCommunities, 698, enc_discovery_GetDiscoverableCommunities, shape_discovery_GetDiscoverableCommunities);
/** `friends.getRelationships`. */
export const friendsGetRelationshipsRpc = /*@__PURE__*/ entry<(typeof Friends)["method"]["getRelationships"]>("friends", "getRelationships", case_core_RPCResult_result_relationships, 82, enc_friends_GetRelationships, shape_friends_GetRelationships);
/** `friends.syncFriends`. */
export const friendsSyncFriendsRpc = /*@__PURE__*/ entry<(typeof Friends)["method"]["syncFriends"]>("friends", "syncFriends", undefined, 306, enc_friends_SyncFriends, shape_friends_SyncFriends);
/** `friends.changeRelationship`. */
export const friendsChangeRelationshipRpc = /*@__PURE__*/ entry<(typeof Friends)["method"]["changeRelationship"]>("friends", "changeRelationship", undefined, 410, enc_friends_ChangeRelationship, shape_friends_ChangeRelationship);
/** `media.uploadFilePart`. */
export const mediaUploadFilePartRpc = /*@__PURE__*/ entry<(typeof Media)["method"]["uploadFilePart"]>("media", "uploadFilePart", undefined, 98, enc_media_UploadFilePart, shape_media_UploadFilePart);
/** `media.downloadFilePart`. */
export const mediaDownloadFilePartRpc = /*@__PURE__*/ entry<(typeof Media)["method"]["downloadFilePart"]>("media", "downloadFilePart", case_core_RPCResult_result_filePart, 106, enc_media_DownloadFilePart, shape_media_DownloadFilePart);
/** `messages.sendMessage`. */
export const messagesSendMessageRpc = /*@__PURE__*/ entry<(typeof Messages)["method"]["sendMessage"]>("messages", "sendMessage", case_core_RPCResult_result_sentMessage, 34, enc_messages_SendMessage, shape_messages_SendMessage);
/** `messages.getHistory`. */
export const messagesGetHistoryRpc = /*@__PURE__*/ entry<(typeof Messages)["method"]["getHistory"]>("messages", "getHistory", case_core_RPCResult_result_messages, 42, enc_messages_GetHistory, shape_messages_GetHistory);
/** `messages.deleteMessage`. */
export const messagesDeleteMessageRpc = /*@__PURE__*/ entry<(typeof Messages)["method"]["deleteMessage"]>("messages", "deleteMessage", undefined, 138, enc_messages_DeleteMessage, shape_messages_DeleteMessage);
/** `messages.editMessage`. */
export const messagesEditMessageRpc = /*@__PURE__*/ entry<(typeof Messages)["method"]["editMessage"]>("messages", "editMessage", undefined, 210, enc_messages_EditMessage, shape_messages_EditMessage);
/** `messages.search`. */
export const messagesSearchRpc = /*@__PURE__*/ entry<(typeof Messages)["method"]["search"]>("messages", "search", case_core_RPCResult_result_messages, 442, enc_messages_Search, shape_messages_Search);
/** `messages.getEmbedPreview`. */
export const messagesGetEmbedPreviewRpc = /*@__PURE__*/ entry<(typeof Messages)["method"]["getEmbedPreview"]>("messages", "getEmbedPreview", case_core_RPCResult_result_mediaEmbed, 450, enc_messages_GetEmbedPreview, shape_messages_GetEmbedPreview);
/** `messages.reportMessage`. */
export const messagesReportMessageRpc = /*@__PURE__*/ entry<(typeof Messages)["method"]["reportMessage"]>("messages", "reportMessage", undefined, 498, enc_messages_ReportMessage, shape_messages_ReportMessage);
/** `messages.forwardMessage`. */
export const messagesForwardMessageRpc = /*@__PURE__*/ entry<(typeof Messages)["method"]["forwardMessage"]>("messages", "forwardMessage", undefined, 522, enc_messages_ForwardMessage, shape_messages_ForwardMessage);
/** `messages.getUnreadMentions`. */
export const messagesGetUnreadMentionsRpc = /*@__PURE__*/ entry<(typeof Messages)["method"]["getUnreadMentions"]>("messages", "getUnreadMentions", case_core_RPCResult_result_unreadMentions, 690, enc_messages_GetUnreadMentions, shape_messages_GetUnreadMentions);
/** `messages.setMessagePin`. */
export const messagesSetMessagePinRpc = /*@__PURE__*/ entry<(typeof Messages)["method"]["setMessagePin"]>("messages", "setMessagePin", undefined, 714, enc_messages_SetMessagePin, shape_messages_SetMessagePin);
/** `messages.getPinnedMessages`. */
export const messagesGetPinnedMessagesRpc = /*@__PURE__*/ entry<(typeof Messages)["method"]["getPinnedMessages"]>("messages", "getPinnedMessages", case_core_RPCResult_result_messages, 722, enc_messages_GetPinnedMessages, shape_messages_GetPinnedMessages);
/** `reactions.addReaction`. */
export const reactionsAddReactionRpc = /*@__PURE__*/ entry<(typeof Reactions)["method"]["addReaction"]>("reactions", "addReaction", undefined, 506, enc_reactions_AddReaction, shape_reactions_AddReaction);
/** `reactions.removeReaction`. */
export const reactionsRemoveReactionRpc = /*@__PURE__*/ entry<(typeof Reactions)["method"]["removeReaction"]>("reactions", "removeReaction", undefined, 514, enc_reactions_RemoveReaction, shape_reactions_RemoveReaction);
/** `settings.editProfilePhoto`. */
export const settingsEditProfilePhotoRpc = /*@__PURE__*/ entry<(typeof Settings)["method"]["editProfilePhoto"]>("settings", "editProfilePhoto", undefined, 178, enc_settings_EditProfilePhoto, shape_settings_EditProfilePhoto);
/** `settings.registerPushSubscription`. */
export const settingsRegisterPushSubscriptionRpc = /*@__PURE__*/ entry<(typeof Settings)["method"]["registerPushSubscription"]>("settings", "registerPushSubscription", undefined, 346, enc_settings_RegisterPushSubscription, shape_settings_RegisterPushSubscription);
/** `settings.unregisterPushSubscription`. */
export const settingsUnregisterPushSubscriptionRpc = /*@__PURE__*/ entry<(typeof Settings)["method"]["unregisterPushSubscription"]>("settings", "unregisterPushSubscription", undefined, 354, enc_settings_UnregisterPushSubscription, shape_settings_UnregisterPushSubscription);
/** `settings.changeNotificationPreferences`. */
export const settingsChangeNotificationPreferencesRpc = /*@__PURE__*/ entry<(typeof Settings)["method"]["changeNotificationPreferences"]>("settings", "changeNotificationPreferences", undefined, 586, enc_settings_ChangeNotificationPreferences, shape_settings_ChangeNotificationPreferences);
/** `settings.editProfile`. */
export const settingsEditProfileRpc = /*@__PURE__*/ entry<(typeof Settings)["method"]["editProfile"]>("settings", "editProfile", undefined, 594, enc_settings_EditProfile, shape_settings_EditProfile);
/** `settings.getAccount`. */
export const settingsGetAccountRpc = /*@__PURE__*/ entry<(typeof Settings)["method"]["getAccount"]>("settings", "getAccount", case_core_RPCResult_result_account, 602, enc_settings_GetAccount, shape_settings_GetAccount);
/** `settings.changePassword`. */
export const settingsChangePasswordRpc = /*@__PURE__*/ entry<(typeof Settings)["method"]["changePassword"]>("settings", "changePassword", undefined, 610, enc_settings_ChangePassword, shape_settings_ChangePassword);
/** `settings.changeEmail`. */
export const settingsChangeEmailRpc = /*@__PURE__*/ entry<(typeof Settings)["method"]["changeEmail"]>("settings", "changeEmail", undefined, 618, enc_settings_ChangeEmail, shape_settings_ChangeEmail);
/** `settings.changeStatus`. */
export const settingsChangeStatusRpc = /*@__PURE__*/ entry<(typeof Settings)["method"]["changeStatus"]>("settings", "changeStatus", undefined, 642, enc_settings_ChangeStatus, shape_settings_ChangeStatus);
/** `settings.setupTotp`. */
export const settingsSetupTotpRpc = /*@__PURE__*/ entry<(typeof Settings)["method"]["setupTotp"]>("settings", "setupTotp", case_core_RPCResult_result_totp, 666, enc_settings_SetupTotp, shape_settings_SetupTotp);
/** `settings.requestTakeout`. */
export const settingsRequestTakeoutRpc = /*@__PURE__*/ entry<(typeof Settings)["method"]["requestTakeout"]>("settings", "requestTakeout", undefined, 674, enc_settings_RequestTakeout, shape_settings_RequestTakeout);
/** `settings.deleteAccount`. */
export const settingsDeleteAccountRpc = /*@__PURE__*/ entry<(typeof Settings)["method"]["deleteAccount"]>("settings", "deleteAccount", undefined, 682, enc_settings_DeleteAccount, shape_settings_DeleteAccount);
/** `settings.editUserSettings`. */
export const settingsEditUserSettingsRpc = /*@__PURE__*/ entry<(typeof Settings)["method"]["editUserSettings"]>("settings", "editUserSettings", case_core_RPCResult_result_userSettings, 730, enc_settings_EditUserSettings, shape_settings_EditUserSettings);
/** `settings.editProfileBanner`. */
export const settingsEditProfileBannerRpc = /*@__PURE__*/ entry<(typeof Settings)["method"]["editProfileBanner"]>("settings", "editProfileBanner", undefined, 746, enc_settings_EditProfileBanner, shape_settings_EditProfileBanner);
/** `stickers.getSavedStickers`. */
export const stickersGetSavedStickersRpc = /*@__PURE__*/ entry<(typeof Stickers)["method"]["getSavedStickers"]>("stickers", "getSavedStickers", case_core_RPCResult_result_savedStickers, 530, enc_stickers_GetSavedStickers, shape_stickers_GetSavedStickers);
/** `stickers.getStickerFiles`. */
export const stickersGetStickerFilesRpc = /*@__PURE__*/ entry<(typeof Stickers)["method"]["getStickerFiles"]>("stickers", "getStickerFiles", case_core_RPCResult_result_files, 538, enc_stickers_GetStickerFiles, shape_stickers_GetStickerFiles);
/** `stickers.getStickerPack`. */
export const stickersGetStickerPackRpc = /*@__PURE__*/ entry<(typeof Stickers)["method"]["getStickerPack"]>("stickers", "getStickerPack", case_core_RPCResult_result_stickerPack, 546, enc_stickers_GetStickerPack, shape_stickers_GetStickerPack);
/** `stickers.addStickerToPack`. */
export const stickersAddStickerToPackRpc = /*@__PURE__*/ entry<(typeof Stickers)["method"]["addStickerToPack"]>("stickers", "addStickerToPack", undefined, 554, enc_stickers_AddStickerToPack, shape_stickers_AddStickerToPack);
/** `stickers.removeStickerFromPack`. */
export const stickersRemoveStickerFromPackRpc = /*@__PURE__*/ entry<(typeof Stickers)["method"]["removeStickerFromPack"]>("stickers", "removeStickerFromPack", undefined, 562, enc_stickers_RemoveStickerFromPack, shape_stickers_RemoveStickerFromPack);
/** `users.lookupUsername`. */
export const usersLookupUsernameRpc = /*@__PURE__*/ entry<(typeof Users)["method"]["lookupUsername"]>("users", "lookupUsername", case_core_RPCResult_result_userDetails, 386, enc_users_LookupUsername, shape_users_LookupUsername);
/** `users.getProfile`. */
export const usersGetProfileRpc = /*@__PURE__*/ entry<(typeof Users)["method"]["getProfile"]>("users", "getProfile", case_core_RPCResult_result_profile, 458, enc_users_GetProfile, shape_users_GetProfile);
/** `voice.requestRoom`. */
export const voiceRequestRoomRpc = /*@__PURE__*/ entry<(typeof Voice)["method"]["requestRoom"]>("voice", "requestRoom", case_core_RPCResult_result_roomInfo, 434, enc_voice_RequestRoom, shape_voice_RequestRoom);

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
