// The envelope's case names, as protobuf-es spells them: types only, so any layer may name them.
import type { ClientMessage, RPCResult } from "../../gen/osmium/client/core_pb.js";

/** A `ClientMessage.message` case name, as protobuf-es spells it: `"messagesSendMessage"`. */
export type RequestCase = NonNullable<ClientMessage["message"]["case"]>;

/** An `RPCResult.result` case name: `"sentMessage"`, `"error"`, ... */
export type ResultCase = NonNullable<RPCResult["result"]["case"]>;
