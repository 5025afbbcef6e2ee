/**
 * What each namespace of {@link OsmiumClient} offers: `client.messages`, `client.communities`, ...
 * One method per RPC, each documented with its rpc's comment from `proto/osmium/sdk/`. Every method
 * takes the request's init shape and {@link CallOptions}, and resolves with the result message
 * (or `void` where the protocol answers nothing).
 *
 * These interfaces exist for the API documentation only; in code, the namespaces' type is
 * {@link Namespaces} (`Namespaces["messages"]`).
 * @module namespaces
 */
import type { CallOptions, Namespaces, OsmiumClient } from "../../src/index.js";
import type { Namespace } from "../../src/namespaces.js";
import type { Services } from "../../src/protocol/services.js";

/** `client.core`: connection setup. */
export interface CoreNamespace extends Namespace<Services["core"]> {}
/** `client.auth`: sign-in, sign-up, token authorization, sessions, password reset, email verification and invites. */
export interface AuthNamespace extends Namespace<Services["auth"]> {}
/** `client.messages`: sending, editing, deleting, fetching, searching, pinning and reporting messages. */
export interface MessagesNamespace extends Namespace<Services["messages"]> {}
/** `client.chats`: direct and group chats: listing, read state, typing, group management and invites. */
export interface ChatsNamespace extends Namespace<Services["chats"]> {}
/** `client.communities`: communities and their channels, roles, permissions, members, bans and settings. */
export interface CommunitiesNamespace extends Namespace<Services["communities"]> {}
/** `client.friends`: friends, friend requests and blocks. */
export interface FriendsNamespace extends Namespace<Services["friends"]> {}
/** `client.media`: chunked file upload and download. */
export interface MediaNamespace extends Namespace<Services["media"]> {}
/** `client.settings`: the current user's profile, account, security, presence, notification and push settings. */
export interface SettingsNamespace extends Namespace<Services["settings"]> {}
/** `client.users`: looking up users and their profiles. */
export interface UsersNamespace extends Namespace<Services["users"]> {}
/** `client.voice`: voice rooms. */
export interface VoiceNamespace extends Namespace<Services["voice"]> {}
/** `client.reactions`: emoji reactions on messages. */
export interface ReactionsNamespace extends Namespace<Services["reactions"]> {}
/** `client.stickers`: sticker and custom emoji packs. */
export interface StickersNamespace extends Namespace<Services["stickers"]> {}
/** `client.billing`: plans, subscriptions and payment. */
export interface BillingNamespace extends Namespace<Services["billing"]> {}
/** `client.discovery`: browsing publicly listed communities. */
export interface DiscoveryNamespace extends Namespace<Services["discovery"]> {}
