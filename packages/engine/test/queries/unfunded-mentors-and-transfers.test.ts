import { describe, expect, it } from "vitest";
import { listTransfers, showTransfers } from "../../src/queries/transfers.ts";
import { listUnfundedMentors, showUnfundedMentor } from "../../src/queries/unfunded-mentors.ts";
import { NOT_FOUND_ERROR } from "../../src/result.ts";
import { expectOk } from "../support/expect-failure.ts";
import { latestPeriod } from "../support/participant-actions.ts";
import { schoolPeriodOf } from "../support/placements.ts";
import { AMBITION, Scenario, TEACH_FIRST } from "../support/scenario.ts";

const notFound = { ok: false, failure: { status: 404, errors: [NOT_FOUND_ERROR] } };

describe("unfunded mentors (ECF rules §1.1, §2.8)", () => {
  function world() {
    const s = new Scenario("2025-10-15T10:00:00Z");
    const schoolId = s.school();
    const ect = s.participant({ schoolId });
    // Mentors registered through another provider, so Ambition is not paid for them.
    const current = s.at("2025-10-15T10:01:00Z").participant({ role: "mentor", schoolId, leadProviderId: TEACH_FIRST });
    const future = s.at("2025-10-15T10:02:00Z").participant({ role: "mentor", schoolId, leadProviderId: TEACH_FIRST });
    const past = s.at("2025-10-15T10:03:00Z").participant({ role: "mentor", schoolId, leadProviderId: TEACH_FIRST });
    const funded = s.at("2025-10-15T10:04:00Z").participant({ role: "mentor", schoolId });
    const otherEct = s.participant({ schoolId, leadProviderId: TEACH_FIRST });
    const otherMentor = s
      .at("2025-10-15T10:05:00Z")
      .participant({ role: "mentor", schoolId, leadProviderId: TEACH_FIRST });
    s.must({ type: "assignMentor", ectId: ect, mentorId: past, startedOn: "2025-09-01", finishedOn: "2025-09-15" });
    s.must({ type: "assignMentor", ectId: ect, mentorId: current, startedOn: "2025-09-15" });
    s.must({ type: "assignMentor", ectId: ect, mentorId: future, startedOn: "2025-12-01" });
    const otherSchool = s.school();
    const ect2 = s.participant({ schoolId: otherSchool });
    const funded2 = s.participant({ role: "mentor", schoolId: otherSchool });
    s.must({ type: "assignMentor", ectId: ect2, mentorId: funded2, startedOn: "2025-09-15" });
    s.must({ type: "assignMentor", ectId: otherEct, mentorId: otherMentor, startedOn: "2025-09-15" });
    void funded;
    return { s, ect, current, future, past, funded2, otherMentor };
  }

  it("lists current and future mentors of the provider's ECTs that it does not train", () => {
    const { s, current, future } = world();
    const listed = listUnfundedMentors(s.world, AMBITION, {}, s.context.now);
    expect(listed.map((mentor) => mentor.id)).toEqual([current, future]);
    expect(listed[0]?.attributes).toEqual({
      full_name: s.world.teachers[current]!.fullName,
      email: schoolPeriodOf(s, current, "mentor").email,
      teacher_reference_number: s.world.teachers[current]!.trn,
      created_at: "2025-10-15T10:01:00Z",
      updated_at: "2025-10-15T10:01:00Z",
    });
  });

  it("drops a mentor once the provider trains them", () => {
    const { s, current, future } = world();
    s.participant({ role: "ect", teacherId: current, startedOn: "2025-09-01" });
    expect(listUnfundedMentors(s.world, AMBITION, {}, s.context.now).map((mentor) => mentor.id)).toEqual([future]);
  });

  it("drops a mentorship once it is over", () => {
    const { s, future } = world();
    s.at("2026-01-10T10:00:00Z");
    expect(listUnfundedMentors(s.world, AMBITION, {}, s.context.now).map((mentor) => mentor.id)).toEqual([future]);
  });

  it("keeps a mentorship on its last day (both ends inclusive, ECF rules §2.10)", () => {
    const { s, current, future, past } = world();
    s.at("2025-09-15T10:00:00Z");
    expect(listUnfundedMentors(s.world, AMBITION, {}, s.context.now).map((mentor) => mentor.id)).toEqual([
      current,
      future,
      past,
    ]);
  });

  it("filters by updated_since, sorts and pages", () => {
    const { s, current, future } = world();
    const query = (q: Parameters<typeof listUnfundedMentors>[2]) =>
      listUnfundedMentors(s.world, AMBITION, q, s.context.now).map((mentor) => mentor.id);
    expect(query({ filter: { updatedSince: new Date("2025-10-15T10:02:00Z") } })).toEqual([future]);
    expect(query({ sort: "-created_at" })).toEqual([future, current]);
    expect(query({ page: { page: 2, perPage: 1 } })).toEqual([future]);
  });

  it("shows only the provider's unfunded mentors", () => {
    const { s, current, funded2, otherMentor } = world();
    expect(expectOk(showUnfundedMentor(s.world, AMBITION, current, s.context.now)).id).toBe(current);
    expect(showUnfundedMentor(s.world, AMBITION, funded2, s.context.now)).toEqual(notFound);
    expect(showUnfundedMentor(s.world, AMBITION, otherMentor, s.context.now)).toEqual(notFound);
    // Teach First's ECT is mentored by a Teach First mentor: nothing unfunded there either.
    expect(showUnfundedMentor(s.world, TEACH_FIRST, otherMentor, s.context.now)).toEqual(notFound);
    expect(showUnfundedMentor(s.world, TEACH_FIRST, funded2, s.context.now)).toEqual(notFound);
  });
});

