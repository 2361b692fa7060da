import { describe, expect, it } from "vitest";
import {
  NPQ_DEFER_RULE_MESSAGES as DEFER,
  NPQ_RESUME_RULE_MESSAGES as RESUME,
  NPQ_WITHDRAW_RULE_MESSAGES as WITHDRAW,
} from "../../../src/messages/npq/participant-action-rules.ts";
import type { RuleMessage } from "../../../src/messages/rule-message.ts";
import { npqLookup } from "../../../src/npq/model/world.ts";
import { expectOk } from "../../support/expect-failure.ts";
import { AMBITION_NPQ, expectNpqRefusedUntouched, NpqScenario, TEACH_FIRST_NPQ } from "../support/npq-scenario.ts";

const pair = (message: RuleMessage) => [message.title, message.detail] as const;
const NOT_FOUND = ["Resource not found", "Nothing could be found for the provided details"] as const;

function action(
  type: "deferNpqParticipant" | "resumeNpqParticipant" | "withdrawNpqParticipant",
  participantId: string,
  attributes: { courseIdentifier?: unknown; reason?: unknown } = {},
) {
  return {
    type,
    leadProviderId: AMBITION_NPQ,
    participantId,
    courseIdentifier: "npq-headship",
    ...attributes,
  } as const;
}

describe("who a participant action can name (NPQ rules §4)", () => {
  it("answers 404 for a person the lead provider has not accepted", () => {
    const s = new NpqScenario();
    const pending = s.apply();
    const elsewhere = s.enrol({ leadProviderId: TEACH_FIRST_NPQ, person: { fullName: "B" } });
    expectNpqRefusedUntouched(s, action("resumeNpqParticipant", pending.userId), [NOT_FOUND], 404);
    expectNpqRefusedUntouched(s, action("resumeNpqParticipant", elsewhere.userId), [NOT_FOUND], 404);
  });

  it("rule 1, and rule 2 only when rule 1 passed; rule 2 takes the exact course", () => {
    const s = new NpqScenario();
    const enrolment = s.enrol();
    expectNpqRefusedUntouched(s, action("resumeNpqParticipant", enrolment.userId, { courseIdentifier: "npq-x" }), [
      pair(RESUME[1]),
    ]);
    expectNpqRefusedUntouched(s, action("resumeNpqParticipant", enrolment.userId, { courseIdentifier: "npq-senco" }), [
      pair(RESUME[2]),
    ]);
  });
});

describe("defer (NPQ rules §4.1)", () => {
  it("defers with the reason once something was declared, a voided declaration included", () => {
    const s = new NpqScenario();
    const enrolment = s.enrol();
    s.declare(enrolment.id, "started", "voided");
    const deferred = expectOk(s.run(action("deferNpqParticipant", enrolment.userId, { reason: "parental-leave" })));
    expect(deferred.trainingStatus).toBe("deferred");
    expect(npqLookup(s.world, "applicationStatesByApplication", enrolment.id).at(-1)).toMatchObject({
      state: "deferred",
      reason: "parental-leave",
    });
  });

  it("rules 3 and 6 together: a bad reason and nothing declared", () => {
    const s = new NpqScenario();
    const enrolment = s.enrol();
    expectNpqRefusedUntouched(s, action("deferNpqParticipant", enrolment.userId, { reason: "change-in-career" }), [
      pair(DEFER[3]),
      pair(DEFER[6]),
    ]);
  });

  it("rules 4 and 5: already deferred, withdrawn", () => {
    const s = new NpqScenario();
    const enrolment = s.enrol();
    s.declare(enrolment.id);
    s.must(action("deferNpqParticipant", enrolment.userId, { reason: "other" }));
    expectNpqRefusedUntouched(s, action("deferNpqParticipant", enrolment.userId, { reason: "other" }), [
      pair(DEFER[4]),
    ]);
    s.must(action("withdrawNpqParticipant", enrolment.userId, { reason: "other" }));
    expectNpqRefusedUntouched(s, action("deferNpqParticipant", enrolment.userId, { reason: "other" }), [
      pair(DEFER[5]),
    ]);
  });
});

describe("withdraw (NPQ rules §4.3)", () => {
  it("withdraws with a started declaration in any state", () => {
    const s = new NpqScenario();
    const enrolment = s.enrol();
    s.declare(enrolment.id, "started", "voided");
    expect(
      expectOk(s.run(action("withdrawNpqParticipant", enrolment.userId, { reason: "change-in-career" })))
        .trainingStatus,
    ).toBe("withdrawn");
  });

  it("rule 5: no started declaration, checked only when nothing failed before", () => {
    const s = new NpqScenario();
    const enrolment = s.enrol();
    s.declare(enrolment.id, "retained-1");
    expectNpqRefusedUntouched(s, action("withdrawNpqParticipant", enrolment.userId, { reason: "other" }), [
      pair(WITHDRAW[5]),
    ]);
    expectNpqRefusedUntouched(s, action("withdrawNpqParticipant", enrolment.userId, { reason: "parental-leave" }), [
      pair(WITHDRAW[3]),
    ]);
  });

  it("rule 4: already withdrawn", () => {
    const s = new NpqScenario();
    const enrolment = s.enrol();
    s.declare(enrolment.id);
    s.must(action("withdrawNpqParticipant", enrolment.userId, { reason: "other" }));
    expectNpqRefusedUntouched(s, action("withdrawNpqParticipant", enrolment.userId, { reason: "other" }), [
      pair(WITHDRAW[4]),
    ]);
  });
});

describe("resume (NPQ rules §4.2)", () => {
  it("resumes a withdrawn participant", () => {
    const s = new NpqScenario();
    const enrolment = s.enrol();
    s.declare(enrolment.id);
    s.must(action("withdrawNpqParticipant", enrolment.userId, { reason: "other" }));
    expect(expectOk(s.run(action("resumeNpqParticipant", enrolment.userId))).trainingStatus).toBe("active");
  });

  it("rule 3: already active", () => {
    const s = new NpqScenario();
    const enrolment = s.enrol();
    expectNpqRefusedUntouched(s, action("resumeNpqParticipant", enrolment.userId), [pair(RESUME[3])]);
  });
});
