import path from "node:path";
import { lint, lintFromString, loadConfig, type NormalizedProblem } from "@redocly/openapi-core";
import { describe, expect, it } from "vitest";
import { ecfSpecPath, npqSpecPath, sandboxSpecPath, specDir } from "./support/documents.ts";

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

  it("npq-v3.yaml has no errors and no warnings", async () => {
    const problems = await lint({ ref: npqSpecPath, config });
    expect(problems.map(describeProblem)).toEqual([]);
  });

  it("sandbox-v1.yaml has no errors, its references into ecf-v3.yaml resolved", async () => {
    // Two warnings are what the control API is: it runs on localhost, and its plain reads cannot fail.
    const expectedWarnings = new Set(["no-server-example.com", "operation-4xx-response"]);
    const problems = await lint({ ref: sandboxSpecPath, config });
    expect(
      problems
        .filter((problem) => problem.severity !== "warn" || !expectedWarnings.has(problem.ruleId))
        .map(describeProblem),
    ).toEqual([]);
  });

  it("reports a reference into ecf-v3.yaml that names nothing", async () => {
    const broken = [
      "openapi: 3.1.0",
      "info: { title: Broken, version: '1', license: { name: MIT, identifier: MIT } }",
      "security: []",
      "servers: [{ url: 'https://sandbox.invalid' }]",
      "paths: {}",
      "components:",
      "  schemas:",
      "    Thing: { $ref: './ecf-v3.yaml#/components/schemas/NoSuchSchema' }",
    ].join("\n");
    const problems = await lintFromString({
      source: broken,
      absoluteRef: path.join(specDir, "broken.yaml"),
      config,
    });
    expect(problems.map((problem) => problem.ruleId)).toContain("no-unresolved-refs");
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
