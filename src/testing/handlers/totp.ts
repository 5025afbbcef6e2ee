import { base32, randomBytes, randomDigits, verifyTotp } from "../model/core/crypto.js";
import { badRequest, conflict, forbidden } from "../model/core/errors.js";
import type { CallContext, NamespaceHandlers } from "./context.js";
import type { AccountRecord } from "../model/state/server-state.js";

// Two-factor authentication with RFC 6238 codes (HMAC-SHA1, 30 s, 6 digits; crypto.ts):
//   setupTotp{enabled: true}             → a new secret: otpauth:// URL + backup codes, not yet on
//   setupTotp{enabled: true, code}       → turns it on when the code matches that secret
//   setupTotp{enabled: false, code}      → turns it off; the code may be a TOTP or an unused backup code
// auth.signIn then needs `totp` (a code or a backup code, which is used up).

/** Issuer shown by authenticator apps. */
export const TOTP_ISSUER = "Osmium";
const BACKUP_CODE_COUNT = 10;

/** The otpauth:// URL an authenticator app scans (Key Uri Format). */
function otpauthUrl(account: AccountRecord, secret: Uint8Array): string {
  const label = account.email ?? account.user.username ?? account.user.id.toString();
  const params = `secret=${base32(secret)}&issuer=${TOTP_ISSUER}&algorithm=SHA1&digits=6&period=30`;
  return `otpauth://totp/${TOTP_ISSUER}:${encodeURIComponent(label)}?${params}`;
}

/** Whether `code` is the current TOTP or an unused backup code (which it then uses up). */
async function acceptsCode(ctx: CallContext, totp: NonNullable<AccountRecord["totp"]>, code: string): Promise<boolean> {
  const backup = totp.backupCodes.find((c) => !c.used && c.code === code.trim());
  if (backup) {
    backup.used = true;
    return true;
  }
  return verifyTotp(totp.secret, code.trim(), ctx.core.now());
}

/** `settings.setupTotp`. */
export const totpHandlers: Pick<NamespaceHandlers<"settings">, "settingsSetupTotp"> = {
  async settingsSetupTotp(request, ctx) {
    const account = ctx.account;
    const totp = account.totp;
    if (request.enabled) {
      if (totp?.enabled) throw conflict("two-factor authentication is already enabled");
      if (request.code === undefined) {
        // Each call without a code starts over with a new secret (e.g. the user lost the QR code).
        const secret = randomBytes(20);
        const backupCodes = Array.from({ length: BACKUP_CODE_COUNT }, () => ({ code: randomDigits(8), used: false }));
        account.totp = { secret, enabled: false, backupCodes };
        return { enabled: false, url: otpauthUrl(account, secret), backupCodes };
      }
      if (!totp) throw badRequest("no setup in progress: call settings.setupTotp without a code first");
      // Backup codes do not confirm a setup: only the authenticator app proves it has the secret.
      if (!(await verifyTotp(totp.secret, request.code.trim(), ctx.core.now()))) throw forbidden("code is incorrect");
      totp.enabled = true;
      return { enabled: true, backupCodes: totp.backupCodes };
    }
    if (!totp?.enabled) {
      // Turning off something that is off is a no-op that also abandons a setup in progress.
      delete account.totp;
      return { enabled: false, backupCodes: [] };
    }
    if (request.code === undefined) throw badRequest("code is required to turn off two-factor authentication");
    if (!(await acceptsCode(ctx, totp, request.code))) throw forbidden("code is incorrect");
    delete account.totp;
    return { enabled: false, backupCodes: [] };
  },
};
