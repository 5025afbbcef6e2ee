import { changeEmail } from "../model/accounts/email.js";
import { changePassword } from "../model/accounts/passwords.js";
import { changeStatus } from "../model/accounts/presence.js";
import { editProfile, setProfileBanner, setProfilePhoto } from "../model/accounts/profile.js";
import {
  editUserSettings,
  registerPushSubscription,
  requestDeletion,
  requestTakeout,
  setNotificationLevel,
  unregisterPushSubscription,
} from "../model/accounts/settings.js";
import { setupTotp } from "../model/accounts/totp.js";
import type { NamespaceHandlers } from "./context.js";

/** `settings.*`: profile, account, security, notifications and preferences. */
export const settingsHandlers: NamespaceHandlers<"settings"> = {
  settingsEditProfilePhoto(request, ctx) {
    setProfilePhoto(ctx.core, ctx.account, request.file);
  },

  settingsEditProfileBanner(request, ctx) {
    setProfileBanner(ctx.core, ctx.account, request.file);
  },

  settingsEditProfile(request, ctx) {
    editProfile(ctx.core, ctx.account, request);
  },

  settingsChangeStatus(request, ctx) {
    changeStatus(ctx.core, ctx.account, request);
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
    await changePassword(ctx.core, ctx.connection, ctx.account, ctx.session, request);
  },

  settingsChangeEmail(request, ctx) {
    changeEmail(ctx.core, ctx.account, request.newEmail);
  },

  settingsSetupTotp(request, ctx) {
    return setupTotp(ctx.core, ctx.connection, ctx.account, request.enabled, request.code);
  },

  settingsChangeNotificationPreferences(request, ctx) {
    setNotificationLevel(ctx, ctx.account, request);
  },

  settingsRegisterPushSubscription(request, ctx) {
    registerPushSubscription(ctx.session, request.subscription);
  },

  settingsUnregisterPushSubscription(_request, ctx) {
    unregisterPushSubscription(ctx.session);
  },

  settingsRequestTakeout(_request, ctx) {
    requestTakeout(ctx.core, ctx.account);
  },

  settingsDeleteAccount(request, ctx) {
    requestDeletion(ctx.account, request.cancel === true);
  },

  settingsEditUserSettings(request, ctx) {
    return editUserSettings(ctx, ctx.account, request.settings);
  },
};
