import { describe, expect, it } from "vitest";
import {
  buildNpqDeclaration,
  NPQ_COURSE_GROUPS,
  type NpqCourseIdentifier,
  type NpqDeclarationType,
  npqCourseGroupOf,
  npqCourseIdentifierValues,
  npqDeclarationTypesFor,
  npqDeclarationTypeValues,
  npqNeedsHasPassed,
} from "../src/index.ts";
import { npqSpec } from "./support/spec.ts";

const DECLARATIONS = "/api/v3/participant-declarations";
const PARTICIPANT = "5d1c4b7e-2f8a-4c3d-9e6f-0a1b2c3d4e5f";
const PARTNER = "3e9f1a2b-4c5d-4e6f-8a7b-9c0d1e2f3a4b";
const OTHER_PARTNER = "8b7a6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d";

// The builder's checks, seen from plain JavaScript (or a caller holding wide types): no compile-time help.
const build = (input: Record<string, unknown>) => buildNpqDeclaration(input as never);
const base = { participant_id: PARTICIPANT, declaration_date: "2025-10-14T09:00:00Z" };

describe("buildNpqDeclaration", () => {
  it("builds the spec's started example", () => {
    const body = buildNpqDeclaration({
      ...base,
      course_identifier: "npq-headship",
      declaration_type: "started",
      delivery_partner_id: PARTNER,
    });

    const example = npqSpec.example("DeclarationEligible") as { data: { attributes: object } };
    expect(body).toEqual({
      data: {
        type: "participant-declaration",
        attributes: {
          participant_id: PARTICIPANT,
          declaration_type: "started",
          declaration_date: "2025-10-14T09:00:00Z",
          course_identifier: "npq-headship",
          delivery_partner_id: PARTNER,
        },
      },
    });
    expect(example.data.attributes).toMatchObject(body.data.attributes);
  });

  it("sends has_passed on a completed leadership or specialist declaration, as a boolean", () => {
    const passed = buildNpqDeclaration({
      ...base,
      course_identifier: "npq-senco",
      declaration_type: "completed",
      has_passed: true,
    });
    const failed = buildNpqDeclaration({
      ...base,
      course_identifier: "npq-leading-literacy",
      declaration_type: "completed",
      has_passed: false,
    });

    expect(passed.data.attributes).toMatchObject({ has_passed: true });
    expect(failed.data.attributes).toMatchObject({ has_passed: false });
  });

  it("refuses a completed leadership or specialist declaration without has_passed (NPQ declaration rule 15)", () => {
    for (const course_identifier of [...NPQ_COURSE_GROUPS.leadership, ...NPQ_COURSE_GROUPS.specialist]) {
      expect(() => build({ ...base, course_identifier, declaration_type: "completed" })).toThrow(
        `A completed declaration for ${course_identifier} needs has_passed`,
      );
      expect(() => build({ ...base, course_identifier, declaration_type: "completed", has_passed: "true" })).toThrow(
        RangeError,
      );
    }
  });

  it("refuses has_passed where the API would ignore it", () => {
    expect(() =>
      build({
        ...base,
        course_identifier: "npq-early-headship-coaching-offer",
        declaration_type: "completed",
        has_passed: true,
      }),
    ).toThrow("takes no has_passed");
    expect(() =>
      build({ ...base, course_identifier: "npq-headship", declaration_type: "retained-1", has_passed: false }),
    ).toThrow("takes no has_passed");
  });

  it("refuses retained-2 on specialist courses, whose schedules lack it (NPQ declaration rule 12)", () => {
    for (const course_identifier of NPQ_COURSE_GROUPS.specialist) {
      expect(() => build({ ...base, course_identifier, declaration_type: "retained-2" })).toThrow(
        `A "retained-2" declaration is not accepted for ${course_identifier}`,
      );
    }
    expect(
      build({ ...base, course_identifier: "npq-additional-support-offer", declaration_type: "retained-2" }).data
        .attributes,
    ).toMatchObject({ declaration_type: "retained-2" });
  });

  it("refuses an unknown course or declaration type, and a blank participant id", () => {
    expect(() => build({ ...base, course_identifier: "ecf-induction", declaration_type: "started" })).toThrow(
      'course_identifier must be an NPQ course, e.g. "npq-headship", got "ecf-induction"',
    );
    expect(() => build({ ...base, course_identifier: "npq-headship", declaration_type: "extended-1" })).toThrow(
      RangeError,
    );
    expect(() =>
      build({ ...base, participant_id: "", course_identifier: "npq-headship", declaration_type: "started" }),
    ).toThrow("participant_id must be a non-empty string");
  });

  it("checks the delivery partners against each other (NPQ declaration rules 23 and 26)", () => {
    const started = { ...base, course_identifier: "npq-headship", declaration_type: "started" };
    expect(() => build({ ...started, secondary_delivery_partner_id: PARTNER })).toThrow(
      "secondary_delivery_partner_id needs delivery_partner_id beside it",
    );
    expect(() => build({ ...started, delivery_partner_id: PARTNER, secondary_delivery_partner_id: PARTNER })).toThrow(
      "cannot be the same",
    );
    expect(() => build({ ...started, delivery_partner_id: "" })).toThrow("delivery_partner_id must be a non-empty");
    expect(
      build({ ...started, delivery_partner_id: PARTNER, secondary_delivery_partner_id: OTHER_PARTNER }).data.attributes,
    ).toMatchObject({ delivery_partner_id: PARTNER, secondary_delivery_partner_id: OTHER_PARTNER });
  });

  it("sends a string date as given and a Date the way the API renders dates, and refuses a malformed one", () => {
    const started = { participant_id: PARTICIPANT, course_identifier: "npq-headship", declaration_type: "started" };
    expect(build({ ...started, declaration_date: "2025-10-14T10:00:00+01:00" }).data.attributes).toMatchObject({
      declaration_date: "2025-10-14T10:00:00+01:00",
    });
    expect(build({ ...started, declaration_date: new Date("2025-10-14T09:00:00.900Z") }).data.attributes).toMatchObject(
      { declaration_date: "2025-10-14T09:00:00Z" },
    );
    expect(() => build({ ...started, declaration_date: "2025-10-14" })).toThrow(RangeError);
  });

  it("builds, for every course and type it accepts, a body the spec accepts", () => {
    for (const course of npqCourseIdentifierValues) {
      for (const type of npqDeclarationTypesFor(course)) {
        const body = build({
          ...base,
          course_identifier: course,
          declaration_type: type,
          ...(npqNeedsHasPassed(course, type) ? { has_passed: true } : {}),
        });
        npqSpec.assertRequestBody("POST", DECLARATIONS, body);
      }
    }
  });
});

