import { describe, expect, it } from "vitest";
import { updateRow } from "../../src/model/row-writes.ts";
import type { ListQuery } from "../../src/queries/list-query.ts";
import type { ParticipantFilter } from "../../src/queries/participants.ts";
import { listParticipants, showParticipant } from "../../src/queries/participants.ts";
import { NOT_FOUND_ERROR } from "../../src/result.ts";
import { expectOk } from "../support/expect-failure.ts";
import { defer, latestPeriod, view, withdraw } from "../support/participant-actions.ts";
import { addTrainingPeriod, schoolOf, updateTrainingPeriod } from "../support/placements.ts";
import { AMBITION, Scenario, TEACH_FIRST } from "../support/scenario.ts";

function ids(s: Scenario, query: ListQuery<ParticipantFilter> = {}, leadProviderId = AMBITION): string[] {
  return listParticipants(s.world, leadProviderId, query, s.context.now).map((participant) => participant.id);
}

/** Three Ambition participants created a minute apart (2024 ECT, 2025 ECT, 2025 mentor) and one of Teach First's. */
function world() {
  const s = new Scenario("2025-10-15T10:00:00Z");
  const ect2024 = s.at("2025-10-15T10:00:00Z").participant({ cohortYear: 2024, startedOn: "2024-09-01" });
  const ect2025 = s.at("2025-10-15T10:01:00Z").participant();
  const mentor2025 = s.at("2025-10-15T10:02:00Z").participant({ role: "mentor" });
  const teachFirst = s.at("2025-10-15T10:03:00Z").participant({ leadProviderId: TEACH_FIRST });
  s.at("2025-10-15T12:00:00Z");
  return { s, ect2024, ect2025, mentor2025, teachFirst };
}

describe("listParticipants: scope (ECF rules §1.1)", () => {
  it("lists only the provider's participants, oldest first", () => {
    const { s, ect2024, ect2025, mentor2025, teachFirst } = world();
    expect(ids(s)).toEqual([ect2024, ect2025, mentor2025]);
    expect(ids(s, {}, TEACH_FIRST)).toEqual([teachFirst]);
  });

  it("does not list participants the provider only expressed interest in", () => {
    const s = new Scenario();
    s.must({
      type: "registerParticipant",
      role: "ect",
      schoolId: s.school(),
      cohortYear: 2025,
      leadProviderId: AMBITION,
      expressionOfInterestOnly: true,
    });
    expect(ids(s)).toEqual([]);
  });

  it("keeps listing a participant who moved to another provider", () => {
    const { s, ect2025 } = world();
    const period = latestPeriod(s, ect2025);
    updateTrainingPeriod(s, period.id, { finishedOn: "2025-10-10" });
    const other = s.must({
      type: "registerSchoolPartnership",
      schoolId: schoolOf(s, ect2025),
      leadProviderId: TEACH_FIRST,
      deliveryPartnerId: s.deliveryPartner(TEACH_FIRST, 2025),
      cohortYear: 2025,
    });
    addTrainingPeriod(s, ect2025, { startedOn: "2025-10-10", schoolPartnershipId: other.id });
    expect(ids(s)).toContain(ect2025);
    expect(ids(s, {}, TEACH_FIRST)).toContain(ect2025);
    expect(view(s, ect2025).attributes.ecf_enrolments[0]?.participant_status).toBe("left");
  });
});

