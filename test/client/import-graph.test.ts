// The source tree has no import circle, and the client's layers import downwards only
// (docs/architecture.md "Client layers"): scripts/check-imports.mjs, run over src/ and gen/ here so
// `npm test` fails on the first circle, and checked against circles it must find.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
// @ts-expect-error -- a plain .mjs script without type declarations
import { circles, exampleCircle, importGraph } from "../../scripts/check-imports.mjs";

type Graph = Map<string, string[]>;
const root = new URL("../../", import.meta.url).pathname;
const graph = importGraph(join(root, "src"), join(root, "gen")) as Graph;
const name = (file: string) => relative(root, file);

/** Every file `from` reaches through its imports, itself excluded. */
function reachable(from: string): string[] {
  const seen = new Set<string>();
  const queue = [join(root, from)];
  while (queue.length > 0) {
    for (const next of graph.get(queue.shift() as string) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return [...seen].map(name).sort();
}

describe("the import graph of src/ and gen/", () => {
  it("has no circle", () => {
    expect((circles(graph) as string[][]).map((c) => c.map(name))).toEqual([]);
  });

  it("keeps the helpers and the cache out of the core client's imports, direct or not", () => {
    for (const core of ["src/base-client.ts", "src/client.ts"]) {
      expect(reachable(core).filter((f) => f.startsWith("src/helpers/") || f.startsWith("src/cache/") || f === "src/osmium-client.ts")).toEqual([]);
    }
  });

  it("keeps the namespaces out of the base client's imports", () => {
    expect(reachable("src/base-client.ts")).not.toContain("src/namespaces.ts");
    expect(reachable("src/base-client.ts")).not.toContain("gen/osmium/rpc.ts");
  });

  it("has the helpers reach no client class, only the RpcClient interface", () => {
    const helpers = [...graph.keys()].map(name).filter((f) => f.startsWith("src/helpers/"));
    for (const helper of helpers) {
      expect(reachable(helper).filter((f) => ["src/base-client.ts", "src/client.ts", "src/osmium-client.ts"].includes(f)), helper).toEqual([]);
    }
  });

  it("has the protocol types import nothing above the protocol layer", () => {
    expect(reachable("src/protocol/method-types.ts").filter((f) => !f.startsWith("src/protocol/") && !f.startsWith("gen/"))).toEqual([]);
  });
});

describe("scripts/check-imports.mjs", () => {
  const dir = mkdtempSync(join(tmpdir(), "check-imports-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    mkdirSync(join(dir, file, ".."), { recursive: true });
    writeFileSync(join(dir, file), text);
  };
  write("a.ts", 'import { b } from "./b.js";\nexport const a = b;\n');
  write("b.ts", 'import type { C } from "./c/index.js";\nexport const b: C = 1;\n');
  write("c/index.ts", 'export type C = number;\nexport type { A } from "../d.js";\n');
  write("d.ts", 'export type A = typeof import("./c").x;\n');
  write("leaf.ts", 'import { a } from "./a.js";\nimport "node:fs";\nexport const leaf = a;\n');
  write("self.ts", 'export * from "./self.js";\n');

  it("finds a circle through type-only imports, re-exports, folder indexes and import() types, and a file importing itself", () => {
    const fixture = importGraph(dir) as Graph;
    const found = (circles(fixture) as string[][]).map((c) => c.map((f) => relative(dir, f)).join(" ")).sort();
    expect(found).toEqual(["c/index.ts d.ts", "self.ts"]);
    const component = (circles(fixture) as string[][]).find((c) => c.length === 2) as string[];
    expect((exampleCircle(fixture, component) as string[]).map((f) => relative(dir, f))).toEqual(["c/index.ts", "d.ts", "c/index.ts"]);
  });

  it("sees no circle in a chain", () => {
    const fixture = importGraph(dir) as Graph;
    expect(fixture.get(join(dir, "leaf.ts"))).toEqual([join(dir, "a.ts")]);
    expect(fixture.get(join(dir, "a.ts"))).toEqual([join(dir, "b.ts")]);
  });
});
