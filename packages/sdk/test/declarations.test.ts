import { describe, expect, it } from "vitest";
import {
  buildDeclaration,
  type CourseIdentifier,
  courseIdentifierOf,
  createEcfClient,
  type DeclarationType,
  type EvidenceHeld,
  evidenceOptions,
  type ParticipantEnrolment,
} from "../src/index.ts";
import { fakeApi, TEST_BASE_URL, TEST_TOKEN } from "./support/fake-api.ts";
import { declaration, participant, uuid } from "./support/fixtures.ts";
import { assertRequestBodyMatchesSpec } from "./support/spec.ts";

const TYPES: readonly DeclarationType[] = [
  "started",
  "retained-1",
  "retained-2",
  "retained-3",
  "retained-4",
  "completed",
  "extended-1",
  "extended-2",
  "extended-3",
];
const EVIDENCE: readonly EvidenceHeld[] = [
  "training-event-attended",
  "self-study-material-completed",
  "materials-engaged-with-offline",
  "75-percent-engagement-met",
  "75-percent-engagement-met-reduced-induction",
  "one-term-induction",
  "other",
];
const COURSES: readonly CourseIdentifier[] = ["ecf-induction", "ecf-mentor"];
const base = { participant_id: uuid(1), declaration_date: "2025-10-01T10:00:00Z" } as const;

// Build from plain runtime values, as a JavaScript caller (or one holding the cohort as a string) would.
function build(cohort: string, course: CourseIdentifier, type: DeclarationType, evidence?: EvidenceHeld) {
  const input = { ...base, cohort, course_identifier: course, declaration_type: type, evidence_held: evidence };
  return buildDeclaration(input as Parameters<typeof buildDeclaration>[0]);
}

describe("evidenceOptions", () => {
  it("follows the service's evidence rules (ECF rules §3.3)", () => {
    const simple = ["training-event-attended", "self-study-material-completed", "other"];
    const detailed = [
      "training-event-attended",
      "self-study-material-completed",
      "materials-engaged-with-offline",
      "other",
    ];
    const engagement = ["75-percent-engagement-met", "75-percent-engagement-met-reduced-induction"];

    expect(evidenceOptions("2024", "ecf-induction", "started")).toEqual({ required: false, values: [] });
    expect(evidenceOptions("2023", "ecf-mentor", "retained-2")).toEqual({ required: true, values: simple });
    expect(evidenceOptions("2021", "ecf-induction", "extended-3")).toEqual({ required: true, values: simple });
    expect(evidenceOptions("2025", "ecf-induction", "started")).toEqual({ required: true, values: detailed });
    expect(evidenceOptions("2025", "ecf-induction", "retained-2")).toEqual({ required: true, values: engagement });
    expect(evidenceOptions("2026", "ecf-induction", "retained-3")).toEqual({ required: true, values: detailed });
    expect(evidenceOptions("2025", "ecf-induction", "completed")).toEqual({
      required: true,
      values: [...engagement, "one-term-induction"],
    });
    expect(evidenceOptions("2025", "ecf-mentor", "started")).toEqual({ required: true, values: detailed });
    expect(evidenceOptions("2025", "ecf-mentor", "completed")).toEqual({ required: true, values: engagement });
    expect(evidenceOptions("2025", "ecf-mentor", "retained-1")).toBeUndefined();
    expect(evidenceOptions("2026", "ecf-mentor", "extended-1")).toBeUndefined();
  });

  it("refuses a cohort that is not a year from 2021", () => {
    for (const cohort of ["2020", "25", "2025 ", "", "next"]) {
      expect(() => evidenceOptions(cohort, "ecf-induction", "started")).toThrow(RangeError);
    }
  });
});

