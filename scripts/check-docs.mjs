#!/usr/bin/env node
// Run by `npm run docs` after TypeDoc: the generated API docs must carry the rpc comments of every
// generated service (95 rpcs across the 14 namespace pages), e.g. sendMessage's, not just type names.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const out = fileURLToPath(new URL("../docs/api", import.meta.url));
const failures = [];
const read = (file) => (existsSync(join(out, file)) ? readFileSync(join(out, file), "utf8") : (failures.push(`missing ${file}`), ""));

for (const file of ["index.html", "modules/osmium-chat.html", "modules/osmium-chat_testing.html", "classes/osmium-chat.OsmiumClient.html"]) read(file);
const messages = read("interfaces/namespaces.MessagesNamespace.html");
if (!messages.includes("Sends a message to a chat; answered with the new message's id.")) failures.push("sendMessage's doc comment is not in the docs");

const pages = existsSync(join(out, "interfaces")) ? readdirSync(join(out, "interfaces")).filter((f) => f.startsWith("namespaces.")) : [];
const rpcs = new Set(pages.flatMap((page) => read(`interfaces/${page}`).match(/from rpc osmium\.sdk\.\w+\.\w+/g) ?? []));
if (pages.length !== 14) failures.push(`expected 14 namespace pages, found ${pages.length}`);
if (rpcs.size !== 95) failures.push(`expected the comments of 95 rpcs, found ${rpcs.size}`);

if (failures.length > 0) {
  for (const failure of failures) console.error(`docs: ${failure}`);
  process.exit(1);
}
console.log(`docs: ${pages.length} namespace pages document ${rpcs.size} rpcs; open docs/api/index.html`);
