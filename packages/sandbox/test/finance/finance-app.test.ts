/**
 * What every dashboard response carries: GOV.UK Frontend's files served by the sandbox itself, a policy that names
 * no other origin, and the dashboard switched off when the sandbox has a control token.
 */
import { describe, expect, it } from "vitest";
import { GOVUK_FRONTEND_ASSETS } from "../../src/finance/govuk-frontend-assets.ts";
import { testSandbox } from "../helpers/test-sandbox.ts";

describe("/finance's files and headers", () => {
  it("serves GOV.UK Frontend's stylesheet with its fonts and images under /finance/assets", async () => {
    const { client } = testSandbox();
    const css = await client.get("/finance/assets/govuk-frontend.min.css");
    expect(css.status).toBe(200);
    expect(css.headers.get("content-type")).toBe("text/css; charset=utf-8");
    expect(css.text).not.toContain("url(/assets/");
    const urls = [...css.text.matchAll(/url\(([^)]+)\)/g)].map((match) => match[1] ?? "");
    expect(urls.length).toBeGreaterThan(0);
    for (const url of new Set(urls)) {
      expect(url).toMatch(/^\/finance\/assets\/assets\//);
      const asset = await client.get(url);
      expect(asset.status, url).toBe(200);
      expect(asset.headers.get("content-type")).toBe(GOVUK_FRONTEND_ASSETS[url.replace("/finance/assets/", "")]);
    }
    for (const file of ["govuk-frontend.min.js", "init.js", "finance.css"]) {
      expect((await client.get(`/finance/assets/${file}`)).status).toBe(200);
    }
    expect((await client.get("/finance/assets/../package.json")).status).toBe(404);
    expect((await client.get("/finance/assets/govuk-frontend.min.js.map")).status).toBe(404);
  });

  it("sends pages with a policy that allows only the sandbox's own files, and answers unknown pages with a 404 page", async () => {
    const { client } = testSandbox();
    const page = await client.get("/finance/manage-cpd-contracts");
    const policy = page.headers.get("content-security-policy") ?? "";
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/https?:|\*|unsafe/);
    const links = [...page.text.matchAll(/(?:href|src)="([^"]+)"/g)].map((match) => match[1] ?? "");
    expect(links.filter((link) => !link.startsWith("/") && !link.startsWith("#"))).toEqual([]);
    const missing = await client.get("/finance/nowhere");
    expect(missing.status).toBe(404);
    expect(missing.text).toContain("Page not found");
  });

  it("reads a body that is not a form as a form with no fields: the page asks again, never a 500", async () => {
    const { client } = testSandbox();
    for (const [type, body] of [
      ["multipart/form-data", "not multipart"],
      ["multipart/form-data; boundary=x", "--x\r\nbroken"],
      ["application/json", '{"lead_provider":'],
      ["text/plain", "lead_provider=x"],
      ["application/x-www-form-urlencoded", "lead_provider=%zz&lead_provider=%"],
    ]) {
      const page = await client.post("/finance/payment-breakdowns/choose-provider-ecf", {
        rawBody: body,
        headers: { "content-type": type ?? "" },
      });
      expect(page.status, type).toBe(422);
      expect(page.text).toContain("Select a provider");
    }
    const selector = await client.post("/finance/payment-breakdowns/choose-ecf-statement", {
      rawBody: "not multipart",
      headers: { "content-type": "multipart/form-data" },
    });
    expect(selector.status).toBe(303);
    expect(selector.headers.get("location")).toBe("/finance/payment-breakdowns/choose-provider-ecf");
  });

  it("is off when the sandbox runs with a control token", async () => {
    const { client } = testSandbox({ controlToken: "secret" });
    const page = await client.get("/finance/manage-cpd-contracts");
    expect(page.status).toBe(403);
    expect(page.text).toContain("The finance dashboard is off");
    expect((await client.get("/finance/assets/govuk-frontend.min.css")).status).toBe(200);
  });

  it("leaves dashboard requests out of the request log", async () => {
    const { client } = testSandbox();
    await client.get("/finance/manage-cpd-contracts");
    expect((await client.get("/__sandbox/requests")).body.data).toEqual([]);
  });
});
