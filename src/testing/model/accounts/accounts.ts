import { create } from "@bufbuild/protobuf";
import { UserSettingsSchema } from "../../../../gen/osmium/client/settings_pb.js";
import { UserSchema } from "../../../../gen/osmium/client/types_pb.js";
import type { ServerCore } from "../core/server-core.js";
import { hashPassword, randomToken } from "../core/crypto.js";
import { badRequest, conflict } from "../core/errors.js";
import type { AccountRecord, SessionRecord } from "../state/server-state.js";
import { codePoints } from "../core/text.js";
import { leaveRooms } from "../voice/rooms.js";

/** What an account is created from (sign-up, or the test API). */
export interface NewAccount {
  name: string;
  email?: string;
  password?: string;
  username?: string;
  bot?: boolean;
}

/** Creates an account, enforcing the same rules for sign-up and the test API. */
export async function createAccount(core: ServerCore, init: NewAccount): Promise<AccountRecord> {
  const name = init.name.trim();
  if (!name) throw badRequest("name must not be empty");
  if (codePoints(name) > core.limits.nameLength) throw badRequest(`name is longer than ${core.limits.nameLength} characters`);
  const email = init.email?.trim().toLowerCase();
  if (email !== undefined && !/^[^@\s]+@[^@\s]+$/.test(email)) throw badRequest("email is not a valid address");
  if (email && core.state.accountByEmail(email)) throw conflict("email is already registered");
  if (init.password !== undefined && init.password.length < 8) throw badRequest("password must be at least 8 characters");
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

/** 400 for a malformed username, 409 for a taken one. */
export function validateUsername(core: ServerCore, username: string, self?: bigint): void {
  if (!/^[a-zA-Z0-9_.]{2,32}$/.test(username)) throw badRequest("username must be 2-32 letters, digits, '_' or '.'");
  const owner = core.state.accountByUsername(username);
  if (owner && owner.user.id !== self) throw conflict(`username ${username} is taken`);
}

/** Opens a session (a token) for an account. */
export function createSession(
  core: ServerCore,
  userId: bigint,
  client: { clientId: number; deviceType: string; deviceVersion: string; appVersion: string } = {
    clientId: 0,
    deviceType: "",
    deviceVersion: "",
    appVersion: "",
  },
): SessionRecord {
  const session: SessionRecord = { id: core.nextId(), userId, token: randomToken(), ...client, lastActive: core.nowMs() };
  core.state.sessions.set(session.id, session);
  core.state.sessionsByToken.set(session.token, session);
  return session;
}

/**
 * Ends a session: its token stops working, its connections lose their authorization and close,
 * and it leaves every voice room (the room's chat audience gets `roomState`; its own closed
 * connections get nothing).
 */
export function endSession(core: ServerCore, session: SessionRecord): void {
  core.state.sessions.delete(session.id);
  core.state.sessionsByToken.delete(session.token);
  for (const c of core.connections) {
    if (c.session?.id === session.id) {
      c.session = undefined;
      // 4001: the application-level "session revoked" close, so the client stops reconnecting with this token.
      c.close(4001, "session revoked");
    }
  }
  // Done here, not when the connections finish closing: by then they no longer name the session.
  const sessionId = String(session.id);
  leaveRooms(core, (id) => id === sessionId);
}
