// The one run-time check every request gets before it is built: its 64-bit integer fields hold a
// bigint or a decimal string. A `number` there would be encoded rounded (above 2^53 a different id,
// and a 404 naming it), so it is refused with the field's path, as the user wrote it
// (`request.chatRef.channel.communityId`: oneof members by their case name). Only the fields that can
// lead to a 64-bit integer are visited, from a plan made once per request type (its generated shape).
import type { ScalarType } from "@bufbuild/protobuf";
import { InvalidArgumentError } from "../errors.js";
import type { RequestField, RequestShape } from "./request-shape.js";

/** A field on the way to a 64-bit integer: the integer itself, or a message that contains one. */
interface Step {
  readonly field: RequestField;
  /** The oneof's property when the field is a oneof member. */
  readonly oneof: string | undefined;
  /** Set for an integer (or a list of them): whether it is signed. */
  readonly signed: boolean | undefined;
  /** Set for a message (or a list of them). */
  readonly message: RequestShape | undefined;
}

// Each 64-bit integer type, by protobuf-es's ScalarType number (its enum object would cost every
// bundle its 18 names), and whether it is signed. A shape's `scalar` and `message` name the value
// type of a list too, so one lookup serves every field kind.
const INT64_SIGNED = new Map<ScalarType, boolean>([
  [3 satisfies ScalarType.INT64, true],
  [18 satisfies ScalarType.SINT64, true],
  [16 satisfies ScalarType.SFIXED64, true],
  [4 satisfies ScalarType.UINT64, false],
  [6 satisfies ScalarType.FIXED64, false],
]);

/** True for the 64-bit integer types, which take a bigint or its decimal digits. */
export const isInt64 = (scalar: ScalarType | undefined): boolean => scalar !== undefined && INT64_SIGNED.has(scalar);

const signedness = (field: RequestField): boolean | undefined => (field.scalar === undefined ? undefined : INT64_SIGNED.get(field.scalar));

const plans = new WeakMap<RequestShape, readonly Step[]>();

/** Every message type reachable from `root`, `root` included. */
function reachable(root: RequestShape): RequestShape[] {
  const seen = new Set<RequestShape>([root]);
  for (const schema of seen) {
    for (const field of schema.fields) {
      if (field.message !== undefined) seen.add(field.message);
    }
  }
  return [...seen];
}

/** Makes the plans of `root` and every type it can contain (types may contain themselves). */
function makePlans(root: RequestShape): void {
  const types = reachable(root);
  const holds = new Set<RequestShape>(types.filter((t) => t.fields.some((f) => signedness(f) !== undefined)));
  for (let grew = true; grew; ) {
    grew = false;
    for (const type of types) {
      if (holds.has(type)) continue;
      if (type.fields.some((f) => f.message !== undefined && holds.has(f.message))) {
        holds.add(type);
        grew = true;
      }
    }
  }
  for (const type of types) {
    const steps: Step[] = [];
    for (const field of type.fields) {
      const signed = signedness(field);
      if (signed === undefined && (field.message === undefined || !holds.has(field.message))) continue;
      steps.push({ field, oneof: field.oneof, signed, message: field.message });
    }
    plans.set(type, steps);
  }
}

function planOf(schema: RequestShape): readonly Step[] {
  let plan = plans.get(schema);
  if (plan === undefined) {
    makePlans(schema);
    plan = plans.get(schema) ?? [];
  }
  return plan;
}

// Literals: an expression would be kept in bundles that never call this.
const MIN_INT64 = -0x8000_0000_0000_0000n;
const MAX_INT64 = 0x7fff_ffff_ffff_ffffn;
const MAX_UINT64 = 0xffff_ffff_ffff_ffffn;

/** A value as an error message shows it: `the string "12x"`, `the number 5`, `an object`. */
export function describe(value: unknown): string {
  if (typeof value === "string") return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return `the ${typeof value} ${String(value)}`;
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (value instanceof Uint8Array) return "a Uint8Array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

function checkInteger(value: unknown, signed: boolean, path: string): void {
  const expected = signed ? "a bigint or a decimal string" : "a bigint or a string of decimal digits";
  let n: bigint;
  if (typeof value === "bigint") n = value;
  else if (typeof value === "string" && (signed ? /^-?[0-9]+$/ : /^[0-9]+$/).test(value)) n = BigInt(value);
  else if (typeof value === "number") {
    throw new InvalidArgumentError(path, `must be ${expected} (a 64-bit integer: a number cannot hold every id exactly), got ${describe(value)}`);
  } else throw new InvalidArgumentError(path, `must be ${expected} (a 64-bit integer), got ${describe(value)}`);
  if (signed ? n < MIN_INT64 || n > MAX_INT64 : n > MAX_UINT64) {
    throw new InvalidArgumentError(path, `must fit in ${signed ? "a signed" : "an unsigned"} 64-bit integer, got ${n}`);
  }
}

function checkValue(step: Step, value: unknown, path: string): void {
  if (step.signed !== undefined) checkInteger(value, step.signed, path);
  else if (typeof value === "object" && value !== null) checkMessage(step.message as RequestShape, value, path);
  // Anything else is not a message: the build or the encoder refuses it, with its path (request-diagnosis.ts).
}

function checkMessage(schema: RequestShape, message: object, path: string): void {
  const plan = planOf(schema);
  for (let i = 0; i < plan.length; i++) {
    const step = plan[i] as Step;
    let value: unknown;
    if (step.oneof !== undefined) {
      const selected = (message as Record<string, { case?: unknown; value?: unknown } | undefined>)[step.oneof];
      if (selected?.case !== step.field.localName) continue;
      value = selected.value;
    } else value = (message as Record<string, unknown>)[step.field.localName];
    if (value === undefined || value === null) continue;
    const at = `${path}.${step.field.localName}`;
    if (step.field.fieldKind === "list") {
      // An encoder would iterate a string as if it were the list: one id per character.
      if (!Array.isArray(value)) throw new InvalidArgumentError(at, `must be an array, got ${describe(value)}`);
      for (let j = 0; j < value.length; j++) checkValue(step, value[j], `${at}[${j}]`);
    } else checkValue(step, value, at);
  }
}

/**
 * Checks the 64-bit integer fields of `request` (an init object or a message of type `schema`): each must
 * be a bigint or a decimal string in range. Throws `InvalidArgumentError` naming the field's path
 * from `argument` (`request.chatRef.channel.communityId`).
 */
export function checkRequestIntegers(schema: RequestShape, request: object, argument = "request"): void {
  checkMessage(schema, request, argument);
}
