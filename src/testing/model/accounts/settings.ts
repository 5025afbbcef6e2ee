import { clone } from "@bufbuild/protobuf";
import type { ChangeNotificationPreferences, RegisterPushSubscription, UserSettings } from "../../../../gen/osmium/client/settings_pb.js";
import { UserSettingsSchema } from "../../../../gen/osmium/client/settings_pb.js";
import { NotifPrefs } from "../../../../gen/osmium/client/types_pb.js";
import { resolveChat } from "../access/chat-target.js";
import { requireCommunity } from "../access/visibility.js";
import { ownSessions } from "../audiences/audiences.js";
import type { Caller } from "../core/caller.js";
import { badRequest, conflict, notFound, rateLimited } from "../core/errors.js";
import type { ServerCore } from "../core/server-core.js";
import { tryUrl } from "../core/text.js";
import type { AccountRecord, SessionRecord } from "../state/server-state.js";
import { communityView } from "../views/communities.js";
import { chatResult } from "../views/conversations.js";

// What settings.* changes besides the profile, the password, the email and TOTP: notification
// levels, push subscriptions, user settings, and data export and deletion requests.

/** How often a data export may be requested (ms). */
export const TAKEOUT_INTERVAL_MS = 24n * 60n * 60n * 1000n;

/**
 * settings.changeNotificationPreferences: the caller's level for one chat or community. DEFAULT
 * means "no explicit choice": the entry is dropped rather than stored. `notif_prefs` is per viewer,
 * so the caller's sessions get the chat or community again.
 */
export function setNotificationLevel(caller: Caller, account: AccountRecord, request: ChangeNotificationPreferences): void {
  const { core, userId } = caller;
  if (!(request.prefs in NotifPrefs)) throw badRequest(`prefs ${request.prefs} is not a notification level`);
  const set = (key: string) => {
    if (request.prefs === NotifPrefs.DEFAULT) account.notifPrefs.delete(key);
    else account.notifPrefs.set(key, request.prefs);
  };
  switch (request.scope.case) {
    case "chatRef": {
      const target = resolveChat(caller, request.scope.value);
      set(target.key);
      core.pushTo(ownSessions(userId), (viewer) => ({ update: { case: "chat", value: { chat: chatResult(core.state, target, viewer) } } }));
      return;
    }
    case "communityId": {
      const community = requireCommunity(caller, request.scope.value);
      set(`community:${community.id}`);
      core.pushTo(ownSessions(userId), (viewer) => ({
        update: { case: "community", value: { communityId: community.id, community: communityView(core.state, community, viewer) } },
      }));
      return;
    }
    default:
      throw badRequest("scope is required (chat_ref or community_id)");
  }
}

/** settings.registerPushSubscription: one subscription per session (per device); registering again replaces it. */
export function registerPushSubscription(session: SessionRecord, subscription: RegisterPushSubscription["subscription"]): void {
  switch (subscription.case) {
    case "web": {
      const url = tryUrl(subscription.value.endpoint);
      if (url?.protocol !== "https:") throw badRequest("web.endpoint must be an https URL");
      if (!subscription.value.p256dh || !subscription.value.auth) throw badRequest("web.p256dh and web.auth are required");
      session.pushSubscription = { kind: "web", endpointOrToken: url.href };
      return;
    }
    case "push":
      if (subscription.value.type === 0) throw badRequest("push.type is required (WEB, IOS or ANDROID_FCM)");
      if (!subscription.value.token) throw badRequest("push.token is required");
      session.pushSubscription = { kind: "push", endpointOrToken: subscription.value.token };
      return;
    default:
      throw badRequest("subscription is required (web or push)");
  }
}

/** settings.unregisterPushSubscription: 404 when the session has none. */
export function unregisterPushSubscription(session: SessionRecord): void {
  if (!session.pushSubscription) throw notFound("this session has no push subscription");
  delete session.pushSubscription;
}

/**
 * settings.editUserSettings: unset settings change nothing and answer the current ones. The
 * community order may list only the caller's communities, each once. Communities left out of the
 * order are listed after it by clients; other sessions read the order on their next fetch (no
 * update exists).
 */
export function editUserSettings(caller: Caller, account: AccountRecord, settings: UserSettings | undefined): UserSettings {
  const order = settings?.communityOrder;
  if (order) {
    const seen = new Set<bigint>();
    for (const id of order.communityIds) {
      if (seen.has(id)) throw badRequest(`settings.community_order: community ${id} is listed twice`);
      seen.add(id);
      requireCommunity(caller, id, "settings.community_order");
    }
  }
  if (settings) account.settings = clone(UserSettingsSchema, settings);
  return account.settings;
}

/** settings.requestTakeout: at most once a day. No export is produced in memory; the request is recorded like a real server queues it. */
export function requestTakeout(core: ServerCore, account: AccountRecord): void {
  const now = core.nowMs();
  if (account.takeoutRequestedAt !== undefined && now - account.takeoutRequestedAt < TAKEOUT_INTERVAL_MS) {
    throw rateLimited("a data export was requested less than 24 hours ago");
  }
  account.takeoutRequestedAt = now;
}

/** settings.deleteAccount: deletion is only flagged (Account.pending_delete), as a real server deletes after a grace period; `cancel` unflags it. */
export function requestDeletion(account: AccountRecord, cancel: boolean): void {
  if (cancel) {
    if (!account.pendingDelete) throw conflict("no account deletion is pending");
    account.pendingDelete = false;
  } else {
    if (account.pendingDelete) throw conflict("account deletion is already pending");
    account.pendingDelete = true;
  }
}