describe("listParticipants: filters (ECF rules §1.5)", () => {
  it("filters by cohort of the latest training period, leniently", () => {
    const { s, ect2024, ect2025, mentor2025 } = world();
    expect(ids(s, { filter: { cohort: "2024" } })).toEqual([ect2024]);
    expect(ids(s, { filter: { cohort: "2025,abc" } })).toEqual([ect2025, mentor2025]);
    expect(ids(s, { filter: { cohort: "abc" } })).toEqual([]);
    expect(ids(s, { filter: { cohort: "" } })).toEqual([ect2024, ect2025, mentor2025]);
  });

  it("filters by training status of either enrolment; an unknown status matches nothing", () => {
    const { s, ect2024, ect2025, mentor2025 } = world();
    expectOk(withdraw(s, ect2024));
    expectOk(defer(s, mentor2025, { courseIdentifier: "ecf-mentor" }));
    expect(ids(s, { filter: { trainingStatus: "withdrawn" } })).toEqual([ect2024]);
    expect(ids(s, { filter: { trainingStatus: "deferred" } })).toEqual([mentor2025]);
    expect(ids(s, { filter: { trainingStatus: "active" } })).toEqual([ect2025]);
    expect(ids(s, { filter: { trainingStatus: "left" } })).toEqual([]);
    expect(ids(s, { filter: { trainingStatus: "" } })).toHaveLength(3);
  });

  it("reads deferred and withdrawn as dates: a participant deferred and then withdrawn is listed under both", () => {
    const { s, ect2024, ect2025, mentor2025 } = world();
    expectOk(defer(s, ect2025));
    expectOk(withdraw(s, ect2025));
    expect(ids(s, { filter: { trainingStatus: "withdrawn" } })).toEqual([ect2025]);
    expect(ids(s, { filter: { trainingStatus: "deferred" } })).toEqual([ect2025]);
    expect(ids(s, { filter: { trainingStatus: "active" } })).toEqual([ect2024, mentor2025]);
  });

  it("filters by the list form of filter[cohort]", () => {
    const { s, ect2024, ect2025, mentor2025 } = world();
    expect(ids(s, { filter: { cohort: ["2024", "2025"] } })).toEqual([ect2024, ect2025, mentor2025]);
    expect(ids(s, { filter: { cohort: ["2024"] } })).toEqual([ect2024]);
  });

  it("filters by a participant id the participant was merged from", () => {
    const { s, ect2025 } = world();
    const from = "7d9c2a10-0000-4000-8000-000000000abc";
    updateRow(s.world, "teachers", ect2025, {
      participantIdChanges: [
        { fromParticipantId: from, toParticipantId: ect2025, changedAt: "2025-10-01T00:00:00.000Z" },
      ],
    });
    expect(ids(s, { filter: { fromParticipantId: from } })).toEqual([ect2025]);
    expect(ids(s, { filter: { fromParticipantId: "00000000-0000-4000-8000-00000000dead" } })).toEqual([]);
    expect(view(s, ect2025).attributes.participant_id_changes).toEqual([
      { from_participant_id: from, to_participant_id: ect2025, changed_at: "2025-10-01T00:00:00Z" },
    ]);
  });

  it("filters by updated_since (inclusive)", () => {
    const { s, ect2024, mentor2025 } = world();
    s.at("2025-10-16T09:00:00Z");
    expectOk(withdraw(s, ect2024));
    expect(ids(s, { filter: { updatedSince: new Date("2025-10-16T09:00:00Z") } })).toEqual([ect2024]);
    expect(ids(s, { filter: { updatedSince: new Date("2025-10-16T09:00:01Z") } })).toEqual([]);
    // Still in created_at order by default.
    expect(ids(s, { filter: { updatedSince: new Date("2025-10-15T10:02:00Z") } })).toEqual([ect2024, mentor2025]);
    expect(ids(s, { filter: { updatedSince: new Date("2025-10-15T10:02:00Z") }, sort: "updated_at" })).toEqual([
      mentor2025,
      ect2024,
    ]);
    expect(ids(s, { filter: { updatedSince: new Date("2025-10-15T10:02:00Z") }, sort: "-updated_at" })).toEqual([
      ect2024,
      mentor2025,
    ]);
  });

  it("combines filters", () => {
    const { s, ect2024 } = world();
    expectOk(withdraw(s, ect2024));
    expect(ids(s, { filter: { cohort: "2025", trainingStatus: "withdrawn" } })).toEqual([]);
    expect(ids(s, { filter: { cohort: "2024", trainingStatus: "withdrawn" } })).toEqual([ect2024]);
  });
});

describe("listParticipants: sort and pagination (ECF rules §1.4, §1.5)", () => {
  it("sorts by created_at or updated_at in either direction", () => {
    const { s, ect2024, ect2025, mentor2025 } = world();
    s.at("2025-10-16T09:00:00Z");
    expectOk(withdraw(s, ect2024));
    expect(ids(s, { sort: "-created_at" })).toEqual([mentor2025, ect2025, ect2024]);
    expect(ids(s, { sort: "updated_at" })).toEqual([ect2025, mentor2025, ect2024]);
    expect(ids(s, { sort: "-updated_at" })).toEqual([ect2024, mentor2025, ect2025]);
    expect(ids(s, { sort: "name" })).toEqual([ect2024, ect2025, mentor2025]);
  });

  it("breaks ties on the first key with the next one", () => {
    const s = new Scenario("2025-10-15T10:00:00Z");
    const first = s.participant();
    const second = s.participant();
    s.at("2025-10-15T11:00:00Z");
    expectOk(withdraw(s, first));
    expect(ids(s, { sort: "created_at,-updated_at" })).toEqual([first, second]);
    expect(ids(s, { sort: "-created_at,updated_at" })).toEqual([second, first]);
  });

  it("pages with per_page, and answers an empty page past the end", () => {
    const { s, ect2024, ect2025, mentor2025 } = world();
    expect(ids(s, { page: { page: 1, perPage: 2 } })).toEqual([ect2024, ect2025]);
    expect(ids(s, { page: { page: 2, perPage: 2 } })).toEqual([mentor2025]);
    expect(ids(s, { page: { page: 3, perPage: 2 } })).toEqual([]);
    expect(ids(s, { page: { page: 1, perPage: 50_000 } })).toHaveLength(3);
  });
});

describe("showParticipant", () => {
  it("is a 404 for participants the provider does not train", () => {
    const { s, teachFirst } = world();
    expect(showParticipant(s.world, AMBITION, teachFirst, s.context.now)).toEqual({
      ok: false,
      failure: { status: 404, errors: [NOT_FOUND_ERROR] },
    });
    expect(showParticipant(s.world, AMBITION, "nope", s.context.now).ok).toBe(false);
  });

  it("renders the participant", () => {
    const { s, ect2025 } = world();
    expect(expectOk(showParticipant(s.world, AMBITION, ect2025, s.context.now))).toEqual(view(s, ect2025));
  });
});
