// The example page before its first connection, and the address its build script prints: a page
// whose server cannot be reached says so and why (not "Connection lost. Reconnecting…", since it
// never connected), and `build.mjs --serve` prints the port it really serves on and the server the
// page will use.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refusedUrl } from "../reliability/support/refusing-servers.js";
import { type ExampleSite, serveExample } from "./support/chat-fixture.js";
import { launchChromium } from "./support/chromium.js";

const buildScript = new URL("../../examples/browser/build.mjs", import.meta.url).pathname;

describe("the example page when the server cannot be reached", () => {
  let site: ExampleSite | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    await Promise.all([serveExample().then((s) => (site = s)), launchChromium().then((b) => (browser = b))]);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it("says it cannot reach the server, where, and why, and never that a connection was lost", async () => {
    if (!site || !browser) throw new Error("not started");
    const url = await refusedUrl();
    const page = await browser.newPage();
    await page.goto(site.pageUrl(url));
    await page.locator('#status[data-state="closed"]').waitFor();
    expect(await page.textContent("#status")).toBe("disconnected");
    expect(await page.textContent("#notice")).toBe(
      `Cannot reach the server at ${url} (the browser gives pages no reason). Is it running? Start it with npx osmium-chat serve, or open this page with ?server=ws://host:port; then reload.`,
    );
    await page.close();
  });
});

describe("build.mjs --serve", () => {
  let child: ChildProcess | undefined;
  let outdir = "";

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = once(child, "exit");
      child.kill("SIGTERM");
      await exited;
    }
    if (outdir) await rm(outdir, { recursive: true, force: true });
  });

  it("prints the port it really serves on (--port 0) and the server the page connects to", async () => {
    outdir = await mkdtemp(join(tmpdir(), "osmium-example-"));
    const server = "ws://127.0.0.1:41999";
    child = spawn(process.execPath, [buildScript, "--outdir", outdir, "--serve", "--port", "0", "--server", server], { stdio: ["ignore", "pipe", "inherit"] });
    let output = "";
    for await (const chunk of child.stdout ?? []) {
      output += String(chunk);
      if (output.includes("example on")) break;
    }
    const printed = /example on (http:\/\/127\.0\.0\.1:(\d+)\/\?server=(\S+)) \(the page connects to (\S+): start it with npx osmium-chat serve --port <port>\)/.exec(output);
    expect(printed?.slice(3)).toEqual([server, server]);
    expect(Number(printed?.[2])).toBeGreaterThan(0);
    const response = await fetch(printed?.[1] ?? "");
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("<html");
  });
});
