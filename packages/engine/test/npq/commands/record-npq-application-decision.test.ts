import { describe, expect, it } from "vitest";
import { NPQ_FIXTURE_MESSAGES as M } from "../../../src/messages/npq/fixtures.ts";
import { npqLookup } from "../../../src/npq/model/world.ts";
import { npqParticipantView } from "../../../src/npq/views/participant.ts";
import { expectOk } from "../../support/expect-failure.ts";
import { AMBITION_NPQ, expectNpqRefusedUntouched, NpqScenario } from "../support/npq-scenario.ts";

describe("deciding an NPQ application DfE-side (seeds and the control API)", () => {
  it("accepts with the default schedule and the funded place accept would store", () => {
    const s = new NpqScenario();
    const application = s.apply({ eligibleForFunding: false });
    const accepted = expectOk(
      s.run({ type: "recordNpqApplicationDecision", applicationId: application.id, status: "accepted" }),
    );
    expect(accepted).toMatchObject({
      status: "accepted",
      trainingStatus: "active",
      scheduleId: "2025a/npq-leadership-autumn",
      fundedPlace: false,
    });
  });

  it("accepts with no schedule, or withdrawn with a reason shown on the enrolment", () => {
    const s = new NpqScenario();
    const noSchedule = s.apply({ courseIdentifier: "npq-additional-support-offer" });
    expect(
      expectOk(
        s.run({
          type: "recordNpqApplicationDecision",
          applicationId: noSchedule.id,
          status: "accepted",
          scheduleIdentifier: null,
        }),
      ).scheduleId,
    ).toBeNull();
    const withdrawn = s.apply({ person: { fullName: "B" } });
    s.must({
      type: "recordNpqApplicationDecision",
      applicationId: withdrawn.id,
      status: "accepted",
      trainingStatus: "withdrawn",
      reason: "change-in-career",
    });
    const user = s.world.users[withdrawn.userId];
    expect(user && npqParticipantView(s.world, AMBITION_NPQ, user).attributes.npq_enrolments).toMatchObject([
      { training_status: "withdrawn", withdrawal: { reason: "change-in-career", date: "2025-10-15T10:00:00Z" } },
    ]);
    expect(npqLookup(s.world, "applicationStatesByApplication", withdrawn.id).map((row) => row.state)).toEqual([
      "active",
      "withdrawn",
    ]);
  });

  it("rejects with any of the service's reasons", () => {
    const s = new NpqScenario();
    const application = s.apply();
    const rejected = expectOk(
      s.run({
        type: "recordNpqApplicationDecision",
        applicationId: application.id,
        status: "rejected",
        reasonForRejection: "registration_expired",
      }),
    );
    expect(rejected.reasonForRejection).toBe("registration_expired");
  });

  it("refuses a decided application, a missing default schedule and a reason of the wrong kind", () => {
    const s = new NpqScenario();
    const decided = s.enrol();
    expectNpqRefusedUntouched(
      s,
      { type: "recordNpqApplicationDecision", applicationId: decided.id, status: "rejected" },
      [["application_id", M.notPending]],
    );
    const aso = s.apply({ courseIdentifier: "npq-additional-support-offer", person: { fullName: "B" } });
    expectNpqRefusedUntouched(s, { type: "recordNpqApplicationDecision", applicationId: aso.id, status: "accepted" }, [
      ["schedule_identifier", M.noDefaultSchedule],
    ]);
    const other = s.apply({ person: { fullName: "C" } });
    expectNpqRefusedUntouched(
      s,
      {
        type: "recordNpqApplicationDecision",
        applicationId: other.id,
        status: "accepted",
        trainingStatus: "deferred",
        reason: "change-in-career",
      },
      [["reason", M.invalidReason("deferred")]],
    );
  });
});
