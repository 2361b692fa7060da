import { describe, expect, it } from "vitest";
import { listDeliveryPartners, showDeliveryPartner } from "../../src/queries/delivery-partners.ts";
import { listPartnerships, showPartnership } from "../../src/queries/partnerships.ts";
import { NOT_FOUND_ERROR } from "../../src/result.ts";
import { expectOk } from "../support/expect-failure.ts";
import { AMBITION, Scenario, TEACH_FIRST } from "../support/scenario.ts";

const notFound = { ok: false, failure: { status: 404, errors: [NOT_FOUND_ERROR] } };

function world() {
  const s = new Scenario("2025-10-15T10:00:00Z");
  const both = s.must({
    type: "registerDeliveryPartner",
    name: "Both cohorts",
    partnerships: [
      { leadProviderId: AMBITION, cohortYear: 2024 },
      { leadProviderId: AMBITION, cohortYear: 2025 },
    ],
  }).id;
  s.at("2025-10-15T10:01:00Z");
  const only2025 = s.must({
    type: "registerDeliveryPartner",
    name: "2025 only",
    partnerships: [{ leadProviderId: AMBITION, cohortYear: 2025 }],
  }).id;
  s.at("2025-10-15T10:02:00Z");
  const teachFirstOnly = s.must({
    type: "registerDeliveryPartner",
    name: "Teach First's",
    partnerships: [{ leadProviderId: TEACH_FIRST, cohortYear: 2025 }],
  }).id;
  const schools = [s.school(), s.school(), s.school()];
  s.at("2025-10-15T11:00:00Z");
  const p2024 = s.must({
    type: "createPartnership",
    leadProviderId: AMBITION,
    cohort: "2024",
    schoolId: schools[0],
    deliveryPartnerId: both,
  });
  s.at("2025-10-15T11:01:00Z");
  const p2025 = s.must({
    type: "createPartnership",
    leadProviderId: AMBITION,
    cohort: "2025",
    schoolId: schools[1],
    deliveryPartnerId: only2025,
  });
  s.at("2025-10-15T11:02:00Z");
  const tf = s.must({
    type: "createPartnership",
    leadProviderId: TEACH_FIRST,
    cohort: "2025",
    schoolId: schools[2],
    deliveryPartnerId: teachFirstOnly,
  });
  return { s, both, only2025, teachFirstOnly, p2024, p2025, tf };
}

describe("delivery partners (ECF rules §1.1, §2.6)", () => {
  it("lists the delivery partners the provider works with, with their cohorts", () => {
    const { s, both, only2025 } = world();
    const listed = listDeliveryPartners(s.world, AMBITION, {});
    expect(listed.map((dp) => dp.id)).toEqual([both, only2025]);
    expect(listed[0]?.attributes).toEqual({
      name: "Both cohorts",
      cohort: ["2024", "2025"],
      created_at: "2025-10-15T10:00:00Z",
      updated_at: "2025-10-15T10:00:00Z",
    });
  });

  it("filters by cohort, sorts and pages", () => {
    const { s, both, only2025 } = world();
    expect(listDeliveryPartners(s.world, AMBITION, { filter: { cohort: "2024" } }).map((dp) => dp.id)).toEqual([both]);
    expect(listDeliveryPartners(s.world, AMBITION, { filter: { cohort: "nope" } })).toEqual([]);
    expect(listDeliveryPartners(s.world, AMBITION, { sort: "-created_at" }).map((dp) => dp.id)).toEqual([
      only2025,
      both,
    ]);
    expect(listDeliveryPartners(s.world, AMBITION, { page: { page: 2, perPage: 1 } }).map((dp) => dp.id)).toEqual([
      only2025,
    ]);
  });

  it("shows only delivery partners the provider works with", () => {
    const { s, both, teachFirstOnly } = world();
    expect(expectOk(showDeliveryPartner(s.world, AMBITION, both)).id).toBe(both);
    expect(showDeliveryPartner(s.world, AMBITION, teachFirstOnly)).toEqual(notFound);
  });
});

describe("partnerships (ECF rules §1.1, §2.4)", () => {
  const list = (s: Scenario, query: Parameters<typeof listPartnerships>[2] = {}, leadProviderId = AMBITION) =>
    listPartnerships(s.world, leadProviderId, query, s.context.now).map((partnership) => partnership.id);

  it("lists the provider's partnerships, oldest first", () => {
    const { s, p2024, p2025, tf } = world();
    expect(list(s)).toEqual([p2024.id, p2025.id]);
    expect(list(s, {}, TEACH_FIRST)).toEqual([tf.id]);
  });

  it("filters by cohort, delivery partner (no UUID check) and updated_since", () => {
    const { s, p2024, p2025, only2025 } = world();
    expect(list(s, { filter: { cohort: "2025" } })).toEqual([p2025.id]);
    expect(list(s, { filter: { cohort: "zzz" } })).toEqual([]);
    expect(list(s, { filter: { deliveryPartnerId: `${only2025},not-a-uuid` } })).toEqual([p2025.id]);
    expect(list(s, { filter: { deliveryPartnerId: "not-a-uuid" } })).toEqual([]);
    expect(list(s, { filter: { updatedSince: new Date("2025-10-15T11:01:00Z") } })).toEqual([p2025.id]);
    s.at("2025-10-16T00:00:00Z");
    const replacement = s.must({
      type: "registerDeliveryPartner",
      name: "New",
      partnerships: [{ leadProviderId: AMBITION, cohortYear: 2024 }],
    }).id;
    s.must({
      type: "updatePartnership",
      leadProviderId: AMBITION,
      partnershipId: p2024.id,
      deliveryPartnerId: replacement,
    });
    expect(list(s, { filter: { updatedSince: new Date("2025-10-16T00:00:00Z") } })).toEqual([p2024.id]);
    expect(list(s, { sort: "-updated_at" })).toEqual([p2024.id, p2025.id]);
    expect(list(s, { sort: "updated_at" })).toEqual([p2025.id, p2024.id]);
  });

  it("sorts and pages", () => {
    const { s, p2024, p2025 } = world();
    expect(list(s, { sort: "-created_at" })).toEqual([p2025.id, p2024.id]);
    expect(list(s, { page: { page: 2, perPage: 1 } })).toEqual([p2025.id]);
    expect(list(s, { page: { page: 3, perPage: 1 } })).toEqual([]);
  });

  it("shows only the provider's partnerships", () => {
    const { s, p2025, tf } = world();
    expect(expectOk(showPartnership(s.world, AMBITION, p2025.id, s.context.now)).attributes.cohort).toBe("2025");
    expect(showPartnership(s.world, AMBITION, tf.id, s.context.now)).toEqual(notFound);
  });
});
