import { create } from "@bufbuild/protobuf";
import { UserSettingsSchema } from "../../../../gen/osmium/client/settings_pb.js";
import { UserSchema } from "../../../../gen/osmium/client/types_pb.js";
import { hashPassword } from "../core/crypto.js";
import { badRequest, conflict } from "../core/errors.js";
import type { ServerCore } from "../core/server-core.js";
import { checkUsernameFormat, validateName } from "../core/text.js";
import type { AccountRecord } from "../state/server-state.js";
import { checkNewPassword } from "./passwords.js";

/** What an account is created from (sign-up, or the test API). */
export interface NewAccount {
  name: string;
  email?: string;
  password?: string;
  username?: string;
  bot?: boolean;
}

/** `email` normalized (trimmed, lower case); 400 unless it looks like an address. */
export function checkEmail(email: string, argument: string): string {
  const normalized = email.trim().toLowerCase();
  if (!/^[^@\s]+@[^@\s]+$/.test(normalized)) throw badRequest(`${argument} is not a valid address`);
  return normalized;
}

/** Creates an account, enforcing the same rules for sign-up and the test API. */
export async function createAccount(core: ServerCore, init: NewAccount): Promise<AccountRecord> {
  const name = validateName(core.limits, init.name, "name");
  const email = init.email !== undefined ? checkEmail(init.email, "email") : undefined;
  if (email && core.state.accountByEmail(email)) throw conflict("email is already registered");
  if (init.password !== undefined) checkNewPassword(init.password, "password");
  if (init.username !== undefined) validateUsername(core, init.username);
  const id = core.nextId();
  const account: AccountRecord = {
    user: create(UserSchema, { id, name, bot: init.bot ?? false, ...(init.username ? { username: init.username } : {}) }),
    ...(email ? { email } : {}),
    emailConfirmed: false,
    ...(init.password !== undefined ? { password: await hashPassword(init.password) } : {}),
    bio: "",
    pendingDelete: false,
    settings: create(UserSettingsSchema, {}),
    notifPrefs: new Map(),
    relationships: new Map(),
    savedStickerPacks: [],
  };
  core.state.accounts.set(id, account);
  return account;
}

/** 400 for a malformed username, 409 for one another user has. */
export function validateUsername(core: ServerCore, username: string, self?: bigint): void {
  checkUsernameFormat(username);
  const owner = core.state.accountByUsername(username);
  if (owner && owner.user.id !== self) throw conflict(`username ${username} is taken`);
}
