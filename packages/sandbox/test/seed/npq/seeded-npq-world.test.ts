import { npqWorldData } from "@lpkit/engine/internal";
import { describe, expect, it } from "vitest";
import { npqAcademicYear, seededNpqWorld } from "../../../src/seed/npq/seeded-npq-world.ts";

const CLOCKS = [
  "2020-06-01T12:00:00Z",
  "2021-09-01T08:00:00Z",
  "2024-01-01T00:00:00Z",
  "2025-08-31T22:59:59Z",
  "2025-10-01T09:30:00Z",
  "2027-03-01T10:00:00Z",
  "2031-09-02T10:00:00Z",
];

describe("seededNpqWorld", () => {
  it.each(CLOCKS)("is byte-identical for a seed and the clock %s, and differs for another seed", (clock) => {
    const now = new Date(clock);
    const first = JSON.stringify(npqWorldData(seededNpqWorld(4010, now).world));
    expect(JSON.stringify(npqWorldData(seededNpqWorld(4010, now).world))).toBe(first);
    expect(JSON.stringify(npqWorldData(seededNpqWorld(7, now).world))).not.toBe(first);
  });

  it.each(CLOCKS)("holds DfE's cohorts for the academic year of %s", (clock) => {
    const now = new Date(clock);
    const year = npqAcademicYear(now);
    const cohorts = Object.values(seededNpqWorld(4010, now).world.cohorts).map(
      (cohort) => `${cohort.id} ${cohort.funding}`,
    );
    const expected: string[] = [];
    for (let start = 2021; start <= year; start++) {
      expected.push(`${start}a ${start <= 2023 ? "full" : "capped"}`);
    }
    expected.push(`${year + 1}a zero`, `${year + 1}b capped`);
    expect(cohorts).toEqual(expected);
  });

  it("reads the academic year from 1 September, London time", () => {
    expect(npqAcademicYear(new Date("2025-08-31T22:59:59Z"))).toBe(2024);
    expect(npqAcademicYear(new Date("2025-08-31T23:00:00Z"))).toBe(2025);
  });
});
