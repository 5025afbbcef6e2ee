import { InvalidArgumentError } from "../errors.js";

/**
 * A snowflake id as the helpers accept it: a `bigint`, or its decimal string (as read from a
 * URL, a config file or JSON). JavaScript `number` is refused: it loses precision above 2^53.
 */
export type IdInput = bigint | string;

/** The largest snowflake: ids are `fixed64`, unsigned 64-bit (docs/protocol.md "Ids"). */
// 2^64 − 1, as a literal: an expression would be kept in bundles that never use it.
const MAX_ID = 0xffff_ffff_ffff_ffffn;

const DECIMAL = /^[0-9]+$/;

/**
 * Validates a snowflake id and returns it as a `bigint`.
 *
 * Accepts a `bigint` in 0..2^64-1 or a string of decimal digits in that range. Anything else
 * (a `number`, a negative value, hex, whitespace, a sign, an empty string) throws an
 * `InvalidArgumentError` (code `"invalid_argument"`) whose `argument` is `argument`.
 *
 * @param argument - the name to put in the error message, e.g. `"userId"`.
 * @example
 * ```ts
 * parseId("1234567890123456789"); // 1234567890123456789n
 * parseId(42n, "userId");          // 42n
 * parseId(42 as never, "userId");  // throws InvalidArgumentError: userId must be a bigint or a string of decimal digits, got number 42
 * ```
 */
export function parseId(value: IdInput, argument = "id"): bigint {
  let id: bigint;
  if (typeof value === "bigint") {
    id = value;
  } else if (typeof value === "string") {
    if (!DECIMAL.test(value)) {
      throw new InvalidArgumentError(argument, `must be a bigint or a string of decimal digits, got ${JSON.stringify(value)}`);
    }
    id = BigInt(value);
  } else {
    throw new InvalidArgumentError(argument, `must be a bigint or a string of decimal digits, got ${describe(value)}`);
  }
  if (id < 0n || id > MAX_ID) {
    throw new InvalidArgumentError(argument, `must be between 0 and 2^64-1, got ${id}`);
  }
  return id;
}

/**
 * Compares two snowflake ids numerically, for `Array.prototype.sort`. Higher ids are newer
 * (docs/protocol.md "Ids"), so ascending order is oldest first.
 *
 * Both arguments go through {@link parseId}, so `"10"` and `9n` compare as numbers, not text.
 *
 * @returns -1 if `a < b`, 0 if equal, 1 if `a > b`.
 * @example
 * ```ts
 * compareIds("10", 9n);               // 1
 * [3n, 1n, 2n].sort(compareIds);      // [1n, 2n, 3n]
 * ```
 */
export function compareIds(a: IdInput, b: IdInput): -1 | 0 | 1 {
  const x = parseId(a, "a");
  const y = parseId(b, "b");
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Sort direction for {@link sortIds}: `"asc"` is oldest first, `"desc"` newest first. */
export type IdOrder = "asc" | "desc";

/**
 * Returns the ids as `bigint`s in a new array, sorted oldest first (or newest first with
 * `"desc"`). The input is not modified.
 *
 * @param order - @default "asc"
 * @example
 * ```ts
 * sortIds(["30", 10n, "20"]);         // [10n, 20n, 30n]
 * sortIds([10n, 30n], "desc");        // [30n, 10n]
 * ```
 */
export function sortIds(ids: Iterable<IdInput>, order: IdOrder = "asc"): bigint[] {
  let i = 0;
  const parsed = Array.from(ids, (id) => parseId(id, `ids[${i++}]`));
  const sign = order === "desc" ? -1 : 1;
  return parsed.sort((a, b) => (a < b ? -sign : a > b ? sign : 0));
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (typeof value === "number") return `number ${value}`;
  return typeof value;
}