describe("npqNeedsHasPassed and npqDeclarationTypesFor", () => {
  const table = (course: NpqCourseIdentifier) =>
    npqDeclarationTypeValues.map((type: NpqDeclarationType) => [
      type,
      npqDeclarationTypesFor(course).includes(type),
      npqNeedsHasPassed(course, type),
    ]);

  it("give each group's rules", () => {
    expect(table("npq-headship")).toEqual([
      ["started", true, false],
      ["retained-1", true, false],
      ["retained-2", true, false],
      ["completed", true, true],
    ]);
    expect(table("npq-leading-teaching")).toEqual([
      ["started", true, false],
      ["retained-1", true, false],
      ["retained-2", false, false],
      ["completed", true, true],
    ]);
    expect(table("npq-early-headship-coaching-offer")).toEqual([
      ["started", true, false],
      ["retained-1", true, false],
      ["retained-2", true, false],
      ["completed", true, false],
    ]);
  });

  it("name the group of a course, and throw for a string that is none", () => {
    expect(npqCourseGroupOf("npq-additional-support-offer")).toBe("support");
    expect(npqCourseGroupOf("ecf-mentor")).toBeUndefined();
    expect(() => npqNeedsHasPassed("ecf-mentor" as NpqCourseIdentifier, "completed")).toThrow(RangeError);
  });
});
