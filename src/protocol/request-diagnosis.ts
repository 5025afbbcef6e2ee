// Why a request could not be built or encoded, said with the field's path: run only after protobuf-es
// (or a generated encoder) refused it, so the check costs nothing on the way of a good request. It
// walks the request against its schema and names the first field whose value is not of its type
// (`request.chatRef must be a message of type osmium.client.refs.ChatRef (an object), got the string "123"`).
import { type DescField, type DescMessage, ScalarType } from "@bufbuild/protobuf";
import { InvalidArgumentError } from "../errors.js";
import { describe } from "./request-values.js";

/** The first misfit found: where, and what is wrong there. */
export interface RequestMisfit {
  readonly path: string;
  readonly problem: string;
}

function scalarMisfit(type: ScalarType, value: unknown): string | undefined {
  switch (type) {
    case ScalarType.STRING:
      return typeof value === "string" ? undefined : "a string";
    case ScalarType.BOOL:
      return typeof value === "boolean" ? undefined : "a boolean";
    case ScalarType.BYTES:
      return value instanceof Uint8Array ? undefined : "a Uint8Array";
    case ScalarType.INT64:
    case ScalarType.SINT64:
    case ScalarType.SFIXED64:
    case ScalarType.UINT64:
    case ScalarType.FIXED64:
      return typeof value === "bigint" || (typeof value === "string" && /^-?[0-9]+$/.test(value)) ? undefined : "a bigint or a decimal string";
    case ScalarType.DOUBLE:
    case ScalarType.FLOAT:
      return typeof value === "number" ? undefined : "a number";
    default:
      return typeof value === "number" && Number.isInteger(value) ? undefined : "an integer number";
  }
}

// One value of a field (the field itself, or an item of its list or map): a descriptor's `message`,
// `enum` and `scalar` name the value type for every field kind.
function singular(field: DescField, value: unknown, path: string): RequestMisfit | undefined {
  if (field.message !== undefined) {
    if (typeof value !== "object" || value === null || Array.isArray(value) || value instanceof Uint8Array) {
      return { path, problem: `must be a message of type ${field.message.typeName} (an object), got ${describe(value)}` };
    }
    return misfitIn(field.message, value, path);
  }
  if (field.enum !== undefined) {
    return typeof value === "number" && Number.isInteger(value) ? undefined : { path, problem: `must be a value of enum ${field.enum.typeName} (a number), got ${describe(value)}` };
  }
  const expected = field.scalar === undefined ? undefined : scalarMisfit(field.scalar, value);
  return expected === undefined ? undefined : { path, problem: `must be ${expected}, got ${describe(value)}` };
}

function fieldMisfit(field: DescField, value: unknown, path: string): RequestMisfit | undefined {
  switch (field.fieldKind) {
    case "list": {
      if (!Array.isArray(value)) return { path, problem: `must be an array, got ${describe(value)}` };
      for (let i = 0; i < value.length; i++) {
        const found = singular(field, value[i], `${path}[${i}]`);
        if (found) return found;
      }
      return undefined;
    }
    case "map": {
      if (typeof value !== "object" || value === null || Array.isArray(value)) return { path, problem: `must be an object (a map), got ${describe(value)}` };
      for (const [key, item] of Object.entries(value)) {
        const found = singular(field, item, `${path}[${JSON.stringify(key)}]`);
        if (found) return found;
      }
      return undefined;
    }
    default:
      return singular(field, value, path);
  }
}

function misfitIn(schema: DescMessage, message: object, path: string): RequestMisfit | undefined {
  const record = message as Record<string, unknown>;
  for (const oneof of schema.oneofs) {
    const selected = record[oneof.localName];
    if (selected === undefined) continue;
    const cases = oneof.fields.map((f) => `"${f.localName}"`).join(", ");
    if (typeof selected !== "object" || selected === null) {
      return { path: `${path}.${oneof.localName}`, problem: `must be { case, value } with case one of ${cases}, got ${describe(selected)}` };
    }
    const { case: name, value } = selected as { case?: unknown; value?: unknown };
    if (name === undefined) continue;
    const field = oneof.fields.find((f) => f.localName === name);
    if (field === undefined) return { path: `${path}.${oneof.localName}.case`, problem: `must be one of ${cases}, got ${describe(name)}` };
    const found = fieldMisfit(field, value, `${path}.${field.localName}`);
    if (found) return found;
  }
  for (const field of schema.fields) {
    if (field.oneof !== undefined) continue;
    const value = record[field.localName];
    if (value === undefined || (value === null && field.fieldKind === "message")) continue;
    const found = fieldMisfit(field, value, `${path}.${field.localName}`);
    if (found) return found;
  }
  return undefined;
}

/** The first field of `request` whose value does not fit `schema`, or `undefined` when all fit. */
export function findRequestMisfit(schema: DescMessage, request: unknown, argument = "request"): RequestMisfit | undefined {
  if (typeof request !== "object" || request === null) return { path: argument, problem: `must be an object, got ${describe(request)}` };
  return misfitIn(schema, request, argument);
}

/**
 * The error for a request that could not be built or encoded: `InvalidArgumentError` naming the
 * misfit field's path when one is found, else `argument` with `fallback`; `cause` is the
 * builder's or encoder's own error.
 */
export function requestMisfitError(schema: DescMessage, request: unknown, fallback: string, cause: unknown, argument = "request"): InvalidArgumentError {
  const misfit = findRequestMisfit(schema, request, argument);
  return misfit === undefined ? new InvalidArgumentError(argument, fallback, { cause }) : new InvalidArgumentError(misfit.path, misfit.problem, { cause });
}