describe("buildDeclaration", () => {
  it("builds the create body, without the cohort", () => {
    const body = buildDeclaration({
      ...base,
      cohort: "2025",
      course_identifier: "ecf-induction",
      declaration_type: "retained-2",
      evidence_held: "75-percent-engagement-met",
    });

    expect(body).toEqual({
      data: {
        type: "participant-declaration",
        attributes: {
          participant_id: uuid(1),
          declaration_type: "retained-2",
          declaration_date: "2025-10-01T10:00:00Z",
          course_identifier: "ecf-induction",
          evidence_held: "75-percent-engagement-met",
        },
      },
    });
  });

  it("builds a body the spec accepts for every pair the rules allow, and refuses every other pair", () => {
    let accepted = 0;
    for (const cohort of ["2021", "2024", "2025", "2026"]) {
      for (const course of COURSES) {
        for (const type of TYPES) {
          const options = evidenceOptions(cohort, course, type);
          for (const evidence of [undefined, ...EVIDENCE]) {
            const allowed =
              options !== undefined && (evidence === undefined ? !options.required : options.values.includes(evidence));
            if (allowed) {
              assertRequestBodyMatchesSpec(
                "POST",
                "/api/v3/participant-declarations",
                build(cohort, course, type, evidence),
              );
              accepted++;
            } else {
              expect(() => build(cohort, course, type, evidence), `${cohort} ${course} ${type} ${evidence}`).toThrow(
                RangeError,
              );
            }
          }
        }
      }
    }
    // 2 pre-2025 cohorts × 2 courses × (started + 8 types × 3) + 2 later cohorts × (ECT 33 + mentor 6).
    expect(accepted).toBe(2 * 2 * (1 + 8 * 3) + 2 * (4 * 7 + 2 + 3 + 6));
  });

  it("explains a refusal", () => {
    expect(() => build("2025", "ecf-induction", "retained-2", "other")).toThrow(
      'A retained-2 declaration for an ECT in cohort 2025 accepts "75-percent-engagement-met", "75-percent-engagement-met-reduced-induction", not "other"',
    );
    expect(() => build("2024", "ecf-mentor", "started", "other")).toThrow(
      'A started declaration for a mentor in cohort 2024 takes no evidence_held, not "other"',
    );
    expect(() => build("2025", "ecf-mentor", "started")).toThrow(
      'A started declaration for a mentor in cohort 2025 needs evidence_held: "training-event-attended"',
    );
    expect(() => build("2025", "ecf-mentor", "retained-1", "other")).toThrow(
      "A retained-1 declaration is not accepted for a mentor in cohort 2025",
    );
  });

  it("takes the cohort and course of a synced enrolment as they are, checking the cohort at run time", () => {
    // As stored by a sync job: the enrolment's cohort is a `string`, its role a participant_type.
    const [enrolment] = participant(1).attributes.ecf_enrolments as ParticipantEnrolment[];
    const fromEnrolment = (cohort: string) =>
      buildDeclaration({
        ...base,
        cohort,
        course_identifier: courseIdentifierOf({ participant_type: enrolment?.participant_type ?? "mentor" }),
        declaration_type: "started",
        evidence_held: "training-event-attended",
      });

    expect(fromEnrolment(enrolment?.cohort ?? "").data.attributes).toMatchObject({
      course_identifier: "ecf-induction",
      declaration_type: "started",
    });
    expect(() => fromEnrolment("2020")).toThrow(
      new RangeError('cohort must be a year from 2021, e.g. "2025", got "2020"'),
    );
    expect(() => fromEnrolment("25")).toThrow(new RangeError('cohort must be a year from 2021, e.g. "2025", got "25"'));
    expect(() => fromEnrolment("cohort-2025")).toThrow(RangeError);
  });

  it("sends a Date as the API renders date-times, and a string as given", () => {
    const fromDate = buildDeclaration({
      ...base,
      cohort: "2024",
      course_identifier: "ecf-mentor",
      declaration_type: "started",
      declaration_date: new Date("2024-10-01T10:00:00.123Z"),
    });
    const withOffset = buildDeclaration({
      ...base,
      cohort: "2024",
      course_identifier: "ecf-mentor",
      declaration_type: "started",
      declaration_date: "2024-10-01T11:00:00+01:00",
    });

    expect(fromDate.data.attributes.declaration_date).toBe("2024-10-01T10:00:00Z");
    expect(withOffset.data.attributes.declaration_date).toBe("2024-10-01T11:00:00+01:00");
  });

  it("refuses a date, participant or course the API would reject", () => {
    expect(() => build("2025", "ecf-induction", "started", "other").data).not.toThrow();
    const input = { ...base, cohort: "2024", course_identifier: "ecf-induction", declaration_type: "started" } as const;
    expect(() => buildDeclaration({ ...input, declaration_date: "2024-10-01" })).toThrow(RangeError);
    expect(() => buildDeclaration({ ...input, declaration_date: new Date(Number.NaN) })).toThrow(RangeError);
    expect(() => buildDeclaration({ ...input, participant_id: "" })).toThrow(RangeError);
    expect(() => build("2024", "ecf-teacher" as CourseIdentifier, "started")).toThrow(RangeError);
  });

  it("is accepted by the client's POST", async () => {
    const api = fakeApi().on("POST", "/api/v3/participant-declarations", ({ body }) => {
      assertRequestBodyMatchesSpec("POST", "/api/v3/participant-declarations", JSON.parse(body));
      return {
        status: 200,
        json: { data: declaration(1, { declaration_type: "completed", evidence_held: "one-term-induction" }) },
      };
    });
    const client = createEcfClient({ baseUrl: TEST_BASE_URL, token: TEST_TOKEN, fetch: api.fetch, throwOnError: true });

    const { data } = await client.POST("/api/v3/participant-declarations", {
      body: buildDeclaration({
        ...base,
        cohort: "2025",
        course_identifier: "ecf-induction",
        declaration_type: "completed",
        evidence_held: "one-term-induction",
      }),
    });

    expect(data.data.attributes.evidence_held).toBe("one-term-induction");
  });
});
