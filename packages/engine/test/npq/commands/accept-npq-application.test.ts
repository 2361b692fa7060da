import { describe, expect, it } from "vitest";
import { NPQ_ACCEPT_RULE_MESSAGES as RULE } from "../../../src/messages/npq/application-rules.ts";
import { npqLookup } from "../../../src/npq/model/world.ts";
import { expectOk } from "../../support/expect-failure.ts";
import { AMBITION_NPQ, expectNpqRefusedUntouched, NpqScenario, TEACH_FIRST_NPQ } from "../support/npq-scenario.ts";

const pair = (rule: keyof typeof RULE) => [RULE[rule].title, RULE[rule].detail] as const;
const accept = (applicationId: string, attributes: { fundedPlace?: unknown; scheduleIdentifier?: unknown } = {}) =>
  ({ type: "acceptNpqApplication", leadProviderId: AMBITION_NPQ, applicationId, ...attributes }) as const;

describe("accept an NPQ application (NPQ rules §3.1)", () => {
  it("accepts in a capped cohort with the funded place and the default schedule", () => {
    const s = new NpqScenario();
    const application = s.apply();
    const accepted = expectOk(s.run(accept(application.id, { fundedPlace: true })));
    expect(accepted).toMatchObject({
      status: "accepted",
      trainingStatus: "active",
      fundedPlace: true,
      scheduleId: "2025a/npq-leadership-autumn",
      acceptedAt: "2025-10-15T10:00:00.000Z",
    });
    expect(npqLookup(s.world, "applicationStatesByApplication", application.id).map((row) => row.state)).toEqual([
      "active",
    ]);
  });

  it("keeps funded_place null in a full cohort whatever was sent", () => {
    const s = new NpqScenario();
    const application = s.apply({ cohort: "2023a" });
    expect(expectOk(s.run(accept(application.id, { fundedPlace: true }))).fundedPlace).toBeNull();
  });

  it("answers 404 for another lead provider's application", () => {
    const s = new NpqScenario();
    const application = s.apply({ leadProviderId: TEACH_FIRST_NPQ });
    expectNpqRefusedUntouched(
      s,
      accept(application.id, { fundedPlace: true }),
      [["Resource not found", "Nothing could be found for the provided details"]],
      404,
    );
  });

  it("rule 1: a capped cohort needs a JSON boolean", () => {
    const s = new NpqScenario();
    const application = s.apply();
    for (const fundedPlace of [undefined, null, "true"]) {
      expectNpqRefusedUntouched(s, accept(application.id, { fundedPlace }), [pair(1)]);
    }
  });

  it("rule 2: a zero cohort needs false", () => {
    const s = new NpqScenario();
    const application = s.apply({ cohort: "2026a" });
    expectNpqRefusedUntouched(s, accept(application.id, { fundedPlace: true }), [pair(2)]);
    expectNpqRefusedUntouched(s, accept(application.id), [pair(2)]);
    // Only capped cohorts store the funded place: the application keeps the null it was registered with.
    expect(expectOk(s.run(accept(application.id, { fundedPlace: false }))).fundedPlace).toBeNull();
  });

  it("rules 1 and 3 together: accepted before, capped cohort, no funded_place", () => {
    const s = new NpqScenario();
    const accepted = s.enrol();
    expectNpqRefusedUntouched(s, accept(accepted.id), [pair(1), pair(3)]);
  });

  it("rule 4: a rejected application cannot change state", () => {
    const s = new NpqScenario();
    const application = s.apply();
    s.must({ type: "rejectNpqApplication", leadProviderId: AMBITION_NPQ, applicationId: application.id });
    expectNpqRefusedUntouched(s, accept(application.id, { fundedPlace: true }), [pair(4)]);
  });

  it("rule 5: another accepted application for the course in the cohort, with any lead provider", () => {
    const s = new NpqScenario();
    const first = s.enrol({ leadProviderId: TEACH_FIRST_NPQ });
    const second = s.apply({ participantId: first.userId, courseIdentifier: "npq-headship" });
    // Accepting the Teach First application rejected this one (same person, course and cohort) ...
    expect(s.world.applications[second.id]?.status).toBe("pending");
    expectNpqRefusedUntouched(s, accept(second.id, { fundedPlace: true }), [pair(5)]);
  });

  it("rule 5 pairs EHCO with ASO and looks at other people with the same verified TRN", () => {
    const s = new NpqScenario();
    s.enrol(
      { cohort: "2021a", courseIdentifier: "npq-additional-support-offer", person: { fullName: "A", trn: "7654321" } },
      undefined,
    );
    const twin = s.apply({
      cohort: "2021a",
      courseIdentifier: "npq-early-headship-coaching-offer",
      person: { fullName: "B", trn: "7654321" },
    });
    expectNpqRefusedUntouched(s, accept(twin.id), [pair(5)]);
  });

  it("rule 5 ignores a withdrawn application and an unverified TRN", () => {
    const s = new NpqScenario();
    s.enrol({ person: { fullName: "A", trn: "7654321" } });
    const unverified = s.apply({ person: { fullName: "B", trn: "7654321", trnVerified: false } });
    expect(s.run(accept(unverified.id, { fundedPlace: false })).ok).toBe(true);
  });

  it("rule 6: no funded place for an application that is not eligible, only when nothing failed before", () => {
    const s = new NpqScenario();
    const application = s.apply({ eligibleForFunding: false });
    expectNpqRefusedUntouched(s, accept(application.id, { fundedPlace: true }), [pair(6)]);
    expect(s.run(accept(application.id, { fundedPlace: false })).ok).toBe(true);
  });

  it("rule 6 reads the stored eligibility: previous funding does not block a funded place", () => {
    const s = new NpqScenario();
    const first = s.enrol({ cohort: "2024a" });
    const second = s.apply({ participantId: first.userId, cohort: "2025a" });
    expect(expectOk(s.run(accept(second.id, { fundedPlace: true }))).fundedPlace).toBe(true);
  });

  it("takes a blank schedule_identifier as none given", () => {
    const s = new NpqScenario();
    const application = s.apply();
    expect(expectOk(s.run(accept(application.id, { fundedPlace: true, scheduleIdentifier: " " }))).scheduleId).toBe(
      "2025a/npq-leadership-autumn",
    );
  });

  it("rule 7: a schedule the cohort does not have", () => {
    const s = new NpqScenario();
    const application = s.apply();
    expectNpqRefusedUntouched(s, accept(application.id, { fundedPlace: true, scheduleIdentifier: "npq-aso-june" }), [
      pair(7),
    ]);
    expectNpqRefusedUntouched(s, accept(application.id, { fundedPlace: true, scheduleIdentifier: "nonsense" }), [
      pair(7),
    ]);
  });

  it("rule 9: a schedule of another course group, only when nothing else failed", () => {
    const s = new NpqScenario();
    const application = s.apply();
    expectNpqRefusedUntouched(
      s,
      accept(application.id, { fundedPlace: true, scheduleIdentifier: "npq-specialist-autumn" }),
      [pair(9)],
    );
    expectNpqRefusedUntouched(s, accept(application.id, { scheduleIdentifier: "npq-specialist-autumn" }), [pair(1)]);
  });

  it("answers 404 when the cohort lacks the default schedule (NPQ rules §Q5)", () => {
    const s = new NpqScenario();
    const application = s.apply({ cohort: "2025a", courseIdentifier: "npq-additional-support-offer" });
    expectNpqRefusedUntouched(
      s,
      accept(application.id, { fundedPlace: true }),
      [["Resource not found", "Nothing could be found for the provided details"]],
      404,
    );
  });

  it("rejects the person's other applications for exactly this course and cohort, in any status", () => {
    const s = new NpqScenario();
    const mine = s.apply();
    const elsewhere = s.apply({ participantId: mine.userId, leadProviderId: TEACH_FIRST_NPQ });
    const otherCourse = s.apply({ participantId: mine.userId, courseIdentifier: "npq-senior-leadership" });
    const otherCohort = s.apply({ participantId: mine.userId, cohort: "2024a" });
    s.must(accept(mine.id, { fundedPlace: true }));
    expect(s.world.applications[elsewhere.id]).toMatchObject({
      status: "rejected",
      reasonForRejection: "other_application_in_this_cohort_accepted",
    });
    expect(s.world.applications[otherCourse.id]?.status).toBe("pending");
    expect(s.world.applications[otherCohort.id]?.status).toBe("pending");
  });
});
