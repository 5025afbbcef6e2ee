#!/usr/bin/env node
// Fails when the modules of a source tree import each other in a circle. Layers import downwards
// only (docs/architecture.md "Client layers"); a circle means two modules cannot be understood,
// tested or dropped by a bundler one without the other. Every import counts, `import type`
// included: a type-only circle is still two files that know each other.
//
//   node scripts/check-imports.mjs [dir...]     (default: src gen)
//
// Reads each .ts file's imports with the TypeScript scanner (static, `export ... from`, dynamic
// `import()`), follows relative specifiers between the given trees (gen/ is included because its
// per-method functions import the client interface from src/), and prints
// every strongly connected component of more than one file — or a file importing itself — with
// one concrete circle through it.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

// `./x.js` names `./x.ts` (NodeNext-style specifiers); `./x` may also be a folder's index.ts.
function resolveSpecifier(from, specifier) {
  const base = resolve(dirname(from), specifier);
  const stem = base.replace(/\.(m|c)?js$/, "");
  for (const candidate of [`${stem}.ts`, `${stem}.mts`, join(base, "index.ts")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/** The import graph of the trees `roots`: file → the files of those trees it imports. */
export function importGraph(...roots) {
  const files = roots.flatMap((root) => sourceFiles(root));
  const inside = new Set(files);
  const graph = new Map();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
    const targets = new Set();
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith(".")) continue;
      const target = resolveSpecifier(file, fileName);
      if (target !== undefined && inside.has(target)) targets.add(target);
    }
    graph.set(file, [...targets].sort());
  }
  return graph;
}

/** Strongly connected components that form a circle (Tarjan, iterative so deep trees cannot overflow). */
export function circles(graph) {
  let counter = 0;
  const index = new Map();
  const low = new Map();
  const onStack = new Set();
  const stack = [];
  const found = [];
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work = [[start, 0]];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const [node, next] = frame;
      const edges = graph.get(node) ?? [];
      if (next < edges.length) {
        frame[1]++;
        const target = edges[next];
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push([target, 0]);
        } else if (onStack.has(target)) {
          low.set(node, Math.min(low.get(node), index.get(target)));
        }
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1][0];
        low.set(parent, Math.min(low.get(parent), low.get(node)));
      }
      if (low.get(node) === index.get(node)) {
        const component = [];
        let member;
        do {
          member = stack.pop();
          onStack.delete(member);
          component.push(member);
        } while (member !== node);
        const selfImport = (graph.get(node) ?? []).includes(node);
        if (component.length > 1 || selfImport) found.push(component.sort());
      }
    }
  }
  return found;
}

/** One concrete circle inside `component`, as a path that returns to its first file. */
export function exampleCircle(graph, component) {
  const members = new Set(component);
  const start = component[0];
  const previous = new Map([[start, undefined]]);
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift();
    for (const target of graph.get(node) ?? []) {
      if (!members.has(target)) continue;
      if (target === start) {
        const path = [start];
        for (let at = node; at !== undefined && at !== start; at = previous.get(at)) path.splice(1, 0, at);
        return [...path, start];
      }
      if (!previous.has(target)) {
        previous.set(target, node);
        queue.push(target);
      }
    }
  }
  return [start, start];
}

function main() {
  const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
  const roots = (process.argv.length > 2 ? process.argv.slice(2) : ["src", "gen"]).map((dir) => resolve(repo, dir));
  const graph = importGraph(...roots);
  const found = circles(graph);
  const name = (file) => relative(repo, file);
  if (found.length === 0) {
    console.log(`check-imports: ${graph.size} files under ${roots.map(name).join(", ")}, no import circle`);
    return;
  }
  for (const component of found) {
    console.error(`check-imports: ${component.length}-file import circle: ${component.map(name).join(", ")}`);
    console.error(`  for example: ${exampleCircle(graph, component).map(name).join(" -> ")}`);
  }
  process.exit(1);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
