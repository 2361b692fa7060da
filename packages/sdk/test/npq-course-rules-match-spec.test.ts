/**
 * The SDK ships alone, so the NPQ builder keeps its own copy of the course groups (`NPQ_COURSE_GROUPS`) and of the
 * declaration types each group's schedules allow. This holds the copy against the facts it was taken from: the
 * spec's schemas (which courses take `has_passed` on `completed`), the course table of NPQ rules §7.1 and the
 * declaration types of NPQ rules §5.1. When the engine models NPQ courses, hold the copy against it here too.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  NPQ_COURSE_GROUPS,
  npqCourseIdentifierValues,
  npqDeclarationTypesFor,
  npqNeedsHasPassed,
  npqOutcomeCourseIdentifierValues,
} from "../src/index.ts";
import { npqSpec } from "./support/spec.ts";

const DECLARATIONS = "/api/v3/participant-declarations";
const rules = readFileSync(new URL("../../../docs/rules/npq-api.md", import.meta.url), "utf8");

/** The rows of the course table under `### 7.1 Courses`: group name to its courses. */
function courseTableOfTheRules(): Record<string, string[]> {
  const section = rules.slice(rules.indexOf("### 7.1 Courses"), rules.indexOf("### 7.2"));
  const rows = [...section.matchAll(/^\| (\w+) \| (`npq-.*) \|$/gm)];
  return Object.fromEntries(
    rows.map(([, group, courses]) => [group, [...(courses ?? "").matchAll(/`([^`]+)`/g)].map((m) => m[1])]),
  );
}

function completedBody(course: string, hasPassed: boolean | undefined) {
  const attributes = {
    participant_id: "5d1c4b7e-2f8a-4c3d-9e6f-0a1b2c3d4e5f",
    declaration_type: "completed",
    declaration_date: "2026-06-10T09:00:00Z",
    course_identifier: course,
    ...(hasPassed === undefined ? {} : { has_passed: hasPassed }),
  };
  return { data: { type: "participant-declaration", attributes } };
}

describe("the NPQ builder's course rules", () => {
  it("group the courses as NPQ rules §7.1 does", () => {
    expect(courseTableOfTheRules()).toEqual(NPQ_COURSE_GROUPS);
  });

  it("cover every course of the spec, each in one group", () => {
    const grouped = Object.values(NPQ_COURSE_GROUPS).flat();
    expect([...grouped].sort()).toEqual([...npqCourseIdentifierValues].sort());
    expect(new Set(grouped).size).toBe(grouped.length);
  });

  it("ask has_passed on completed for exactly the spec's outcome courses", () => {
    const needing = npqCourseIdentifierValues.filter((course) => npqNeedsHasPassed(course, "completed"));
    expect(needing).toEqual(npqOutcomeCourseIdentifierValues);
  });

  it("agree with the spec's request schema: a completed body needs has_passed exactly where the builder asks it", () => {
    for (const course of npqCourseIdentifierValues) {
      const withoutOutcome = () => npqSpec.assertRequestBody("POST", DECLARATIONS, completedBody(course, undefined));
      if (npqNeedsHasPassed(course, "completed")) {
        expect(withoutOutcome, course).toThrow();
        npqSpec.assertRequestBody("POST", DECLARATIONS, completedBody(course, true));
      } else {
        expect(withoutOutcome, course).not.toThrow();
      }
    }
  });

  it("allow retained-2 everywhere but on specialist courses (NPQ rules §5.1)", () => {
    expect(rules).toContain("specialist schedules allow `started`, `retained-1` and `completed`");
    for (const course of npqCourseIdentifierValues) {
      const expected = NPQ_COURSE_GROUPS.specialist.some((specialist) => specialist === course)
        ? ["started", "retained-1", "completed"]
        : ["started", "retained-1", "retained-2", "completed"];
      expect(npqDeclarationTypesFor(course), course).toEqual(expected);
    }
  });
});
