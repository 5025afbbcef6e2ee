import { type DescEnum, type DescField, type DescMessage, ScalarType } from "@bufbuild/protobuf";
import { describe, expect, it } from "vitest";
import { type FactField, facts } from "./facts.js";
import { protocolFiles, protocolRegistry } from "./registry.js";

// The generated descriptors, restated in the facts' own row format, so a difference reads as data.
function typeOf(field: DescField): string {
  const scalar = (t: ScalarType) => ScalarType[t].toLowerCase();
  switch (field.fieldKind) {
    case "scalar":
      return scalar(field.scalar);
    case "enum":
      return field.enum.typeName;
    case "message":
      return field.message.typeName;
    case "list":
      if (field.listKind === "scalar") return scalar(field.scalar);
      return field.listKind === "enum" ? field.enum.typeName : field.message.typeName;
    case "map":
      return `map<${scalar(field.mapKey)},...>`;
  }
}

function rowOf(field: DescField): FactField {
  const label =
    field.fieldKind === "list"
      ? "repeated"
      : field.oneof
        ? "oneof"
        : field.proto.proto3Optional
          ? "optional"
          : "singular";
  const row: FactField = [field.number, field.name, typeOf(field), label];
  if (field.oneof) row.push(field.oneof.name);
  if (field.deprecated) row.push("deprecated");
  return row;
}

const byNumber = (a: FactField, b: FactField) => a[0] - b[0];

const factMessages = Object.entries(facts.files).flatMap(([file, f]) => f.messages.map((m) => ({ file, ...m })));
const factEnums = Object.entries(facts.files).flatMap(([file, f]) => f.enums.map((e) => ({ file, ...e })));

describe("schema matches the wire facts", () => {
  it("has 242 messages and 14 enums, no more and no fewer", () => {
    const generated = [...protocolRegistry].filter((t) => t.kind === "message" || t.kind === "enum");
    expect(factMessages).toHaveLength(242);
    expect(factEnums).toHaveLength(14);
    expect(generated.filter((t) => t.kind === "message").map((t) => t.typeName).sort()).toEqual(
      factMessages.map((m) => m.name).sort(),
    );
    expect(generated.filter((t) => t.kind === "enum").map((t) => t.typeName).sort()).toEqual(
      factEnums.map((e) => e.name).sort(),
    );
  });

  it.each(Object.entries(facts.files))("%s has package and file name as the facts", (file, f) => {
    const desc = protocolFiles[file as keyof typeof protocolFiles];
    expect(desc.name).toBe(`osmium/client/${file.replace(/\.proto$/, "")}`);
    expect(desc.proto.package).toBe(f.package);
    expect(desc.proto.syntax).toBe("proto3");
  });

  it.each(factMessages.map((m) => [m.name, m] as const))("message %s", (name, fact) => {
    const desc = protocolRegistry.getMessage(name) as DescMessage | undefined;
    expect(desc, `${name} is not generated`).toBeDefined();
    if (!desc) return;
    expect(desc.file.name).toBe(`osmium/client/${fact.file.replace(/\.proto$/, "")}`);
    expect(desc.fields.map(rowOf).sort(byNumber)).toEqual([...fact.fields].sort(byNumber));
    const reserved = desc.proto.reservedRange.map((r) => [r.start, r.end - 1]); // descriptor ends are exclusive
    expect(reserved).toEqual(fact.reserved ?? []);
  });

  it.each(factEnums.map((e) => [e.name, e] as const))("enum %s", (name, fact) => {
    const desc = protocolRegistry.getEnum(name) as DescEnum | undefined;
    expect(desc, `${name} is not generated`).toBeDefined();
    expect(desc?.values.map((v) => [v.number, v.name])).toEqual(fact.values);
  });
});
