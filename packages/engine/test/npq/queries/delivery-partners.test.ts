import { describe, expect, it } from "vitest";
import { listNpqDeliveryPartners, showNpqDeliveryPartner } from "../../../src/npq/queries/delivery-partners.ts";
import { expectOk } from "../../support/expect-failure.ts";
import { AMBITION_NPQ, NpqScenario, TEACH_FIRST_NPQ } from "../support/npq-scenario.ts";

function withPartners() {
  const s = new NpqScenario();
  const zebra = s.must({
    type: "registerNpqDeliveryPartner",
    name: "Zebra Learning",
    leadProviderId: AMBITION_NPQ,
    cohorts: ["2025a", "2023a", "2026b", "2026a"],
  });
  s.context.at("2025-10-16T10:00:00Z");
  const acorn = s.must({
    type: "registerNpqDeliveryPartner",
    name: "Acorn Partners",
    leadProviderId: AMBITION_NPQ,
    cohorts: ["2024a"],
  });
  const other = s.must({
    type: "registerNpqDeliveryPartner",
    name: "Elsewhere Trust",
    leadProviderId: TEACH_FIRST_NPQ,
    cohorts: ["2025a"],
  });
  return { s, zebra, acorn, other };
}

const names = (resources: readonly { attributes: Record<string, unknown> }[]) =>
  resources.map((resource) => resource.attributes.name);

describe("listing and showing NPQ delivery partners (NPQ rules §2.5)", () => {
  it("shows a delivery partner with its start years as integers, once each, ascending", () => {
    const { s, zebra } = withPartners();
    expect(expectOk(showNpqDeliveryPartner(s.world, AMBITION_NPQ, zebra.id.toUpperCase()))).toEqual({
      id: zebra.id,
      type: "delivery-partner",
      attributes: {
        name: "Zebra Learning",
        cohort: [2023, 2025, 2026],
        created_at: "2025-10-15T10:00:00Z",
        updated_at: "2025-10-15T10:00:00Z",
      },
    });
  });

  it("answers 404 for a delivery partner that does not work with the lead provider, or an unknown id", () => {
    const { s, other } = withPartners();
    expect(showNpqDeliveryPartner(s.world, AMBITION_NPQ, other.id).ok).toBe(false);
    expect(showNpqDeliveryPartner(s.world, AMBITION_NPQ, "not-a-uuid").ok).toBe(false);
  });

  it("lists by name unless sort says otherwise, and filters by one start year", () => {
    const { s } = withPartners();
    expect(names(listNpqDeliveryPartners(s.world, AMBITION_NPQ))).toEqual(["Acorn Partners", "Zebra Learning"]);
    expect(names(listNpqDeliveryPartners(s.world, AMBITION_NPQ, { sort: "-name" }))).toEqual([
      "Zebra Learning",
      "Acorn Partners",
    ]);
    expect(names(listNpqDeliveryPartners(s.world, AMBITION_NPQ, { sort: "-created_at,name" }))).toEqual([
      "Acorn Partners",
      "Zebra Learning",
    ]);
    expect(names(listNpqDeliveryPartners(s.world, AMBITION_NPQ, { sort: "unknown" }))).toEqual([
      "Acorn Partners",
      "Zebra Learning",
    ]);
    expect(names(listNpqDeliveryPartners(s.world, AMBITION_NPQ, { filter: { cohort: "2024" } }))).toEqual([
      "Acorn Partners",
    ]);
    // Rails casts the year as an integer: leading digits count, text that names no number matches nothing.
    expect(names(listNpqDeliveryPartners(s.world, AMBITION_NPQ, { filter: { cohort: "2026abc" } }))).toEqual([
      "Zebra Learning",
    ]);
    expect(listNpqDeliveryPartners(s.world, AMBITION_NPQ, { filter: { cohort: "abc" } })).toEqual([]);
    expect(names(listNpqDeliveryPartners(s.world, AMBITION_NPQ, { filter: { cohort: " " } }))).toHaveLength(2);
    expect(names(listNpqDeliveryPartners(s.world, AMBITION_NPQ, { page: { page: 2, perPage: 1 } }))).toEqual([
      "Zebra Learning",
    ]);
  });
});
