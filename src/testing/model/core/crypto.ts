// WebCrypto only (no node:crypto), so the server's core runs in browsers too.

const subtle = (): SubtleCrypto => globalThis.crypto.subtle;

// WebCrypto wants bytes backed by a plain ArrayBuffer; copy anything else.
const own = (bytes: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(bytes);

/** Random bytes from the platform's CSPRNG. */
export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(new ArrayBuffer(length));
  globalThis.crypto.getRandomValues(bytes);
  return bytes;
}

const hex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");

/** An unguessable token (256 bits, hex). */
export const randomToken = (): string => hex(randomBytes(32));

/** A human-typeable numeric code, e.g. for email verification. */
export function randomDigits(count: number): string {
  return Array.from(randomBytes(count), (b) => String(b % 10)).join("");
}

/** PBKDF2-SHA256 with a per-password salt; cheap enough for tests, real enough to never store plain text. */
export async function hashPassword(
  password: string,
  salt: Uint8Array = randomBytes(16),
): Promise<{ salt: Uint8Array; hash: Uint8Array }> {
  const key = await subtle().importKey("raw", new TextEncoder().encode(password), "PBKDF2", false, ["deriveBits"]);
  const bits = await subtle().deriveBits({ name: "PBKDF2", hash: "SHA-256", salt: own(salt), iterations: 10_000 }, key, 256);
  return { salt, hash: new Uint8Array(bits) };
}

/** Compares a password with a stored hash in constant time. */
export async function verifyPassword(password: string, stored: { salt: Uint8Array; hash: Uint8Array }): Promise<boolean> {
  const { hash } = await hashPassword(password, stored.salt);
  let diff = hash.length ^ stored.hash.length;
  for (let i = 0; i < hash.length; i++) diff |= (hash[i] ?? 0) ^ (stored.hash[i] ?? 0);
  return diff === 0;
}

const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** RFC 4648 base32 without padding, as authenticator apps expect in otpauth URLs. */
export function base32(bytes: Uint8Array): string {
  let out = "";
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

/** RFC 6238 TOTP: HMAC-SHA1, 30-second steps, 6 digits. */
export async function totpCode(secret: Uint8Array, timeMs: number, stepOffset = 0): Promise<string> {
  const counter = Math.floor(timeMs / 30_000) + stepOffset;
  const message = new Uint8Array(8);
  new DataView(message.buffer).setBigUint64(0, BigInt(counter));
  const key = await subtle().importKey("raw", own(secret), { name: "HMAC", hash: "SHA-1" }, false, ["sign"]);
  const mac = new Uint8Array(await subtle().sign("HMAC", key, message));
  const offset = (mac[mac.length - 1] ?? 0) & 0x0f;
  const binary =
    (((mac[offset] ?? 0) & 0x7f) << 24) | ((mac[offset + 1] ?? 0) << 16) | ((mac[offset + 2] ?? 0) << 8) | (mac[offset + 3] ?? 0);
  return String(binary % 1_000_000).padStart(6, "0");
}

/** Accepts the current code and one step either side, for clock skew. */
export async function verifyTotp(secret: Uint8Array, code: string, timeMs: number): Promise<boolean> {
  for (const step of [0, -1, 1]) if ((await totpCode(secret, timeMs, step)) === code) return true;
  return false;
}
