/**
 * What the browser tests share: the sandbox served over a socket on port 0, opened in Chromium by a name other than
 * localhost (NON_LOOPBACK_HOST), and axe run on a page.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import type { Sandbox } from "../../src/index.ts";
import { launchChromium, NON_LOOPBACK_HOST } from "./chromium.ts";

export interface ServedBrowser {
  /** `http://<NON_LOOPBACK_HOST>:<port>`, set before the file's tests run. */
  origin: string;
  browser: Browser;
}

/** Serves the sandbox and launches Chromium before the file's tests; closes both after them. */
export function useServedBrowser(sandbox: Sandbox): ServedBrowser {
  const served = { origin: "" } as ServedBrowser;
  let server: ReturnType<typeof serve> | undefined;
  beforeAll(async () => {
    server = serve({ fetch: sandbox.app.fetch, port: 0, hostname: "127.0.0.1" });
    await new Promise<void>((resolve) => server?.once("listening", () => resolve()));
    served.origin = `http://${NON_LOOPBACK_HOST}:${(server.address() as AddressInfo).port}`;
    served.browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await served.browser?.close();
    await new Promise<void>((resolve) => (server === undefined ? resolve() : server.close(() => resolve())));
  });
  return served;
}

const AXE_SOURCE = readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

interface AxeResults {
  readonly violations: readonly {
    id: string;
    impact?: string | null;
    nodes: readonly { target: readonly string[] }[];
  }[];
}

/**
 * axe's violations on the page, as `rule: first target` lines; with `seriousOnly`, the serious and critical ones. axe
 * is injected past the page's policy, as a browser extension would be (the context needs `bypassCSP`).
 */
export async function axeViolations(page: Page, { seriousOnly = false } = {}): Promise<string[]> {
  await page.addScriptTag({ content: await AXE_SOURCE });
  const results = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<AxeResults> } }).axe;
    return axe.run();
  });
  return results.violations
    .filter((violation) => !seriousOnly || violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.nodes[0]?.target.join(" ")}`);
}
