import { describe, expect, it } from "vitest";
import { execute } from "../../src/commands/index.ts";
import { insertRow, updateRow } from "../../src/model/row-writes.ts";
import {
  createWorld,
  lookupIds,
  lookupOfRole,
  snapshotWorldData,
  worldData,
  worldFromData,
  worldVersion,
} from "../../src/model/world.ts";
import { LEAD_PROVIDERS } from "../../src/reference/lead-providers.ts";
import { TestContext } from "../support/context.ts";

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

  it("keep a changed row among its ties where it was, as an index rebuilt from the tables does", () => {
    const world = createWorld();
    const context = new TestContext();
    const createdAt = "2025-01-01T00:00:00.000Z";
    for (const id of ["a", "b", "c"]) {
      insertRow(world, "deliveryPartnerships", {
        id,
        leadProviderId: ambition,
        deliveryPartnerId: context.newId(),
        cohortYear: 2025,
        createdAt,
        updatedAt: createdAt,
      });
    }
    updateRow(world, "deliveryPartnerships", "a", { updatedAt: "2025-02-01T00:00:00.000Z" });
    const rebuilt = worldFromData(JSON.parse(JSON.stringify(worldData(world))));
    expect(lookupIds(world, "deliveryPartnershipsByLeadProvider", ambition)).toEqual(["a", "b", "c"]);
    expect(lookupIds(rebuilt, "deliveryPartnershipsByLeadProvider", ambition)).toEqual(["a", "b", "c"]);
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
    expect(lookupOfRole(copy, "trainingPeriodsByParticipant", teacherId, "ect")).toEqual(
      lookupOfRole(world, "trainingPeriodsByParticipant", teacherId, "ect"),
    );
  });
});

describe("snapshotWorldData", () => {
  it("keeps the data as it was while the world moves on, and restores it with the same indexes", () => {
    const world = createWorld();
    const context = new TestContext();
    const school = execute(world, { type: "registerSchool", name: "Oak Academy" }, context);
    if (!school.ok) {
      throw new Error("fixture failed");
    }
    const before = JSON.stringify(worldData(world));
    const snapshot = snapshotWorldData(world);
    // Taking it copies no table: the world copies a table when it first writes it.
    expect(snapshot.schools).toBe(world.schools);

    execute(world, { type: "registerSchool", name: "Elm Academy" }, context);
    updateRow(world, "schools", school.value.id, { name: "Oak Academy (renamed)" });
    expect(snapshot.schools).not.toBe(world.schools);
    expect(snapshot.teachers).toBe(world.teachers);

    expect(JSON.stringify(snapshot)).toBe(before);
    const restored = worldFromData(snapshotWorldData(snapshot));
    expect(JSON.stringify(worldData(restored))).toBe(before);
    expect(lookupIds(restored, "schoolsByUrn", school.value.urn)).toEqual([school.value.id]);
    // The restored world changes on its own: the snapshot stays reusable.
    execute(restored, { type: "registerSchool", name: "Ash Academy" }, context);
    expect(JSON.stringify(snapshot)).toBe(before);
  });
});

describe("worldVersion", () => {
  it("moves on with every accepted command and stays put for a refused one", () => {
    const world = createWorld();
    const context = new TestContext();
    const start = worldVersion(world);

    expect(execute(world, { type: "registerSchool", name: "Oak Academy", urn: "123456" }, context).ok).toBe(true);
    const afterSchool = worldVersion(world);
    expect(afterSchool).toBeGreaterThan(start);

    // The URN is taken: refused before anything is written.
    expect(execute(world, { type: "registerSchool", name: "Elm Academy", urn: "123456" }, context).ok).toBe(false);
    expect(worldVersion(world)).toBe(afterSchool);
  });

  it("is not part of the world's data", () => {
    const world = createWorld();
    execute(world, { type: "registerSchool", name: "Oak Academy" }, new TestContext());
    expect(Object.keys(worldData(world))).not.toContain("version");
    expect(JSON.stringify(worldData(worldFromData(snapshotWorldData(world))))).toBe(JSON.stringify(worldData(world)));
  });
});
