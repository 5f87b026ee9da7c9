// Drives Debian's chromium with playwright-core for the site tests and the scale measurement:
// a page visit records console errors, failed requests, page errors, dialogs and bytes received.
import { existsSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

export function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`no chromium at ${CHROMIUM}: apt-get install -y chromium (as .ci/run does), or set CHROMIUM_PATH`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"],
  });
}

export interface Visit {
  page: Page;
  problems: string[];
  dialogs: string[];
  /** Bytes of response bodies received, by URL path. */
  bytes: Map<string, number>;
  close(): Promise<void>;
}

/** A fresh page (own context, so no cache) that records what went wrong on it. */
export async function openPage(browser: Browser, origin: string): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  const dialogs: string[] = [];
  const bytes = new Map<string, number>();
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console error: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on("response", async (r) => {
    const url = new URL(r.url());
    if (url.origin !== origin) problems.push(`request left the site: ${r.url()}`);
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
    try {
      const body = await r.body();
      bytes.set(url.pathname, (bytes.get(url.pathname) ?? 0) + body.length);
    } catch {
      // redirects and aborted responses have no body
    }
  });
  return { page, problems, dialogs, bytes, close: () => context.close() };
}

/** Waits until Framework has run every cell: no cell is pending and the network is quiet. */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState("networkidle");
  await page.waitForFunction(() => document.querySelectorAll(".observablehq--loading").length === 0);
  await page.waitForLoadState("networkidle");
}
