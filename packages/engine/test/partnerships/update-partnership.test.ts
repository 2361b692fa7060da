import { describe, expect, it } from "vitest";
import { PARTNERSHIP_UPDATE_RULE_MESSAGES as RULE } from "../../src/messages/partnership-rules.ts";
import type { SchoolPartnership } from "../../src/model/school-partnership.ts";
import { NOT_FOUND_ERROR, type Outcome } from "../../src/result.ts";
import { expectErrors, expectOk } from "../support/expect-failure.ts";
import { latestPeriod, view } from "../support/participant-actions.ts";
import { AMBITION, Scenario, TEACH_FIRST } from "../support/scenario.ts";

function setup() {
  const s = new Scenario("2025-10-15T10:00:00Z");
  s.statements(AMBITION, 2025);
  const participantId = s.participant();
  const partnershipId = latestPeriod(s, participantId).schoolPartnershipId!;
  const update = (deliveryPartnerId: string | undefined, leadProviderId = AMBITION, id = partnershipId) =>
    s.run({
      type: "updatePartnership",
      leadProviderId,
      partnershipId: id,
      ...(deliveryPartnerId === undefined ? {} : { deliveryPartnerId }),
    }) as Outcome<SchoolPartnership>;
  const newDeliveryPartner = () =>
    s.must({
      type: "registerDeliveryPartner",
      name: "New DP",
      partnerships: [{ leadProviderId: AMBITION, cohortYear: 2025 }],
    }).id;
  return { s, participantId, partnershipId, update, newDeliveryPartner };
}

describe("updatePartnership: checks (ECF rules §7.2)", () => {
  it("is a 404 for an unknown partnership or another provider's, before reading the body", () => {
    const { update, partnershipId } = setup();
    const notFound = { ok: false, failure: { status: 404, errors: [NOT_FOUND_ERROR] } };
    expect(update(undefined, AMBITION, "unknown")).toEqual(notFound);
    expect(update(undefined, TEACH_FIRST, partnershipId)).toEqual(notFound);
  });

  it("needs a delivery partner, a known one, working with the provider in the partnership's cohort", () => {
    const { s, update } = setup();
    expectErrors(update(undefined), [["delivery_partner_id", RULE[1].detail]]);
    expectErrors(update(""), [["delivery_partner_id", RULE[1].detail]]);
    expectErrors(update("00000000-0000-4000-8000-00000000ffff"), [["delivery_partner_id", RULE[2].detail]]);
    expectErrors(update(s.deliveryPartner(AMBITION, 2024)), [["delivery_partner_id", RULE[3].detail]]);
  });

  it("rejects the current delivery partner, or one already partnered with the school", () => {
    const { s, update, partnershipId, newDeliveryPartner } = setup();
    const current = s.world.schoolPartnerships[partnershipId]!;
    expectErrors(update(current.deliveryPartnerId), [["delivery_partner_id", RULE[4].detail]]);
    const other = newDeliveryPartner();
    s.must({
      type: "registerSchoolPartnership",
      schoolId: current.schoolId,
      leadProviderId: AMBITION,
      deliveryPartnerId: other,
      cohortYear: 2025,
    });
    expectErrors(update(other), [["delivery_partner_id", RULE[4].detail]]);
  });

  it("allows an update in a closed cohort", () => {
    const s = new Scenario("2025-10-15T10:00:00Z");
    const participantId = s.participant({ cohortYear: 2022, startedOn: "2022-09-01" });
    const partnershipId = latestPeriod(s, participantId).schoolPartnershipId!;
    const dp = s.must({
      type: "registerDeliveryPartner",
      name: "DP 2022",
      partnerships: [{ leadProviderId: AMBITION, cohortYear: 2022 }],
    }).id;
    expectOk(s.run({ type: "updatePartnership", leadProviderId: AMBITION, partnershipId, deliveryPartnerId: dp }));
  });
});

describe("updatePartnership: effects", () => {
  it("switches the delivery partner, keeps the id and touches participants and declarations", () => {
    const { s, participantId, partnershipId, update, newDeliveryPartner } = setup();
    const declaration = s.declare(participantId, "started", "2025-10-01T10:00:00Z");
    const oldDeliveryPartner = declaration.deliveryPartnerId;
    const replacement = newDeliveryPartner();
    s.at("2025-10-20T08:00:00Z");
    const updated = expectOk(update(replacement));
    expect(updated).toMatchObject({
      id: partnershipId,
      deliveryPartnerId: replacement,
      updatedAt: "2025-10-20T08:00:00.000Z",
    });
    expect(s.world.teachers[participantId]!.updatedAt).toBe("2025-10-20T08:00:00.000Z");
    expect(s.declaration(declaration.id)).toMatchObject({
      deliveryPartnerId: oldDeliveryPartner,
      updatedAt: "2025-10-20T08:00:00.000Z",
    });
    expect(view(s, participantId).attributes.ecf_enrolments[0]?.delivery_partner_id).toBe(replacement);
  });
});
