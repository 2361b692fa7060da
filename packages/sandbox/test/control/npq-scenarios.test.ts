import { describe, expect, it } from "vitest";
import { CONTROL_MESSAGES, EXPECTED } from "../../src/control/messages.ts";
import { NPQ_API, npqBody } from "../helpers/npq.ts";
import type { Json, SpecClient } from "../helpers/spec-client.ts";
import { TEST_NOW, testSandbox } from "../helpers/test-sandbox.ts";

const NPQ_SCENARIO_NAMES = [
  "npq-application-pending",
  "npq-application-accepted-capped-without-funded-place",
  "npq-participant-ready-to-declare",
  "npq-declaration-eligible",
  "npq-declaration-paid",
  "npq-declaration-awaiting-clawback",
  "npq-completed-declaration-with-outcome",
  "npq-participant-deferred",
  "npq-participant-withdrawn",
  "npq-participant-id-changed",
];

const npqScenarios = async (client: SpecClient, query = ""): Promise<Json[]> =>
  (await client.get(`/__sandbox/scenarios?programme=npq${query}`)).body.data as Json[];

/** The NPQ lead providers' tokens by id. */
async function npqTokens(client: SpecClient): Promise<Map<string, string>> {
  const accounts = (await client.get("/__sandbox/npq/lead-providers")).body.data as Json[];
  return new Map(accounts.map((account) => [account.id, account.token]));
}

/** Every instance of the named scenario (one per NPQ lead provider), with the token of its lead provider. */
async function instancesOf(client: SpecClient, name: string): Promise<{ scenario: Json; token: string }[]> {
  const tokens = await npqTokens(client);
  const instances = (await npqScenarios(client, `&name=${name}`)).map((scenario) => ({
    scenario,
    token: tokens.get(scenario.lead_provider_id) as string,
  }));
  expect(instances.map(({ token }) => token).sort()).toEqual([...tokens.values()].sort());
  return instances;
}

/** `POST /participant-declarations`: a `started` declaration for a ready-to-declare scenario, dated `date`. */
async function declareStarted(client: SpecClient, scenario: Json, token: string, date: string) {
  const applicationPath = `${NPQ_API}/npq-applications/${scenario.resources.application_id}`;
  const application = await client.get(applicationPath, { token });
  return client.post(`${NPQ_API}/participant-declarations`, {
    token,
    body: npqBody("participant-declaration", {
      participant_id: scenario.resources.participant_id,
      declaration_type: "started",
      declaration_date: date,
      course_identifier: application.body.data.attributes.course_identifier,
      delivery_partner_id: scenario.resources.delivery_partner_id,
    }),
  });
}

