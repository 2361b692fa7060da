/**
 * `POST /__sandbox/npq/cohorts`: a cohort with its schedules and every NPQ lead provider's statements, usable at once
 * through the NPQ API; bad input is refused without changing the world.
 */
import {
  NPQ_FIXTURE_MESSAGES,
  NPQ_LEAD_PROVIDERS,
  npqContractedCourses,
  npqScheduleIdentifiersFor,
} from "@lpkit/engine";
import { describe, expect, it } from "vitest";
import { errors } from "../helpers/ecf.ts";
import { AMBITION, NPQ_API, npqBody } from "../helpers/npq.ts";
import { type Json, type SpecClient, specValidator } from "../helpers/spec-client.ts";
import { testSandbox } from "../helpers/test-sandbox.ts";

const ambition = NPQ_LEAD_PROVIDERS[0]?.id as string;
/** DfE's seeds give each lead provider two years of monthly statements in a cohort (NPQ rules §8). */
const STATEMENTS_PER_LEAD_PROVIDER = 24;

const npqCounts = async (client: SpecClient): Promise<Record<string, number>> =>
  (await client.get("/__sandbox/world")).body.npq.counts;

describe("POST /__sandbox/npq/cohorts", () => {
  it("creates the cohort, its schedules and every lead provider's statements with contracts", async () => {
    const { client } = testSandbox();
    const before = await npqCounts(client);
    const created = await client.post("/__sandbox/npq/cohorts", { body: { identifier: "2027", funding: "zero" } });
    expect([created.status, created.body]).toEqual([
      201,
      {
        data: {
          identifier: "2027a",
          start_year: 2027,
          suffix: "a",
          funding: "zero",
          registration_start_date: "2027-04-01",
        },
      },
    ]);
    const after = await npqCounts(client);
    const statements = NPQ_LEAD_PROVIDERS.length * STATEMENTS_PER_LEAD_PROVIDER;
    expect(after.cohorts).toBe((before.cohorts ?? 0) + 1);
    expect(after.schedules).toBe((before.schedules ?? 0) + npqScheduleIdentifiersFor(2027).length);
    expect(after.statements).toBe((before.statements ?? 0) + statements);
    expect(after.contracts).toBe((before.contracts ?? 0) + statements * npqContractedCourses(2027).length);
    const providers = (await client.get("/__sandbox/npq/lead-providers")).body.data as Json[];
    expect(providers.every((provider) => provider.cohorts.includes("2027a"))).toBe(true);
  });

  it("takes applications the lead provider can accept, with the cohort's funding and schedules", async () => {
    const { client } = testSandbox();
    await client.post("/__sandbox/npq/cohorts", { body: { identifier: "2027b", funding: "capped" } });
    const application = await client.post("/__sandbox/npq/applications", {
      body: { lead_provider_id: ambition, course_identifier: "npq-headship", cohort: "2027b" },
    });
    const accepted = await client.post(`${NPQ_API}/npq-applications/${application.body.data.id}/accept`, {
      token: AMBITION,
      body: npqBody("npq-application-accept", { funded_place: true, schedule_identifier: "npq-leadership-spring" }),
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.data.attributes).toMatchObject({
      status: "accepted",
      cohort: "2027",
      cohort_suffix: "b",
      funded_place: true,
      schedule_identifier: "npq-leadership-spring",
    });
  });

  it("registers from the date given, and with contracts: false gives the statements no contract", async () => {
    const { client } = testSandbox();
    const before = await npqCounts(client);
    const created = await client.post("/__sandbox/npq/cohorts", {
      body: { identifier: "2026c", funding: "full", registration_start_date: "2026-06-01", contracts: false },
    });
    expect(created.body.data).toMatchObject({ identifier: "2026c", registration_start_date: "2026-06-01" });
    const after = await npqCounts(client);
    expect(after.statements).toBe((before.statements ?? 0) + NPQ_LEAD_PROVIDERS.length * STATEMENTS_PER_LEAD_PROVIDER);
    expect(after.contracts).toBe(before.contracts);
    // A lead provider's cohorts are those it has contracts for.
    const providers = (await client.get("/__sandbox/npq/lead-providers")).body.data as Json[];
    expect(providers.some((provider) => provider.cohorts.includes("2026c"))).toBe(false);
  });

  it("refuses an identifier that exists, a start year before 2021 and a date outside the start year, with 422", async () => {
    const { client } = testSandbox();
    const before = (await client.get("/__sandbox/world")).body.npq;
    const refusals: [Json, [string, string][]][] = [
      [{ identifier: "2026b", funding: "capped" }, [["identifier", NPQ_FIXTURE_MESSAGES.cohortExists("2026b")]]],
      [{ identifier: "2025", funding: "capped" }, [["identifier", NPQ_FIXTURE_MESSAGES.cohortExists("2025a")]]],
      [{ identifier: "2020b", funding: "full" }, [["identifier", NPQ_FIXTURE_MESSAGES.cohortBeforeFirstYear(2021)]]],
      [
        { identifier: "2027a", funding: "zero", registration_start_date: "2026-09-01" },
        [["registration_start_date", NPQ_FIXTURE_MESSAGES.registrationStartOutsideYear]],
      ],
    ];
    for (const [body, expected] of refusals) {
      const refused = await client.post("/__sandbox/npq/cohorts", { body });
      expect([refused.status, refused.body]).toEqual([422, errors(...expected)]);
    }
    expect((await client.get("/__sandbox/world")).body.npq).toEqual(before);
  });

  it("refuses a malformed body with 400, naming the field", async () => {
    const { client } = testSandbox();
    const before = (await client.get("/__sandbox/world")).body.npq;
    for (const [body, field] of [
      [{ funding: "zero" }, "identifier"],
      [{ identifier: "27a", funding: "zero" }, "identifier"],
      [{ identifier: 2027, funding: "zero" }, "identifier"],
      [{ identifier: "2027a" }, "funding"],
      [{ identifier: "2027a", funding: "partial" }, "funding"],
      [{ identifier: "2027a", funding: "zero", registration_start_date: "1 April 2027" }, "registration_start_date"],
      [{ identifier: "2027a", funding: "zero", contracts: "no" }, "contracts"],
      [{ identifier: "2027a", funding: "zero", description: "2027 cohort" }, "description"],
    ] as const) {
      const refused = await client.post("/__sandbox/npq/cohorts", { body });
      expect(refused.status).toBe(400);
      expect(refused.body.errors[0].detail).toContain(`'#/${field}'`);
    }
    expect((await client.get("/__sandbox/world")).body.npq).toEqual(before);
  });
});

describe("NpqCohortFixture.identifier: a start year and an optional suffix letter", () => {
  it.each([
    ["2027", true],
    ["2028b", true],
    ["2029z", true],
    ["27a", false],
    ["2027ab", false],
    ["2027A", false],
    [" 2027a", false],
    ["", false],
  ])("%j: allowed by the spec and accepted by the sandbox alike (%s)", async (identifier, valid) => {
    const { client } = testSandbox();
    const fixture = { identifier, funding: "zero" };
    expect(specValidator().matches("lpkit-spec://sandbox-v1#/components/schemas/NpqCohortFixture", fixture)).toBe(
      valid,
    );
    expect((await client.post("/__sandbox/npq/cohorts", { body: fixture })).status).toBe(valid ? 201 : 400);
  });
});
