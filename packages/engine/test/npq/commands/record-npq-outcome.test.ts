import { describe, expect, it } from "vitest";
import { NPQ_OUTCOME_RULE_MESSAGES as RULE } from "../../../src/messages/npq/outcome-rules.ts";
import { NPQ_REQUEST_MESSAGES } from "../../../src/messages/npq/requests.ts";
import { npqLookup } from "../../../src/npq/model/world.ts";
import { npqHasPassed } from "../../../src/npq/rules/outcomes.ts";
import { expectOk } from "../../support/expect-failure.ts";
import { AMBITION_NPQ, expectNpqRefusedUntouched, NpqScenario, TEACH_FIRST_NPQ } from "../support/npq-scenario.ts";

const pair = (message: { title: string; detail: string }) => [message.title, message.detail] as const;

function completed(hasPassed: unknown = true) {
  const s = new NpqScenario();
  const enrolment = s.enrol();
  const partner = s.fund(AMBITION_NPQ, "2025a", "npq-headship");
  const declaration = expectOk(
    s.run({
      type: "submitNpqDeclaration",
      leadProviderId: AMBITION_NPQ,
      participantId: enrolment.userId,
      courseIdentifier: "npq-headship",
      declarationType: "completed",
      declarationDate: "2025-10-12T10:00:00Z",
      hasPassed,
      deliveryPartnerId: partner,
    }),
  );
  const outcome = (attributes: { courseIdentifier?: unknown; state?: unknown; completionDate?: unknown } = {}) =>
    ({
      type: "recordNpqOutcome",
      leadProviderId: AMBITION_NPQ,
      participantId: enrolment.userId,
      courseIdentifier: "npq-headship",
      state: "failed",
      completionDate: "2025-10-13",
      ...attributes,
    }) as const;
  return { s, enrolment, declaration, outcome };
}

const outcomesOf = (s: NpqScenario, declarationId: string) =>
  npqLookup(s.world, "outcomesByDeclaration", declarationId);

describe("outcomes made by completed declarations (NPQ rules §5.3, §5.4)", () => {
  it("a completed declaration with has_passed records passed or failed, dated the declaration's day", () => {
    for (const [hasPassed, state] of [
      [true, "passed"],
      ["false", "failed"],
    ] as const) {
      const { s, declaration } = completed(hasPassed);
      expect(outcomesOf(s, declaration.id).map((row) => [row.state, row.completionDate])).toEqual([
        [state, "2025-10-12"],
      ]);
      expect(npqHasPassed(s.world, declaration)).toBe(state === "passed");
    }
  });

  it("voiding it adds a voided outcome dated the declaration's date, and has_passed becomes null", () => {
    const { s, declaration, outcome } = completed();
    s.must(outcome({ completionDate: "2025-10-14" }));
    s.must({ type: "voidNpqDeclaration", leadProviderId: AMBITION_NPQ, declarationId: declaration.id });
    expect(outcomesOf(s, declaration.id).map((row) => [row.state, row.completionDate])).toEqual([
      ["passed", "2025-10-12"],
      ["failed", "2025-10-14"],
      ["voided", "2025-10-12"],
    ]);
    expect(npqHasPassed(s.world, s.world.declarations[declaration.id] as typeof declaration)).toBeNull();
  });
});

describe("recording an outcome (NPQ rules §6.3)", () => {
  it("adds an outcome on the latest completed declaration, and touches the declaration", () => {
    const { s, declaration, outcome } = completed();
    s.context.at("2025-10-20T10:00:00Z");
    const recorded = expectOk(s.run(outcome()));
    expect(recorded).toMatchObject({ state: "failed", completionDate: "2025-10-13", declarationId: declaration.id });
    expect(s.world.declarations[declaration.id]?.updatedAt).toBe("2025-10-20T10:00:00.000Z");
  });

  it("is idempotent for a repeated state: passed again, or the same state and date", () => {
    const { s, declaration, outcome } = completed();
    const first = outcomesOf(s, declaration.id)[0];
    expect(expectOk(s.run(outcome({ state: "passed", completionDate: "2025-10-01" })))).toEqual(first);
    const failed = expectOk(s.run(outcome()));
    expect(expectOk(s.run(outcome()))).toEqual(failed);
    expect(outcomesOf(s, declaration.id)).toHaveLength(2);
  });

  it("compares with the latest outcome on the declaration it goes on, even one another lead provider made", () => {
    // Teach First's completed declaration on an application now Ambition's (DfE moved the participant).
    const s = new NpqScenario();
    const enrolment = s.enrol();
    const declaration = s.writeDeclarationRow(enrolment.id, "completed", "eligible", TEACH_FIRST_NPQ);
    const outcome = {
      type: "recordNpqOutcome",
      leadProviderId: AMBITION_NPQ,
      participantId: enrolment.userId,
      courseIdentifier: "npq-headship",
      state: "passed",
      completionDate: "2025-10-13",
    } as const;
    const first = expectOk(s.run(outcome));
    expect(expectOk(s.run({ ...outcome, completionDate: "2025-10-14" }))).toEqual(first);
    expect(outcomesOf(s, declaration.id)).toEqual([first]);
  });

  it("answers 404 for someone who is not the lead provider's participant", () => {
    const { s, outcome } = completed();
    expectNpqRefusedUntouched(
      s,
      { ...outcome(), leadProviderId: TEACH_FIRST_NPQ },
      [["Resource not found", "Nothing could be found for the provided details"]],
      404,
    );
  });

  it("NPQ outcome rules 1 and 2: a course without outcomes, or none", () => {
    const { s, outcome } = completed();
    expectNpqRefusedUntouched(s, outcome({ courseIdentifier: "npq-early-headship-coaching-offer" }), [
      pair(RULE[1]),
      pair(RULE[7]),
    ]);
    expectNpqRefusedUntouched(s, outcome({ courseIdentifier: "" }), [pair(RULE[1]), pair(RULE[2]), pair(RULE[7])]);
  });

  it("NPQ outcome rules 3 and 4: a state other than passed or failed, or none", () => {
    const { s, outcome } = completed();
    expectNpqRefusedUntouched(s, outcome({ state: "voided" }), [pair(RULE[3])]);
    expectNpqRefusedUntouched(s, outcome({ state: " " }), [pair(RULE[3]), pair(RULE[4])]);
  });

  it("NPQ outcome rules 5, 6 and 8: the completion date, and the 400 for an impossible one", () => {
    const { s, outcome } = completed();
    expectNpqRefusedUntouched(s, outcome({ completionDate: undefined }), [pair(RULE[5]), pair(RULE[6])]);
    expectNpqRefusedUntouched(s, outcome({ completionDate: "13/10/2025" }), [pair(RULE[6])]);
    expectNpqRefusedUntouched(s, outcome({ completionDate: "2025-10-16" }), [pair(RULE[8])]);
    expectNpqRefusedUntouched(
      s,
      outcome({ completionDate: "2021-13-01" }),
      [["Bad request", NPQ_REQUEST_MESSAGES.invalidDate]],
      400,
    );
  });

  it("NPQ outcome rule 7: no completed declaration that can carry it", () => {
    const { s, declaration, outcome } = completed();
    s.must({ type: "voidNpqDeclaration", leadProviderId: AMBITION_NPQ, declarationId: declaration.id });
    expectNpqRefusedUntouched(s, outcome(), [pair(RULE[7])]);
  });
});
