import { clone, create } from "@bufbuild/protobuf";
import type { UploadedFileRef } from "../../../gen/osmium/client/media_pb.js";
import { UserSettingsSchema } from "../../../gen/osmium/client/settings_pb.js";
import { type ChatPhoto, ChatPhotoSchema, NotifPrefs } from "../../../gen/osmium/client/types_pb.js";
import { resolveChat, requireCommunity } from "../model/access/chat-target.js";
import { validateUsername } from "../model/accounts/accounts.js";
import { acquaintances, ownSessions } from "../model/audiences/audiences.js";
import { issueCode } from "../model/accounts/codes.js";
import { validateName } from "../model/communities/communities.js";
import { hashPassword, verifyPassword } from "../model/core/crypto.js";
import { badRequest, conflict, forbidden, notFound, rateLimited } from "../model/core/errors.js";
import type { CallContext, NamespaceHandlers } from "./context.js";
import { finalizeUpload, isEmptyFileRef } from "../model/media/file-store.js";
import { checkNewPassword } from "../model/accounts/passwords.js";
import { revokeSessions, sessionsOf } from "../model/accounts/sessions.js";
import { codePoints } from "../model/core/text.js";
import { communityView, userView } from "../model/views/views.js";
import { chatResult } from "./chats.js";
import { totpHandlers } from "./totp.js";
import { statusHandlers } from "./user-status.js";

/** How often a data export may be requested (ms). */
export const TAKEOUT_INTERVAL_MS = 24n * 60n * 60n * 1000n;

const EMAIL = /^[^@\s]+@[^@\s]+$/;

/**
 * Turns an uploaded image into a photo; 400 when it is not PNG, JPEG, GIF or WebP (profile images
 * carry no MIME type, so the bytes decide). Unset, or an empty ref (id 0), means "remove".
 */
function photoFrom(ctx: CallContext, ref: UploadedFileRef | undefined): ChatPhoto | undefined {
  if (isEmptyFileRef(ref)) return undefined;
  const file = finalizeUpload(ctx.core, ctx.userId, ref);
  if (!file.mimetype.startsWith("image/")) {
    ctx.core.state.files.delete(file.id);
    throw badRequest("file is not an image (PNG, JPEG, GIF or WebP)");
  }
  // No thumbnails are rendered in memory: the preview stays empty.
  return create(ChatPhotoSchema, { fileId: file.id });
}

/** Tells everyone who sees the caller's profile that it changed. */
function pushProfile(ctx: CallContext): void {
  const state = ctx.core.state;
  const user = userView(state, ctx.userId);
  ctx.core.pushTo(acquaintances(state, ctx.userId), { update: { case: "user", value: { userId: ctx.userId, user } } });
}

type SettingsHandlers = NamespaceHandlers<"settings">;

