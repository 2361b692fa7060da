import { describe, expect, it } from "vitest";
import { PARTNERSHIP_CREATE_RULE_MESSAGES as RULE } from "../../src/messages/partnership-rules.ts";
import type { SchoolPartnership } from "../../src/model/school-partnership.ts";
import { listParticipants } from "../../src/queries/participants.ts";
import type { Outcome } from "../../src/result.ts";
import { partnershipView } from "../../src/views/partnership.ts";
import { schoolView } from "../../src/views/school.ts";
import { expectErrors, expectOk } from "../support/expect-failure.ts";
import { AMBITION, Scenario, TEACH_FIRST } from "../support/scenario.ts";

function setup() {
  const s = new Scenario("2025-10-15T10:00:00Z");
  const schoolId = s.school();
  const deliveryPartnerId = s.deliveryPartner(AMBITION, 2025);
  const create = (
    attributes: { cohort?: string; schoolId?: string; deliveryPartnerId?: string },
    leadProviderId = AMBITION,
  ) => s.run({ type: "createPartnership", leadProviderId, ...attributes }) as Outcome<SchoolPartnership>;
  return { s, schoolId, deliveryPartnerId, create };
}

describe("createPartnership: checks in order (ECF rules §7.1)", () => {
  it("asks for every missing attribute, cohort first", () => {
    const { create } = setup();
    expectErrors(create({}), [
      ["cohort", RULE[1].detail],
      ["school_id", RULE[2].detail],
      ["delivery_partner_id", RULE[3].detail],
    ]);
    expectErrors(create({ cohort: " ", schoolId: "", deliveryPartnerId: "" }), [
      ["cohort", RULE[1].detail],
      ["school_id", RULE[2].detail],
      ["delivery_partner_id", RULE[3].detail],
    ]);
  });

  it("also says the delivery partner is not recognised when the cohort is blank or unknown", () => {
    const { create, schoolId, deliveryPartnerId } = setup();
    expectErrors(create({ schoolId, deliveryPartnerId }), [
      ["cohort", RULE[1].detail],
      ["delivery_partner_id", RULE[10].detail],
    ]);
    expectErrors(create({ cohort: "2019", schoolId, deliveryPartnerId }), [
      ["cohort", RULE[4].detail],
      ["delivery_partner_id", RULE[10].detail],
    ]);
  });

  it("reports one cohort error: unknown, then future, then closed", () => {
    const { s, create, schoolId, deliveryPartnerId } = setup();
    expectErrors(create({ cohort: "abc", schoolId, deliveryPartnerId }), [
      ["cohort", RULE[4].detail],
      ["delivery_partner_id", RULE[10].detail],
    ]);
    // No provider delivers 2026 yet, so the delivery partner cannot be working with it either.
    expectErrors(create({ cohort: "2026", schoolId, deliveryPartnerId }), [
      ["cohort", RULE[5].detail],
      ["delivery_partner_id", RULE[10].detail],
    ]);
    const dp2022 = s.deliveryPartner(AMBITION, 2022);
    expectErrors(create({ cohort: "2022", schoolId, deliveryPartnerId: dp2022 }), [["cohort", RULE[6].detail]]);
  });

  it("needs a known school that is eligible for funding", () => {
    const { s, create, deliveryPartnerId } = setup();
    expectErrors(create({ cohort: "2025", schoolId: "00000000-0000-4000-8000-0000000fffff", deliveryPartnerId }), [
      ["school_id", RULE[7].detail],
    ]);
    const ineligible = s.must({ type: "registerSchool", name: "Private School", eligibleForFunding: false }).id;
    expectErrors(create({ cohort: "2025", schoolId: ineligible, deliveryPartnerId }), [["school_id", RULE[8].detail]]);
  });

  it("needs a known delivery partner the provider works with in that cohort", () => {
    const { s, create, schoolId } = setup();
    expectErrors(create({ cohort: "2025", schoolId, deliveryPartnerId: "nope" }), [
      ["delivery_partner_id", RULE[9].detail],
    ]);
    const someoneElses = s.deliveryPartner(TEACH_FIRST, 2025);
    expectErrors(create({ cohort: "2025", schoolId, deliveryPartnerId: someoneElses }), [
      ["delivery_partner_id", RULE[10].detail],
    ]);
    const otherCohort = s.deliveryPartner(AMBITION, 2024);
    expectErrors(create({ cohort: "2025", schoolId, deliveryPartnerId: otherCohort }), [
      ["delivery_partner_id", RULE[10].detail],
    ]);
  });

  it("rejects a second partnership with the school in the cohort, whatever the delivery partner", () => {
    const { s, create, schoolId, deliveryPartnerId } = setup();
    expectOk(create({ cohort: "2025", schoolId, deliveryPartnerId }));
    const another = s.must({
      type: "registerDeliveryPartner",
      name: "Second DP",
      partnerships: [{ leadProviderId: AMBITION, cohortYear: 2025 }],
    }).id;
    expectErrors(create({ cohort: "2025", schoolId, deliveryPartnerId: another }), [["school_id", RULE[11].detail]]);
  });

  it("rejects a school that registered school-led participants only for the cohort", () => {
    const { s, create, deliveryPartnerId } = setup();
    const schoolLed = s.must({
      type: "registerSchool",
      name: "School-led",
      cohorts: { 2025: { inductionProgrammeChoice: "school_led" } },
    }).id;
    expectErrors(create({ cohort: "2025", schoolId: schoolLed, deliveryPartnerId }), [["school_id", RULE[12].detail]]);
  });

  it("reports school and delivery partner errors together, school first", () => {
    const { create } = setup();
    expectErrors(create({ cohort: "2026", schoolId: "x", deliveryPartnerId: "y" }), [
      ["cohort", RULE[5].detail],
      ["school_id", RULE[7].detail],
      ["delivery_partner_id", RULE[9].detail],
    ]);
  });

  it("lets another provider partner the same school in the same cohort", () => {
    const { s, create, schoolId, deliveryPartnerId } = setup();
    expectOk(create({ cohort: "2025", schoolId, deliveryPartnerId }));
    expectOk(
      create({ cohort: "2025", schoolId, deliveryPartnerId: s.deliveryPartner(TEACH_FIRST, 2025) }, TEACH_FIRST),
    );
  });
});

