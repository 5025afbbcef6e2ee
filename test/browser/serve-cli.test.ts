// The example page as docs/browser.md tells users to run it: against `osmium-chat serve` (the
// package's CLI, started from dist/ on port 0), signing in with the account it seeds.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ExampleSite, serveExample } from "./support/chat-fixture.js";
import { launchChromium } from "./support/chromium.js";

const cli = new URL("../../dist/cli.js", import.meta.url).pathname;

/** Starts `osmium-chat serve --port 0`; resolves with the process and the URL it prints. */
async function startServe(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [cli, "serve", "--port", "0"], { stdio: ["ignore", "pipe", "inherit"] });
  let output = "";
  for await (const chunk of child.stdout ?? []) {
    output += String(chunk);
    const url = /listening on (ws:\/\/\S+)/.exec(output)?.[1];
    if (url) return { child, url };
  }
  child.kill("SIGKILL");
  throw new Error(`osmium-chat serve ended its output without a URL: ${output}`);
}

describe("the example page against `osmium-chat serve`", () => {
  let serve: { child: ChildProcess; url: string } | undefined;
  let site: ExampleSite | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    // Each assigned as it comes, so afterAll stops whatever did start if another one fails.
    await Promise.all([startServe().then((s) => (serve = s)), serveExample().then((s) => (site = s)), launchChromium().then((b) => (browser = b))]);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    if (serve && serve.child.exitCode === null) {
      const exited = once(serve.child, "exit");
      serve.child.kill("SIGTERM");
      await exited;
    }
  });

  it("signs in with the seeded account and opens the demo community's first channel", async () => {
    if (!serve || !site || !browser) throw new Error("not started");
    const page = await browser.newPage();
    await page.goto(site.pageUrl(serve.url));
    await page.fill("#email", "ada@example.com");
    await page.fill("#password", "password123");
    await page.click("#sign-in");
    await page.locator("#chat").waitFor();
    expect(await page.textContent("#me")).toBe("Ada");
    expect(await page.$$eval(".channel", (bs) => bs.map((b) => b.textContent))).toEqual(["# general", "# random"]);
    expect(await page.textContent("#channel-title")).toBe("Osmium Demo #general");
    await page.fill("#draft", "hello from the **browser**");
    await page.press("#draft", "Enter");
    await expect.poll(() => page.$$eval("#messages .body", (bodies) => bodies.map((b) => b.innerHTML))).toEqual(["hello from the <b>browser</b>"]);
  });
});