describe("GET /__sandbox/scenarios: the NPQ API's scenarios", () => {
  it.each([
    { now: TEST_NOW, seed: 42 },
    { now: "2025-12-15T12:00:00Z", seed: 7 },
    { now: "2026-09-20T08:00:00Z", seed: 42 },
    { now: "2024-10-20T12:00:00Z", seed: 3 },
  ])("lists every NPQ scenario for every NPQ lead provider ($now, seed $seed)", async ({ now, seed }) => {
    const { client } = testSandbox({ now, seed });
    const tokens = await npqTokens(client);
    const scenarios = await npqScenarios(client);
    const listed = new Set(scenarios.map((scenario) => `${scenario.name} ${scenario.lead_provider_id}`));
    const expected = NPQ_SCENARIO_NAMES.flatMap((name) => [...tokens.keys()].map((id) => `${name} ${id}`));
    expect([...expected].filter((key) => !listed.has(key))).toEqual([]);
    expect(new Set(scenarios.map((scenario) => scenario.programme))).toEqual(new Set(["npq"]));
  });

  it("offers no paid declaration once every paid one's cohort contract has ended (they can no longer be voided)", async () => {
    // From January to August the seeded paid declarations are all in last year's cohort, whose statements have ended.
    const { client } = testSandbox({ now: "2026-02-10T12:00:00Z", seed: 7 });
    const names = new Set((await npqScenarios(client)).map((scenario) => scenario.name));
    expect(NPQ_SCENARIO_NAMES.filter((name) => !names.has(name))).toEqual(["npq-declaration-paid"]);
    const declarations = await client.get(`${NPQ_API}/participant-declarations`, { token: "llse" });
    const paid = (declarations.body.data as Json[]).filter((declaration) => declaration.attributes.state === "paid");
    expect(paid.length).toBeGreaterThan(0);
    for (const declaration of paid) {
      const refused = await client.put(`${NPQ_API}/participant-declarations/${declaration.id}/void`, { token: "llse" });
      expect(refused.status).toBe(422);
    }
  });

  it("lists ECF scenarios then NPQ ones, and filters by programme", async () => {
    const { client } = testSandbox();
    const all = (await client.get("/__sandbox/scenarios")).body.data as Json[];
    const programmes = all.map((scenario) => scenario.programme);
    expect(programmes.indexOf("npq")).toBe(programmes.lastIndexOf("ecf") + 1);
    const ecf = (await client.get("/__sandbox/scenarios?programme=ecf")).body.data as Json[];
    expect(ecf.length).toBeGreaterThan(0);
    expect(ecf.every((scenario) => scenario.programme === "ecf" && !scenario.name.startsWith("npq-"))).toBe(true);
    expect(ecf.length + (await npqScenarios(client)).length).toBe(all.length);
  });

  it("refuses a programme other than ecf or npq, and a malformed lead provider id", async () => {
    const { client } = testSandbox();
    const bad = await client.get("/__sandbox/scenarios?programme=itt");
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].detail).toBe(CONTROL_MESSAGES.parameterMustBe("programme", EXPECTED.programme));
    expect((await client.get("/__sandbox/scenarios?lead_provider_id=ambition")).status).toBe(400);
    expect((await client.get("/__sandbox/scenarios?programme=npq&programme=ecf")).status).toBe(400);
  });

  it("npq-participant-ready-to-declare follows the clock: after months pass, its participants still declare today", async () => {
    const { client } = testSandbox();
    const later = "2026-01-20T10:00:00Z";
    expect((await client.put("/__sandbox/clock", { body: { now: later } })).status).toBe(200);
    for (const { scenario, token } of await instancesOf(client, "npq-participant-ready-to-declare")) {
      expect((await declareStarted(client, scenario, token, later)).status).toBe(200);
    }
  });
});

