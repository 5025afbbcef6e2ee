import { readFileSync } from "node:fs";

/** A field row of the wire facts: [number, name, type, label, oneof?, deprecated?]. */
export type FactField = [number, string, string, "singular" | "optional" | "repeated" | "oneof", ...string[]];

export interface FactMessage {
  name: string;
  fields: FactField[];
  reserved?: [number, number][];
}

export interface FactEnum {
  name: string;
  values: [number, string][];
}

export interface FactRpc {
  field: string;
  number: number;
  request: string;
  result: string | null;
  result_type: string | null;
  source: "documented" | "inferred";
}

export interface Facts {
  files: Record<string, { package: string; messages: FactMessage[]; enums: FactEnum[] }>;
  rpc: FactRpc[];
}

export interface Vector {
  type: string;
  case: string;
  binary: string;
  json: unknown;
}

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8");

/** The protocol's wire facts (a copy of shared/protocol/osmium-protocol.json). */
export const facts: Facts = JSON.parse(fixture("osmium-protocol.json"));

/** The 160 golden frames (a copy of shared/protocol/vectors.json). */
export const vectors: Vector[] = JSON.parse(fixture("vectors.json")).vectors;
