/**
 * The published package reads its OpenAPI documents from `dist/spec/` (src/docs/spec-documents.ts): the build must
 * copy every document `/docs` serves, or an installed sandbox answers `/docs/<name>.json` with nothing.
 */
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { SPEC_DOCUMENTS } from "../../src/docs/spec-documents.ts";

describe("the package's build", () => {
  it("copies every document /docs serves into dist/spec/", async () => {
    const manifest = JSON.parse(await readFile(new URL("../../package.json", import.meta.url), "utf8")) as {
      scripts: { build: string };
    };
    const copy = manifest.scripts.build.split("&&").find((step) => step.trim().startsWith("cp ")) ?? "";
    const copied = copy.match(/[\w-]+\.yaml/g) ?? [];
    expect(copied.toSorted()).toEqual(
      Object.values(SPEC_DOCUMENTS)
        .map(({ file }) => file)
        .toSorted(),
    );
  });
});
