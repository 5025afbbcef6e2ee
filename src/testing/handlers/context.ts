import type { RequestOf, ResultInitOf } from "../../protocol/method-types.js";
import type { RequestCase } from "../../protocol/rpc-table.js";
import type { NamespaceName } from "../../protocol/services.js";
import type { Caller } from "../model/core/caller.js";
import type { ServerConnection } from "../model/core/connection.js";
import { unauthorized } from "../model/core/errors.js";
import type { ServerCore } from "../model/core/server-core.js";
import type { AccountRecord, SessionRecord } from "../model/state/server-state.js";

/** What a handler knows about the call it serves; it is the model's {@link Caller}. */
export class CallContext implements Caller {
  constructor(
    readonly core: ServerCore,
    readonly connection: ServerConnection,
  ) {}

  /** The caller's session; 401 when the connection is not authorized. */
  get session(): SessionRecord {
    const session = this.connection.session;
    if (!session) throw unauthorized("this call needs an authorized session: call auth.authorize first");
    return session;
  }

  /** The caller's user id; 401 when the connection is not authorized. */
  get userId(): bigint {
    return this.session.userId;
  }

  /** The caller's account; 401 when the connection is not authorized. */
  get account(): AccountRecord {
    const account = this.core.state.accounts.get(this.userId);
    if (!account) throw unauthorized("the session's account no longer exists");
    return account;
  }
}

/** Serves one RPC: gets the decoded request, returns the result (or nothing), throws `ServerError`. */
export type Handler<C extends RequestCase> = (
  request: RequestOf<C>,
  ctx: CallContext,
) => ResultInitOf<C> | Promise<ResultInitOf<C>>;

/** A handler for every request case: the compiler proves none of the 95 is missing. */
export type Handlers = { [C in RequestCase]: Handler<C> };

/** The handlers of one namespace: `NamespaceHandlers<"messages">` has `messagesSendMessage`, ... */
export type NamespaceHandlers<N extends NamespaceName> = {
  [C in RequestCase as C extends `${N}${Capitalize<string>}` ? C : never]: Handler<C>;
};
