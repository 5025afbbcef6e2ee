import { badRequest } from "../core/errors.js";

/** Shortest password the server accepts (the same rule as sign-up). */
export const MIN_PASSWORD_LENGTH = 8;

/** 400 unless `password` is acceptable as a new password; `argument` names the field in the message. */
export function checkNewPassword(password: string, argument: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) throw badRequest(`${argument} must be at least ${MIN_PASSWORD_LENGTH} characters`);
}
