import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { generateMswTypes, outputUrl, specUrl } from "../../scripts/generate-msw-types.ts";
import { ECF_SANDBOX_BASE_URL } from "../../src/msw/index.ts";

describe("src/msw/generated/ecf-v3.gen.ts", () => {
  it("is what openapi-typescript generates from spec/ecf-v3.yaml today (run `pnpm generate` if not)", async () => {
    const [committed, fresh] = await Promise.all([readFile(outputUrl, "utf8"), generateMswTypes()]);
    // Compared as whole text: any difference at all means the committed file is stale.
    const hint = "src/msw/generated/ecf-v3.gen.ts is stale: run `pnpm --filter @lpkit/sandbox generate`";
    expect(committed === fresh, hint).toBe(true);
  });
});

describe("ECF_SANDBOX_BASE_URL", () => {
  it("is the sandbox server of spec/ecf-v3.yaml", async () => {
    const spec = parse(await readFile(specUrl, "utf8")) as { servers: { url: string; description: string }[] };
    const sandboxes = spec.servers.filter((server) => /sandbox/i.test(server.description));
    expect(sandboxes.map((server) => server.url)).toEqual([ECF_SANDBOX_BASE_URL]);
  });
});
