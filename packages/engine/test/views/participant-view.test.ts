import { describe, expect, it } from "vitest";
import { updateRow } from "../../src/model/row-writes.ts";
import { getRow } from "../../src/model/world.ts";
import { participantStatusOf } from "../../src/rules/participant-status.ts";
import { eligibleForFunding } from "../../src/views/participant.ts";
import { latestPeriod, view } from "../support/participant-actions.ts";
import { completeInduction, completeMentorTraining, schoolOf, updateTrainingPeriod } from "../support/placements.ts";
import { AMBITION, Scenario } from "../support/scenario.ts";

describe("participantView: the full resource (ECF rules §2.3)", () => {
  it("renders an ECT enrolment with every attribute, in order", () => {
    const s = new Scenario("2025-10-15T10:00:00Z");
    const schoolId = s.school({ upliftsIn: 2024, pupilPremium: true });
    const ect = s.participant({ cohortYear: 2024, startedOn: "2024-09-01", schoolId });
    const mentor = s.participant({ role: "mentor", cohortYear: 2024, startedOn: "2024-09-01", schoolId });
    s.must({ type: "assignMentor", ectId: ect, mentorId: mentor, startedOn: "2024-09-02" });
    const teacher = getRow(s.world, "teachers", ect);
    const period = latestPeriod(s, ect);
    const partnership = s.world.schoolPartnerships[period.schoolPartnershipId!]!;
    const resource = view(s, ect);
    expect(Object.keys(resource.attributes)).toEqual([
      "full_name",
      "teacher_reference_number",
      "updated_at",
      "ecf_enrolments",
      "participant_id_changes",
    ]);
    expect(resource).toEqual({
      id: ect,
      type: "participant",
      attributes: {
        full_name: teacher.fullName,
        teacher_reference_number: teacher.trn,
        updated_at: "2025-10-15T10:00:00Z",
        ecf_enrolments: [
          {
            training_record_id: teacher.trainingRecordIds.ect,
            email: `participant.${ect.slice(0, 8)}@example.org`,
            mentor_id: mentor,
            school_urn: s.world.schools[schoolId]!.urn,
            participant_type: "ect",
            cohort: "2024",
            training_status: "active",
            participant_status: "active",
            eligible_for_funding: true,
            pupil_premium_uplift: true,
            sparsity_uplift: false,
            schedule_identifier: "ecf-standard-september",
            delivery_partner_id: partnership.deliveryPartnerId,
            withdrawal: null,
            deferral: null,
            created_at: "2025-10-15T10:00:00Z",
            induction_end_date: null,
            most_recent_induction_period_end_date: null,
            overall_induction_start_date: "2024-09-01",
            mentor_funding_end_date: null,
            cohort_changed_after_payments_frozen: false,
            mentor_ineligible_for_funding_reason: null,
            working_pattern: "full_time",
          },
        ],
        participant_id_changes: [],
      },
    });
  });

  it("renders a mentor enrolment without the ECT-only fields", () => {
    const s = new Scenario("2025-10-15T10:00:00Z");
    const mentor = s.participant({ role: "mentor" });
    completeMentorTraining(s, mentor, "2025-10-01");
    const [enrolment] = view(s, mentor).attributes.ecf_enrolments;
    expect(enrolment).toMatchObject({
      participant_type: "mentor",
      mentor_id: null,
      induction_end_date: null,
      most_recent_induction_period_end_date: null,
      overall_induction_start_date: null,
      working_pattern: null,
      mentor_funding_end_date: "2025-10-01",
      mentor_ineligible_for_funding_reason: "completed_declaration_received",
      pupil_premium_uplift: false,
      sparsity_uplift: false,
      // Eligible from registration (the 15th) but ineligible since the 1st: ineligibility came first.
      eligible_for_funding: false,
    });
  });

  it("lists the ECT enrolment before the mentor one when the provider trains both roles", () => {
    const s = new Scenario("2025-10-15T10:00:00Z");
    const id = s.participant({ role: "mentor" });
    s.participant({ role: "ect", teacherId: id });
    expect(view(s, id).attributes.ecf_enrolments.map((enrolment) => enrolment.participant_type)).toEqual([
      "ect",
      "mentor",
    ]);
  });

  it("shows the next mentor when none is current", () => {
    const s = new Scenario("2025-10-15T10:00:00Z");
    const schoolId = s.school();
    const ect = s.participant({ schoolId });
    const mentor = s.participant({ role: "mentor", schoolId });
    s.must({ type: "assignMentor", ectId: ect, mentorId: mentor, startedOn: "2025-11-01" });
    expect(view(s, ect).attributes.ecf_enrolments[0]?.mentor_id).toBe(mentor);
  });

  it("gives no uplifts from 2025", () => {
    const s = new Scenario("2025-10-15T10:00:00Z");
    const schoolId = s.school({ upliftsIn: 2025, pupilPremium: true, sparsity: true });
    const ect = s.participant({ schoolId });
    expect(view(s, ect).attributes.ecf_enrolments[0]).toMatchObject({
      pupil_premium_uplift: false,
      sparsity_uplift: false,
    });
    expect(schoolOf(s, ect)).toBe(schoolId);
  });
});

