import { describe, expect, it } from "vitest";
import { testSandbox } from "./helpers/test-sandbox.ts";

describe("/docs", () => {
  it("serves an API reference page that loads only local assets", async () => {
    const { sandbox } = testSandbox();
    const response = await sandbox.app.request("/docs");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('src="/docs/assets/swagger-ui-bundle.js"');
    expect(html).not.toMatch(/https?:\/\//);
  });

  it.each(["swagger-ui-bundle.js", "swagger-ui-standalone-preset.js", "swagger-ui.css"])(
    "serves %s from the installed package",
    async (file) => {
      const { sandbox } = testSandbox();
      const response = await sandbox.app.request(`/docs/assets/${file}`);
      expect(response.status).toBe(200);
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    },
  );

  it("serves the control API document pointed at this sandbox", async () => {
    const { sandbox } = testSandbox();
    const response = await sandbox.app.request("http://localhost:4010/docs/sandbox-v1.json");
    expect(response.status).toBe(200);
    const document = (await response.json()) as { openapi: string; servers: unknown };
    expect(document.openapi).toBe("3.1.0");
    expect(document.servers).toEqual([{ url: "http://localhost:4010", description: "This sandbox" }]);
  });

  it("answers 404 for files it does not have", async () => {
    const { sandbox } = testSandbox();
    expect((await sandbox.app.request("/docs/assets/index.html")).status).toBe(404);
    expect((await sandbox.app.request("/docs/secrets.json")).status).toBe(404);
    expect((await sandbox.app.request("/docs/assets/..%2F..%2Fpackage.json")).status).toBe(404);
  });
});
