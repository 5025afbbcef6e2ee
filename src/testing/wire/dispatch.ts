import { create, fromBinary } from "@bufbuild/protobuf";
import { ClientMessageSchema } from "../../../gen/osmium/client/core_pb.js";
import { methodName } from "../../connection/pending-call.js";
import { rpcMethods } from "../../protocol/rpc-descriptors.js";
import type { RequestCase } from "../../protocol/rpc-table.js";
import type { ResultInit, ServerConnection } from "../model/core/connection.js";
import type { ServerCore } from "../model/core/server-core.js";
import { ServerError, ServerErrorCode } from "../model/core/errors.js";
import { CallContext, type Handler, type Handlers } from "../handlers/context.js";

/** Calls served without an authorized session. Everything else answers 401 until `auth.*` succeeds. */
const publicCases = new Set<RequestCase>([
  "coreInitialize",
  "authSignIn",
  "authSignUp",
  "authAuthorize",
  "authResetPassword",
  "authVerifyEmail",
  "authLookupInvite",
  "billingGetProducts",
  "discoveryGetDiscoverableCommunities",
]);

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Serves the frames of one connection, one at a time and in order, so a client sees results and
 * the updates they cause in the order the calls were made.
 */
export class Dispatcher {
  constructor(
    private readonly core: ServerCore,
    /** Complete by type: the compiler proves every request case has its handler. */
    private readonly handlers: Handlers,
  ) {}

  /** Queues one frame of `connection` for serving. */
  receive(connection: ServerConnection, frame: Uint8Array): void {
    // A closed connection is read no more: what arrives while its socket winds down is dropped.
    if (!connection.open) return;
    if (frame.byteLength > this.core.limits.frameBytes) {
      // 1009 = message too big (RFC 6455); the client learns why from the close reason.
      connection.close(1009, `frame of ${frame.byteLength} bytes exceeds the limit of ${this.core.limits.frameBytes}`);
      return;
    }
    connection.queue = connection.queue.then(() => this.serve(connection, frame));
  }

  private async serve(connection: ServerConnection, frame: Uint8Array): Promise<void> {
    if (!connection.open) return;
    let reqId = 0;
    try {
      let message;
      try {
        message = fromBinary(ClientMessageSchema, frame);
      } catch (e) {
        throw new ServerError(ServerErrorCode.BadRequest, `undecodable ClientMessage (${frame.byteLength} bytes): ${(e as Error).message}`);
      }
      reqId = message.id;
      const call = message.message;
      if (call.case === undefined) {
        // A field this server does not know decodes like an empty message: it is a call from a newer
        // client, and answering it as a keepalive would tell that client it worked.
        const unknown = message.$unknown?.[0];
        if (unknown) {
          throw new ServerError(ServerErrorCode.BadRequest, `unknown request case: field ${unknown.no} of ClientMessage is not a call this server knows`);
        }
        // A truly empty ClientMessage is the protocol's keepalive: answer it so clients can detect
        // dead links (docs/protocol.md#keepalive).
        return connection.answer({ reqId });
      }
      if (!connection.client && call.case !== "coreInitialize") {
        throw new ServerError(ServerErrorCode.BadRequest, "core.initialize must be the first call on a connection");
      }
      if (!publicCases.has(call.case) && !connection.session) {
        throw new ServerError(ServerErrorCode.Unauthorized, "not authorized: call auth.authorize (or sign in) first");
      }
      if (this.core.latencyMs > 0) await sleep(this.core.latencyMs);
      const rpc = rpcMethods.get(call.case);
      if (!rpc) throw new ServerError(ServerErrorCode.BadRequest, `unknown request case ${call.case}`);
      const handler = this.handlers[call.case] as Handler<RequestCase>;
      const output = await handler(call.value as never, new CallContext(this.core, connection));
      this.core.log(`${connection.id} ${methodName(rpc)} ok`);
      connection.answer(
        rpc.resultCase
          ? ({ reqId, result: { case: rpc.resultCase, value: create(rpc.method.output, output as never) } } as ResultInit)
          : { reqId },
      );
    } catch (e) {
      const error =
        e instanceof ServerError ? e : new ServerError(ServerErrorCode.Internal, `internal error: ${(e as Error)?.message ?? String(e)}`);
      this.core.log(`${connection.id} req ${reqId} error ${error.code} ${error.message}`);
      connection.answer({ reqId, result: { case: "error", value: { errorCode: error.code, errorMessage: error.message } } });
    }
  }
}