describe("eligible_for_funding", () => {
  it("is null with neither date, false when ineligibility came first, true otherwise", () => {
    const s = new Scenario("2025-10-15T10:00:00Z");
    const id = s.participant({ role: "mentor", eligibleForFunding: false });
    const teacher = () => getRow(s.world, "teachers", id);
    expect(eligibleForFunding(teacher(), "mentor")).toBeNull();
    const setFunding = (firstBecameEligibleAt: string | null, becameIneligibleOn: string | null) =>
      updateRow(s.world, "teachers", id, {
        funding: {
          ...teacher().funding,
          mentor: { ...teacher().funding.mentor, firstBecameEligibleAt, becameIneligibleOn },
        },
      });
    setFunding(null, "2025-09-01");
    expect(eligibleForFunding(teacher(), "mentor")).toBe(false);
    setFunding("2025-09-02T10:00:00.000Z", "2025-09-01");
    expect(eligibleForFunding(teacher(), "mentor")).toBe(false);
    setFunding("2025-09-01T10:00:00.000Z", "2025-09-01");
    expect(eligibleForFunding(teacher(), "mentor")).toBe(true);
    setFunding("2025-09-01T10:00:00.000Z", null);
    expect(eligibleForFunding(teacher(), "mentor")).toBe(true);
  });
});

describe("participant_status", () => {
  const today = "2025-10-15";
  function statusOf(
    options: Parameters<Scenario["participant"]>[0],
    change: (s: Scenario, id: string) => void = () => {},
  ) {
    const s = new Scenario("2025-10-15T10:00:00Z");
    const id = s.participant(options);
    change(s, id);
    return participantStatusOf(
      getRow(s.world, "teachers", id),
      latestPeriod(s, id, options?.role ?? "ect", AMBITION),
      today,
    );
  }

  it("is joining before the start, active while open, leaving before a future end, left after it", () => {
    expect(statusOf({ startedOn: "2025-11-01" })).toBe("joining");
    expect(statusOf({ startedOn: "2025-09-01" })).toBe("active");
    expect(statusOf({ startedOn: "2025-09-01", finishedOn: "2025-12-31" })).toBe("leaving");
    expect(statusOf({ startedOn: "2025-09-01", finishedOn: "2025-10-15" })).toBe("left");
  });

  it("is leaving or left for a withdrawn or deferred participant, by the period's end", () => {
    const withdrawnAt = { reason: "other" as const, at: "2025-10-01T10:00:00.000Z" };
    expect(
      statusOf({ finishedOn: "2025-12-31" }, (s, id) =>
        updateTrainingPeriod(s, latestPeriod(s, id).id, { withdrawal: withdrawnAt }),
      ),
    ).toBe("leaving");
    expect(
      statusOf({ finishedOn: "2025-10-02" }, (s, id) =>
        updateTrainingPeriod(s, latestPeriod(s, id).id, { deferral: { reason: "other", at: withdrawnAt.at } }),
      ),
    ).toBe("left");
  });

  it("stays active for a participant who completed on or before the end of the period", () => {
    expect(statusOf({ finishedOn: "2025-10-01" }, (s, id) => completeInduction(s, id, "2025-09-30"))).toBe("active");
    expect(statusOf({ finishedOn: "2025-10-01" }, (s, id) => completeInduction(s, id, "2025-10-05"))).toBe("left");
    expect(
      statusOf({ role: "mentor", finishedOn: "2025-10-01" }, (s, id) => completeMentorTraining(s, id, "2025-09-01")),
    ).toBe("active");
  });
});

describe("participantView: mentor_id on the last day of a mentorship (ECF rules §2.10)", () => {
  it("still names the mentor whose mentorship ends today, and no one the day after", () => {
    const s = new Scenario("2025-10-15T10:00:00Z");
    const schoolId = s.school();
    const ect = s.participant({ schoolId });
    const mentor = s.participant({ role: "mentor", schoolId });
    s.must({ type: "assignMentor", ectId: ect, mentorId: mentor, startedOn: "2025-09-02", finishedOn: "2025-10-15" });
    expect(view(s, ect).attributes.ecf_enrolments[0]?.mentor_id).toBe(mentor);
    s.at("2025-10-16T10:00:00Z");
    expect(view(s, ect).attributes.ecf_enrolments[0]?.mentor_id).toBeNull();
  });
});
