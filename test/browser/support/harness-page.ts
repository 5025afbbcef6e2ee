// The page the SDK's own browser tests run in: the harness bundles (built from the package's dist/),
// served over HTTP and opened in Chromium, with `nodeControl` wired to the running test's handler.
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { GOOD_TOKEN, ScriptedServer } from "../../client/support/scripted-server.js";
import type { CaseContext, HarnessWindow } from "../harness/api.js";
import { type BundleDir, bundleForBrowser } from "./bundle.js";
import { launchChromium } from "./chromium.js";
import { type StaticServer, serveStatic } from "./static-server.js";

/** What a Node-side test of the harness uses. */
export interface HarnessPage {
  readonly page: Page;
  /** This test's scripted server, on a real WebSocket on loopback. */
  readonly server: ScriptedServer;
  /** The context a case connects with: this test's server and the token it accepts. */
  readonly context: CaseContext;
  /** Handles the page's `nodeControl(action)` calls for the running test. */
  control(handler: (action: string) => void | Promise<void>): void;
  /** Runs a `window.core` case in the page. */
  run(name: string, context?: CaseContext): Promise<unknown>;
}

/** Registers the hooks: one Chromium and page per file, one scripted server per test. */
export function useHarnessPage(): HarnessPage {
  let bundle: BundleDir | undefined;
  let web: StaticServer | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  let server: ScriptedServer | undefined;
  let url = "";
  let handler: (action: string) => void | Promise<void> = (action) => {
    throw new Error(`this test does not expect nodeControl("${action}")`);
  };

  beforeAll(async () => {
    [bundle, browser] = await Promise.all([bundleForBrowser(["harness/core.ts", "harness/codec.ts"], ["harness/harness.html"]), launchChromium()]);
    web = await serveStatic(bundle.dir);
    page = await browser.newPage();
    await page.exposeFunction("nodeControl", (action: string) => handler(action));
    await page.goto(`${web.origin}/harness.html`);
    await page.waitForFunction(() => "core" in window && "codec" in window);
  });
  afterAll(async () => {
    await browser?.close();
    await web?.close();
    await bundle?.remove();
  });
  beforeEach(async () => {
    server = new ScriptedServer();
    url = await server.listen();
  });
  afterEach(async () => {
    handler = (action) => {
      throw new Error(`no test expects nodeControl("${action}")`);
    };
    await server?.close();
  });

  const harness: HarnessPage = {
    get page() {
      if (!page) throw new Error("the page is not open yet");
      return page;
    },
    get server() {
      if (!server) throw new Error("no server yet");
      return server;
    },
    get context() {
      return { url, token: GOOD_TOKEN };
    },
    control(next) {
      handler = next;
    },
    run(name, context = harness.context) {
      return harness.page.evaluate(([n, c]) => (window as unknown as HarnessWindow).core[n as string]?.(c as CaseContext), [name, context] as const);
    },
  };
  return harness;
}
