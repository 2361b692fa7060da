import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { importCycles } from "../../../scripts/import-cycles.ts";

describe("the sandbox's modules", () => {
  it("import one another without cycles", () => {
    expect(importCycles(fileURLToPath(new URL("../src", import.meta.url)))).toEqual([]);
  });
});
