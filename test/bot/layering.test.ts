// The toolkit and the harness stand on the public API: src/bot imports only "../index.js" (the
// package entry) besides its own files, and the harness only the client's entry and the public
// TestServer; nothing imports the bot except its entry's users.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = new URL("../../", import.meta.url).pathname;
const importsOf = (dir: string) =>
  readdirSync(join(root, dir)).flatMap((file) =>
    [...readFileSync(join(root, dir, file), "utf8").matchAll(/^(?:import|export)[^"]*from "([^"]+)"/gm)].map((m) => m[1] ?? ""),
  );
const outside = (specifiers: string[]) => [...new Set(specifiers.filter((s) => !s.startsWith("./")))].sort();

describe("layering", () => {
  it("src/bot uses the public client API only", () => {
    expect(outside(importsOf("src/bot"))).toEqual(["../index.js"]);
  });

  it("the harness uses the client's entry and the public TestServer only", () => {
    expect(outside(importsOf("src/testing/harness"))).toEqual(["../../index.js", "../server.js", "../test-api.js"]);
  });

  it("nothing in the client or the server imports the bot or the harness", () => {
    const files = (dir: string): string[] =>
      readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? (["bot", "harness"].includes(entry.name) ? [] : files(join(dir, entry.name))) : [join(dir, entry.name)],
      );
    // The `osmium-chat` command is an app on top of the package: it may use the bot's entry (serve's echo bot).
    const source = (file: string) => {
      const text = readFileSync(join(root, file), "utf8");
      return file.startsWith("src/cli/") ? text.replaceAll('from "../bot/index.js"', "") : text;
    };
    const offenders = files("src").filter((file) => file !== "src/testing/index.ts" && /from "[^"]*(\/bot\/|\/harness\/)/.test(source(file)));
    expect(offenders).toEqual([]);
  });
});
