/**
 * `GET /schools`' `expression_of_interest` (ECF rules §2.5) is read from an index since it cost a scan of every
 * period at the school: on seeded worlds it still says exactly what the scan said, for every provider and cohort.
 */
import type { World } from "@lpkit/engine";
import { describe, expect, it } from "vitest";
import { internalControl } from "../../src/create-sandbox.ts";
import { API } from "../helpers/ecf.ts";
import { testSandbox } from "../helpers/test-sandbox.ts";

/** The scan the index replaced: any training period at the school with this provider's interest in the cohort. */
function interestedByScan(world: World, leadProviderId: string, schoolId: string, cohort: number): boolean {
  const partnered = Object.values(world.schoolPartnerships).some(
    (partnership) =>
      partnership.schoolId === schoolId &&
      partnership.cohortYear === cohort &&
      partnership.leadProviderId === leadProviderId,
  );
  return (
    partnered ||
    Object.values(world.trainingPeriods).some(
      (period) =>
        period.expressionOfInterest?.leadProviderId === leadProviderId &&
        period.expressionOfInterest.cohortYear === cohort &&
        world.schoolPeriods[period.schoolPeriodId]?.schoolId === schoolId,
    )
  );
}

describe.each([
  { seed: 4010, now: "2025-10-01T09:30:00Z" },
  { seed: 99, now: "2026-07-01T00:00:00Z" },
])("GET /schools on the world of seed $seed at $now", ({ seed, now }) => {
  it("says what a scan of the school's periods says about each provider's interest", async () => {
    const { sandbox, client } = testSandbox({ seed, now });
    const world = internalControl(sandbox).state.world;
    let interestWithoutPartnership = 0;
    for (const account of internalControl(sandbox).leadProviders()) {
      for (const cohort of account.cohorts) {
        const response = await client.get(`${API}/schools?filter[cohort]=${cohort}&page[per_page]=3000`, {
          token: account.token,
        });
        expect(response.status).toBe(200);
        for (const school of response.body.data as { id: string; attributes: Record<string, unknown> }[]) {
          const expected = interestedByScan(world, account.id, school.id, Number(cohort));
          expect(school.attributes.expression_of_interest, `${account.name}, ${school.id}, ${cohort}`).toBe(expected);
          if (expected && school.attributes.in_partnership === false) {
            interestWithoutPartnership += 1;
          }
        }
      }
    }
    // The seeded world has interest without a partnership, so the index's own answer is exercised.
    expect(interestWithoutPartnership).toBeGreaterThan(0);
  });
});
