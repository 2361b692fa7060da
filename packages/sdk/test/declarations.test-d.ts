import { describe, expectTypeOf, it } from "vitest";
import {
  buildDeclaration,
  type DeclarationInput,
  type EcfClient,
  type ParticipantDeclarationCreateRequest,
} from "../src/index.ts";

const base = { participant_id: "p", declaration_date: "2025-10-01T10:00:00Z" } as const;
const ect = { ...base, course_identifier: "ecf-induction" } as const;
const mentor = { ...base, course_identifier: "ecf-mentor" } as const;

describe("buildDeclaration types", () => {
  it("returns a body the client's POST accepts", () => {
    const body = buildDeclaration({ ...ect, cohort: "2024", declaration_type: "started" });
    expectTypeOf(body).toEqualTypeOf<ParticipantDeclarationCreateRequest>();
    expectTypeOf<EcfClient["POST"]>().toBeCallableWith("/api/v3/participant-declarations", { body });
  });

  it("before 2025: started takes no evidence, the others take one of three values", () => {
    buildDeclaration({ ...mentor, cohort: "2023", declaration_type: "started" });
    buildDeclaration({ ...ect, cohort: "2024", declaration_type: "extended-2", evidence_held: "other" });
    buildDeclaration({ ...mentor, cohort: "2021", declaration_type: "retained-4", evidence_held: "other" });
    // @ts-expect-error: a pre-2025 started declaration takes no evidence
    buildDeclaration({ ...ect, cohort: "2024", declaration_type: "started", evidence_held: "other" });
    // @ts-expect-error: retained needs evidence
    buildDeclaration({ ...ect, cohort: "2022", declaration_type: "retained-1" });
    // @ts-expect-error: materials-engaged-with-offline is for cohorts from 2025
    buildDeclaration({ ...ect, cohort: "2021", declaration_type: "completed", evidence_held: "materials-engaged-with-offline" });
  });

  it("from 2025, ECTs: retained-2 only takes the two 75% values, completed adds one-term-induction", () => {
    buildDeclaration({ ...ect, cohort: "2025", declaration_type: "retained-2", evidence_held: "75-percent-engagement-met" });
    buildDeclaration({ ...ect, cohort: "2026", declaration_type: "completed", evidence_held: "one-term-induction" });
    buildDeclaration({ ...ect, cohort: "2025", declaration_type: "extended-1", evidence_held: "materials-engaged-with-offline" });
    // @ts-expect-error: retained-2 needs a 75% value
    buildDeclaration({ ...ect, cohort: "2025", declaration_type: "retained-2", evidence_held: "training-event-attended" });
    // @ts-expect-error: a 75% value is for retained-2 and completed
    buildDeclaration({ ...ect, cohort: "2025", declaration_type: "retained-1", evidence_held: "75-percent-engagement-met" });
    // @ts-expect-error: started needs evidence from 2025
    buildDeclaration({ ...ect, cohort: "2025", declaration_type: "started" });
  });

  it("from 2025, mentors: only started and completed", () => {
    buildDeclaration({ ...mentor, cohort: "2025", declaration_type: "started", evidence_held: "other" });
    buildDeclaration({ ...mentor, cohort: "2025", declaration_type: "completed", evidence_held: "75-percent-engagement-met" });
    // @ts-expect-error: mentors from 2025 have no retained declarations
    buildDeclaration({ ...mentor, cohort: "2025", declaration_type: "retained-1", evidence_held: "other" });
    // @ts-expect-error: one-term-induction is for ECTs
    buildDeclaration({ ...mentor, cohort: "2025", declaration_type: "completed", evidence_held: "one-term-induction" });
  });

  it("with a cohort known only at run time, allows what some cohort allows", () => {
    const cohort = String(2020 + Math.ceil(Math.random() * 6)) as `${number}`;
    buildDeclaration({ ...ect, cohort, declaration_type: "started" });
    buildDeclaration({ ...ect, cohort, declaration_type: "started", evidence_held: "other" });
    buildDeclaration({ ...mentor, cohort, declaration_type: "retained-3", evidence_held: "other" });
    // @ts-expect-error: no cohort accepts one-term-induction for a mentor
    buildDeclaration({ ...mentor, cohort, declaration_type: "completed", evidence_held: "one-term-induction" });
  });

  it("with a union of cohorts, allows what each allows", () => {
    const cohort = (Math.random() > 0.5 ? "2024" : "2025") as "2024" | "2025";
    buildDeclaration({ ...mentor, cohort, declaration_type: "completed", evidence_held: "other" });
    // @ts-expect-error: neither 2024 nor 2025 accepts one-term-induction for a mentor
    buildDeclaration({ ...mentor, cohort, declaration_type: "completed", evidence_held: "one-term-induction" });
  });

  it("requires a year-like cohort", () => {
    // @ts-expect-error: cohorts are year strings
    buildDeclaration({ ...ect, cohort: "twenty-five", declaration_type: "started" });
    expectTypeOf<DeclarationInput<"2025">["cohort"]>().toEqualTypeOf<"2025">();
  });
});
