import { describe, expect, it } from "vitest";
import { listNpqOutcomes, listNpqParticipantOutcomes } from "../../../src/npq/queries/outcomes.ts";
import { expectOk } from "../../support/expect-failure.ts";
import { AMBITION_NPQ, NpqScenario, TEACH_FIRST_NPQ } from "../support/npq-scenario.ts";

describe("listing NPQ outcomes (NPQ rules §6.1, §6.2)", () => {
  it("lists every outcome row on its declarations, oldest first, with created_since", () => {
    const s = new NpqScenario();
    const enrolment = s.enrol();
    const declaration = s.declare(enrolment.id, "completed");
    s.context.at("2025-10-20T10:00:00Z");
    s.must({ type: "voidNpqDeclaration", leadProviderId: AMBITION_NPQ, declarationId: declaration.id });
    const rows = listNpqOutcomes(s.world, AMBITION_NPQ);
    expect(rows.map((row) => row.attributes.state)).toEqual(["passed", "voided"]);
    expect(rows[0]).toEqual({
      id: rows[0]?.id,
      type: "participant-outcome",
      attributes: {
        state: "passed",
        completion_date: "2025-10-10T00:00:00+00:00",
        course_identifier: "npq-headship",
        participant_id: enrolment.userId,
        created_at: "2025-10-15T10:00:00Z",
        updated_at: "2025-10-15T10:00:00Z",
      },
    });
    const since = listNpqOutcomes(s.world, AMBITION_NPQ, {
      filter: { createdSince: new Date("2025-10-16T00:00:00Z") },
    });
    expect(since.map((row) => row.attributes.state)).toEqual(["voided"]);
    expect(listNpqOutcomes(s.world, TEACH_FIRST_NPQ)).toEqual([]);
  });

  it("lists one participant's, 404 for someone else's and 410 for a merged id", () => {
    const s = new NpqScenario();
    const enrolment = s.enrol();
    s.declare(enrolment.id, "completed");
    const other = s.enrol({ person: { fullName: "B" } });
    s.declare(other.id, "completed");
    const mine = expectOk(listNpqParticipantOutcomes(s.world, AMBITION_NPQ, enrolment.userId));
    expect(mine.map((row) => row.attributes.participant_id)).toEqual([enrolment.userId]);
    expect(listNpqParticipantOutcomes(s.world, TEACH_FIRST_NPQ, enrolment.userId)).toMatchObject({
      ok: false,
      failure: { status: 404 },
    });
    s.must({
      type: "recordNpqParticipantIdChange",
      fromParticipantId: enrolment.userId,
      toParticipantId: other.userId,
    });
    const gone = listNpqParticipantOutcomes(s.world, AMBITION_NPQ, enrolment.userId);
    expect(gone).toMatchObject({
      ok: false,
      failure: {
        status: 410,
        participantIdChanges: [{ from_participant_id: enrolment.userId, to_participant_id: other.userId }],
      },
    });
  });
});