/** `settings.*`: profile, account, security, notifications and preferences. */
export const settingsHandlers: SettingsHandlers = {
  ...totpHandlers,
  ...statusHandlers,

  settingsEditProfilePhoto(request, ctx) {
    const photo = photoFrom(ctx, request.file);
    const user = ctx.account.user;
    if (!photo && !user.photo) return;
    if (photo) user.photo = photo;
    else delete user.photo;
    pushProfile(ctx);
  },

  settingsEditProfileBanner(request, ctx) {
    // The banner lives in the Profile (users.getProfile), not in User: no update is pushed.
    const banner = photoFrom(ctx, request.file);
    const account = ctx.account;
    if (banner) account.banner = banner;
    else delete account.banner;
  },

  settingsEditProfile(request, ctx) {
    const { core } = ctx;
    const account = ctx.account;
    // Validate every field before changing any: a bad field fails the call with nothing changed.
    const name = request.name !== undefined ? validateName(core, request.name, "name") : undefined;
    const username = request.username?.trim().replace(/^@/, "");
    if (username) validateUsername(core, username, ctx.userId);
    if (request.bio !== undefined && codePoints(request.bio) > core.limits.bioLength) {
      throw badRequest(`bio is longer than ${core.limits.bioLength} characters`);
    }
    if (request.color !== undefined && request.color > 0xffffff) throw badRequest("color must be an RGB value from 0 to 0xFFFFFF");
    const user = account.user;
    if (name !== undefined) user.name = name;
    // An empty username or an icon of 0 removes it.
    if (username !== undefined) {
      if (username) user.username = username;
      else delete user.username;
    }
    if (request.bio !== undefined) account.bio = request.bio;
    if (request.icon !== undefined) {
      if (request.icon !== 0n) user.icon = request.icon;
      else delete user.icon;
    }
    if (request.color !== undefined) user.color = request.color;
    // Bio is part of the Profile, not of User; a bio-only edit still pushes, as a cue to refetch.
    if (name !== undefined || username !== undefined || request.icon !== undefined || request.color !== undefined || request.bio !== undefined) {
      pushProfile(ctx);
    }
  },

  settingsGetAccount(_request, ctx) {
    const account = ctx.account;
    return {
      ...(account.email !== undefined ? { email: account.email } : {}),
      confirmed: account.emailConfirmed,
      hasPassword: account.password !== undefined,
      totpEnabled: account.totp?.enabled === true,
      pendingDelete: account.pendingDelete,
    };
  },

  async settingsChangePassword(request, ctx) {
    const account = ctx.account;
    checkNewPassword(request.newPassword, "new_password");
    // A wrong password from a signed-in session is 403, not 401: the session itself is still good.
    // An account without a password (passwordless sign-up) sets its first one; current_password is ignored.
    if (account.password && !(await verifyPassword(request.currentPassword, account.password))) {
      throw forbidden("current_password is incorrect");
    }
    account.password = await hashPassword(request.newPassword);
    if (request.revokeSessions) {
      revokeSessions(ctx.core, ctx.connection, sessionsOf(ctx.core, ctx.userId).filter((s) => s.id !== ctx.session.id));
    }
  },

  settingsChangeEmail(request, ctx) {
    const email = request.newEmail.trim().toLowerCase();
    if (!EMAIL.test(email)) throw badRequest("new_email is not a valid address");
    const account = ctx.account;
    if (account.email === email) throw badRequest("new_email is already the account's address");
    if (ctx.core.state.accountByEmail(email)) throw conflict("email is already registered");
    // The address changes at once and is unverified until the code sent to it is redeemed (auth.verifyEmail).
    account.email = email;
    account.emailConfirmed = false;
    issueCode(ctx.core, "verify-email", email);
  },

  settingsChangeNotificationPreferences(request, ctx) {
    if (!(request.prefs in NotifPrefs)) throw badRequest(`prefs ${request.prefs} is not a notification level`);
    const account = ctx.account;
    const set = (key: string) => {
      // DEFAULT means "no explicit choice": the entry is dropped rather than stored.
      if (request.prefs === NotifPrefs.DEFAULT) account.notifPrefs.delete(key);
      else account.notifPrefs.set(key, request.prefs);
    };
    switch (request.scope.case) {
      case "chatRef": {
        const target = resolveChat(ctx, request.scope.value);
        set(target.key);
        // Conversation.notif_prefs is per viewer: the caller's sessions get the conversation again.
        ctx.core.pushTo(ownSessions(ctx.userId), (viewer) => ({
          update: { case: "chat", value: { chat: chatResult(ctx.core, target, viewer) } },
        }));
        return;
      }
      case "communityId": {
        const community = requireCommunity(ctx, request.scope.value);
        set(`community:${community.id}`);
        // Community.notif_prefs is per viewer: the caller's other sessions get the new community view.
        ctx.core.pushTo(ownSessions(ctx.userId), (viewer) => ({
          update: { case: "community", value: { communityId: community.id, community: communityView(ctx.core.state, community, viewer) } },
        }));
        return;
      }
      default:
        throw badRequest("scope is required (chat_ref or community_id)");
    }
  },

  settingsRegisterPushSubscription(request, ctx) {
    const sub = request.subscription;
    switch (sub.case) {
      case "web": {
        let url: URL | undefined;
        try {
          url = new URL(sub.value.endpoint);
        } catch {
          url = undefined;
        }
        if (url?.protocol !== "https:") throw badRequest("web.endpoint must be an https URL");
        if (!sub.value.p256dh || !sub.value.auth) throw badRequest("web.p256dh and web.auth are required");
        // One subscription per session (per device); registering again replaces it.
        ctx.session.pushSubscription = { kind: "web", endpointOrToken: url.href };
        return;
      }
      case "push":
        if (sub.value.type === 0) throw badRequest("push.type is required (WEB, IOS or ANDROID_FCM)");
        if (!sub.value.token) throw badRequest("push.token is required");
        ctx.session.pushSubscription = { kind: "push", endpointOrToken: sub.value.token };
        return;
      default:
        throw badRequest("subscription is required (web or push)");
    }
  },

  settingsUnregisterPushSubscription(_request, ctx) {
    if (!ctx.session.pushSubscription) throw notFound("this session has no push subscription");
    delete ctx.session.pushSubscription;
  },

  settingsRequestTakeout(_request, ctx) {
    const account = ctx.account;
    const now = ctx.core.nowMs();
    if (account.takeoutRequestedAt !== undefined && now - account.takeoutRequestedAt < TAKEOUT_INTERVAL_MS) {
      throw rateLimited("a data export was requested less than 24 hours ago");
    }
    // No export is produced in memory; the request is recorded like a real server queues it.
    account.takeoutRequestedAt = now;
  },

  settingsDeleteAccount(request, ctx) {
    const account = ctx.account;
    // Deletion is only flagged (Account.pending_delete): a real server deletes after a grace period.
    if (request.cancel) {
      if (!account.pendingDelete) throw conflict("no account deletion is pending");
      account.pendingDelete = false;
    } else {
      if (account.pendingDelete) throw conflict("account deletion is already pending");
      account.pendingDelete = true;
    }
  },

  settingsEditUserSettings(request, ctx) {
    const account = ctx.account;
    const order = request.settings?.communityOrder;
    if (order) {
      const seen = new Set<bigint>();
      for (const id of order.communityIds) {
        if (seen.has(id)) throw badRequest(`settings.community_order: community ${id} is listed twice`);
        seen.add(id);
        requireCommunity(ctx, id, "settings.community_order");
      }
    }
    // Unset settings change nothing and answer the current ones. Communities left out of the order
    // are listed after it by clients; other sessions read the order on their next fetch (no update exists).
    if (request.settings) account.settings = clone(UserSettingsSchema, request.settings);
    return account.settings;
  },
};
