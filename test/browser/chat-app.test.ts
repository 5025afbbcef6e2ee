// The example web app in Chromium, against the reference server over a real WebSocket: sign in,
// history, formatted messages answered by the Node echo bot, typing both ways, an image upload with
// its progress bar, and a dropped connection the page recovers from. Ends with a screenshot.
import { mkdir } from "node:fs/promises";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type OsmiumClient, type UpdatePayload, chatRefKey, parseMarkdown } from "../../src/index.js";
import { ADA, type ChatWorld, createChatWorld } from "./support/chat-fixture.js";
import { launchChromium } from "./support/chromium.js";
import { drawTestImage } from "./support/test-image.js";

const SCREENSHOT = "test-results/browser-chat.png";

/** Each message on the page as [author, body HTML, extra text]. */
function shownMessages(page: Page): Promise<Array<[string, string, string]>> {
  return page.$$eval("#messages .message", (items) =>
    items.map((li) => [
      li.querySelector(".author")?.textContent ?? "",
      li.querySelector(".body")?.innerHTML ?? "",
      Array.from(li.querySelectorAll(".edited"), (e) => e.textContent).join(""),
    ]),
  ) as Promise<Array<[string, string, string]>>;
}

/** Resolves with the next update `event` on a Node client that `match` accepts. */
function nextUpdate<E extends "chatTyping" | "messageCreated">(client: OsmiumClient, event: E, match: (payload: UpdatePayload<E>) => boolean): Promise<UpdatePayload<E>> {
  return new Promise((resolve) => {
    const listener = (payload: UpdatePayload<E>) => {
      if (!match(payload)) return;
      client.off(event, listener as never);
      resolve(payload as never);
    };
    client.on(event, listener as never);
  });
}

