// osmium-chat/updates: every `Update` case by its event name, for a client that decodes only the
// updates it listens to: `new BaseClient({ url, updates: [messageCreated] })`. A bundler keeps
// the decoders of the cases an app imports and drops the others (docs/architecture.md "Client
// layers").
export * from "../gen/osmium/update_cases.js";
export type { UpdateCaseDecoder } from "./update-case.js";
