import { describe, expect, it } from "vitest";
import { NPQ_PARTICIPANT_ID_CHANGED, NPQ_REQUEST_MESSAGES } from "../../../src/messages/npq/requests.ts";
import { listNpqParticipants, showNpqParticipant } from "../../../src/npq/queries/participants.ts";
import { expectErrors, expectOk } from "../../support/expect-failure.ts";
import { AMBITION_NPQ, NpqScenario, TEACH_FIRST_NPQ } from "../support/npq-scenario.ts";

describe("the participants a lead provider sees (NPQ rules §2.2, §4.5)", () => {
  it("shows people it accepted, with only its own enrolments", () => {
    const s = new NpqScenario();
    s.apply({ person: { fullName: "Pending" } });
    const enrolment = s.enrol();
    s.enrol({ participantId: enrolment.userId, leadProviderId: TEACH_FIRST_NPQ, courseIdentifier: "npq-senco" });
    const [participant, ...rest] = expectOk(listNpqParticipants(s.world, AMBITION_NPQ));
    expect(rest).toEqual([]);
    expect(participant?.id).toBe(enrolment.userId);
    expect(participant?.attributes.npq_enrolments).toEqual([
      {
        email: null,
        course_identifier: "npq-headship",
        schedule_identifier: "npq-leadership-autumn",
        cohort: "2025",
        cohort_suffix: "a",
        npq_application_id: enrolment.id,
        eligible_for_funding: true,
        training_status: "active",
        school_urn: null,
        targeted_delivery_funding_eligibility: false,
        withdrawal: null,
        deferral: null,
        created_at: "2025-10-15T10:00:00Z",
        funded_place: true,
      },
    ]);
  });

  it("filters by training status, and refuses an unknown one with the service's 422", () => {
    const s = new NpqScenario();
    const active = s.enrol();
    const deferred = s.enrol({ person: { fullName: "B" } });
    s.declare(deferred.id);
    s.context.at("2025-10-20T09:00:00Z");
    s.must({
      type: "deferNpqParticipant",
      leadProviderId: AMBITION_NPQ,
      participantId: deferred.userId,
      courseIdentifier: "npq-headship",
      reason: "career-break",
    });
    const ids = (trainingStatus: string) =>
      expectOk(listNpqParticipants(s.world, AMBITION_NPQ, { filter: { trainingStatus } })).map((p) => p.id);
    expect(ids("active")).toEqual([active.userId]);
    expect(ids("deferred")).toEqual([deferred.userId]);
    const [shown] = expectOk(listNpqParticipants(s.world, AMBITION_NPQ, { filter: { trainingStatus: "deferred" } }));
    expect(shown?.attributes.npq_enrolments).toMatchObject([
      { deferral: { reason: "career-break", date: "2025-10-20T09:00:00Z" }, withdrawal: null },
    ]);
    expectErrors(listNpqParticipants(s.world, AMBITION_NPQ, { filter: { trainingStatus: "paused" } }), [
      ["Unpermitted parameters", NPQ_REQUEST_MESSAGES.invalidTrainingStatusFilter],
    ]);
  });

  it("answers 410 with the merge for a retired id, and lists the merge on the person kept", () => {
    const s = new NpqScenario();
    const enrolment = s.enrol();
    s.context.at("2025-11-01T12:00:00Z");
    const change = s.must({ type: "recordNpqParticipantIdChange", fromParticipantId: enrolment.userId });
    const retired = showNpqParticipant(s.world, AMBITION_NPQ, enrolment.userId);
    const merge = {
      from_participant_id: enrolment.userId,
      to_participant_id: change.toUserId,
      changed_at: "2025-11-01T12:00:00Z",
    };
    expect(retired).toEqual({
      ok: false,
      failure: {
        status: 410,
        errors: [
          {
            title: NPQ_PARTICIPANT_ID_CHANGED.title,
            detail: NPQ_PARTICIPANT_ID_CHANGED.detail({ from: enrolment.userId, to: change.toUserId }),
          },
        ],
        participantIdChanges: [merge],
      },
    });
    const kept = expectOk(showNpqParticipant(s.world, AMBITION_NPQ, change.toUserId));
    expect(kept.attributes).toMatchObject({ participant_id_changes: [merge], updated_at: "2025-11-01T12:00:00Z" });
    const found = expectOk(
      listNpqParticipants(s.world, AMBITION_NPQ, { filter: { fromParticipantId: enrolment.userId } }),
    );
    expect(found.map((p) => p.id)).toEqual([change.toUserId]);
  });

  it("answers 404 for a person it never accepted", () => {
    const s = new NpqScenario();
    const pending = s.apply();
    expect(showNpqParticipant(s.world, AMBITION_NPQ, pending.userId)).toMatchObject({
      ok: false,
      failure: { status: 404 },
    });
  });
});
