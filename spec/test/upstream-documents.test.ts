import path from "node:path";
import { describe, expect, it } from "vitest";
import { UPSTREAM_DIR_VARIABLE, upstreamDocumentPath } from "../upstream-documents.ts";
import { specDir } from "./support/documents.ts";

const besideTheClone = path.resolve(specDir, "../../shared/upstream");

describe("where DfE's published documents are looked for", () => {
  it("takes the folder LPKIT_UPSTREAM_DIR names, relative to the working directory", () => {
    expect(upstreamDocumentPath("ecf", { [UPSTREAM_DIR_VARIABLE]: "/data/dfe" })).toBe(
      "/data/dfe/ecf-rect-v3.swagger.yaml",
    );
    expect(upstreamDocumentPath("npq", { [UPSTREAM_DIR_VARIABLE]: "dfe" })).toBe(
      path.resolve("dfe", "npq-v3.swagger.yaml"),
    );
  });

  it("falls back to the folder beside the clone when the variable is unset or empty", () => {
    expect(upstreamDocumentPath("ecf", {})).toBe(path.join(besideTheClone, "ecf-rect-v3.swagger.yaml"));
    expect(upstreamDocumentPath("npq", { [UPSTREAM_DIR_VARIABLE]: "" })).toBe(
      path.join(besideTheClone, "npq-v3.swagger.yaml"),
    );
  });
});
