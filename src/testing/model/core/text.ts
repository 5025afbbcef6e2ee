import { badRequest } from "./errors.js";
import type { ServerLimits } from "./options.js";

// The text rules every namespace shares: lengths in code points, names, usernames and URLs.

/** Length of a string in Unicode code points, the protocol's unit for text and entity offsets. */
export function codePoints(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** 400 when `text` is longer than `max` code points. */
export function checkLength(text: string, max: number, argument: string): void {
  if (codePoints(text) > max) throw badRequest(`${argument} is longer than ${max} characters`);
}

/** A name (user, community, channel, role, group) trimmed; 400 when empty or over the name limit. */
export function validateName(limits: ServerLimits, name: string, argument: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw badRequest(`${argument} must not be empty`);
  checkLength(trimmed, limits.nameLength, argument);
  return trimmed;
}

/** 400 unless `username` has the format users and communities share (each has its own namespace). */
export function checkUsernameFormat(username: string): void {
  if (!/^[a-zA-Z0-9_.]{2,32}$/.test(username)) throw badRequest("username must be 2-32 letters, digits, '_' or '.'");
}

/** `url` parsed, or `undefined` when it is not a URL (`URL.canParse` needs Node 19.9; the package supports Node 18). */
export function tryUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** Whether `url` is an http or https URL. */
export const isWebUrl = (url: URL | undefined): url is URL => url?.protocol === "http:" || url?.protocol === "https:";

/** 400 unless `url` is an absolute http(s) URL. */
export function parseWebUrl(url: string, argument: string): URL {
  const parsed = tryUrl(url);
  if (!parsed) throw badRequest(`${argument} is not a valid URL`);
  if (!isWebUrl(parsed)) throw badRequest(`${argument} must be an http or https URL`);
  return parsed;
}
