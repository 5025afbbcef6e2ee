import { type DescMessage, fromBinary, fromJson, toBinary, toJson } from "@bufbuild/protobuf";
import { describe, expect, it } from "vitest";
import { vectors } from "./facts.js";
import { protocolRegistry } from "./registry.js";

const base64 = (s: string) => new Uint8Array(Buffer.from(s, "base64"));

describe("golden frames", () => {
  it("are 160: every request case, update case and result case", () => {
    expect(vectors).toHaveLength(160);
  });

  it.each(vectors.map((v, i) => [`${i} ${v.type.split(".").pop()} ${v.case}`, v] as const))("%s", (_, v) => {
    const schema = protocolRegistry.getMessage(v.type) as DescMessage;
    const decoded = fromBinary(schema, base64(v.binary));
    expect(toJson(schema, decoded)).toEqual(v.json);
    // JSON -> binary -> JSON is stable.
    const again = fromBinary(schema, toBinary(schema, fromJson(schema, v.json as never)));
    expect(toJson(schema, again)).toEqual(v.json);
  });
});
