import { describe, expect, it } from "vitest";
import type { ListQuery } from "../../src/queries/list-query.ts";
import type { SchoolFilter } from "../../src/queries/schools.ts";
import { listSchools, showSchool } from "../../src/queries/schools.ts";
import { NOT_FOUND_ERROR } from "../../src/result.ts";
import { expectOk } from "../support/expect-failure.ts";
import { AMBITION, Scenario, TEACH_FIRST } from "../support/scenario.ts";

function world() {
  const s = new Scenario("2025-10-15T10:00:00Z");
  const tutor = { name: "Ada Tutor", email: "ada@example.com" };
  const eligible = s.must({ type: "registerSchool", name: "Eligible", inductionTutor: tutor }).id;
  s.at("2025-10-15T10:01:00Z");
  const ineligible = s.must({ type: "registerSchool", name: "Ineligible", eligibleForFunding: false }).id;
  s.at("2025-10-15T10:02:00Z");
  const partneredIneligible = s.must({ type: "registerSchool", name: "Partnered", eligibleForFunding: false }).id;
  s.must({
    type: "registerSchoolPartnership",
    schoolId: partneredIneligible,
    leadProviderId: TEACH_FIRST,
    deliveryPartnerId: s.deliveryPartner(TEACH_FIRST, 2025),
    cohortYear: 2025,
  });
  s.at("2025-10-15T10:03:00Z");
  const withUrn = s.must({ type: "registerSchool", name: "URN school", urn: "123456" }).id;
  s.at("2025-10-15T12:00:00Z");
  return { s, eligible, ineligible, partneredIneligible, withUrn };
}

function ids(s: Scenario, query: ListQuery<SchoolFilter>, leadProviderId = AMBITION): string[] {
  return listSchools(s.world, leadProviderId, query).map((school) => school.id);
}

describe("listSchools (ECF rules §1.1, §2.5)", () => {
  it("lists eligible schools and schools partnered in that cohort", () => {
    const { s, eligible, partneredIneligible, withUrn } = world();
    expect(ids(s, { filter: { cohort: "2025" } })).toEqual([eligible, partneredIneligible, withUrn]);
    expect(ids(s, { filter: { cohort: "2024" } })).toEqual([eligible, withUrn]);
  });

  it("is empty for a cohort that does not exist; a list takes the earliest cohort that exists", () => {
    const { s, eligible, withUrn } = world();
    expect(ids(s, { filter: { cohort: "2030" } })).toEqual([]);
    expect(ids(s, { filter: { cohort: "abc" } })).toEqual([]);
    expect(ids(s, { filter: { cohort: null } })).toEqual([]);
    expect(ids(s, { filter: { cohort: ["2030", "2024", "2025"] } })).toEqual([eligible, withUrn]);
    expect(ids(s, { filter: { cohort: [] } })).toEqual([]);
  });

  it("filters by URN the way the service casts it", () => {
    const { s, withUrn } = world();
    expect(ids(s, { filter: { cohort: "2025", urn: "123456" } })).toEqual([withUrn]);
    expect(ids(s, { filter: { cohort: "2025", urn: "123456,invalid" } })).toEqual([withUrn]);
    expect(ids(s, { filter: { cohort: "2025", urn: "invalid" } })).toEqual([]);
  });

  it("renders in_partnership, expression_of_interest and the tutor for this provider", () => {
    const { s, eligible, partneredIneligible } = world();
    const [first] = listSchools(s.world, AMBITION, { filter: { cohort: "2025", urn: s.world.schools[eligible]!.urn } });
    expect(first?.attributes).toEqual({
      name: "Eligible",
      urn: s.world.schools[eligible]!.urn,
      cohort: "2025",
      in_partnership: false,
      induction_programme_choice: "provider_led",
      expression_of_interest: false,
      induction_tutor_name: null,
      induction_tutor_email: null,
      created_at: "2025-10-15T10:00:00Z",
      updated_at: "2025-10-15T10:00:00Z",
    });
    const partnered = expectOk(showSchool(s.world, TEACH_FIRST, partneredIneligible, "2025"));
    expect(partnered.attributes).toMatchObject({ in_partnership: true, expression_of_interest: true });

    s.must({
      type: "createPartnership",
      leadProviderId: AMBITION,
      cohort: "2025",
      schoolId: eligible,
      deliveryPartnerId: s.deliveryPartner(AMBITION, 2025),
    });
    expect(expectOk(showSchool(s.world, AMBITION, eligible, "2025")).attributes).toMatchObject({
      in_partnership: true,
      expression_of_interest: true,
      induction_tutor_name: "Ada Tutor",
      induction_tutor_email: "ada@example.com",
      updated_at: "2025-10-15T12:00:00Z",
    });
    expect(expectOk(showSchool(s.world, TEACH_FIRST, eligible, "2025")).attributes).toMatchObject({
      in_partnership: true,
      expression_of_interest: false,
      induction_tutor_name: null,
    });
  });

  it("filters by the per-cohort updated_at, sorts and pages", () => {
    const { s, eligible, partneredIneligible, withUrn } = world();
    s.must({
      type: "createPartnership",
      leadProviderId: AMBITION,
      cohort: "2025",
      schoolId: eligible,
      deliveryPartnerId: s.deliveryPartner(AMBITION, 2025),
    });
    const since = new Date("2025-10-15T11:00:00Z");
    expect(ids(s, { filter: { cohort: "2025", updatedSince: since } })).toEqual([eligible]);
    expect(ids(s, { filter: { cohort: "2024", updatedSince: since } })).toEqual([]);
    expect(ids(s, { filter: { cohort: "2025" }, sort: "-created_at" })).toEqual([
      withUrn,
      partneredIneligible,
      eligible,
    ]);
    expect(ids(s, { filter: { cohort: "2025" }, sort: "-updated_at" })).toEqual([
      eligible,
      withUrn,
      partneredIneligible,
    ]);
    expect(ids(s, { filter: { cohort: "2025" }, page: { page: 2, perPage: 2 } })).toEqual([withUrn]);
  });
});

describe("showSchool", () => {
  it("404s schools not listed for the cohort and unknown cohorts", () => {
    const { s, eligible, ineligible } = world();
    const notFound = { ok: false, failure: { status: 404, errors: [NOT_FOUND_ERROR] } };
    expect(showSchool(s.world, AMBITION, ineligible, "2025")).toEqual(notFound);
    expect(showSchool(s.world, AMBITION, eligible, "2030")).toEqual(notFound);
    expect(expectOk(showSchool(s.world, AMBITION, eligible, "2024")).attributes.cohort).toBe("2024");
  });
});
