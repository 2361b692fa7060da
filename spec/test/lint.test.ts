import path from "node:path";
import { lint, lintFromString, loadConfig, type NormalizedProblem } from "@redocly/openapi-core";
import { describe, expect, it } from "vitest";
import { ecfSpecPath, specDir } from "./support/documents.ts";

// spec/redocly.yaml: Redocly's recommended ruleset, with any rule turned off there explaining why.
const config = await loadConfig({ configPath: path.join(specDir, "redocly.yaml") });

function describeProblem(problem: NormalizedProblem): string {
  const where = problem.location.map((location) => location.pointer).join(", ");
  return `${problem.severity} ${problem.ruleId}: ${problem.message} (${where})`;
}

describe("Redocly lint", () => {
  it("ecf-v3.yaml has no errors and no warnings", async () => {
    const problems = await lint({ ref: ecfSpecPath, config });
    expect(problems.map(describeProblem)).toEqual([]);
  });

  it("reports problems in a broken document (the lint itself runs)", async () => {
    const broken = [
      "openapi: 3.1.0",
      "info: { title: Broken, version: '1' }",
      "paths:",
      "  /things:",
      "    get:",
      "      responses:",
      "        '200': { description: ok }",
    ].join("\n");
    const problems = await lintFromString({ source: broken, absoluteRef: "broken.yaml", config });
    expect(problems.map((problem) => problem.ruleId)).toContain("operation-summary");
  });
});
