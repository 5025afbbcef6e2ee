// The request of `call`, from JSON: protobuf-es's fromJson does the work; when it refuses, we walk
// the JSON alongside the schema to name the field at fault by its path (`chatRef.channel.communityId`),
// which fromJson's own message does not give (it names the message type only).
import { type DescField, type DescMessage, type JsonValue, type Message, fromJson } from "@bufbuild/protobuf";
import { usageError } from "./cli-error.js";
import { didYouMean } from "./suggest.js";

interface Fault {
  readonly path: string;
  readonly reason: string;
}

type JsonObject = { [key: string]: JsonValue };

const isObject = (value: JsonValue): value is JsonObject => typeof value === "object" && value !== null && !Array.isArray(value);

// Well-known types have JSON forms of their own (a Timestamp is a string): they are leaves here.
const isWellKnown = (schema: DescMessage): boolean => schema.typeName.startsWith("google.protobuf.");

/** fromJson's reason without its "cannot decode field X from JSON:" preamble, which names no path. */
function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^cannot decode [^:]* from JSON: /, "");
}

function decodeFault(schema: DescMessage, json: JsonValue, path: string): Fault | undefined {
  try {
    fromJson(schema, json);
    return undefined;
  } catch (error) {
    return { path, reason: reasonOf(error) };
  }
}

const join = (path: string, key: string): string => (path === "" ? key : `${path}.${key}`);

function fieldFault(schema: DescMessage, field: DescField, key: string, value: JsonValue, path: string): Fault | undefined {
  const at = join(path, key);
  if (field.fieldKind === "message") return messageFault(field.message, value, at);
  if (field.fieldKind === "list" && field.listKind === "message" && Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const fault = messageFault(field.message, item, `${at}[${i}]`);
      if (fault) return fault;
    }
    return undefined;
  }
  if (field.fieldKind === "map" && field.mapKind === "message" && isObject(value)) {
    for (const [k, item] of Object.entries(value)) {
      const fault = messageFault(field.message, item, `${at}[${JSON.stringify(k)}]`);
      if (fault) return fault;
    }
    return undefined;
  }
  // A scalar, an enum, or a value of the wrong shape: decode the field alone.
  const alone = decodeFault(schema, { [key]: value }, at);
  return alone && { path: at, reason: alone.reason };
}

const kindOf = (json: JsonValue): string => (json === null ? "null" : Array.isArray(json) ? "an array" : `${typeof json} ${JSON.stringify(json)}`);

/** The first fault inside `json` read as a `schema` message, deepest first. */
function messageFault(schema: DescMessage, json: JsonValue, path: string): Fault | undefined {
  if (isWellKnown(schema)) return decodeFault(schema, json, path);
  // fromJson would say "Array(0)" or "null"; say what was expected instead.
  if (!isObject(json)) return { path, reason: `expected an object (${schema.typeName}), got ${kindOf(json)}` };
  for (const [key, value] of Object.entries(json)) {
    const field = schema.fields.find((f) => f.jsonName === key || f.name === key);
    if (field === undefined) {
      const names = schema.fields.map((f) => f.jsonName);
      return { path: join(path, key), reason: `is not a field of ${schema.typeName}${didYouMean(key, names)}` };
    }
    if (value === null) continue; // null means "unset" in protobuf JSON
    const fault = fieldFault(schema, field, key, value, path);
    if (fault) return fault;
  }
  // Each field decodes alone: the fault is in how they combine (a oneof set twice).
  return decodeFault(schema, json, path);
}

/**
 * Parses `text` as the JSON of a `schema` message; throws a usage CliError naming the field at
 * fault by its path when the text is not JSON or does not fit the schema.
 */
export function parseRequest(schema: DescMessage, text: string): Message {
  let json: JsonValue;
  try {
    json = JSON.parse(text) as JsonValue;
  } catch (error) {
    throw usageError(`the request is not JSON: ${(error as Error).message}`);
  }
  try {
    return fromJson(schema, json);
  } catch (error) {
    const fault = messageFault(schema, json, "") ?? { path: "", reason: reasonOf(error) };
    const where = fault.path === "" ? "the request" : `request field ${fault.path}`;
    throw usageError(`${where}: ${fault.reason}`, { field: fault.path, type: schema.typeName });
  }
}
