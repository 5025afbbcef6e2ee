// Secrets never reach interceptors or the debug log: a token in a log line outlives the session
// it opens, so no log, error or debug output may carry one. What they see is a copy with every secret string replaced, found by
// field name (token, password, secret, totp, Web Push `auth`) and by message type (TOTP setup, verification codes).
import { type DescField, type DescMessage, type Message, ScalarType, clone } from "@bufbuild/protobuf";

/** What a secret string is replaced with. */
export const REDACTED = "[redacted]";

// `auth` alone is the Web Push subscription's auth secret (RegisterPushSubscription.WebPush.auth).
const secretField = /token|password|secret|totp|^auth$/i;
// Messages whose every string is a secret (an otpauth URL, backup codes, e-mailed codes).
const secretMessages = new Set([
  "osmium.client.settings.Totp",
  "osmium.client.settings.BackupCode",
  "osmium.client.settings.SetupTotp",
  "osmium.client.auth.VerifyEmail",
  "osmium.client.auth.ResetPassword.ResetPasswordConfirm",
]);

const memo = new Map<string, boolean>();

function isSecret(schema: DescMessage, field: DescField): boolean {
  return field.fieldKind === "scalar" && field.scalar === ScalarType.STRING && (secretMessages.has(schema.typeName) || secretField.test(field.name));
}

/** True when a message of this type can hold a secret, directly or in a nested message. */
export function holdsSecrets(schema: DescMessage): boolean {
  const known = memo.get(schema.typeName);
  if (known !== undefined) return known;
  memo.set(schema.typeName, false); // recursion guard for self-referencing types
  const result = schema.fields.some((field) => isSecret(schema, field) || (field.message !== undefined && holdsSecrets(field.message)));
  memo.set(schema.typeName, result);
  return result;
}

/** Returns `message` itself when it cannot hold secrets, else a copy with every secret string redacted. */
export function redact<T extends Message>(schema: DescMessage, message: T): T {
  if (!holdsSecrets(schema)) return message;
  const copy = clone(schema, message) as T;
  scrub(schema, copy as unknown as Record<string, unknown>);
  return copy;
}

function scrub(schema: DescMessage, message: Record<string, unknown>): void {
  for (const field of schema.fields) {
    let holder = message;
    let key = field.localName;
    if (field.oneof) {
      const oneof = message[field.oneof.localName] as Record<string, unknown>;
      if (oneof.case !== field.localName) continue;
      holder = oneof;
      key = "value";
    }
    const value = holder[key];
    if (isSecret(schema, field)) {
      if (typeof value === "string" && value !== "") holder[key] = REDACTED;
    } else if (field.message && holdsSecrets(field.message) && value !== undefined) {
      const nested = field.fieldKind === "map" ? Object.values(value as object) : field.fieldKind === "list" ? (value as unknown[]) : [value];
      for (const item of nested) scrub(field.message, item as Record<string, unknown>);
    }
  }
}
