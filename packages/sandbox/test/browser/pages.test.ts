/**
 * `/` and `/docs` in real Chromium, served over a socket and opened by a host name that is not localhost (Swagger UI
 * calls its online validator only for such pages): the pages render, log no error, are accessible by axe's rules,
 * and request nothing from beyond the sandbox's origin (sandbox-docs-ui.md).
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { SPEC_DOCUMENTS, type SpecName } from "../../src/docs/spec-documents.ts";
import { createSandbox } from "../../src/index.ts";
import { NON_LOOPBACK_HOST, SKIP_BROWSER } from "../helpers/chromium.ts";
import { axeViolations, useServedBrowser } from "../helpers/served-browser.ts";
import { TEST_NOW } from "../helpers/test-sandbox.ts";

const sandbox = createSandbox({ now: TEST_NOW, allowedHosts: [NON_LOOPBACK_HOST] });
const served = useServedBrowser(sandbox);

interface Visit {
  readonly page: Page;
  /** Every URL the page asked for, data: URLs aside. */
  readonly requested: string[];
  readonly errors: string[];
}

/**
 * Opens `path` and waits until the network is quiet. A request to anywhere but the sandbox is recorded and then
 * aborted, so that a failing run still sends nothing out. The page's Content-Security-Policy applies (a request it
 * blocks is a console error) unless `bypassCSP`.
 */
async function visit(path: string, { bypassCSP = false } = {}): Promise<Visit> {
  const context = await served.browser.newContext({ bypassCSP });
  const page = await context.newPage();
  const requested: string[] = [];
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") {
      errors.push(message.text());
    }
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.route("**/*", (route) => {
    const url = route.request().url();
    requested.push(url);
    return new URL(url).origin === served.origin ? route.continue() : route.abort("blockedbyclient");
  });
  await page.goto(`${served.origin}${path}`, { waitUntil: "networkidle" });
  return { page, requested, errors };
}

/** The `info.title` of a served document, which Swagger UI shows as the page's heading. */
async function titleOf(name: SpecName): Promise<string> {
  const document = (await (await sandbox.app.request(`/docs/${name}.json`)).json()) as { info: { title: string } };
  return document.info.title;
}

/**
 * axe's findings on Swagger UI 5.35's own markup (contrast of its example boxes, its heading levels, a button in a
 * button, an unlabelled servers menu, content outside landmarks): not ours to fix, but pinned, so that one more, from
 * our page or an upgrade, fails the test.
 */
const SWAGGER_UI_AXE_VIOLATIONS = new Set([
  "color-contrast",
  "heading-order",
  "nested-interactive",
  "region",
  "select-name",
]);

function offOrigin(requested: readonly string[]): string[] {
  return requested.filter((url) => new URL(url).origin !== served.origin);
}

// Starting Chromium and rendering Swagger UI take seconds on a busy machine.
describe.skipIf(SKIP_BROWSER)("the pages in Chromium, opened as http://docs.lpkit.test", { timeout: 60_000 }, () => {
  it("/docs renders both APIs' operations from the sandbox alone, with no error and only Swagger UI's own axe findings", async () => {
    const { page, requested, errors } = await visit("/docs");
    await page
      .locator(".information-container .title")
      .getByText(await titleOf("ecf-v3"))
      .waitFor();
    expect(await page.locator(".opblock-summary-path").allTextContents()).toContain("/api/v3/participants");

    await page.locator("#select").selectOption({ label: SPEC_DOCUMENTS["sandbox-v1"].title });
    await page
      .locator(".information-container .title")
      .getByText(await titleOf("sandbox-v1"))
      .waitFor();
    await page.waitForLoadState("networkidle");
    expect(await page.locator(".opblock-summary-path").allTextContents()).toContain("/__sandbox/reset");

    expect(requested).toContain(`${served.origin}/docs/assets/swagger-ui-bundle.js`);
    expect(requested).toContain(`${served.origin}/docs/sandbox-v1.json`);
    expect(offOrigin(requested)).toEqual([]);
    expect(errors).toEqual([]);
    const ruleIds = (await axeViolations(page)).map((line) => line.split(":")[0]);
    expect(new Set(ruleIds)).toEqual(SWAGGER_UI_AXE_VIOLATIONS);
    await page.context().close();
  });

  it("/ renders its addresses, requests nothing else, and passes axe's rules", async () => {
    // The home page's policy forbids every script; axe is injected past it, as a browser extension would be.
    const { page, requested, errors } = await visit("/", { bypassCSP: true });
    expect(await page.locator("body").textContent()).toContain("/ecf/api/v3");
    expect(requested).toEqual([`${served.origin}/`]);
    expect(errors).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
