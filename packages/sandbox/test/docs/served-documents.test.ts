/**
 * `/docs/<name>.json` is made once: the YAML is parsed on the first request, and later requests get the same bytes
 * from memory.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { bundleSiblingReferences } from "../../src/docs/bundle-references.ts";
import { readSpecDocument, readSpecFile, servedDocument } from "../../src/docs/spec-documents.ts";
import { testSandbox } from "../helpers/test-sandbox.ts";

// Counts the reads (and YAML parses) of a document.
vi.mock("../../src/docs/spec-documents.ts", async (original) => {
  const actual = await original<typeof import("../../src/docs/spec-documents.ts")>();
  return { ...actual, readSpecDocument: vi.fn((name: "ecf-v3" | "sandbox-v1") => actual.readSpecDocument(name)) };
});
const reads = vi.mocked(readSpecDocument);

const ORIGIN = "http://localhost:4010";

/** The document as every request made it before the cache: read, bundled and serialised afresh. */
async function madeAfresh(name: "ecf-v3" | "sandbox-v1", origin: string): Promise<string> {
  const document = await readSpecDocument(name);
  if (document === undefined) {
    throw new Error(`spec/${name}.yaml is missing`);
  }
  return JSON.stringify(servedDocument(await bundleSiblingReferences(document, readSpecFile), name, origin));
}

const { sandbox } = testSandbox();
beforeEach(() => {
  reads.mockClear();
});

describe("/docs/<name>.json", () => {
  it("parses the YAML once, however many requests ask for the document", async () => {
    const { sandbox } = testSandbox(); // One of its own, that has not served the document yet.
    for (let request = 0; request < 3; request += 1) {
      expect((await sandbox.app.request(`${ORIGIN}/docs/ecf-v3.json`)).status).toBe(200);
    }
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it.each(["ecf-v3", "sandbox-v1"] as const)("answers %s with the bytes made afresh, every time", async (name) => {
    const first = await sandbox.app.request(`${ORIGIN}/docs/${name}.json`);
    const second = await sandbox.app.request(`${ORIGIN}/docs/${name}.json`);
    expect(first.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const expected = await madeAfresh(name, ORIGIN);
    expect(await first.text()).toBe(expected);
    expect(await second.text()).toBe(expected);
  });

  it("points each origin's copy at that origin", async () => {
    for (const origin of [ORIGIN, "http://127.0.0.1:4010", ORIGIN]) {
      const response = await sandbox.app.request(`${origin}/docs/ecf-v3.json`);
      const { servers } = (await response.json()) as { servers: { url: string }[] };
      expect(servers).toEqual([{ url: `${origin}/ecf`, description: "This sandbox" }]);
    }
  });

  it("keeps answering every origin right once it has seen more of them than it keeps", async () => {
    const origins = Array.from({ length: 12 }, (_, index) => `http://sandbox-${index}.test:4010`);
    for (const origin of [...origins, ...origins]) {
      const response = await sandbox.app.request(`${origin}/docs/sandbox-v1.json`);
      expect(((await response.json()) as { servers: { url: string }[] }).servers[0]?.url).toBe(origin);
    }
  });
});
