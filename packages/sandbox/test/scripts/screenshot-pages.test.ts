/**
 * `pnpm screenshots`' pages (scripts/screenshot-pages.ts) are real pages: in the sandbox the script starts, each answers
 * 200 with the page it is named for, and each has its PNG in docs/screenshots/ (which the README shows). The PNGs
 * themselves are not taken here: Chromium would add half a minute to every run for pictures nobody compares.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SCREENSHOT_SANDBOX, screenshotPages } from "../../scripts/screenshot-pages.ts";
import { createSandbox } from "../../src/index.ts";
import { textOf } from "../helpers/finance.ts";

const HEADINGS: Readonly<Record<string, RegExp>> = {
  landing: /Manage CPD contracts View financial statements/,
  "statement-list": /Statements Lead provider/,
  "ecf-statement": /Initial teacher training and early career framework \(ITTECF\)/,
  "ecf-statement-2025": /Early career teacher programme: financial statements/,
  "voided-declarations": /Voided declarations Declaration ID/,
  participant: /Participant Identities/,
  authorise: /Check \w+ \d{4} statement details before authorising for payment/,
  "npq-statement": /Statement summary Declaration type Received/,
};

describe("the screenshots' pages", () => {
  it("are the dashboard's pages, each with its PNG in docs/screenshots", { timeout: 60_000 }, async () => {
    const sandbox = createSandbox(SCREENSHOT_SANDBOX);
    const pages = await screenshotPages(async (path) => sandbox.app.request(path));
    expect(pages.map((page) => page.name)).toEqual(Object.keys(HEADINGS));
    for (const { name, path } of pages) {
      const response = await sandbox.app.request(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(textOf(await response.text())).toMatch(HEADINGS[name] ?? /^$/);
      expect(existsSync(join(import.meta.dirname, "../../../../docs/screenshots", `${name}.png`)), name).toBe(true);
    }
  });
});
