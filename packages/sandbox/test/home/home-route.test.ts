import { describe, expect, it } from "vitest";
import { internalControl } from "../../src/create-sandbox.ts";
import { testSandbox } from "../helpers/test-sandbox.ts";

describe("GET /", () => {
  it("answers a self-contained page naming the APIs, the docs, the control API and the tokens", async () => {
    const { client, sandbox } = testSandbox();
    const response = await client.get("/");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(response.text).toContain("<code>/ecf/api/v3</code>");
    expect(response.text).toContain('href="/docs"');
    expect(response.text).toContain("<code>/__sandbox</code>");
    for (const account of internalControl(sandbox).leadProviders()) {
      expect(response.text).toContain(`<code>${account.token}</code>`);
    }
    // Nothing loads from elsewhere: every src and href stays on the sandbox.
    expect(response.text).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(response.text).not.toMatch(/<script/);
  });

  it("leaves the tokens off when the sandbox has a control token", async () => {
    const { client, sandbox } = testSandbox({ controlToken: "secret-control-token" });
    const response = await client.get("/");
    expect(response.status).toBe(200);
    expect(response.text).toContain("control token");
    expect(response.text).not.toContain("secret-control-token");
    for (const account of internalControl(sandbox).leadProviders()) {
      expect(response.text).not.toContain(account.token);
    }
  });
});
