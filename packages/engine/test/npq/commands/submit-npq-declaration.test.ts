import { describe, expect, it } from "vitest";
import { NPQ_DECLARATION_RULE_MESSAGES as RULE } from "../../../src/messages/npq/declaration-rules.ts";
import type { NpqApplication } from "../../../src/npq/model/application.ts";
import { addDays } from "../../../src/time/calendar-date.ts";
import { formatApiDateTime } from "../../../src/time/rfc3339.ts";
import { expectOk } from "../../support/expect-failure.ts";
import { AMBITION_NPQ, expectNpqRefusedUntouched, NpqScenario, TEACH_FIRST_NPQ } from "../support/npq-scenario.ts";

const pair = (message: { title: string; detail: string }) => [message.title, message.detail] as const;

/** An enrolment in 2025a (capped, funded place, leadership autumn from 1 October 2025) ready to be declared on. */
function ready(overrides: Parameters<NpqScenario["enrol"]>[0] = {}, fundedPlace: unknown = true) {
  const s = new NpqScenario();
  const enrolment = s.enrol(overrides, fundedPlace);
  const cohort = s.world.schedules[enrolment.scheduleId as string]?.cohortId as string;
  const deliveryPartnerId = s.fund(AMBITION_NPQ, cohort, enrolment.courseIdentifier);
  return { s, enrolment, deliveryPartnerId };
}

function declare(enrolment: NpqApplication, deliveryPartnerId: string | undefined, attributes: object = {}) {
  return {
    type: "submitNpqDeclaration",
    leadProviderId: AMBITION_NPQ,
    participantId: enrolment.userId,
    courseIdentifier: enrolment.courseIdentifier,
    declarationType: "started",
    declarationDate: "2025-10-10T10:00:00Z",
    deliveryPartnerId,
    ...attributes,
  } as const;
}

/** The day after the application's schedule starts, with the clock moved past it when needed. */
function dayAfterStart(s: NpqScenario, application: NpqApplication): string {
  const start = s.world.schedules[application.scheduleId as string]?.startDate as string;
  const date = `${addDays(start, 1)}T10:00:00Z`;
  if (s.context.now.toISOString() < date) {
    s.context.at(`${addDays(start, 2)}T10:00:00Z`);
  }
  return date;
}

