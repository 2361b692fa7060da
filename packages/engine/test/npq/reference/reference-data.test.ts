import { describe, expect, it } from "vitest";
import { npqCohortIdentifier, parseNpqCohortIdentifier, seededNpqCohorts } from "../../../src/npq/reference/cohorts.ts";
import {
  isNpqCourseIdentifier,
  NPQ_COURSE_IDENTIFIERS,
  npqCourseGroupOf,
  npqCourseHasOutcomes,
  npqCoursesEquivalent,
} from "../../../src/npq/reference/courses.ts";
import { NPQ_LEAD_PROVIDERS } from "../../../src/npq/reference/lead-providers.ts";
import {
  npqAllowedDeclarationTypes,
  npqScheduleGroupOf,
  npqScheduleIdentifiersFor,
  npqScheduleStartDate,
} from "../../../src/npq/reference/schedules.ts";

describe("NPQ courses (NPQ rules §7.1)", () => {
  it("has twelve courses in four groups", () => {
    expect(NPQ_COURSE_IDENTIFIERS).toHaveLength(12);
    expect(npqCourseGroupOf("npq-senco")).toBe("leadership");
    expect(npqCourseGroupOf("npq-leading-teaching-development")).toBe("specialist");
    expect(npqCourseGroupOf("npq-early-headship-coaching-offer")).toBe("ehco");
    expect(npqCourseGroupOf("npq-additional-support-offer")).toBe("support");
  });

  it("treats EHCO and ASO as one course, and nothing else", () => {
    expect(npqCoursesEquivalent("npq-early-headship-coaching-offer", "npq-additional-support-offer")).toBe(true);
    expect(npqCoursesEquivalent("npq-headship", "npq-senior-leadership")).toBe(false);
    expect(npqCoursesEquivalent("npq-headship", "npq-headship")).toBe(true);
  });

  it("gives outcomes to leadership and specialist courses only", () => {
    expect(npqCourseHasOutcomes("npq-leading-literacy")).toBe(true);
    expect(npqCourseHasOutcomes("npq-early-headship-coaching-offer")).toBe(false);
  });

  it("recognises identifiers exactly", () => {
    expect(isNpqCourseIdentifier("npq-headship")).toBe(true);
    expect(isNpqCourseIdentifier("NPQ-HEADSHIP")).toBe(false);
    expect(isNpqCourseIdentifier(" npq-headship")).toBe(false);
  });
});

describe("NPQ cohorts (NPQ rules §7.2)", () => {
  it("names a cohort by year and suffix, a bare year meaning suffix a", () => {
    expect(npqCohortIdentifier(2026, "b")).toBe("2026b");
    expect(parseNpqCohortIdentifier("2026b")).toEqual({ startYear: 2026, suffix: "b" });
    expect(parseNpqCohortIdentifier("2025")).toEqual({ startYear: 2025, suffix: "a" });
    expect(parseNpqCohortIdentifier("2025B")).toBeUndefined();
    expect(parseNpqCohortIdentifier("25a")).toBeUndefined();
  });

  it("seeds full, capped and next year's zero and capped cohorts", () => {
    const cohorts = seededNpqCohorts(2025).map((c) => `${c.startYear}${c.suffix}:${c.funding}`);
    expect(cohorts).toEqual([
      "2021a:full",
      "2022a:full",
      "2023a:full",
      "2024a:capped",
      "2025a:capped",
      "2026a:zero",
      "2026b:capped",
    ]);
    expect(seededNpqCohorts(2025)[0]?.registrationStartDate).toBe("2021-04-01");
  });
});

describe("NPQ schedules (NPQ rules §7.3)", () => {
  it("reads a schedule's course group from its prefix", () => {
    expect(npqScheduleGroupOf("npq-aso-june")).toBe("support");
    expect(npqScheduleGroupOf("npq-ehco-june")).toBe("ehco");
    expect(npqScheduleGroupOf("npq-specialist-spring")).toBe("specialist");
  });

  it("leaves retained-2 out of specialist schedules only (NPQ rules §5.1)", () => {
    expect(npqAllowedDeclarationTypes("npq-specialist-autumn")).toEqual(["started", "retained-1", "completed"]);
    expect(npqAllowedDeclarationTypes("npq-ehco-march")).toContain("retained-2");
  });

  it("dates schedules from the cohort's start year", () => {
    expect(npqScheduleStartDate("npq-leadership-autumn", 2025)).toBe("2025-10-01");
    expect(npqScheduleStartDate("npq-leadership-spring", 2025)).toBe("2026-01-01");
    expect(npqScheduleStartDate("npq-ehco-november", 2025)).toBe("2025-11-01");
    expect(npqScheduleStartDate("npq-aso-june", 2021)).toBe("2022-06-01");
  });

  it("gives each cohort year its set", () => {
    expect(npqScheduleIdentifiersFor(2021)).toContain("npq-aso-december");
    expect(npqScheduleIdentifiersFor(2021)).toContain("npq-ehco-june");
    expect(npqScheduleIdentifiersFor(2021)).not.toContain("npq-ehco-march");
    expect(npqScheduleIdentifiersFor(2023)).toHaveLength(8);
    expect(npqScheduleIdentifiersFor(2024)).toEqual([
      "npq-leadership-autumn",
      "npq-specialist-autumn",
      "npq-ehco-june",
      "npq-ehco-november",
      "npq-ehco-december",
    ]);
    expect(npqScheduleIdentifiersFor(2026)).not.toContain("npq-aso-december");
  });
});

describe("NPQ lead providers (NPQ rules §9)", () => {
  it("lists the eight with their fixed ids", () => {
    expect(NPQ_LEAD_PROVIDERS).toHaveLength(8);
    expect(NPQ_LEAD_PROVIDERS.find((lp) => lp.name === "Teach First")?.id).toBe("a02ae582-f939-462f-90bc-cebf20fa8473");
  });
});