describe("createPartnership: effects", () => {
  it("creates the partnership and renders it", () => {
    const { s, create, schoolId, deliveryPartnerId } = setup();
    const partnership = expectOk(create({ cohort: "2025", schoolId, deliveryPartnerId }));
    expect(partnership).toMatchObject({ schoolId, deliveryPartnerId, leadProviderId: AMBITION, cohortYear: 2025 });
    const school = s.world.schools[schoolId]!;
    expect(partnershipView(s.world, partnership, s.context.now)).toEqual({
      id: partnership.id,
      type: "partnership",
      attributes: {
        cohort: "2025",
        urn: school.urn,
        school_id: schoolId,
        delivery_partner_id: deliveryPartnerId,
        delivery_partner_name: s.world.deliveryPartners[deliveryPartnerId]!.name,
        induction_tutor_name: school.inductionTutor?.name ?? null,
        induction_tutor_email: school.inductionTutor?.email ?? null,
        participants_currently_training: 0,
        created_at: "2025-10-15T10:00:00Z",
        updated_at: "2025-10-15T10:00:00Z",
      },
    });
  });

  it("brings the school's expression-of-interest participants into the partnership", () => {
    const { s, create, schoolId, deliveryPartnerId } = setup();
    const interested = s.must({
      type: "registerParticipant",
      role: "ect",
      schoolId,
      cohortYear: 2025,
      leadProviderId: AMBITION,
      expressionOfInterestOnly: true,
      startedOn: "2025-09-01",
    });
    const otherProvider = s.must({
      type: "registerParticipant",
      role: "ect",
      schoolId,
      cohortYear: 2025,
      leadProviderId: TEACH_FIRST,
      expressionOfInterestOnly: true,
      startedOn: "2025-09-01",
    });
    const page = { page: 1, perPage: 100 };
    expect(listParticipants(s.world, AMBITION, { page }, s.context.now)).toEqual([]);
    expect(schoolView(s.world, AMBITION, s.world.schools[schoolId]!, 2025).attributes.expression_of_interest).toBe(
      true,
    );

    s.at("2025-10-16T09:00:00Z");
    const partnership = expectOk(create({ cohort: "2025", schoolId, deliveryPartnerId }));
    const linked = s.world.trainingPeriods[interested.trainingPeriod.id]!;
    expect(linked.schoolPartnershipId).toBe(partnership.id);
    expect(s.world.trainingPeriods[otherProvider.trainingPeriod.id]!.schoolPartnershipId).toBeNull();
    expect(s.world.teachers[interested.teacher.id]!.updatedAt).toBe("2025-10-16T09:00:00.000Z");
    expect(listParticipants(s.world, AMBITION, { page }, s.context.now).map((p) => p.id)).toEqual([
      interested.teacher.id,
    ]);
    expect(partnershipView(s.world, partnership, s.context.now).attributes.participants_currently_training).toBe(1);
    expect(s.world.schools[schoolId]!.cohorts[2025]!.updatedAt).toBe("2025-10-16T09:00:00.000Z");
  });
});
