import { describe, expect, it } from "vitest";
import { NPQ_FIXTURE_MESSAGES as M } from "../../../src/messages/npq/fixtures.ts";
import { npqLookup, npqWorldData, npqWorldFromData } from "../../../src/npq/model/world.ts";
import { expectOk } from "../../support/expect-failure.ts";
import { AMBITION_NPQ, expectNpqRefusedUntouched, NpqScenario } from "../support/npq-scenario.ts";

describe("registering an NPQ cohort (NPQ rules §7.2)", () => {
  it("creates the cohort and its year's schedules, registering from 1 April by default", () => {
    const s = new NpqScenario();
    const cohort = expectOk(s.run({ type: "registerNpqCohort", cohort: "2027", funding: "zero" }));
    expect(cohort).toMatchObject({ id: "2027a", startYear: 2027, suffix: "a", registrationStartDate: "2027-04-01" });
    expect(npqLookup(s.world, "schedulesByCohort", "2027a").map((schedule) => schedule.identifier)).toHaveLength(8);
    expect(s.world.schedules["2027a/npq-leadership-spring"]?.startDate).toBe("2028-01-01");
  });

  it("refuses an existing identifier, a start year before 2021, an unknown funding and a start date outside the year", () => {
    const s = new NpqScenario();
    expectNpqRefusedUntouched(
      s,
      { type: "registerNpqCohort", cohort: "2026b", funding: "partial", registrationStartDate: "2025-04-01" },
      [
        ["cohort", M.cohortExists("2026b")],
        ["funding", M.invalidFunding],
        ["registration_start_date", M.registrationStartOutsideYear],
      ],
    );
    expectNpqRefusedUntouched(s, { type: "registerNpqCohort", cohort: "26b", funding: "zero" }, [
      ["cohort", M.invalidCohortIdentifier],
    ]);
    expectNpqRefusedUntouched(s, { type: "registerNpqCohort", cohort: "2020b", funding: "full" }, [
      ["cohort", M.cohortBeforeFirstYear(2021)],
    ]);
  });
});

describe("registering an NPQ delivery partner", () => {
  it("links it to the lead provider in each cohort once", () => {
    const s = new NpqScenario();
    const partner = expectOk(
      s.run({
        type: "registerNpqDeliveryPartner",
        name: "North",
        leadProviderId: AMBITION_NPQ,
        cohorts: ["2025a", "2024a", "2025a"],
      }),
    );
    const links = npqLookup(s.world, "deliveryPartnershipsByLeadProvider", AMBITION_NPQ);
    expect(links.map((link) => [link.deliveryPartnerId, link.cohortId])).toEqual([
      [partner.id, "2025a"],
      [partner.id, "2024a"],
    ]);
  });

  it("refuses an unknown cohort", () => {
    const s = new NpqScenario();
    expectNpqRefusedUntouched(
      s,
      { type: "registerNpqDeliveryPartner", name: "North", leadProviderId: AMBITION_NPQ, cohorts: ["2019a"] },
      [["cohorts", M.unknownCohort("2019a")]],
    );
  });
});

describe("the NPQ world as data", () => {
  it("survives JSON and rebuilds the same indexes", () => {
    const s = new NpqScenario();
    const enrolment = s.enrol();
    s.apply({ participantId: enrolment.userId, courseIdentifier: "npq-senco" });
    const copy = npqWorldFromData(JSON.parse(JSON.stringify(npqWorldData(s.world))));
    expect(npqWorldData(copy)).toEqual(npqWorldData(s.world));
    expect(npqLookup(copy, "applicationsByUser", enrolment.userId).map((row) => row.id)).toEqual(
      npqLookup(s.world, "applicationsByUser", enrolment.userId).map((row) => row.id),
    );
    expect(npqLookup(copy, "schedulesByCohort", "2026a").map((row) => row.id)).toEqual(
      npqLookup(s.world, "schedulesByCohort", "2026a").map((row) => row.id),
    );
  });
});
