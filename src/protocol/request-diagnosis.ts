// Why a request could not be built or encoded, said with the field's path: run only after protobuf-es
// generated encoder refused it, so the check costs nothing on the way of a good request. It walks
// the request against its type's shape and names the first field whose value is not of its type
// (`request.chatRef must be a message of type osmium.client.refs.ChatRef (an object), got the string "123"`).
import type { ScalarType } from "@bufbuild/protobuf";
import { InvalidArgumentError } from "../errors.js";
import type { RequestField, RequestShape } from "./request-shape.js";
import { checkRequestIntegers, describe, isInt64 } from "./request-values.js";

/** The first misfit found: where, and what is wrong there. */
export interface RequestMisfit {
  readonly path: string;
  readonly problem: string;
}

// By ScalarType number (see request-values.ts).
function scalarMisfit(type: ScalarType, value: unknown): string | undefined {
  if (isInt64(type)) return typeof value === "bigint" || (typeof value === "string" && /^-?[0-9]+$/.test(value)) ? undefined : "a bigint or a decimal string";
  switch (type) {
    case 9 satisfies ScalarType.STRING:
      return typeof value === "string" ? undefined : "a string";
    case 8 satisfies ScalarType.BOOL:
      return typeof value === "boolean" ? undefined : "a boolean";
    case 12 satisfies ScalarType.BYTES:
      return value instanceof Uint8Array ? undefined : "a Uint8Array";
    case 1 satisfies ScalarType.DOUBLE:
    case 2 satisfies ScalarType.FLOAT:
      return typeof value === "number" ? undefined : "a number";
    default:
      return typeof value === "number" && Number.isInteger(value) ? undefined : "an integer number";
  }
}

// One value of a field (the field itself, or an item of its list): a shape's `message`, `enum` and
// `scalar` name the value type for every field kind.
function singular(field: RequestField, value: unknown, path: string): RequestMisfit | undefined {
  if (field.message !== undefined) {
    if (typeof value !== "object" || value === null || Array.isArray(value) || value instanceof Uint8Array) {
      return { path, problem: `must be a message of type ${field.message.typeName} (an object), got ${describe(value)}` };
    }
    return misfitIn(field.message, value, path);
  }
  if (field.enum !== undefined) {
    return typeof value === "number" && Number.isInteger(value) ? undefined : { path, problem: `must be a value of enum ${field.enum} (a number), got ${describe(value)}` };
  }
  const expected = field.scalar === undefined ? undefined : scalarMisfit(field.scalar, value);
  return expected === undefined ? undefined : { path, problem: `must be ${expected}, got ${describe(value)}` };
}

function fieldMisfit(field: RequestField, value: unknown, path: string): RequestMisfit | undefined {
  switch (field.fieldKind) {
    case "list": {
      if (!Array.isArray(value)) return { path, problem: `must be an array, got ${describe(value)}` };
      for (let i = 0; i < value.length; i++) {
        const found = singular(field, value[i], `${path}[${i}]`);
        if (found) return found;
      }
      return undefined;
    }
    default:
      return singular(field, value, path);
  }
}

/** The oneofs of a type, each with its cases, in declaration order. */
function oneofsOf(schema: RequestShape): Map<string, RequestField[]> {
  const oneofs = new Map<string, RequestField[]>();
  for (const field of schema.fields) {
    if (field.oneof === undefined) continue;
    let cases = oneofs.get(field.oneof);
    if (cases === undefined) oneofs.set(field.oneof, (cases = []));
    cases.push(field);
  }
  return oneofs;
}

function misfitIn(schema: RequestShape, message: object, path: string): RequestMisfit | undefined {
  const record = message as Record<string, unknown>;
  for (const [oneof, fields] of oneofsOf(schema)) {
    const selected = record[oneof];
    if (selected === undefined) continue;
    const cases = fields.map((f) => `"${f.localName}"`).join(", ");
    if (typeof selected !== "object" || selected === null) {
      return { path: `${path}.${oneof}`, problem: `must be { case, value } with case one of ${cases}, got ${describe(selected)}` };
    }
    const { case: name, value } = selected as { case?: unknown; value?: unknown };
    if (name === undefined) continue;
    const field = fields.find((f) => f.localName === name);
    if (field === undefined) return { path: `${path}.${oneof}.case`, problem: `must be one of ${cases}, got ${describe(name)}` };
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
export function findRequestMisfit(schema: RequestShape, request: unknown, argument = "request"): RequestMisfit | undefined {
  if (typeof request !== "object" || request === null) return { path: argument, problem: `must be an object, got ${describe(request)}` };
  return misfitIn(schema, request, argument);
}

/**
 * The error for a request that could not be built or encoded: a 64-bit field that holds no 64-bit
 * integer (the encoders refuse those) as the request check words it; else `InvalidArgumentError`
 * naming the misfit field's path when one is found, else `argument` with `fallback`; `cause` is the
 * builder's or encoder's own error.
 */
export function requestMisfitError(schema: RequestShape, request: unknown, fallback: string, cause: unknown, argument = "request"): InvalidArgumentError {
  if (typeof request === "object" && request !== null) {
    try {
      checkRequestIntegers(schema, request, argument);
    } catch (error) {
      if (error instanceof InvalidArgumentError) return error;
      throw error;
    }
  }
  const misfit = findRequestMisfit(schema, request, argument);
  return misfit === undefined ? new InvalidArgumentError(argument, fallback, { cause }) : new InvalidArgumentError(misfit.path, misfit.problem, { cause });
}
