import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { UPSTREAM_DIR_VARIABLE } from "../upstream-documents.ts";
import { compareWithUpstream, describeDifference } from "./support/compare-with-upstream.ts";
import { applyAllowList, readAllowList } from "./support/difference-allow-list.ts";
import {
  ecfAllowListPath,
  ecfSpecPath,
  ecfUpstreamPath,
  type JsonObject,
  npqAllowListPath,
  npqSpecPath,
  npqUpstreamPath,
  readYamlObject,
} from "./support/documents.ts";

function operationCount(document: JsonObject): number {
  return Object.values(document.paths as Record<string, object>).flatMap((item) =>
    Object.keys(item).filter((key) => ["get", "put", "post", "delete", "patch"].includes(key)),
  ).length;
}

// DfE's documents are reference data kept outside the repository (../upstream-documents.ts says where they are looked
// for); without them there is nothing to compare with.
describe.each([
  {
    name: "ecf-v3.yaml",
    specPath: ecfSpecPath,
    upstreamPath: ecfUpstreamPath,
    allowListPath: ecfAllowListPath,
    upstreamOperations: 24,
    ourOperations: 24,
  },
  {
    // The service also answers GET /delivery-partners/{id}, which DfE's NPQ document leaves out.
    name: "npq-v3.yaml",
    specPath: npqSpecPath,
    upstreamPath: npqUpstreamPath,
    allowListPath: npqAllowListPath,
    upstreamOperations: 22,
    ourOperations: 23,
  },
])("$name against DfE's published document", ({ specPath, upstreamPath, allowListPath, ...counts }) => {
  const present = existsSync(upstreamPath);
  // Relative, so that a test's title is the same on every machine that has the clone in the same place.
  const shown = path.relative(process.cwd(), upstreamPath);
  const title = present
    ? `with DfE's document at ${shown}`
    : `skipped: DfE's document is not at ${shown} (${UPSTREAM_DIR_VARIABLE} names its folder)`;
  describe.skipIf(!present)(title, () => {
    const upstream = present ? readYamlObject(upstreamPath) : {};
    const ours = readYamlObject(specPath);
    const allowList = readAllowList(allowListPath);
    const { unexpected, unused } = applyAllowList(compareWithUpstream(upstream, ours), allowList);

    it("has every path, operation, parameter, body, property and enum value upstream has, or lists why not", () => {
      expect(unexpected.map(describeDifference)).toEqual([]);
    });

    it("lists no difference that no longer exists", () => {
      expect(unused.map((entry) => `${entry.kind} ${entry.value ?? ""} at ${entry.at}`)).toEqual([]);
    });

    it("covers every upstream operation", () => {
      expect(operationCount(upstream)).toBe(counts.upstreamOperations);
      expect(operationCount(ours)).toBe(counts.ourOperations);
    });
  });
});
