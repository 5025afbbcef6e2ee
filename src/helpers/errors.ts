//
// Interim home of the helpers' argument errors. `src/errors.ts` (OsmiumError with
// `InvalidArgumentError`, code "invalid_argument") did not exist yet when the helpers were
// written; every helper throws through `invalidArgument` below, so switching to that class is a
// one-function change here.
//

/** Whether a bad argument has the wrong type (`TypeError`) or a value out of range (`RangeError`). */
export type InvalidArgumentKind = "type" | "range";

/**
 * Builds the error a helper throws for a bad argument, naming the argument in the message.
 *
 * @example
 * ```ts
 * throw invalidArgument("userId", "expected a bigint or a decimal string, got number", "type");
 * // TypeError: Invalid argument "userId": expected a bigint or a decimal string, got number
 * ```
 */
export function invalidArgument(argument: string, problem: string, kind: InvalidArgumentKind): TypeError | RangeError {
  const message = `Invalid argument "${argument}": ${problem}`;
  return kind === "type" ? new TypeError(message) : new RangeError(message);
}
