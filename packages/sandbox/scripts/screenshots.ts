/**
 * `pnpm screenshots`: the finance dashboard's main pages (screenshot-pages.ts) as PNGs in docs/screenshots/, for the
 * README. Starts the sandbox in this process on a free port, with the default seed and a frozen clock
 * (`SCREENSHOT_SANDBOX`), so the same code draws the same pages; shoots each page whole at desktop width (1280 px) in the system's Chromium
 * (test/helpers/chromium.ts), with animations off.
 */
import { mkdir } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import { createSandbox } from "../src/index.ts";
import { launchChromium } from "../test/helpers/chromium.ts";
import { SCREENSHOT_SANDBOX, screenshotPages } from "./screenshot-pages.ts";

const OUT = join(import.meta.dirname, "../../../docs/screenshots");

const sandbox = createSandbox(SCREENSHOT_SANDBOX);
const server = serve({ fetch: sandbox.app.fetch, port: 0, hostname: "127.0.0.1" });
await new Promise<void>((resolve) => server.once("listening", () => resolve()));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await launchChromium();
try {
  const pages = await screenshotPages((path) => sandbox.app.request(path));
  await mkdir(OUT, { recursive: true });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  for (const { name, path } of pages) {
    await page.goto(`${origin}${path}`, { waitUntil: "networkidle" });
    const file = join(OUT, `${name}.png`);
    await page.screenshot({ path: file, fullPage: true, animations: "disabled", caret: "hide" });
    process.stdout.write(`${name}: ${path} -> docs/screenshots/${name}.png\n`);
  }
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}
