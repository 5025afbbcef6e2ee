// Browser side of the codec tests: the golden frames decoded and encoded by the generated schemas in
// the page's JavaScript engine, and the same frames sent and received through a real OsmiumClient.
import { type DescMessage, type JsonValue, fromBinary, fromJson, toBinary, toJson } from "@bufbuild/protobuf";
import { OsmiumClient, type RequestCase } from "osmium-chat";
import { ClientMessageSchema, RPCResultSchema, ServerMessageSchema } from "../../../gen/osmium/client/core_pb.js";
import { UpdateSchema } from "../../../gen/osmium/client/updates_pb.js";
import type { HarnessWindow } from "./api.js";

const page = window as unknown as Window & HarnessWindow;
// Every golden frame is a whole ClientMessage or ServerMessage (docs/protocol.md "Framing").
const schemas: Record<string, DescMessage> = { [ClientMessageSchema.typeName]: ClientMessageSchema, [ServerMessageSchema.typeName]: ServerMessageSchema };

// The page's own base64, not protobuf-es's, so the codec is checked against an independent decoder.
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));

function schemaOf(typeName: string): DescMessage {
  const schema = schemas[typeName];
  if (!schema) throw new Error(`no schema ${typeName}`);
  return schema;
}

page.codec = {
  roundTrip(vectors) {
    return vectors.map((vector) => {
      const schema = schemaOf(vector.type);
      const decoded = fromBinary(schema, fromBase64(vector.binary));
      return {
        json: toJson(schema, decoded),
        reencoded: toBase64(toBinary(schema, decoded)),
        fromJson: toBase64(toBinary(schema, fromJson(schema, vector.json as JsonValue))),
      };
    });
  },

  async sendRequests(context, requests) {
    const client = new OsmiumClient({ url: context.url, token: context.token, keepalive: false });
    try {
      await client.connect();
      const outcomes: string[] = [];
      for (const json of requests) {
        const { message } = fromJson(ClientMessageSchema, json as JsonValue);
        if (!message.case) throw new Error("a request vector without a case");
        try {
          await client.call(message.case as RequestCase, message.value as never);
          outcomes.push("ok");
        } catch (error) {
          outcomes.push((error as { code?: string }).code ?? String(error));
        }
      }
      return outcomes;
    } finally {
      await client.close();
    }
  },

  async receiveFrames(context, count) {
    const client = new OsmiumClient({ url: context.url, token: context.token, keepalive: false });
    const seen: unknown[] = [];
    client.on("update", (update) => seen.push({ update: toJson(UpdateSchema, update) }));
    client.on("unsolicitedResult", (result) => seen.push({ result: toJson(RPCResultSchema, result) }));
    try {
      await client.connect();
      await page.nodeControl("sendFrames");
      for (let waited = 0; seen.length < count && waited < 5_000; waited += 10) await new Promise((r) => setTimeout(r, 10));
      return seen;
    } finally {
      await client.close();
    }
  },
};
