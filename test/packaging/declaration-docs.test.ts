// The installed package documents itself: a user's editor, reading the .d.ts files that `npm install`
// put in node_modules (not this repository's sources), shows every rpc's doc comment on hover over
// `client.<namespace>.<method>`, for ESM (.d.ts) and CommonJS (.d.cts) consumers alike; every client
// option, call option, lifecycle event and public client member, and every update event's payload
// type, carries a doc comment too. The expected rpc comments are read from the .proto files.
import { readdirSync, readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consumerProject, repo } from "./consumer-project.js";

/** `{ "messages.sendMessage": "Sends a message to a chat; answered with the new message's id." , ... }` from proto/osmium/sdk. */
function rpcCommentsFromProtos(): Map<string, string> {
  const comments = new Map<string, string>();
  const dir = join(repo, "proto/osmium/sdk");
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".proto"))) {
    let service = "";
    let pending: string[] = [];
    for (const line of readFileSync(join(dir, file), "utf8").split("\n").map((l) => l.trim())) {
      const serviceMatch = /^service (\w+) \{/.exec(line);
      const rpcMatch = /^rpc (\w+)\(/.exec(line);
      if (line.startsWith("//")) pending.push(line.replace(/^\/\/ ?/, ""));
      else if (serviceMatch) service = serviceMatch[1]!;
      else if (rpcMatch) comments.set(`${lowerFirst(service)}.${lowerFirst(rpcMatch[1]!)}`, pending.join("\n"));
      if (!line.startsWith("//")) pending = [];
    }
  }
  return comments;
}

const lowerFirst = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

const expectedRpcs = rpcCommentsFromProtos();
const consumers = {
  "docs.mts": `import { OsmiumClient } from "osmium-chat";\ndeclare const client: OsmiumClient;\n`,
  "docs.cts": `import osmium = require("osmium-chat");\ndeclare const client: osmium.OsmiumClient;\n`,
} as const;

let project: { dir: string; remove(): Promise<void> } | undefined;
const services = new Map<string, ts.LanguageService>();

/** A language service over the consumer project, as an editor runs one (moduleResolution node16). */
function languageService(dir: string, file: string): ts.LanguageService {
  const options: ts.CompilerOptions = {
    module: ts.ModuleKind.Node16,
    moduleResolution: ts.ModuleResolutionKind.Node16,
    target: ts.ScriptTarget.ES2022,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
    strict: true,
    types: [],
    noEmit: true,
  };
  const host: ts.LanguageServiceHost = {
    getScriptFileNames: () => [join(dir, file)],
    getScriptVersion: () => "1",
    getScriptSnapshot: (name) => {
      const text = ts.sys.readFile(name);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => dir,
    getCompilationSettings: () => options,
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  };
  return ts.createLanguageService(host);
}

beforeAll(async () => {
  project = await consumerProject("osmium-docs-");
  for (const [file, head] of Object.entries(consumers)) {
    // One line per rpc: `client.messages.sendMessage;`, hovered at the method's name.
    const body = [...expectedRpcs.keys()].map((rpc) => `client.${rpc};`).join("\n");
    await writeFile(join(project.dir, file), `${head}${body}\n`);
    services.set(file, languageService(project.dir, file));
  }
}, 120_000);
afterAll(async () => {
  await project?.remove();
});

describe.each(Object.keys(consumers))("the installed declarations, as %s sees them", (file) => {
  it("show every rpc's doc comment on hover over client.<namespace>.<method>, from the installed package", () => {
    expect(expectedRpcs.size).toBe(95);
    const service = services.get(file)!;
    const path = join(project!.dir, file);
    const text = readFileSync(path, "utf8");
    const hovers = new Map<string, string>();
    const definedIn = new Set<string>();
    for (const rpc of expectedRpcs.keys()) {
      const at = text.indexOf(`client.${rpc};`) + `client.${rpc.split(".")[0]}.`.length;
      hovers.set(rpc, ts.displayPartsToString(service.getQuickInfoAtPosition(path, at)?.documentation));
      for (const definition of service.getDefinitionAtPosition(path, at) ?? []) definedIn.add(definition.fileName.slice(project!.dir.length));
    }
    expect(Object.fromEntries(hovers)).toEqual(Object.fromEntries(expectedRpcs));
    const extension = file.endsWith(".cts") ? "d.cts" : "d.ts";
    expect([...definedIn].every((f) => f.startsWith("/node_modules/osmium-chat/dist/") && f.endsWith(extension)), [...definedIn].join(", ")).toBe(true);
  });

  it("document every client option, call option, lifecycle event, client member and update payload", () => {
    const program = services.get(file)!.getProgram()!;
    const checker = program.getTypeChecker();
    const source = program.getSourceFile(join(project!.dir, file))!;
    // The consumer's first statement imports "osmium-chat" (`import ... from` or `import x = require(...)`).
    const first = source.statements[0]!;
    const specifier = ts.isImportDeclaration(first) ? first.moduleSpecifier : ((first as ts.ImportEqualsDeclaration).moduleReference as ts.ExternalModuleReference).expression;
    const moduleSymbol = checker.getSymbolAtLocation(specifier)!;
    const exported = new Map(checker.getExportsOfModule(moduleSymbol).map((s) => [s.name, s]));
    const typeOf = (name: string) => checker.getDeclaredTypeOfSymbol(exported.get(name)!);
    const undocumented = (name: string, type: ts.Type, skip: (p: ts.Symbol) => boolean = () => false) =>
      type
        .getProperties()
        .filter((p) => !skip(p) && ts.displayPartsToString(p.getDocumentationComment(checker)).trim() === "")
        .map((p) => `${name}.${p.name}`);

    const updateCases = (typeOf("UpdateCase") as ts.UnionType).types.map((t) => (t as ts.StringLiteralType).value);
    expect(updateCases).toContain("messageCreated");
    const isUpdate = (p: ts.Symbol) => updateCases.includes(p.name);
    // `private` members are in the .d.ts (TypeScript keeps their names) but are not the public API.
    const isPrivate = (p: ts.Symbol) => (p.declarations ?? []).some((d) => (ts.getCombinedModifierFlags(d) & ts.ModifierFlags.Private) !== 0);
    const counted = ["OsmiumClientOptions", "CallOptions", "ClientEvents", "OsmiumClient"].map((name) => [name, typeOf(name).getProperties().length]);
    for (const [name, count] of counted) expect(count, `${name} has members`).toBeGreaterThan(1);
    const missing = [
      ...undocumented("OsmiumClientOptions", typeOf("OsmiumClientOptions")),
      ...undocumented("CallOptions", typeOf("CallOptions")),
      ...undocumented("ClientEvents", typeOf("ClientEvents"), isUpdate),
      ...undocumented("OsmiumClient", typeOf("OsmiumClient"), isPrivate),
      // An update event's listener gets UpdatePayload<case>: hovering the payload shows its message's doc.
      ...updateCases.filter((c) => {
        const listener = checker.getTypeOfSymbol(typeOf("ClientEvents").getProperty(c)!);
        const payload = checker.getTypeOfSymbol(listener.getCallSignatures()[0]!.getParameters()[0]!);
        const declaration = payload.getSymbol() ?? payload.aliasSymbol;
        return !declaration || ts.displayPartsToString(declaration.getDocumentationComment(checker)).trim() === "";
      }).map((c) => `update payload of ${c}`),
    ];
    expect(missing).toEqual([]);
  });
});
