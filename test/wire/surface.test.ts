import { describe, expect, it } from "vitest";
import { ClientMessageSchema } from "../../gen/osmium/client/core_pb.js";
import { rpcMethods } from "../../src/protocol/rpc-descriptors.js";
import { services } from "../../src/protocol/services.js";
import { facts } from "./facts.js";

describe("RPC surface", () => {
  const methods = Object.values(services).flatMap((s) => s.methods);

  it("declares one rpc per ClientMessage case and no other", () => {
    const cases = ClientMessageSchema.fields.filter((f) => f.oneof?.name === "message").map((f) => f.name);
    expect(cases).toHaveLength(95);
    expect(methods).toHaveLength(95);
    expect([...rpcMethods.values()].map((r) => r.requestField).sort()).toEqual([...cases].sort());
  });

  it.each(facts.rpc.map((r) => [r.field, r] as const))("%s pairs as the facts say", (field, fact) => {
    const rpc = [...rpcMethods.values()].find((r) => r.requestField === field);
    expect(rpc).toBeDefined();
    expect(rpc?.method.input.typeName).toBe(fact.request);
    expect(rpc?.input.typeName).toBe(fact.request);
    expect(rpc?.tag).toBe((fact.number << 3) | 2);
    expect(rpc?.method.output.typeName).toBe(fact.result_type ?? "google.protobuf.Empty");
    // The result case, back in proto spelling ("sentMessage" -> "sent_message"); unset is null in the facts.
    const resultField = rpc?.resultCase?.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`) ?? null;
    expect(resultField).toBe(fact.result);
    expect(ClientMessageSchema.fields.find((f) => f.name === field)?.number).toBe(fact.number);
  });
});
