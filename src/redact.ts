// Secrets never reach interceptors or the debug log: a token in a log line outlives the session
// it opens, so no log, error or debug output may carry one. What they see is a copy with every secret
// string replaced, found by field name (token, password, secret, totp, Web Push `auth`) and by message
// type (TOTP setup, verification codes). It reads a message as it is: each message object names its
// type (`$typeName`), so no descriptor is needed.
import { type Message, isMessage } from "@bufbuild/protobuf";

/** What a secret string is replaced with. */
export const REDACTED = "[redacted]";

// `auth` alone is the Web Push subscription's auth secret (RegisterPushSubscription.WebPush.auth).
const secretField = /token|password|secret|totp|^auth$/i;
// Messages whose every string field is a secret (an otpauth URL, backup codes, e-mailed codes).
const secretMessages = new Set([
  "osmium.client.settings.Totp",
  "osmium.client.settings.BackupCode",
  "osmium.client.settings.SetupTotp",
  "osmium.client.auth.VerifyEmail",
  "osmium.client.auth.ResetPassword.ResetPasswordConfirm",
]);

// A string field's value, redacted when the field is a secret; `undefined` when it stays.
function secret(value: unknown, name: string, allSecret: boolean): string | undefined {
  return typeof value === "string" && value !== "" && (allSecret || secretField.test(name)) ? REDACTED : undefined;
}

// A list's items, each a nested message or object scrubbed in turn (a list of strings is no secret
// field); the list itself when nothing in it changed.
function scrubList(list: readonly unknown[]): readonly unknown[] {
  let copy: unknown[] | undefined;
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    const scrubbed = scrubValue(item);
    if (scrubbed !== item) (copy ??= list.slice())[i] = scrubbed;
  }
  return copy ?? list;
}

// A nested value that is not a string: a message (its type says whether all its strings are
// secrets), a list, or a plain object (a message built by hand, without `$typeName`: by field names).
function scrubValue(value: unknown): unknown {
  if (Array.isArray(value)) return scrubList(value);
  if (typeof value !== "object" || value === null || value instanceof Uint8Array) return value;
  return scrubFields(value as Record<string, unknown>, isMessage(value) && secretMessages.has(value.$typeName));
}

// The object with its secrets replaced, copied only along the way to one: the object itself when it holds none.
function scrubFields(object: Record<string, unknown>, allSecret: boolean): Record<string, unknown> {
  let copy: Record<string, unknown> | undefined;
  const set = (key: string, value: unknown): void => {
    (copy ??= { ...object })[key] = value;
  };
  for (const [key, value] of Object.entries(object)) {
    if (key === "$typeName" || key === "$unknown") continue;
    const redacted = secret(value, key, allSecret);
    if (redacted !== undefined) {
      set(key, redacted);
    } else if (typeof value === "object" && value !== null && !Array.isArray(value) && !isMessage(value) && "case" in value) {
      // A oneof: `{ case, value }`, its value named by the case.
      const selected = value as { case: unknown; value?: unknown };
      if (typeof selected.case !== "string") continue;
      const inner = selected.value;
      const replaced = secret(inner, selected.case, allSecret) ?? scrubValue(inner);
      if (replaced !== inner) set(key, { ...selected, value: replaced });
    } else {
      const scrubbed = scrubValue(value);
      if (scrubbed !== value) set(key, scrubbed);
    }
  }
  return copy ?? object;
}

/** Returns `message` itself when it holds no secret, else a copy with every secret string redacted. */
export function redact<T extends Message>(message: T): T {
  return scrubFields(message as unknown as Record<string, unknown>, secretMessages.has(message.$typeName)) as unknown as T;
}
