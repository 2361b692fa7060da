import { describe, expect, it } from "vitest";
import { createNpqWorld } from "../../../src/npq/model/world.ts";
import type { NpqCourseIdentifier } from "../../../src/npq/reference/courses.ts";
import { currentNpqCohort } from "../../../src/npq/rules/current-cohort.ts";
import { defaultNpqSchedule } from "../../../src/npq/rules/default-schedule.ts";

const world = createNpqWorld();

function defaultFor(cohortId: string, course: NpqCourseIdentifier, today: string): string | undefined {
  const cohort = world.cohorts[cohortId];
  if (cohort === undefined) {
    throw new Error(cohortId);
  }
  return defaultNpqSchedule(world, cohort, course, today)?.identifier;
}

describe("the default schedule on accept (NPQ rules §7.4)", () => {
  it("puts 2026a on spring and 2026b on autumn whatever the date", () => {
    expect(defaultFor("2026a", "npq-headship", "2026-10-01")).toBe("npq-leadership-spring");
    expect(defaultFor("2026b", "npq-leading-literacy", "2026-01-10")).toBe("npq-specialist-autumn");
  });

  it("has the 2025 and 2024 windows", () => {
    expect(defaultFor("2025a", "npq-headship", "2025-08-01")).toBe("npq-leadership-autumn");
    expect(defaultFor("2025a", "npq-headship", "2026-04-30")).toBe("npq-leadership-autumn");
    expect(defaultFor("2025a", "npq-headship", "2025-06-06")).toBe("npq-leadership-spring");
    expect(defaultFor("2024a", "npq-headship", "2025-01-15")).toBe("npq-leadership-autumn");
  });

  it("otherwise takes spring from 26 December to 2 April and autumn from 3 April to 25 December", () => {
    expect(defaultFor("2023a", "npq-headship", "2023-12-26")).toBe("npq-leadership-spring");
    expect(defaultFor("2023a", "npq-headship", "2024-04-02")).toBe("npq-leadership-spring");
    expect(defaultFor("2023a", "npq-headship", "2024-04-03")).toBe("npq-leadership-autumn");
    expect(defaultFor("2023a", "npq-headship", "2023-12-25")).toBe("npq-leadership-autumn");
  });

  it("gives the 2024 cohort no spring schedule, so its spring default is not found", () => {
    expect(defaultFor("2024a", "npq-headship", "2026-01-10")).toBeUndefined();
  });

  it("follows the EHCO seasons of the cohort's year", () => {
    const ehco = "npq-early-headship-coaching-offer";
    expect(defaultFor("2023a", ehco, "2023-09-01")).toBe("npq-ehco-november");
    expect(defaultFor("2023a", ehco, "2024-02-29")).toBe("npq-ehco-december");
    expect(defaultFor("2023a", ehco, "2024-05-31")).toBe("npq-ehco-march");
    expect(defaultFor("2023a", ehco, "2024-09-30")).toBe("npq-ehco-june");
    expect(defaultFor("2023a", ehco, "2022-01-01")).toBe("npq-ehco-june");
    expect(defaultFor("2021a", ehco, "2021-11-01")).toBe("npq-ehco-june");
    // 2026a has all four but takes "the" one: the first the cohort was given.
    expect(defaultFor("2026a", ehco, "2026-09-15")).toBe("npq-ehco-march");
  });

  it("gives ASO npq-aso-december, found only in 2021", () => {
    expect(defaultFor("2021a", "npq-additional-support-offer", "2021-10-01")).toBe("npq-aso-december");
    expect(defaultFor("2025a", "npq-additional-support-offer", "2025-10-01")).toBeUndefined();
  });
});

describe("the current cohort (NPQ rules §7.2)", () => {
  it("is the latest to have started registration, the later suffix on a tie", () => {
    expect(currentNpqCohort(world, "2026-03-31")?.id).toBe("2025a");
    expect(currentNpqCohort(world, "2026-04-01")?.id).toBe("2026b");
    expect(currentNpqCohort(world, "2020-12-31")).toBeUndefined();
  });
});
