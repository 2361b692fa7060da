import { describe, expect, it } from "vitest";
import { scheduleAllowsRole, schedulesForCohort } from "../../src/reference/schedules.ts";

function milestones(year: number, identifier: string) {
  const schedule = schedulesForCohort(year).find((candidate) => candidate.identifier === identifier);
  return schedule?.milestones.map((m) => [m.declarationType, m.startDate, m.milestoneDate]);
}

describe("schedules (ECF rules §8)", () => {
  it("2024 standard schedules have the seeded windows", () => {
    expect(milestones(2024, "ecf-standard-september")).toEqual([
      ["started", "2024-06-01", "2024-12-31"],
      ["retained-1", "2025-01-01", "2025-03-31"],
      ["retained-2", "2025-04-01", "2025-07-31"],
      ["retained-3", "2025-08-01", "2025-12-31"],
      ["retained-4", "2026-01-01", "2026-03-31"],
      ["completed", "2026-04-01", "2026-07-31"],
    ]);
    expect(milestones(2024, "ecf-standard-january")?.at(-1)).toEqual(["completed", "2026-08-01", "2026-12-31"]);
    expect(milestones(2024, "ecf-standard-april")?.[0]).toEqual(["started", "2025-04-01", "2025-07-31"]);
    expect(milestones(2024, "ecf-standard-april")?.at(-1)).toEqual(["completed", "2027-01-01", "2027-03-31"]);
  });

  it("2021 keeps its irregular windows", () => {
    expect(milestones(2021, "ecf-standard-september")?.slice(0, 2)).toEqual([
      ["started", "2021-09-01", "2021-11-30"],
      ["retained-1", "2021-09-01", "2022-01-31"],
    ]);
    expect(milestones(2021, "ecf-standard-april")?.at(-1)).toEqual(["completed", "2023-10-01", "2024-01-31"]);
  });

  it("2022 and 2023 follow the termly pattern", () => {
    expect(milestones(2022, "ecf-standard-april")?.at(-1)).toEqual(["completed", "2025-01-01", "2025-03-31"]);
    expect(milestones(2023, "ecf-standard-january")?.[0]).toEqual(["started", "2024-01-01", "2024-03-31"]);
  });

  it("non-standard schedules and every 2025+ schedule have a single start date and no milestone date", () => {
    expect(milestones(2024, "ecf-extended-january")).toHaveLength(9);
    expect(new Set(milestones(2024, "ecf-extended-january")?.map(([, start, end]) => `${start}/${end}`))).toEqual(
      new Set(["2025-01-01/null"]),
    );
    expect(
      milestones(2025, "ecf-standard-september")?.every(([, start, end]) => start === "2025-06-01" && end === null),
    ).toBe(true);
    expect(milestones(2025, "ecf-standard-january")?.[0]).toEqual(["started", "2026-01-01", null]);
    expect(milestones(2025, "ecf-replacement-april")?.[0]).toEqual(["started", "2026-04-01", null]);
    expect(milestones(2026, "ecf-standard-september")?.[0]).toEqual(["started", "2026-06-01", null]);
    expect(milestones(2026, "ecf-reduced-september")?.[0]).toEqual(["started", "2026-09-01", null]);
    expect(milestones(2023, "ecf-reduced-april")?.map(([type]) => type)).toEqual([
      "started",
      "retained-1",
      "retained-2",
      "retained-3",
      "retained-4",
      "completed",
    ]);
  });

  it("every milestone starts on or after 1 June of its cohort year", () => {
    for (const year of [2021, 2022, 2023, 2024, 2025, 2026]) {
      for (const schedule of schedulesForCohort(year)) {
        for (const milestone of schedule.milestones) {
          expect(milestone.startDate >= `${year}-06-01`).toBe(true);
        }
      }
    }
  });

  it("replacement schedules are for mentors only, reduced for ECTs only", () => {
    expect(scheduleAllowsRole("ecf-replacement-april", "ect")).toBe(false);
    expect(scheduleAllowsRole("ecf-replacement-april", "mentor")).toBe(true);
    expect(scheduleAllowsRole("ecf-reduced-april", "mentor")).toBe(false);
    expect(scheduleAllowsRole("ecf-standard-april", "mentor")).toBe(true);
  });
});
