import { describe, expectTypeOf, it } from "vitest";
import {
  buildDeclaration,
  type CohortInput,
  type CohortYear,
  courseIdentifierOf,
  type DeclarationInput,
  type EcfClient,
  type ParticipantDeclarationCreateRequest,
  type ParticipantEnrolment,
} from "../src/index.ts";

// Short names keep each call on one line, where `@ts-expect-error` applies to the whole call.
const base = { participant_id: "p", declaration_date: "2025-10-01T10:00:00Z" } as const;
const ect = { ...base, course_identifier: "ecf-induction" } as const;
const mentor = { ...base, course_identifier: "ecf-mentor" } as const;
const ect21 = { ...ect, cohort: "2021" } as const;
const ect24 = { ...ect, cohort: "2024" } as const;
const ect25 = { ...ect, cohort: "2025" } as const;
const ect26 = { ...ect, cohort: "2026" } as const;
const mentor23 = { ...mentor, cohort: "2023" } as const;
const mentor25 = { ...mentor, cohort: "2025" } as const;

describe("buildDeclaration types", () => {
  it("returns a body the client's POST accepts", () => {
    const body = buildDeclaration({ ...ect24, declaration_type: "started" });
    expectTypeOf(body).toEqualTypeOf<ParticipantDeclarationCreateRequest>();
    expectTypeOf<EcfClient["POST"]>().toBeCallableWith("/api/v3/participant-declarations", { body });
  });

  it("before 2025: started takes no evidence, the others take one of three values", () => {
    buildDeclaration({ ...mentor23, declaration_type: "started" });
    buildDeclaration({ ...ect24, declaration_type: "extended-2", evidence_held: "other" });
    buildDeclaration({ ...mentor23, declaration_type: "retained-4", evidence_held: "self-study-material-completed" });
    // @ts-expect-error: a pre-2025 started declaration takes no evidence
    buildDeclaration({ ...ect24, declaration_type: "started", evidence_held: "other" });
    // @ts-expect-error: retained needs evidence
    buildDeclaration({ ...ect24, declaration_type: "retained-1" });
    // @ts-expect-error: materials-engaged-with-offline is for cohorts from 2025
    buildDeclaration({ ...ect21, declaration_type: "completed", evidence_held: "materials-engaged-with-offline" });
  });

  it("from 2025, ECTs: retained-2 only takes the two 75% values, completed adds one-term-induction", () => {
    buildDeclaration({ ...ect25, declaration_type: "retained-2", evidence_held: "75-percent-engagement-met" });
    buildDeclaration({ ...ect26, declaration_type: "completed", evidence_held: "one-term-induction" });
    buildDeclaration({ ...ect25, declaration_type: "extended-1", evidence_held: "materials-engaged-with-offline" });
    // @ts-expect-error: retained-2 needs a 75% value
    buildDeclaration({ ...ect25, declaration_type: "retained-2", evidence_held: "training-event-attended" });
    // @ts-expect-error: a 75% value is for retained-2 and completed
    buildDeclaration({ ...ect25, declaration_type: "retained-1", evidence_held: "75-percent-engagement-met" });
    // @ts-expect-error: started needs evidence from 2025
    buildDeclaration({ ...ect25, declaration_type: "started" });
  });

  it("from 2025, mentors: only started and completed", () => {
    buildDeclaration({ ...mentor25, declaration_type: "started", evidence_held: "other" });
    buildDeclaration({ ...mentor25, declaration_type: "completed", evidence_held: "75-percent-engagement-met" });
    // @ts-expect-error: mentors from 2025 have no retained declarations
    buildDeclaration({ ...mentor25, declaration_type: "retained-1", evidence_held: "other" });
    // @ts-expect-error: one-term-induction is for ECTs
    buildDeclaration({ ...mentor25, declaration_type: "completed", evidence_held: "one-term-induction" });
  });

  it("with a cohort known only at run time, allows what some cohort allows", () => {
    const cohort = String(2020 + Math.ceil(Math.random() * 6)) as `${number}`;
    buildDeclaration({ ...ect, cohort, declaration_type: "started" });
    buildDeclaration({ ...ect, cohort, declaration_type: "started", evidence_held: "other" });
    buildDeclaration({ ...mentor, cohort, declaration_type: "retained-3", evidence_held: "other" });
    // @ts-expect-error: no cohort accepts one-term-induction for a mentor
    buildDeclaration({ ...mentor, cohort, declaration_type: "completed", evidence_held: "one-term-induction" });
  });

  it("takes a cohort read as a string from a synced enrolment, without a cast", () => {
    const enrolment = { cohort: "2025", participant_type: "ect" } as ParticipantEnrolment;
    expectTypeOf(enrolment.cohort).toEqualTypeOf<string>();
    const course_identifier = courseIdentifierOf(enrolment);
    buildDeclaration({ ...base, cohort: enrolment.cohort, course_identifier, declaration_type: "started" });
    buildDeclaration({ ...ect, cohort: enrolment.cohort, declaration_type: "retained-2", evidence_held: "other" });
    buildDeclaration({ ...mentor, cohort: enrolment.cohort, declaration_type: "completed", evidence_held: "other" });
    // @ts-expect-error: no cohort accepts one-term-induction for a mentor, whatever the string holds
    buildDeclaration({
      ...mentor,
      cohort: enrolment.cohort,
      declaration_type: "completed",
      evidence_held: "one-term-induction",
    });
    // @ts-expect-error: nor an evidence value the API does not know
    buildDeclaration({ ...ect, cohort: enrolment.cohort, declaration_type: "started", evidence_held: "attended" });
  });

  it("offers the cohort years while accepting any string", () => {
    expectTypeOf<CohortYear>().toEqualTypeOf<"2021" | "2022" | "2023" | "2024" | "2025" | "2026">();
    expectTypeOf<CohortYear>().toExtend<CohortInput>();
    expectTypeOf<string>().toExtend<CohortInput>();
  });

  it("with a union of cohorts, allows what any of them allows", () => {
    const cohort = (Math.random() > 0.5 ? "2024" : "2025") as "2024" | "2025";
    buildDeclaration({ ...mentor, cohort, declaration_type: "completed", evidence_held: "other" });
    // @ts-expect-error: neither 2024 nor 2025 accepts one-term-induction for a mentor
    buildDeclaration({ ...mentor, cohort, declaration_type: "completed", evidence_held: "one-term-induction" });
  });

  it("requires a year-like cohort", () => {
    // @ts-expect-error: a literal cohort must be a year string (a `string` is checked at run time instead)
    buildDeclaration({ ...ect, cohort: "twenty-five", declaration_type: "started" });
    // @ts-expect-error: a literal year still narrows the pair: 2024 has no evidence for started
    buildDeclaration({ ...ect, cohort: "2024", declaration_type: "started", evidence_held: "other" });
    expectTypeOf<DeclarationInput<"2025">["cohort"]>().toEqualTypeOf<"2025">();
  });
});
