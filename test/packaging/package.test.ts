// The package as users get it: `npm pack`, installed from the tarball into a fresh project, then
// used from Node ESM `import` and CJS `require`, and type-checked from a consumer under
// moduleResolution node16 (ESM and CJS files) and bundler.
import { rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consumerProject, repo, run } from "./consumer-project.js";
import { CONSUMER_CJS, CONSUMER_TYPES, USE_FROM_CJS, USE_FROM_ESM } from "./consumer-sources.js";

const tsc = join(repo, "node_modules/typescript/bin/tsc");

/** What both Node scripts print: the SDK worked end to end against the reference server in memory. */
const EXPECTED_RUN = { ready: "Ada", sent: "hello **world**", formatted: "hello <b>world</b>", errorCode: "invalid_argument" };

describe("the packed package", () => {
  let dir = "";
  let remove = async () => {};

  beforeAll(async () => {
    ({ dir, remove } = await consumerProject("osmium-consumer-"));
  }, 120_000);
  afterAll(() => remove());

  it("works from ESM import", async () => {
    await writeFile(join(dir, "use.mjs"), USE_FROM_ESM);
    const { stdout } = await run(process.execPath, ["use.mjs"], { cwd: dir });
    expect(JSON.parse(stdout)).toEqual({ ...EXPECTED_RUN, format: "esm" });
  });

  it("works from CJS require", async () => {
    await writeFile(join(dir, "use.cjs"), USE_FROM_CJS);
    const { stdout } = await run(process.execPath, ["use.cjs"], { cwd: dir });
    expect(JSON.parse(stdout)).toEqual({ ...EXPECTED_RUN, format: "cjs" });
  });

  it.each([
    ["node16", { module: "node16", moduleResolution: "node16" }, ["consumer.mts", "consumer.cts"]],
    ["bundler", { module: "esnext", moduleResolution: "bundler" }, ["consumer.ts"]],
  ] as const)("type-checks a consumer under moduleResolution %s", async (name, resolution, files) => {
    await writeFile(join(dir, "consumer.ts"), CONSUMER_TYPES);
    await writeFile(join(dir, "consumer.mts"), CONSUMER_TYPES);
    await writeFile(join(dir, "consumer.cts"), CONSUMER_CJS);
    const config = {
      compilerOptions: { ...resolution, target: "es2022", lib: ["es2022", "dom"], strict: true, noEmit: true, types: [], skipLibCheck: false },
      files,
    };
    await writeFile(join(dir, `tsconfig.${name}.json`), JSON.stringify(config));
    const result = await run(process.execPath, [tsc, "-p", `tsconfig.${name}.json`], { cwd: dir }).then(
      () => "clean",
      (error: { stdout?: string }) => error.stdout ?? String(error),
    );
    expect(result).toBe("clean");
  }, 60_000);

  it("loads `ws` in Node only when a socket opens: without it, in-memory use works and a URL fails naming it", async () => {
    await writeFile(
      join(dir, "without-ws.mjs"),
      `import { OsmiumClient } from "osmium-chat";
import { createTestServer } from "osmium-chat/testing";
const server = createTestServer();
const { token } = await server.createUser({ name: "Ada" });
const memory = new OsmiumClient({ transport: server.transport(), token });
const ready = (await memory.connect()).user?.name;
await memory.close();
await server.close();
const socket = new OsmiumClient({ url: "ws://127.0.0.1:9", reconnect: false });
const errors = [];
// Up to the cause's own text, which names a path of this machine.
const upToCause = (error) => error.code + ": " + error.message.split(": Error [ERR_MODULE_NOT_FOUND]")[0];
socket.on("error", (error) => errors.push(upToCause(error)));
const failure = await socket.connect().then(() => "connected", upToCause);
console.log(JSON.stringify({ ready, failure, errors }));
`,
    );
    const ws = join(dir, "node_modules/ws");
    await rename(ws, `${ws}.hidden`);
    try {
      const { stdout } = await run(process.execPath, ["without-ws.mjs"], { cwd: dir });
      expect(JSON.parse(stdout)).toEqual({
        ready: "Ada",
        failure: 'connect_failed: could not connect to ws://127.0.0.1:9: cannot load the "ws" package, which osmium-chat uses for WebSockets in Node',
        errors: [
          'transport_error: cannot load the "ws" package, which osmium-chat uses for WebSockets in Node',
          'connect_failed: could not connect to ws://127.0.0.1:9: cannot load the "ws" package, which osmium-chat uses for WebSockets in Node',
        ],
      });
    } finally {
      await rename(`${ws}.hidden`, ws);
    }
  });
});
