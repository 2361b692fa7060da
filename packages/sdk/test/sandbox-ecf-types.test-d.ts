/**
 * The control API's spec `$ref`s the ECF schemas of what it returns and accepts, so the sandbox types are the ECF
 * types: the same shape, not a loosened copy.
 */
import { describe, expectTypeOf, it } from "vitest";
import type {
  Cohort,
  CourseIdentifier,
  Participant,
  SandboxOperations,
  SandboxParticipantFixture,
  SandboxStatementSummary,
  ScheduleIdentifier,
  Statement,
} from "../src/index.ts";

type JsonBody<Operation, Status extends string> = Operation extends {
  responses: Record<Status, { content: { "application/json": infer Body } }>;
}
  ? Body
  : never;

describe("the control API's types", () => {
  it("answer with the ECF API's participant and statement", () => {
    expectTypeOf<JsonBody<SandboxOperations["createParticipant"], "201">>().toEqualTypeOf<{ data: Participant }>();
    expectTypeOf<JsonBody<SandboxOperations["makeParticipantEligibleForFunding"], "200">>().toEqualTypeOf<{
      data: Participant;
    }>();
    expectTypeOf<JsonBody<SandboxOperations["markStatementPayable"], "200">>().toEqualTypeOf<{ data: Statement }>();
    expectTypeOf<JsonBody<SandboxOperations["markStatementPaid"], "200">>().toEqualTypeOf<{ data: Statement }>();
  });

  it("take and give the ECF API's values", () => {
    expectTypeOf<SandboxParticipantFixture["course_identifier"]>().toEqualTypeOf<CourseIdentifier>();
    expectTypeOf<SandboxParticipantFixture["cohort"]>().toEqualTypeOf<Cohort>();
    expectTypeOf<NonNullable<SandboxParticipantFixture["schedule_identifier"]>>().toEqualTypeOf<ScheduleIdentifier>();
    expectTypeOf<SandboxStatementSummary["month"]>().toEqualTypeOf<Statement["attributes"]["month"]>();
  });
});
