/**
 * An index built when first read (`sameKeysAs`, the read side's `updated_at` orderings) must hold exactly what it
 * would have held had every write kept it: the same world is driven twice, once with those indexes read (so built)
 * before anything happens and kept by every write, once with them left until the end, and every bucket compared.
 */
import { describe, expect, it } from "vitest";
import { DEFERRED_INDEXES } from "../../../src/model/indexes/deferred-indexes.ts";
import { INDEXES } from "../../../src/model/indexes/definitions.ts";
import { lookupIds, lookupIdsFrom, type World } from "../../../src/model/world.ts";
import { addDays } from "../../../src/time/calendar-date.ts";
import { withdraw } from "../../support/participant-actions.ts";
import { AMBITION, Scenario, TEACH_FIRST } from "../../support/scenario.ts";

/** Several participants of two providers, declared at one instant (ties), moved between providers, paid, voided. */
function drive(s: Scenario): void {
  const statements = s.statements(AMBITION, 2025);
  s.statements(TEACH_FIRST, 2025);
  s.deliveryPartner(TEACH_FIRST, 2025);
  const schoolId = s.school();
  const ects = [0, 1, 2, 3, 4, 5].map(() => s.participant({ schoolId, startedOn: "2025-09-01" }));
  const mentor = s.participant({ role: "mentor", leadProviderId: TEACH_FIRST, schoolId, startedOn: "2025-09-01" });
  s.must({ type: "assignMentor", ectId: ects[0] as string, mentorId: mentor, startedOn: "2025-09-01" });
  const declarations = ects.map((participantId) => s.declare(participantId, "started", "2025-10-01T10:00:00Z"));
  s.at("2025-10-16T10:00:00Z");
  s.must({
    type: "recordLeadProviderChange",
    participantId: ects[1] as string,
    role: "ect",
    leadProviderId: TEACH_FIRST,
  });
  s.must({ type: "voidDeclaration", leadProviderId: AMBITION, declarationId: (declarations[2] as { id: string }).id });
  withdraw(s, ects[3] as string);
  const first = statements.find((statement) => statement.id === declarations[0]?.statementId);
  if (first !== undefined) {
    s.at(`${addDays(first.deadlineDate, 1)}T12:00:00Z`);
    s.must({ type: "markStatementPayable", statementId: first.id });
    s.must({ type: "authoriseStatementPayment", statementId: first.id });
  }
}

/** Every bucket of every deferred index, by the keys of the index it is built from. */
function deferredBuckets(world: World) {
  return DEFERRED_INDEXES.map((index) => {
    const source = INDEXES[index].sameKeysAs as (typeof DEFERRED_INDEXES)[number];
    const keys = [...world.indexes.keys(source)].sort();
    return { index, buckets: keys.map((key) => [key, lookupIds(world, index, key)]) };
  });
}

describe("indexes built when first read", () => {
  it("are the read side's updated_at orderings", () => {
    expect(DEFERRED_INDEXES).toEqual(
      expect.arrayContaining(["participantsByLeadProviderUpdated", "declarationsVisibleToLeadProviderUpdated"]),
    );
  });

  it("hold what they would have held had every write kept them, ties by id included", () => {
    const kept = new Scenario("2025-10-15T10:00:00Z");
    for (const index of DEFERRED_INDEXES) {
      lookupIds(kept.world, index, AMBITION);
      expect(kept.world.indexes.isDeferred(index)).toBe(false);
    }
    drive(kept);
    const deferred = new Scenario("2025-10-15T10:00:00Z");
    drive(deferred);
    expect(DEFERRED_INDEXES.every((index) => deferred.world.indexes.isDeferred(index))).toBe(true);

    const built = deferredBuckets(deferred.world);
    expect(built).toEqual(deferredBuckets(kept.world));
    // Not vacuous: the providers' buckets hold rows, several of them written in one instant.
    const declarations = built.find(({ index }) => index === "declarationsVisibleToLeadProviderUpdated");
    expect(declarations?.buckets.find(([key]) => key === AMBITION)?.[1]).toHaveLength(6);
  });

  it("are built by an updated_since read as well, and kept by later writes", () => {
    const s = new Scenario("2025-10-15T10:00:00Z");
    drive(s);
    const since = lookupIdsFrom(s.world, "participantsByLeadProviderUpdated", AMBITION, "2025-10-16T00:00:00.000Z");
    expect(s.world.indexes.isDeferred("participantsByLeadProviderUpdated")).toBe(false);
    s.at("2025-12-01T10:00:00Z");
    const added = s.participant({ startedOn: "2025-09-01" });
    expect(lookupIdsFrom(s.world, "participantsByLeadProviderUpdated", AMBITION, "2025-10-16T00:00:00.000Z")).toEqual([
      ...since,
      added,
    ]);
  });

  it("throw when read unbuilt through the store itself", () => {
    const s = new Scenario();
    expect(() => s.world.indexes.ids("participantsByLeadProviderUpdated", AMBITION)).toThrow(/before it is built/);
  });
});
