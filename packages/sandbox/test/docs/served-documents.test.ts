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
async function madeAfresh(name: "ecf-v3" | "sandbox-v1", origin: string | undefined): Promise<string> {
  const document = await readSpecDocument(name);
  if (document === undefined) {
    throw new Error(`spec/${name}.yaml is missing`);
  }
  return JSON.stringify(servedDocument(await bundleSiblingReferences(document, readSpecFile), name, origin));
}

const { sandbox } = testSandbox({ origin: ORIGIN });
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

  it("names the sandbox's own origin in every copy, whatever Host a request names", async () => {
    for (const host of [ORIGIN, "http://127.0.0.1:4010", "http://[::1]:4010"]) {
      const response = await sandbox.app.request(`${host}/docs/ecf-v3.json`);
      const { servers } = (await response.json()) as { servers: { url: string }[] };
      expect(servers).toEqual([{ url: `${ORIGIN}/ecf`, description: "This sandbox" }]);
    }
  });

  it("is made once too where the sandbox does not know its origin, with relative servers", async () => {
    const { sandbox: unplaced } = testSandbox();
    const first = await unplaced.app.request(`${ORIGIN}/docs/ecf-v3.json`);
    expect(await first.text()).toBe(await madeAfresh("ecf-v3", undefined));
    expect(reads).toHaveBeenCalledTimes(2); // once by the sandbox, once by madeAfresh
  });
});
