import type { MessageInitShape } from "@bufbuild/protobuf";
import type { TotpSchema } from "../../../../gen/osmium/client/settings_pb.js";
import type { ServerConnection } from "../core/connection.js";
import { base32, randomBytes, randomDigits, verifyTotp } from "../core/crypto.js";
import { badRequest, conflict, forbidden } from "../core/errors.js";
import type { ServerCore } from "../core/server-core.js";
import type { AccountRecord } from "../state/server-state.js";
import { attempt, attemptKeys } from "./throttle.js";

// Two-factor authentication with RFC 6238 codes (HMAC-SHA1, 30 s, 6 digits; core/crypto.ts):
//   setupTotp{enabled: true}             → a new secret: otpauth:// URL + backup codes, not yet on
//   setupTotp{enabled: true, code}       → turns it on when the code matches that secret
//   setupTotp{enabled: false, code}      → turns it off; the code may be a TOTP or an unused backup code
// auth.signIn then needs `totp` (a code or a backup code, which is used up).

/** Issuer shown by authenticator apps. */
export const TOTP_ISSUER = "Osmium";
const BACKUP_CODE_COUNT = 10;

type Totp = NonNullable<AccountRecord["totp"]>;

/** The otpauth:// URL an authenticator app scans (Key Uri Format). */
function otpauthUrl(account: AccountRecord, secret: Uint8Array): string {
  const label = account.email ?? account.user.username ?? account.user.id.toString();
  const params = `secret=${base32(secret)}&issuer=${TOTP_ISSUER}&algorithm=SHA1&digits=6&period=30`;
  return `otpauth://totp/${TOTP_ISSUER}:${encodeURIComponent(label)}?${params}`;
}

/**
 * Whether `code` is the current TOTP or an unused backup code (which it then uses up). Codes are
 * trimmed: they are often pasted with a stray space or newline.
 */
export async function acceptsTotp(core: ServerCore, totp: Totp, code: string): Promise<boolean> {
  const trimmed = code.trim();
  const backup = totp.backupCodes.find((c) => !c.used && c.code === trimmed);
  if (backup) {
    backup.used = true;
    return true;
  }
  return verifyTotp(totp.secret, trimmed, core.now());
}

/**
 * settings.setupTotp: the flow above. 400/403/409 as each step says. Each code check is charged to
 * the account and the connection (model/accounts/throttle.ts): a stolen session must not be a way
 * to guess the codes that turn two-factor authentication off.
 */
export async function setupTotp(
  core: ServerCore,
  connection: ServerConnection,
  account: AccountRecord,
  enabled: boolean,
  code: string | undefined,
): Promise<MessageInitShape<typeof TotpSchema>> {
  const totp = account.totp;
  if (enabled) {
    if (totp?.enabled) throw conflict("two-factor authentication is already enabled");
    if (code === undefined) {
      // Each call without a code starts over with a new secret (e.g. the user lost the QR code).
      const secret = randomBytes(20);
      const backupCodes = Array.from({ length: BACKUP_CODE_COUNT }, () => ({ code: randomDigits(8), used: false }));
      account.totp = { secret, enabled: false, backupCodes };
      return { enabled: false, url: otpauthUrl(account, secret), backupCodes };
    }
    if (!totp) throw badRequest("no setup in progress: call settings.setupTotp without a code first");
    // Backup codes do not confirm a setup: only the authenticator app proves it has the secret.
    const guess = attempt(core, connection, attemptKeys.account(account.user.id), () => verifyTotp(totp.secret, code.trim(), core.now()));
    if (!(await guess)) throw forbidden("code is incorrect");
    totp.enabled = true;
    return { enabled: true, backupCodes: totp.backupCodes };
  }
  if (!totp?.enabled) {
    // Turning off something that is off is a no-op that also abandons a setup in progress.
    delete account.totp;
    return { enabled: false, backupCodes: [] };
  }
  if (code === undefined) throw badRequest("code is required to turn off two-factor authentication");
  if (!(await attempt(core, connection, attemptKeys.account(account.user.id), () => acceptsTotp(core, totp, code)))) throw forbidden("code is incorrect");
  delete account.totp;
  return { enabled: false, backupCodes: [] };
}
