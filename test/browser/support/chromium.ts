// Launches the machine's Chromium (Debian's /usr/bin/chromium, installed by .ci/run) through
// playwright-core, which drives a browser but never downloads one.
import { type Browser, chromium } from "playwright-core";

/** Where Chromium is; `CHROMIUM_PATH` overrides it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Flags for a headless, sandbox-less Chromium in CI containers that makes no network request of
 * its own (no component updates, sync, QUIC probes or first-run pages). Playwright gives every
 * launch a fresh temporary profile.
 */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-quic",
  "--no-first-run",
  "--disable-component-update",
  "--disable-sync",
];

/** Starts Chromium; close it with `browser.close()`. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, timeout: 30_000 });
}