describe("transfers (ECF rules §1.1, §2.9)", () => {
  function world() {
    const s = new Scenario("2025-10-15T10:00:00Z");
    const mover = s.participant({ startedOn: "2025-09-01" });
    const leaving = latestPeriod(s, mover);
    const stayer = s.participant();
    const newSchool = s.school();
    s.at("2025-10-16T10:00:00Z");
    const transfer = s.must({
      type: "recordSchoolTransfer",
      participantId: mover,
      role: "ect",
      leavingOn: "2025-10-20",
      joining: {
        schoolId: newSchool,
        leadProviderId: TEACH_FIRST,
        deliveryPartnerId: s.deliveryPartner(TEACH_FIRST, 2025),
        startedOn: "2025-10-27",
      },
    });
    const leaver = s.participant({ startedOn: "2025-09-01" });
    s.at("2025-10-17T10:00:00Z");
    s.must({ type: "recordSchoolTransfer", participantId: leaver, role: "ect", leavingOn: "2025-10-17" });
    return { s, mover, leaving, stayer, newSchool, transfer, leaver };
  }

  it("lists participants with transfers relevant to the provider", () => {
    const { s, mover, leaver } = world();
    expect(listTransfers(s.world, AMBITION, {}, s.context.now).map((t) => t.id)).toEqual([mover, leaver]);
    expect(listTransfers(s.world, TEACH_FIRST, {}, s.context.now).map((t) => t.id)).toEqual([mover]);
  });

  it("renders each transfer", () => {
    const { s, mover, leaving, newSchool } = world();
    const resource = expectOk(showTransfers(s.world, AMBITION, mover, s.context.now));
    const leavingSchool = s.world.schools[s.world.schoolPeriods[leaving.schoolPeriodId]!.schoolId]!;
    expect(resource).toEqual({
      id: mover,
      type: "participant-transfer",
      attributes: {
        updated_at: "2025-10-16T10:00:00Z",
        transfers: [
          {
            training_record_id: s.world.teachers[mover]!.trainingRecordIds.ect,
            transfer_type: "new_provider",
            status: "incomplete",
            created_at: "2025-10-15T10:00:00Z",
            leaving: { school_urn: leavingSchool.urn, provider: "Ambition Institute", date: "2025-10-20" },
            joining: { school_urn: s.world.schools[newSchool]!.urn, provider: "Teach First", date: "2025-10-27" },
          },
        ],
      },
    });
    s.at("2025-10-28T10:00:00Z");
    expect(expectOk(showTransfers(s.world, AMBITION, mover, s.context.now)).attributes.transfers[0]?.status).toBe(
      "complete",
    );
  });

  it("marks a transfer without a joining school as unknown", () => {
    const { s, leaver } = world();
    expect(expectOk(showTransfers(s.world, AMBITION, leaver, s.context.now)).attributes.transfers[0]).toMatchObject({
      transfer_type: "unknown",
      status: "complete",
      joining: null,
    });
  });

  it("filters by updated_since and sorts", () => {
    const { s, mover, leaver } = world();
    const query = (q: Parameters<typeof listTransfers>[2]) =>
      listTransfers(s.world, AMBITION, q, s.context.now).map((t) => t.id);
    expect(query({ filter: { updatedSince: new Date("2025-10-17T00:00:00Z") } })).toEqual([leaver]);
    expect(query({ sort: "-updated_at" })).toEqual([leaver, mover]);
    expect(query({ sort: "-created_at" })).toEqual([leaver, mover]);
    expect(query({ page: { page: 2, perPage: 1 } })).toEqual([leaver]);
  });

  it("404s participants without a relevant transfer", () => {
    const { s, stayer, leaver } = world();
    expect(showTransfers(s.world, AMBITION, stayer, s.context.now)).toEqual(notFound);
    expect(showTransfers(s.world, TEACH_FIRST, leaver, s.context.now)).toEqual(notFound);
  });
});