describe.each([
  { now: TEST_NOW, seed: 42 },
  { now: "2025-12-15T12:00:00Z", seed: 7 },
])("the NPQ scenarios' ids reach their situations on the NPQ API ($now, seed $seed)", ({ now, seed }) => {
  it("npq-application-pending: the application accepts", async () => {
    const { client } = testSandbox({ now, seed });
    for (const { scenario, token } of await instancesOf(client, "npq-application-pending")) {
      const accepted = await client.post(`${NPQ_API}/npq-applications/${scenario.resources.application_id}/accept`, {
        token,
        body: npqBody("npq-application-accept", { funded_place: true }),
      });
      expect([accepted.status, accepted.body.data.attributes.status]).toEqual([200, "accepted"]);
      expect(accepted.body.data.attributes.participant_id).toBe(scenario.resources.participant_id);
    }
  });

  it("npq-application-accepted-capped-without-funded-place: accepted, funded_place false", async () => {
    const { client } = testSandbox({ now, seed });
    const name = "npq-application-accepted-capped-without-funded-place";
    for (const { scenario, token } of await instancesOf(client, name)) {
      const shown = await client.get(`${NPQ_API}/npq-applications/${scenario.resources.application_id}`, { token });
      expect(shown.body.data.attributes).toMatchObject({ status: "accepted", funded_place: false });
    }
  });

  it("npq-participant-ready-to-declare: a started declaration dated now is accepted, then the participant drops out", async () => {
    const { client } = testSandbox({ now, seed });
    const instances = await instancesOf(client, "npq-participant-ready-to-declare");
    for (const { scenario, token } of instances) {
      const declared = await declareStarted(client, scenario, token, now);
      expect(declared.status).toBe(200);
      expect(declared.body.data.attributes.declaration_type).toBe("started");
    }
    const after = await npqScenarios(client, "&name=npq-participant-ready-to-declare");
    const declaredIds = new Set(instances.map(({ scenario }) => scenario.resources.participant_id));
    expect(after.filter((scenario) => declaredIds.has(scenario.resources.participant_id))).toEqual([]);
  });

  it("npq-declaration-eligible and npq-declaration-awaiting-clawback: the declarations are in those states", async () => {
    const { client } = testSandbox({ now, seed });
    for (const state of ["eligible", "awaiting-clawback"]) {
      for (const { scenario, token } of await instancesOf(client, `npq-declaration-${state}`)) {
        const shown = await client.get(`${NPQ_API}/participant-declarations/${scenario.resources.declaration_id}`, {
          token,
        });
        const attributes = shown.body.data.attributes;
        expect(attributes.state).toBe(state);
        const statementId = state === "eligible" ? attributes.statement_id : attributes.clawback_statement_id;
        expect(statementId).toBe(scenario.resources.statement_id);
      }
    }
  });

  it("npq-declaration-paid: voiding makes it awaiting-clawback, and it moves to that scenario", async () => {
    const { client } = testSandbox({ now, seed });
    const instances = await instancesOf(client, "npq-declaration-paid");
    for (const { scenario, token } of instances) {
      const id = scenario.resources.declaration_id;
      const voided = await client.put(`${NPQ_API}/participant-declarations/${id}/void`, { token });
      expect([voided.status, voided.body.data.attributes.state]).toEqual([200, "awaiting-clawback"]);
    }
    const paid = await npqScenarios(client, "&name=npq-declaration-paid");
    const voidedIds = new Set(instances.map(({ scenario }) => scenario.resources.declaration_id));
    expect(paid.filter((scenario) => voidedIds.has(scenario.resources.declaration_id))).toEqual([]);
  });

  it("npq-completed-declaration-with-outcome: the participant's outcomes show it", async () => {
    const { client } = testSandbox({ now, seed });
    for (const { scenario, token } of await instancesOf(client, "npq-completed-declaration-with-outcome")) {
      const outcomes = await client.get(`${NPQ_API}/participants/npq/${scenario.resources.participant_id}/outcomes`, {
        token,
      });
      const outcome = (outcomes.body.data as Json[]).find((row) => row.id === scenario.resources.outcome_id);
      expect(["passed", "failed"]).toContain(outcome?.attributes.state);
    }
  });

  it("npq-participant-deferred and npq-participant-withdrawn: the enrolment shows that training status", async () => {
    const { client } = testSandbox({ now, seed });
    for (const status of ["deferred", "withdrawn"]) {
      for (const { scenario, token } of await instancesOf(client, `npq-participant-${status}`)) {
        const shown = await client.get(`${NPQ_API}/participants/npq/${scenario.resources.participant_id}`, { token });
        const enrolment = (shown.body.data.attributes.npq_enrolments as Json[]).find(
          (candidate) => candidate.npq_application_id === scenario.resources.application_id,
        );
        expect(enrolment?.training_status).toBe(status);
      }
    }
  });

  it("npq-participant-id-changed: the old id answers 410, the new one lists the change", async () => {
    const { client } = testSandbox({ now, seed });
    for (const { scenario, token } of await instancesOf(client, "npq-participant-id-changed")) {
      const { from_participant_id: from, participant_id: to } = scenario.resources;
      expect((await client.get(`${NPQ_API}/participants/npq/${from}`, { token })).status).toBe(410);
      const shown = await client.get(`${NPQ_API}/participants/npq/${to}`, { token });
      const changes = shown.body.data.attributes.participant_id_changes as Json[];
      expect(changes.map((change) => [change.from_participant_id, change.to_participant_id])).toContainEqual([
        from,
        to,
      ]);
    }
  });
});
