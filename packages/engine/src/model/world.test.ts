import { describe, expect, it } from "vitest";
import { TestContext } from "../../test/support/context.ts";
import { execute } from "../commands/index.ts";
import { LEAD_PROVIDERS } from "../reference/lead-providers.ts";
import { participantRoleKey } from "./indexes/index-definition.ts";
import { createWorld, insertRow, lookup, lookupIds, updateRow, worldData, worldFromData } from "./world.ts";

const ambition = LEAD_PROVIDERS[0]?.id ?? "";

describe("createWorld", () => {
  it("holds the cohorts, every schedule of every cohort and the seven lead providers", () => {
    const world = createWorld();
    expect(Object.keys(world.cohorts)).toEqual(["2021", "2022", "2023", "2024", "2025", "2026"]);
    expect(Object.keys(world.schedules)).toHaveLength(6 * 12);
    expect(Object.values(world.leadProviders).map((provider) => provider.name)).toEqual([
      "Ambition Institute",
      "Best Practice Network",
      "Capita",
      "Teach First",
      "National Institute of Teaching",
      "Education Development Trust",
      "UCL Institute of Education",
    ]);
  });
});

describe("indexes", () => {
  it("keep rows ordered by sort key, ties in insertion order, and follow updates", () => {
    const world = createWorld();
    const context = new TestContext();
    const at = (instant: string) => ({ createdAt: instant, updatedAt: instant });
    for (const [id, createdAt] of [
      ["b", "2025-01-02T00:00:00.000Z"],
      ["a", "2025-01-01T00:00:00.000Z"],
      ["c", "2025-01-02T00:00:00.000Z"],
    ] as const) {
      insertRow(world, "deliveryPartnerships", {
        id,
        leadProviderId: ambition,
        deliveryPartnerId: context.newId(),
        cohortYear: 2025,
        ...at(createdAt),
      });
    }
    expect(lookupIds(world, "deliveryPartnershipsByLeadProvider", ambition)).toEqual(["a", "b", "c"]);

    updateRow(world, "deliveryPartnerships", "a", { leadProviderId: "other" });
    expect(lookupIds(world, "deliveryPartnershipsByLeadProvider", ambition)).toEqual(["b", "c"]);
    expect(lookupIds(world, "deliveryPartnershipsByLeadProvider", "other")).toEqual(["a"]);
  });

  it("are rebuilt identically from serialised data", () => {
    const world = createWorld();
    const context = new TestContext();
    const school = execute(world, { type: "registerSchool", name: "Oak Academy" }, context);
    const partner = execute(
      world,
      {
        type: "registerDeliveryPartner",
        name: "North DP",
        partnerships: [{ leadProviderId: ambition, cohortYear: 2025 }],
      },
      context,
    );
    if (!school.ok || !partner.ok) {
      throw new Error("fixtures failed");
    }
    const registered = execute(
      world,
      {
        type: "registerParticipant",
        role: "ect",
        schoolId: school.value.id,
        leadProviderId: ambition,
        cohortYear: 2025,
      },
      context,
    );
    expect(registered.ok).toBe(true);

    const copy = worldFromData(JSON.parse(JSON.stringify(worldData(world))));
    expect(worldData(copy)).toEqual(worldData(world));
    const teacherId = Object.keys(world.teachers)[0] ?? "";
    expect(lookup(copy, "trainingPeriodsByParticipantRole", participantRoleKey(teacherId, "ect"))).toEqual(
      lookup(world, "trainingPeriodsByParticipantRole", participantRoleKey(teacherId, "ect")),
    );
  });
});
