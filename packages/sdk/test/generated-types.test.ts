import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { generateTypes, outputUrl } from "../scripts/generate-types.ts";

describe("src/generated/ecf-v3.ts", () => {
  it("is what openapi-typescript generates from spec/ecf-v3.yaml today (run `pnpm generate` if not)", async () => {
    const [committed, fresh] = await Promise.all([readFile(outputUrl, "utf8"), generateTypes()]);

    // Compared as whole text, not parsed: any difference at all means the committed file is stale.
    expect(committed === fresh, "src/generated/ecf-v3.ts is stale: run `pnpm --filter @lpkit/sdk generate`").toBe(true);
  });
});