describe("declaring on the NPQ API (NPQ rules §5.2, §5.3)", () => {
  it("makes a funded application's declaration eligible on the next output statement of the cohort", () => {
    const { s, enrolment, deliveryPartnerId } = ready();
    const made = expectOk(s.run(declare(enrolment, deliveryPartnerId)));
    expect(made).toMatchObject({ state: "eligible", cohortId: "2025a", courseIdentifier: "npq-headship" });
    const statement = s.world.statements[made.statementId as string];
    // At 15 October 2025 the next output statement with a deadline ahead is December's (deadline 25 November).
    expect(statement).toMatchObject({ year: 2025, month: 12, deadlineDate: "2025-11-25", feeType: "output" });
  });

  it("makes a declaration without a funded place submitted, on no statement, and needs no statement for it", () => {
    const s = new NpqScenario();
    const enrolment = s.enrol({}, false);
    s.must({
      type: "registerNpqContract",
      leadProviderId: AMBITION_NPQ,
      cohort: "2025a",
      courseIdentifier: "npq-headship",
    });
    const partner = s.must({
      type: "registerNpqDeliveryPartner",
      name: "P",
      leadProviderId: AMBITION_NPQ,
      cohorts: ["2025a"],
    });
    const made = expectOk(s.run(declare(enrolment, partner.id)));
    expect(made).toMatchObject({ state: "submitted", statementId: null });
  });

  it("makes a same-TRN duplicate ineligible, superseded by the other person's declaration and on no statement", () => {
    const { s, enrolment, deliveryPartnerId } = ready({ person: { fullName: "A", trn: "7654321" } });
    const first = expectOk(s.run(declare(enrolment, deliveryPartnerId)));
    // Accept refuses a second person with the same verified TRN, so the twin's TRN is unverified: it still counts here.
    const twin = s.enrol({ person: { fullName: "A twin", trn: "7654321", trnVerified: false } });
    const duplicate = expectOk(s.run(declare(twin, deliveryPartnerId)));
    expect(duplicate).toMatchObject({ state: "ineligible", supersededById: first.id, statementId: null });
    // Another type is no duplicate.
    expect(expectOk(s.run(declare(twin, deliveryPartnerId, { declarationType: "retained-1" }))).state).toBe("eligible");
  });

  it("answers a repeat with the same declaration made on another of the participant's applications", () => {
    const { s, enrolment, deliveryPartnerId } = ready();
    const first = expectOk(s.run(declare(enrolment, deliveryPartnerId)));
    // DfE accepts a later application of the same person for the same course (a fixture: accept itself refuses it).
    const later = s.apply({ participantId: enrolment.userId, cohort: "2025a" });
    s.must({ type: "recordNpqApplicationDecision", applicationId: later.id, status: "accepted" });
    const before = Object.keys(s.world.declarations).length;
    expect(expectOk(s.run(declare(enrolment, deliveryPartnerId)))).toEqual(first);
    expect(Object.keys(s.world.declarations)).toHaveLength(before);
    // Another date is a new declaration, on the later application.
    const other = expectOk(s.run(declare(enrolment, deliveryPartnerId, { declarationDate: "2025-10-11T10:00:00Z" })));
    expect(other.applicationId).toBe(later.id);
  });

  it("NPQ declaration rule 1: participant_id missing", () => {
    const { s, enrolment, deliveryPartnerId } = ready();
    expectNpqRefusedUntouched(s, declare(enrolment, deliveryPartnerId, { participantId: " " }), [pair(RULE[1])]);
  });

  it("NPQ declaration rule 2: a merged participant id, and rule 3 is then not checked", () => {
    const { s, enrolment, deliveryPartnerId } = ready();
    const other = s.enrol({ person: { fullName: "B" } });
    s.must({
      type: "recordNpqParticipantIdChange",
      fromParticipantId: enrolment.userId,
      toParticipantId: other.userId,
    });
    expectNpqRefusedUntouched(s, declare(enrolment, deliveryPartnerId), [
      [RULE[2].title, RULE[2].detail({ from: enrolment.userId, to: other.userId })],
    ]);
  });

  it("NPQ declaration rule 3: not the lead provider's participant, or not a UUID", () => {
    const { s, enrolment, deliveryPartnerId } = ready();
    const pending = s.apply({ person: { fullName: "B" } });
    expectNpqRefusedUntouched(s, declare(pending, deliveryPartnerId), [pair(RULE[3])]);
    expectNpqRefusedUntouched(s, declare(enrolment, deliveryPartnerId, { participantId: "nope" }), [pair(RULE[3])]);
    expectNpqRefusedUntouched(s, { ...declare(enrolment, deliveryPartnerId), leadProviderId: TEACH_FIRST_NPQ }, [
      pair(RULE[3]),
    ]);
  });

  it("NPQ declaration rule 4: dated after the withdrawal this lead provider recorded", () => {
    const { s, enrolment, deliveryPartnerId } = ready();
    s.must(declare(enrolment, deliveryPartnerId));
    s.must({
      type: "withdrawNpqParticipant",
      leadProviderId: AMBITION_NPQ,
      participantId: enrolment.userId,
      courseIdentifier: "npq-headship",
      reason: "other",
    });
    const withdrawnAt = s.context.now.toISOString();
    s.context.at("2025-10-20T10:00:00Z");
    const retained = (declarationDate: string) =>
      declare(enrolment, deliveryPartnerId, { declarationType: "retained-1", declarationDate });
    expectNpqRefusedUntouched(s, retained("2025-10-16T10:00:00Z"), [[RULE[4].title, RULE[4].detail(withdrawnAt)]]);
    expect(RULE[4].detail(withdrawnAt)).toContain(formatApiDateTime(withdrawnAt));
    expect(s.run(retained("2025-10-14T10:00:00Z")).ok).toBe(true);
  });

  it("NPQ declaration rule 5: no accepted application for the course; EHCO and ASO count as one", () => {
    const { s, enrolment, deliveryPartnerId } = ready();
    for (const courseIdentifier of ["npq-senco", "npq-unknown", undefined]) {
      expectNpqRefusedUntouched(s, declare(enrolment, deliveryPartnerId, { courseIdentifier }), [pair(RULE[5])]);
    }
    const ehco = s.enrol({ participantId: enrolment.userId, courseIdentifier: "npq-early-headship-coaching-offer" });
    const partner = s.fund(AMBITION_NPQ, "2025a", "npq-early-headship-coaching-offer");
    const onAso = s.run(
      declare(ehco, partner, {
        courseIdentifier: "npq-additional-support-offer",
        declarationDate: dayAfterStart(s, ehco),
      }),
    );
    // The ASO identifier finds the EHCO application, and the declaration shows the application's course.
    expect(onAso.ok && onAso.value.courseIdentifier).toBe("npq-early-headship-coaching-offer");
  });

  it("NPQ declaration rules 6 and 8: not RFC 3339, an impossible date, a missing date", () => {
    const { s, enrolment, deliveryPartnerId } = ready();
    const at = (declarationDate: unknown) => declare(enrolment, deliveryPartnerId, { declarationDate });
    expectNpqRefusedUntouched(s, at("2025-10-10 10:00:00"), [pair(RULE[6])]);
    expectNpqRefusedUntouched(s, at("2025-02-30T10:00:00Z"), [pair(RULE[6]), pair(RULE[8])]);
    expectNpqRefusedUntouched(s, at(undefined), [pair(RULE[8])]);
  });

  it("NPQ declaration rule 7: before midnight UTC of the schedule's first day", () => {
    const { s, enrolment, deliveryPartnerId } = ready();
    expectNpqRefusedUntouched(s, declare(enrolment, deliveryPartnerId, { declarationDate: "2025-09-30T23:59:59Z" }), [
      pair(RULE[7]),
    ]);
    expect(s.run(declare(enrolment, deliveryPartnerId, { declarationDate: "2025-10-01T00:00:00Z" })).ok).toBe(true);
  });

  it("NPQ declaration rules 9 and 10: a blank type fails both, an unknown one rule 10", () => {
    const { s, enrolment, deliveryPartnerId } = ready();
    expectNpqRefusedUntouched(s, declare(enrolment, deliveryPartnerId, { declarationType: "" }), [
      pair(RULE[9]),
      pair(RULE[10]),
    ]);
    expectNpqRefusedUntouched(s, declare(enrolment, deliveryPartnerId, { declarationType: "retained-3" }), [
      pair(RULE[10]),
    ]);
  });

  it("NPQ declaration rule 11: an application without a schedule", () => {
    const s = new NpqScenario();
    const application = s.apply();
    s.must({
      type: "recordNpqApplicationDecision",
      applicationId: application.id,
      status: "accepted",
      scheduleIdentifier: null,
    });
    expectNpqRefusedUntouched(s, declare(application, undefined), [pair(RULE[11])]);
  });

  it("NPQ declaration rule 12: retained-2 on a specialist schedule", () => {
    const { s, enrolment, deliveryPartnerId } = ready({ courseIdentifier: "npq-leading-teaching" });
    expectNpqRefusedUntouched(s, declare(enrolment, deliveryPartnerId, { declarationType: "retained-2" }), [
      pair(RULE[12]),
    ]);
  });

  it("NPQ declaration rule 13: no contract for the cohort and course", () => {
    const s = new NpqScenario();
    const enrolment = s.enrol();
    const partner = s.must({
      type: "registerNpqDeliveryPartner",
      name: "P",
      leadProviderId: AMBITION_NPQ,
      cohorts: ["2025a"],
    });
    expectNpqRefusedUntouched(s, declare(enrolment, partner.id), [pair(RULE[13])]);
  });

  it("NPQ declaration rule 14: a fundable declaration and no open output statement with a deadline ahead", () => {
    const { s, enrolment, deliveryPartnerId } = ready();
    // The 2025a statements run to January 2027, whose deadline is 26 December 2026.
    s.context.at("2026-12-27T10:00:00Z");
    expectNpqRefusedUntouched(s, declare(enrolment, deliveryPartnerId), [[RULE[14].title, RULE[14].detail(2025)]]);
  });

  it("NPQ declaration rule 15: completed on a course with outcomes needs has_passed; EHCO does not", () => {
    const { s, enrolment, deliveryPartnerId } = ready();
    for (const hasPassed of [undefined, "yes", 1]) {
      expectNpqRefusedUntouched(s, declare(enrolment, deliveryPartnerId, { declarationType: "completed", hasPassed }), [
        pair(RULE[15]),
      ]);
    }
    expect(s.run(declare(enrolment, deliveryPartnerId, { declarationType: "completed", hasPassed: "false" })).ok).toBe(
      true,
    );
    const ehco = s.enrol({ participantId: enrolment.userId, courseIdentifier: "npq-early-headship-coaching-offer" });
    const partner = s.fund(AMBITION_NPQ, "2025a", "npq-early-headship-coaching-offer");
    const completed = declare(ehco, partner, { declarationType: "completed", declarationDate: dayAfterStart(s, ehco) });
    expect(s.run(completed).ok).toBe(true);
  });

  it("NPQ declaration rules 16 and 27: a repeat while one can be or has been paid; voided ones do not block", () => {
    const { s, enrolment, deliveryPartnerId } = ready();
    const first = expectOk(s.run(declare(enrolment, deliveryPartnerId)));
    // Not idempotent: the repeat is refused, as the service refuses it.
    expectNpqRefusedUntouched(s, declare(enrolment, deliveryPartnerId), [pair(RULE[16])]);
    s.must({ type: "voidNpqDeclaration", leadProviderId: AMBITION_NPQ, declarationId: first.id });
    expect(s.run(declare(enrolment, deliveryPartnerId)).ok).toBe(true);
  });

  it("NPQ declaration rules 17 and 18: delivery partners that do not exist, checked whatever failed before", () => {
    const { s, enrolment } = ready();
    const unknown = "11111111-2222-4333-8444-555555555555";
    expectNpqRefusedUntouched(
      s,
      declare(enrolment, unknown, { declarationType: "retained-3", secondaryDeliveryPartnerId: unknown }),
      [pair(RULE[10]), pair(RULE[17]), pair(RULE[18])],
    );
  });

  it("NPQ declaration rule 19: a future date, checked with the record's delivery partner checks", () => {
    const { s, enrolment, deliveryPartnerId } = ready();
    expectNpqRefusedUntouched(s, declare(enrolment, deliveryPartnerId, { declarationDate: "2025-10-15T10:00:01Z" }), [
      pair(RULE[19]),
    ]);
    expectNpqRefusedUntouched(s, declare(enrolment, undefined, { declarationDate: "2025-10-15T10:00:01Z" }), [
      pair(RULE[19]),
      pair(RULE[20]),
    ]);
  });

  it("NPQ declaration rule 20: a delivery partner is needed from 2024 for a participant teaching in England", () => {
    const { s, enrolment } = ready();
    expectNpqRefusedUntouched(s, declare(enrolment, undefined), [pair(RULE[20])]);
    const early = s.enrol({ person: { fullName: "B" }, cohort: "2023a" });
    // The 2023a statements ended in January 2025: declare while they were open.
    s.context.at("2023-10-20T10:00:00Z");
    s.fund(AMBITION_NPQ, "2023a", "npq-headship");
    expect(s.run(declare(early, undefined, { declarationDate: "2023-10-10T10:00:00Z" })).ok).toBe(true);
  });

  it("NPQ declaration rules 21 and 24: none for a participant teaching outside England", () => {
    const { s, enrolment, deliveryPartnerId } = ready({ details: { teacherCatchment: "scotland" } });
    expectNpqRefusedUntouched(s, declare(enrolment, deliveryPartnerId), [pair(RULE[21])]);
    // Without a delivery partner, a secondary one is rule 23; beside one, rule 24 comes with rule 21 (and 26).
    expectNpqRefusedUntouched(s, declare(enrolment, undefined, { secondaryDeliveryPartnerId: deliveryPartnerId }), [
      pair(RULE[23]),
    ]);
    expectNpqRefusedUntouched(
      s,
      declare(enrolment, deliveryPartnerId, { secondaryDeliveryPartnerId: deliveryPartnerId }),
      [pair(RULE[21]), pair(RULE[24]), pair(RULE[26])],
    );
    expect(s.run(declare(enrolment, undefined)).ok).toBe(true);
  });

  it("NPQ declaration rules 22 and 25: delivery partners not confirmed for the cohort", () => {
    const { s, enrolment, deliveryPartnerId } = ready();
    const elsewhere = s.must({
      type: "registerNpqDeliveryPartner",
      name: "Elsewhere",
      leadProviderId: AMBITION_NPQ,
      cohorts: ["2024a"],
    });
    expectNpqRefusedUntouched(s, declare(enrolment, elsewhere.id), [pair(RULE[22])]);
    expectNpqRefusedUntouched(s, declare(enrolment, deliveryPartnerId, { secondaryDeliveryPartnerId: elsewhere.id }), [
      pair(RULE[25]),
    ]);
  });

  it("NPQ declaration rules 23 and 26: a secondary without a primary, or the same as it", () => {
    const s = new NpqScenario();
    const early = s.enrol({ cohort: "2023a" });
    s.context.at("2023-10-20T10:00:00Z");
    const partner = s.fund(AMBITION_NPQ, "2023a", "npq-headship");
    const at = { declarationDate: "2023-10-10T10:00:00Z" };
    expectNpqRefusedUntouched(s, declare(early, undefined, { ...at, secondaryDeliveryPartnerId: partner }), [
      pair(RULE[23]),
    ]);
    expectNpqRefusedUntouched(s, declare(early, partner, { ...at, secondaryDeliveryPartnerId: partner }), [
      pair(RULE[26]),
    ]);
  });
});
