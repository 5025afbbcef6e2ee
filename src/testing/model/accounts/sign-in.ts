import type { SignIn, SignUp } from "../../../../gen/osmium/client/auth_pb.js";
import type { ServerConnection } from "../core/connection.js";
import { verifyPassword } from "../core/crypto.js";
import { badRequest, unauthorized } from "../core/errors.js";
import type { ServerCore } from "../core/server-core.js";
import type { AccountRecord } from "../state/server-state.js";
import { createAccount } from "./accounts.js";
import { issueCode } from "./codes.js";
import { attemptKeys, chargeAttempt } from "./throttle.js";
import { acceptsTotp } from "./totp.js";

// Signing up and signing in: which account a connection's new session will belong to.

/** auth.signUp: a new account, with a verification code sent when it has an email address. */
export async function signUp(core: ServerCore, request: SignUp): Promise<AccountRecord> {
  if ((request.email === undefined) !== (request.password === undefined)) {
    throw badRequest("email and password go together: give both, or neither for a passwordless account");
  }
  const account = await createAccount(core, {
    name: request.name,
    ...(request.email !== undefined ? { email: request.email } : {}),
    ...(request.password !== undefined ? { password: request.password } : {}),
  });
  if (account.email) issueCode(core, "verify-email", account.email);
  return account;
}

/**
 * auth.signIn: the account whose credentials these are (and TOTP, when it has two-factor
 * authentication on); 401 otherwise. A wrong password or TOTP code counts against the address and
 * the connection (429 once either budget is spent; model/accounts/throttle.ts).
 */
export async function checkCredentials(core: ServerCore, connection: ServerConnection, request: SignIn): Promise<AccountRecord> {
  const charged = chargeAttempt(core, connection, attemptKeys.signIn(request.email));
  const account = core.state.accountByEmail(request.email);
  // One message for unknown email and wrong password: do not reveal which accounts exist.
  const denied = () => unauthorized("email or password is incorrect");
  if (!account?.password) throw denied();
  if (!(await verifyPassword(request.password, account.password))) throw denied();
  if (account.totp?.enabled) {
    if (request.totp === undefined) {
      // The right password without a code is a step of signing in, not a failure.
      charged.refund();
      throw unauthorized("this account needs a TOTP code (totp)");
    }
    if (!(await acceptsTotp(core, account.totp, request.totp))) throw unauthorized("totp code is incorrect");
  }
  charged.refund();
  return account;
}
