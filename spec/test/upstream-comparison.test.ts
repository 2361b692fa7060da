import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compareWithUpstream, describeDifference } from "./support/compare-with-upstream.ts";
import { applyAllowList, readAllowList } from "./support/difference-allow-list.ts";
import { ecfAllowListPath, ecfSpecPath, ecfUpstreamPath, readYamlObject } from "./support/documents.ts";

// DfE's document is reference data kept outside the repository; without it there is nothing to compare with.
describe.skipIf(!existsSync(ecfUpstreamPath))("ecf-v3.yaml against DfE's published document", () => {
  const upstream = existsSync(ecfUpstreamPath) ? readYamlObject(ecfUpstreamPath) : {};
  const ours = readYamlObject(ecfSpecPath);
  const allowList = readAllowList(ecfAllowListPath);
  const { unexpected, unused } = applyAllowList(compareWithUpstream(upstream, ours), allowList);

  it("has every path, operation, parameter, body, property and enum value upstream has, or lists why not", () => {
    expect(unexpected.map(describeDifference)).toEqual([]);
  });

  it("lists no difference that no longer exists", () => {
    expect(unused.map((entry) => `${entry.kind} ${entry.value ?? ""} at ${entry.at}`)).toEqual([]);
  });

  it("covers all 24 upstream operations", () => {
    const count = (document: typeof ours) =>
      Object.values(document.paths as Record<string, object>).flatMap((item) =>
        Object.keys(item).filter((key) => ["get", "put", "post", "delete", "patch"].includes(key)),
      ).length;
    expect(count(upstream)).toBe(24);
    expect(count(ours)).toBe(24);
  });
});
