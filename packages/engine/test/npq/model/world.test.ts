import { describe, expect, it } from "vitest";
import { executeNpq } from "../../../src/npq/commands/index.ts";
import { npqStatementKey } from "../../../src/npq/model/indexes.ts";
import { copyNpqWorld, type NpqWorld, npqLookup, npqLookupIds, npqWorldData } from "../../../src/npq/model/world.ts";
import { AMBITION_NPQ, NpqScenario } from "../support/npq-scenario.ts";

/** Everything a reader sees of a world: its rows, and the order of an index large enough to change in place. */
const seen = (world: NpqWorld) => ({
  data: JSON.stringify(npqWorldData(world)),
  ambition: [...npqLookupIds(world, "applicationsByLeadProvider", AMBITION_NPQ)],
  byUser: Object.keys(world.users).map((user) => [...npqLookupIds(world, "applicationsByUser", user)]),
});

describe("copyNpqWorld", () => {
  it("gives a world that commands change apart from the original, rows and indexes alike, both ways", () => {
    const s = new NpqScenario();
    // More applications than a small bucket holds, so the lead provider's bucket is one that changes in place.
    for (let count = 0; count < 12; count++) {
      s.apply({ person: { fullName: `Applicant ${count}`, trn: null } });
    }
    const original = s.world;
    const before = seen(original);
    const copy = copyNpqWorld(original);
    expect(seen(copy)).toEqual(before);

    const inCopy = executeNpq(
      copy,
      {
        type: "registerNpqApplication",
        leadProviderId: AMBITION_NPQ,
        courseIdentifier: "npq-headship",
        cohort: "2025a",
        person: { fullName: "Only in the copy", trn: null },
      },
      s.context,
    );
    expect(inCopy.ok).toBe(true);
    expect(seen(original)).toEqual(before);
    expect(npqLookupIds(copy, "applicationsByLeadProvider", AMBITION_NPQ)).toHaveLength(13);

    const afterCopyWrite = seen(copy);
    const inOriginal = s.apply({ person: { fullName: "Only in the original", trn: null } });
    expect(seen(copy)).toEqual(afterCopyWrite);
    expect(npqLookupIds(original, "applicationsByLeadProvider", AMBITION_NPQ)).toContain(inOriginal.id);
    expect(Object.keys(copy.applications)).not.toContain(inOriginal.id);
  });

  it("leaves the original's row in place when the copy removes it", () => {
    const s = new NpqScenario();
    s.fund(AMBITION_NPQ, "2025a", "npq-headship");
    const statementId =
      npqLookup(s.world, "statementsByLeadProviderCohort", npqStatementKey(AMBITION_NPQ, "2025a")).find(
        (statement) => statement.status === "open",
      )?.id ?? "";
    const adjustment = s.must({ type: "addNpqStatementAdjustment", statementId, description: "Extra", amount: "100" });
    const original = s.world;
    const before = seen(original);

    const copy = copyNpqWorld(original);
    const removed = executeNpq(
      copy,
      { type: "removeNpqStatementAdjustment", statementId, adjustmentId: adjustment.id },
      s.context,
    );

    expect(removed.ok).toBe(true);
    expect(Object.keys(copy.statementAdjustments)).not.toContain(adjustment.id);
    expect(Object.keys(original.statementAdjustments)).toContain(adjustment.id);
    expect(seen(original)).toEqual(before);
  });
});
