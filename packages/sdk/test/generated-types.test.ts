import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { generatedDocuments, generateTypes } from "../scripts/generate-types.ts";

for (const target of generatedDocuments) {
  describe(`src/generated/${target.name}.ts`, () => {
    it(`is what openapi-typescript generates from spec/${target.name}.yaml today (run \`pnpm generate\` if not)`, async () => {
      const [committed, fresh] = await Promise.all([readFile(target.output, "utf8"), generateTypes(target)]);

      // Compared as whole text, not parsed: any difference at all means the committed file is stale.
      const hint = `src/generated/${target.name}.ts is stale: run \`pnpm --filter @lpkit/sdk generate\``;
      expect(committed === fresh, hint).toBe(true);
    });
  });
}