describe("the example chat page in Chromium", () => {
  let world: ChatWorld;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    [world, browser] = await Promise.all([createChatWorld(), launchChromium()]);
    page = await browser.newPage({ viewport: { width: 1000, height: 640 } });
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") pageErrors.push(message.text());
    });
    page.setDefaultTimeout(10_000);
  });
  afterAll(async () => {
    await browser?.close();
    await world?.close();
  });

  it("connects, refuses a wrong password, signs in, and shows communities, channels and history", async () => {
    await page.goto(world.pageUrl);
    await page.locator('#status[data-state="ready"]').waitFor();
    expect(await page.textContent("#status")).toBe("online");

    await page.fill("#email", ADA.email);
    await page.fill("#password", "not the password");
    await page.click("#sign-in");
    await expect.poll(() => page.textContent("#auth-error")).toBe("email or password is incorrect");

    await page.fill("#password", ADA.password);
    await page.click("#sign-in");
    await page.locator("#chat").waitFor();
    expect(await page.textContent("#me")).toBe("Ada");
    expect(await page.$$eval("#communities h3", (hs) => hs.map((h) => h.textContent))).toEqual(["Osmium Demo"]);
    expect(await page.$$eval(".channel", (bs) => bs.map((b) => [b.textContent, b.getAttribute("aria-current")]))).toEqual([
      ["# general", "true"],
      ["# random", "false"],
    ]);
    expect(await page.textContent("#channel-title")).toBe("Osmium Demo #general");
    await expect.poll(() => shownMessages(page)).toEqual([["Grace", "Welcome to <b>Osmium Demo</b>! Try <code>!ping</code> or <code>!echo</code>.", ""]]);
  });

  it("sends formatted text that the Node echo bot receives and answers on the page", async () => {
    const received = nextUpdate(world.bot.client, "messageCreated", (p) => p.message?.authorId === world.ada.user.id);
    await page.fill("#draft", "!echo hello **bold** and _italic_ 👋");
    await page.press("#draft", "Enter");
    const { message } = await received;
    expect(message?.message).toBe("!echo hello bold and italic 👋");
    expect(message?.entities.map((e) => [e.entity.case, e.startIndex, e.length])).toEqual([
      ["bold", 12, 4],
      ["italic", 21, 6],
    ]);
    await expect.poll(() => shownMessages(page)).toEqual([
      ["Grace", "Welcome to <b>Osmium Demo</b>! Try <code>!ping</code> or <code>!echo</code>.", ""],
      ["Ada", "!echo hello <b>bold</b> and <i>italic</i> 👋", ""],
      ["Echo Bot", "hello <b>bold</b> and <i>italic</i> 👋", ""],
    ]);
    expect(await page.$eval("#messages .message:last-child", (li) => li.className)).toBe("message bot");
    expect(await page.inputValue("#draft")).toBe("");
  });

  it("shows others typing and their messages live, and tells them when the user types", async () => {
    await world.grace.chats.setTyping({ chatRef: world.general, typing: true });
    await expect.poll(() => page.textContent("#typing")).toBe("Grace is typing…");

    const adaTyping = nextUpdate(world.grace, "chatTyping", (p) => p.userId === world.ada.user.id);
    await page.type("#draft", "hel");
    const typing = await adaTyping;
    expect([typing.typing, chatRefKey(typing.chatRef ?? world.general)]).toEqual([true, chatRefKey(world.general)]);
    await page.fill("#draft", "");

    await world.grace.messages.sendMessage({ chatRef: world.general, ...parseMarkdown("Hi Ada, all ~~bad~~ **good** here") });
    await expect.poll(async () => (await shownMessages(page)).at(-1)).toEqual(["Grace", "Hi Ada, all <s>bad</s> <b>good</b> here", ""]);
    // A message from someone ends their typing indicator even before their "stopped typing" arrives.
    expect(await page.textContent("#typing")).toBe("");
  });

  it("uploads an image in parts with a progress bar, sends it, and shows it", async () => {
    const png = await drawTestImage(page, 400, 240);
    // Record every label the progress display shows, in order, as the DOM changes.
    await page.evaluate(() => {
      const log: string[] = [];
      (window as unknown as { uploadLog: string[] }).uploadLog = log;
      new MutationObserver((records) => {
        for (const record of records) record.addedNodes.forEach((node) => log.push(node.textContent ?? ""));
      }).observe(document.getElementById("upload-label") as HTMLElement, { childList: true });
    });
    await page.setInputFiles("#file", { name: "photo.png", mimeType: "image/png", buffer: png });
    await expect.poll(() => page.textContent("#upload-label")).toMatch(/^Sent photo\.png/);

    const partBytes = 64 * 1024;
    const parts = Math.ceil(png.byteLength / partBytes);
    expect(parts).toBeGreaterThanOrEqual(3);
    const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
    const expected = [0, ...Array.from({ length: parts }, (_, i) => Math.min(png.byteLength, (i + 1) * partBytes))].map(
      (sent) => `Uploading photo.png: ${Math.round((sent / png.byteLength) * 100)}% (${kib(sent)} of ${kib(png.byteLength)})`,
    );
    expect(await page.evaluate(() => (window as unknown as { uploadLog: string[] }).uploadLog)).toEqual([...expected, `Sent photo.png (${kib(png.byteLength)})`]);
    expect(await page.$eval("#upload-progress", (p) => (p as HTMLProgressElement).value)).toBe(1);

    // The server stored the file whole, and the page downloaded it back and decoded it.
    const { messages } = await world.grace.messages.getHistory({ chatRef: world.general, limit: 1 });
    const media = messages[0]?.media[0]?.media;
    expect(media?.case).toBe("file");
    const file = media?.case === "file" ? media.value.file : undefined;
    expect([file?.size, file?.mimetype, file?.filename, file?.metadata?.metadata]).toEqual([
      BigInt(png.byteLength),
      "image/png",
      "photo.png",
      { case: "image", value: expect.objectContaining({ width: 400, height: 240 }) },
    ]);
    const img = page.locator("#messages .message:last-child img");
    await expect.poll(() => img.evaluate((i) => [(i as HTMLImageElement).naturalWidth, (i as HTMLImageElement).naturalHeight])).toEqual([400, 240]);
  });

  it("reconnects after the server drops every connection, and keeps working", async () => {
    const states: string[] = [];
    await page.exposeFunction("recordState", (state: string) => states.push(state));
    await page.evaluate(() => {
      const status = document.getElementById("status") as HTMLElement;
      new MutationObserver(() => (window as unknown as { recordState(s: string): void }).recordState(status.dataset.state ?? "")).observe(status, {
        attributes: true,
        attributeFilter: ["data-state"],
      });
    });
    world.server.dropConnections();
    await expect.poll(() => page.textContent("#notice")).toMatch(/^Reconnected after 1 attempt \(\d+ ms offline\)\.$/);
    await expect.poll(() => states).toEqual(["reconnecting", "connecting", "handshaking", "ready"]);
    expect(await page.textContent("#status")).toBe("online");
    // The bot was dropped too; once it is back, a command still gets its answer (sent, then edited).
    await expect.poll(() => world.bot.client.state).toBe("ready");
    await page.fill("#draft", "!ping");
    await page.press("#draft", "Enter");
    await expect.poll(async () => (await shownMessages(page)).slice(-2)).toEqual([
      ["Ada", "!ping", ""],
      ["Echo Bot", expect.stringMatching(/^pong \(\d+ ms\)$/), "(edited)"],
    ]);
  });

  it("looks right mid-conversation (screenshot artifact)", async () => {
    await world.grace.messages.sendMessage({ chatRef: world.general, message: "Nice picture! Back online too 🎉" });
    await world.grace.chats.setTyping({ chatRef: world.general, typing: true });
    await expect.poll(() => page.textContent("#typing")).toBe("Grace is typing…");
    await page.mouse.move(0, 0);
    await mkdir("test-results", { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    expect(pageErrors).toEqual([]);
  });

  it("signs up a new account in a fresh tab, which starts with no communities", async () => {
    const context = await browser.newContext();
    try {
      const tab = await context.newPage();
      await tab.goto(world.pageUrl);
      await tab.locator('#status[data-state="ready"]').waitFor();
      await tab.fill("#email", "linus@example.com");
      await tab.fill("#password", "hunter22hunter");
      await tab.fill("#name", "Linus");
      await tab.click("#sign-up");
      await tab.locator("#chat").waitFor();
      expect(await tab.textContent("#me")).toBe("Linus");
      expect(await tab.$$eval(".channel", (bs) => bs.length)).toBe(0);
      expect(await tab.textContent("#channel-title")).toBe("Pick a channel");
      // The tab keeps the session for a reload: it comes back signed in without the form.
      await tab.reload();
      await tab.locator("#chat").waitFor();
      expect(await tab.textContent("#me")).toBe("Linus");
    } finally {
      await context.close();
    }
  });
});
