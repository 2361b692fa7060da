import { describe, expect, it } from "vitest";
import {
  NPQ_CHANGE_FUNDED_PLACE_RULE_MESSAGES as FUNDED,
  NPQ_REJECT_RULE_MESSAGES as REJECT,
} from "../../../src/messages/npq/application-rules.ts";
import { expectOk } from "../../support/expect-failure.ts";
import { AMBITION_NPQ, expectNpqRefusedUntouched, NpqScenario } from "../support/npq-scenario.ts";

const reject = (applicationId: string) =>
  ({ type: "rejectNpqApplication", leadProviderId: AMBITION_NPQ, applicationId }) as const;
const change = (applicationId: string, fundedPlace?: unknown) =>
  ({ type: "changeNpqFundedPlace", leadProviderId: AMBITION_NPQ, applicationId, fundedPlace }) as const;
const rejectPair = (rule: keyof typeof REJECT) => [REJECT[rule].title, REJECT[rule].detail] as const;
const fundedPair = (rule: keyof typeof FUNDED) => [FUNDED[rule].title, FUNDED[rule].detail] as const;

describe("reject an NPQ application (NPQ rules §3.2)", () => {
  it("rejects a pending or an accepted application with rejected_by_provider", () => {
    const s = new NpqScenario();
    expect(expectOk(s.run(reject(s.apply().id)))).toMatchObject({
      status: "rejected",
      reasonForRejection: "rejected_by_provider",
    });
    expect(expectOk(s.run(reject(s.enrol({ person: { fullName: "B" } }).id))).status).toBe("rejected");
  });

  it("rule 1: already rejected", () => {
    const s = new NpqScenario();
    const application = s.apply();
    s.must(reject(application.id));
    expectNpqRefusedUntouched(s, reject(application.id), [rejectPair(1)]);
  });

  it("rule 2: a declaration that can still be or has been paid; voided and clawed back ones do not count", () => {
    const s = new NpqScenario();
    const application = s.enrol();
    s.declare(application.id, "started", "voided");
    s.declare(application.id, "retained-1", "clawed-back");
    const paid = s.declare(application.id, "retained-2", "paid");
    expectNpqRefusedUntouched(s, reject(application.id), [rejectPair(2)]);
    expect(paid.state).toBe("paid");
  });
});

describe("change the funded place (NPQ rules §3.3)", () => {
  it("sets the funded place of an accepted application in a capped cohort", () => {
    const s = new NpqScenario();
    const application = s.enrol();
    expect(expectOk(s.run(change(application.id, false))).fundedPlace).toBe(false);
  });

  it("rules 1 and 2: not a boolean, not accepted", () => {
    const s = new NpqScenario();
    const application = s.apply();
    expectNpqRefusedUntouched(s, change(application.id, "false"), [fundedPair(1), fundedPair(2)]);
  });

  it("rule 3: the stored eligibility, which previous funding does not change", () => {
    const s = new NpqScenario();
    const ineligible = s.enrol({ eligibleForFunding: false }, false);
    expectNpqRefusedUntouched(s, change(ineligible.id, true), [fundedPair(3)]);
    const first = s.enrol({ cohort: "2024a", person: { fullName: "B" } });
    const second = s.enrol({ participantId: first.userId, cohort: "2025a" }, false);
    expect(expectOk(s.run(change(second.id, true))).fundedPlace).toBe(true);
  });

  it("rule 4: only capped cohorts, checked when nothing failed before", () => {
    const s = new NpqScenario();
    const application = s.enrol({ cohort: "2023a" });
    expectNpqRefusedUntouched(s, change(application.id, true), [fundedPair(4)]);
  });

  it("rule 5: declarations block a change in either direction", () => {
    const s = new NpqScenario();
    // Without a funded place the declaration is made `submitted` (NPQ rules §5.3), and it still blocks.
    const application = s.enrol({}, false);
    s.declare(application.id, "started", "submitted");
    expectNpqRefusedUntouched(s, change(application.id, true), [fundedPair(5)]);
    const funded = s.enrol({ person: { fullName: "B" } });
    s.declare(funded.id, "started", "eligible");
    expectNpqRefusedUntouched(s, change(funded.id, false), [fundedPair(5)]);
  });
});
