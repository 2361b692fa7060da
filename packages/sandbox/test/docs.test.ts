import { describe, expect, it } from "vitest";
import { bundleSiblingReferences } from "../src/docs/bundle-references.ts";
import { testSandbox } from "./helpers/test-sandbox.ts";

/** Every `$ref` string anywhere in a document. */
function references(node: unknown): string[] {
  if (Array.isArray(node)) {
    return node.flatMap(references);
  }
  if (typeof node !== "object" || node === null) {
    return [];
  }
  return Object.entries(node).flatMap(([key, value]) =>
    key === "$ref" && typeof value === "string" ? [value] : references(value),
  );
}

function resolves(document: unknown, ref: string): boolean {
  let node = document;
  for (const segment of ref.slice(2).split("/")) {
    node = (node as Record<string, unknown> | undefined)?.[segment.replaceAll("~1", "/").replaceAll("~0", "~")];
  }
  return node !== undefined;
}

describe("/docs", () => {
  it("serves an API reference page that loads only local assets", async () => {
    const { sandbox } = testSandbox();
    const response = await sandbox.app.request("/docs");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('src="/docs/assets/swagger-ui-bundle.js"');
    expect(html).not.toMatch(/https?:\/\//);
    // Swagger UI's default sends the documents' URLs to validator.swagger.io (test/browser/ sees it happen).
    expect(html).toContain("validatorUrl: null,");
  });

  it("shows both APIs, the NPQ one served at /npq", async () => {
    const { sandbox } = testSandbox();
    const html = await (await sandbox.app.request("/docs")).text();
    expect(html).toContain("ecf-v3.json");
    expect(html).toContain("npq-v3.json");
    const npq = (await (await sandbox.app.request("/docs/npq-v3.json")).json()) as { info: { title: string } };
    expect(npq.info.title).toMatch(/national professional qualifications/);
  });

  it("tells the browser to load nothing from beyond the sandbox it documents", async () => {
    const { sandbox } = testSandbox({ origin: "http://127.0.0.1:4010/" });
    const policy = (await sandbox.app.request("/docs")).headers.get("content-security-policy") ?? "";
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("img-src 'self' data:");
    // "Try it out" calls the origin the documents' servers name, which may differ from the page's own.
    expect(policy).toContain("connect-src 'self' http://127.0.0.1:4010;");
    expect(policy).not.toMatch(/https:|\*/);
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
    const { sandbox } = testSandbox({ origin: "http://127.0.0.1:4010/" });
    const response = await sandbox.app.request("http://localhost:4010/docs/sandbox-v1.json", {
      headers: { host: "localhost:4010" },
    });
    expect(response.status).toBe(200);
    const document = (await response.json()) as { openapi: string; servers: unknown };
    expect(document.openapi).toBe("3.1.0");
    expect(document.servers).toEqual([{ url: "http://127.0.0.1:4010", description: "This sandbox" }]);
  });

  it("never copies the request's Host into the servers: without an origin they are relative", async () => {
    const { sandbox } = testSandbox({ allowedHosts: "any" });
    for (const [name, url] of [
      ["sandbox-v1", "/"],
      ["ecf-v3", "/ecf"],
      ["npq-v3", "/npq"],
    ]) {
      const response = await sandbox.app.request(`http://attacker.example/docs/${name}.json`);
      const document = (await response.json()) as { servers: unknown };
      expect(document.servers).toEqual([{ url, description: "This sandbox" }]);
    }
  });

  it("serves the control API as one document: the ECF schemas it references are copied in", async () => {
    const { sandbox } = testSandbox();
    const response = await sandbox.app.request("/docs/sandbox-v1.json");
    expect(response.status).toBe(200);
    const document = (await response.json()) as { components: { schemas: Record<string, unknown> } };
    const refs = references(document);
    // Swagger UI would fetch `./ecf-v3.yaml` from beside the JSON, where nothing is served.
    expect(refs.filter((ref) => !ref.startsWith("#/"))).toEqual([]);
    expect(refs.filter((ref) => !resolves(document, ref))).toEqual([]);
    expect(refs).toContain("#/components/schemas/ParticipantResponse");
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining(["ParticipantResponse", "Participant", "ParticipantEnrolment", "StatementResponse"]),
    );
  });

  it("refuses to bundle a component over one of the document's own", async () => {
    const document = {
      components: {
        schemas: { Cohort: { type: "integer" }, Thing: { $ref: "./ecf-v3.yaml#/components/schemas/Cohort" } },
      },
    };
    const ecf = { components: { schemas: { Cohort: { type: "string" } } } };
    await expect(bundleSiblingReferences(document, async () => ecf)).rejects.toThrow(/already has a component/);
    await expect(
      bundleSiblingReferences(
        { components: { schemas: { Thing: { $ref: "./ecf-v3.yaml#/components/schemas/Cohort" } } } },
        async () => ecf,
      ),
    ).resolves.toEqual({
      components: { schemas: { Thing: { $ref: "#/components/schemas/Cohort" }, Cohort: { type: "string" } } },
    });
  });

  it("answers 404 for files it does not have", async () => {
    const { sandbox } = testSandbox();
    expect((await sandbox.app.request("/docs/assets/index.html")).status).toBe(404);
    expect((await sandbox.app.request("/docs/secrets.json")).status).toBe(404);
    expect((await sandbox.app.request("/docs/assets/..%2F..%2Fpackage.json")).status).toBe(404);
  });
});
