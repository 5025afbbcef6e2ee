import { describe, expect, it } from "vitest";
import { InvalidArgumentError, OsmiumError } from "../../src/errors.js";
import { compareIds, parseId, sortIds } from "../../src/helpers/ids.js";

const MAX = 18446744073709551615n;

describe("parseId", () => {
  it.each([
    [0n, 0n],
    [42n, 42n],
    [MAX, MAX],
    ["0", 0n],
    ["1234567890123456789", 1234567890123456789n],
    ["18446744073709551615", MAX],
    ["007", 7n],
  ])("accepts %s", (input, expected) => {
    expect(parseId(input)).toBe(expected);
  });

  it.each([
    [-1n, "userId must be between 0 and 2^64-1, got -1"],
    [MAX + 1n, "userId must be between 0 and 2^64-1, got 18446744073709551616"],
    ["18446744073709551616", "userId must be between 0 and 2^64-1, got 18446744073709551616"],
    ["-1", 'userId must be a bigint or a string of decimal digits, got "-1"'],
    ["", 'userId must be a bigint or a string of decimal digits, got ""'],
    [" 1", 'userId must be a bigint or a string of decimal digits, got " 1"'],
    ["0x10", 'userId must be a bigint or a string of decimal digits, got "0x10"'],
    ["1e3", 'userId must be a bigint or a string of decimal digits, got "1e3"'],
    ["+5", 'userId must be a bigint or a string of decimal digits, got "+5"'],
    [12, "userId must be a bigint or a string of decimal digits, got number 12"],
    [null, "userId must be a bigint or a string of decimal digits, got null"],
    [undefined, "userId must be a bigint or a string of decimal digits, got undefined"],
  ])("rejects %s naming the argument", (input, message) => {
    const error = catchError(() => parseId(input as never, "userId"));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(OsmiumError.is(error, "invalid_argument")).toBe(true);
    expect((error as InvalidArgumentError).argument).toBe("userId");
    expect((error as Error).message).toBe(message);
  });

  it('names the argument "id" by default', () => {
    expect(() => parseId("x")).toThrow('id must be a bigint or a string of decimal digits, got "x"');
  });
});

describe("compareIds", () => {
  it("compares numerically, mixing bigints and strings", () => {
    expect(compareIds("10", 9n)).toBe(1);
    expect(compareIds(9n, "10")).toBe(-1);
    expect(compareIds("5", 5n)).toBe(0);
    expect(compareIds(MAX, MAX - 1n)).toBe(1);
  });

  it("is usable with Array.prototype.sort", () => {
    expect(["100", "9", "20"].sort(compareIds)).toEqual(["9", "20", "100"]);
  });

  it("rejects a bad id naming its side", () => {
    expect(() => compareIds(1n, "b")).toThrow('b must be a bigint or a string of decimal digits, got "b"');
  });
});

describe("sortIds", () => {
  it("returns bigints oldest first without touching the input", () => {
    const input = ["30", 10n, "20", 1n << 63n];
    expect(sortIds(input)).toEqual([10n, 20n, 30n, 1n << 63n]);
    expect(input).toEqual(["30", 10n, "20", 1n << 63n]);
  });

  it("sorts newest first with desc", () => {
    expect(sortIds([10n, 30n, 20n], "desc")).toEqual([30n, 20n, 10n]);
  });

  it("names the offending element", () => {
    expect(() => sortIds([1n, 2 as never])).toThrow("ids[1] must be a bigint or a string of decimal digits, got number 2");
  });
});

function catchError(f: () => unknown): unknown {
  try {
    f();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}
