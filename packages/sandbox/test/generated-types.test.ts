import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ecfDocument, generatedDocuments, generateSandboxTypes } from "../scripts/generate-types.ts";
import { ECF_SANDBOX_BASE_URL } from "../src/msw/index.ts";

describe.each(generatedDocuments)("the types generated from spec/$name.yaml", (target) => {
  it("are what openapi-typescript generates from the spec today (run `pnpm generate` if not)", async () => {
    const [committed, fresh] = await Promise.all([readFile(target.output, "utf8"), generateSandboxTypes(target)]);
    // Compared as whole text: any difference at all means the committed file is stale.
    const hint = `${target.output.pathname} is stale: run \`pnpm --filter @lpkit/sandbox generate\``;
    expect(committed === fresh, hint).toBe(true);
  });
});

describe("ECF_SANDBOX_BASE_URL", () => {
  it("is the sandbox server of spec/ecf-v3.yaml", async () => {
    const spec = parse(await readFile(ecfDocument.spec, "utf8")) as {
      servers: { url: string; description: string }[];
    };
    const sandboxes = spec.servers.filter((server) => /sandbox/i.test(server.description));
    expect(sandboxes.map((server) => server.url)).toEqual([ECF_SANDBOX_BASE_URL]);
  });
});
