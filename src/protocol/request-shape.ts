// What the client knows of a request type without protobuf-es's descriptors: each field's name,
// kind and value type. Generated for every type a request can carry (gen/osmium/request_shapes.ts),
// so checking a request, naming a misfit field and building the full message for an interceptor
// cost an app only the shapes of the requests it sends.
import type { ScalarType } from "@bufbuild/protobuf";

/** One field of a request type. A list's item type is named by `scalar`, `enum` or `message`. */
export interface RequestField {
  /** The property name: `chatRef`. */
  readonly localName: string;
  /** `"scalar"`, `"enum"`, `"message"`, or `"list"` of one of them. */
  readonly fieldKind: "scalar" | "enum" | "message" | "list";
  /** The scalar type, for a scalar field or a list of them. */
  readonly scalar?: ScalarType;
  /** The enum's type name, for an enum field or a list of them. */
  readonly enum?: string;
  /** The message type, for a message field or a list of them. */
  readonly message?: RequestShape;
  /** The oneof's property when the field is one of its cases: `ref`. */
  readonly oneof?: string;
  /** Set for a scalar or enum field with explicit presence (proto3 `optional`): unset, it is absent. */
  readonly optional?: true;
}

/** A request type: its full name and fields, in declaration order. */
export interface RequestShape {
  /** `osmium.client.messages.SendMessage`. */
  readonly typeName: string;
  readonly fields: readonly RequestField[];
}
