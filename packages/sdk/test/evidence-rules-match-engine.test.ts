/**
 * The SDK ships alone, so `evidenceOptions` keeps its own copy of the engine's evidence rules. This test is the
 * bridge between the two copies (only tests may import the engine; lint refuses it in `src/`): for every cohort the
 * engine knows, both roles and all nine declaration types, the SDK must accept exactly what the engine accepts.
 */
import { acceptsDeclarationType, COHORTS, courseOfRole, DECLARATION_TYPES, evidenceRule, ROLES } from "@lpkit/engine";
import { describe, expect, it } from "vitest";
import { evidenceOptions } from "../src/index.ts";

const CASES = COHORTS.flatMap((cohort) =>
  ROLES.flatMap((role) => DECLARATION_TYPES.map((declarationType) => ({ cohort, role, declarationType }))),
);

describe("evidenceOptions against the engine's evidence rules", () => {
  it("covers every cohort, role and declaration type", () => {
    expect(CASES).toHaveLength(COHORTS.length * 2 * 9);
  });

  it.each(CASES.map((entry) => ({ ...entry, year: entry.cohort.year })))(
    "agrees for $role $declarationType declarations in $year",
    ({ cohort, role, declarationType }) => {
      const options = evidenceOptions(String(cohort.year), courseOfRole(role), declarationType);
      if (!acceptsDeclarationType(cohort, role, declarationType)) {
        // The engine refuses the type itself (declaration rule 12); the SDK offers no evidence for it.
        expect(options).toBeUndefined();
        return;
      }
      const rule = evidenceRule(cohort.detailedEvidenceTypesEnabled, role, declarationType);
      // An ignored value is discarded by the API; the SDK refuses one so that nothing is silently dropped.
      expect(options).toEqual(
        rule.kind === "ignored" ? { required: false, values: [] } : { required: true, values: rule.allowed },
      );
    },
  );
});
