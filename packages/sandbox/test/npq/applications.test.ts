import {
  NPQ_ACCEPT_RULE_MESSAGES,
  NPQ_CHANGE_FUNDED_PLACE_RULE_MESSAGES,
  NPQ_REJECT_RULE_MESSAGES,
  NPQ_REQUEST_MESSAGES,
} from "@lpkit/engine";
import { describe, expect, it } from "vitest";
import { errors } from "../helpers/ecf.ts";
import {
  AMBITION,
  NPQ_API,
  NPQ_NOT_FOUND,
  npqApplication,
  npqApplications,
  npqBadRequest,
  npqBody,
  npqDeclare,
  npqFixtureApplication,
} from "../helpers/npq.ts";
import { declaring, expectRuleCases, type RuleCase } from "../helpers/npq-declaring.ts";
import { testSandbox } from "../helpers/test-sandbox.ts";

const capped = (a: { cohort: string }) => a.cohort === "2025";

describe("GET /npq/api/v3/npq-applications", () => {
  it("lists the lead provider's applications in pages, with the NPQ service's caching headers", async () => {
    const { client } = testSandbox();
    const all = await npqApplications(client);
    expect(all.length).toBeGreaterThan(10);
    const first = await client.get(`${NPQ_API}/npq-applications?page[per_page]=5&page[page]=1`, { token: AMBITION });
    const second = await client.get(`${NPQ_API}/npq-applications?page[per_page]=5&page[page]=2`, { token: AMBITION });
    expect(first.body.data.map((a: { id: string }) => a.id)).toEqual(all.slice(0, 5).map((a) => a.id));
    expect(second.body.data.map((a: { id: string }) => a.id)).toEqual(all.slice(5, 10).map((a) => a.id));
    expect(first.headers.get("cache-control")).toBe("no-store");
    expect(first.headers.get("etag")).toMatch(/^W\/"[0-9a-f]{32}"$/);
    const again = await client.get(`${NPQ_API}/npq-applications?page[per_page]=5&page[page]=1`, {
      token: AMBITION,
      headers: { "if-none-match": first.headers.get("etag") ?? "" },
    });
    expect(again.status).toBe(304);
  });

  it("shows every state of the seeded world: pending, accepted, rejected, funded and not, capped and not", async () => {
    const { client } = testSandbox();
    const attributes = (await npqApplications(client)).map((application) => application.attributes);
    expect(new Set(attributes.map((a) => a.status))).toEqual(new Set(["pending", "accepted", "rejected"]));
    expect(new Set(attributes.map((a) => a.funded_place))).toEqual(new Set([true, false, null]));
    expect(new Set(attributes.map((a) => `${a.cohort}${a.cohort_suffix}`))).toEqual(
      new Set(["2023a", "2024a", "2025a", "2026a", "2026b"]),
    );
    expect(attributes.map((a) => a.reason_for_rejection)).toContain("other_application_in_this_cohort_accepted");
  });

  it("sorts, filters by cohort, and refuses a participant id filter that is not a UUID", async () => {
    const { client } = testSandbox();
    const all = await npqApplications(client);
    const sorted = await client.get(`${NPQ_API}/npq-applications?sort=-created_at`, { token: AMBITION });
    expect(sorted.body.data.map((a: { id: string }) => a.id)).toEqual(all.map((a) => a.id).reverse());
    const cohort = await client.get(`${NPQ_API}/npq-applications?filter[cohort]=2026`, { token: AMBITION });
    expect(cohort.body.data.map((a: { attributes: { cohort: string } }) => a.attributes.cohort)).toEqual(
      all.filter((a) => a.attributes.cohort === "2026").map(() => "2026"),
    );
    const bad = await client.get(`${NPQ_API}/npq-applications?filter[participant_id]=abc`, { token: AMBITION });
    expect([bad.status, bad.body]).toEqual([400, npqBadRequest(NPQ_REQUEST_MESSAGES.invalidParticipantIdFilter)]);
  });

  it("reads updated_since, then the participant ids, then the page (NPQ rules §1.5)", async () => {
    const { client } = testSandbox();
    for (const [query, message] of [
      ["filter[updated_since]=2025-01-01&filter[participant_id]=abc&page[page]=0", "invalidUpdatedSince"],
      ["filter[participant_id]=abc&page[page]=0", "invalidParticipantIdFilter"],
    ] as const) {
      const response = await client.get(`${NPQ_API}/npq-applications?${query}`, { token: AMBITION });
      expect([query, response.status, response.body]).toEqual([
        query,
        400,
        npqBadRequest(NPQ_REQUEST_MESSAGES[message]),
      ]);
    }
  });

  it("answers the NPQ service's 400s for pages, dates and a filter that is not a hash (before the token)", async () => {
    const { client } = testSandbox();
    const page = await client.get(`${NPQ_API}/npq-applications?page[page]=0`, { token: AMBITION });
    expect([page.status, page.body]).toEqual([400, npqBadRequest(NPQ_REQUEST_MESSAGES.invalidPagination)]);
    const since = await client.get(`${NPQ_API}/npq-applications?filter[updated_since]=2025-01-01`, { token: AMBITION });
    expect([since.status, since.body]).toEqual([400, npqBadRequest(NPQ_REQUEST_MESSAGES.invalidUpdatedSince)]);
    const filter = await client.get(`${NPQ_API}/npq-applications?filter=abc`);
    expect([filter.status, filter.body]).toEqual([400, npqBadRequest(NPQ_REQUEST_MESSAGES.filterNotValid)]);
  });

  it("shows one application, and answers the bare 404 for another lead provider's or an unknown id", async () => {
    const { client } = testSandbox();
    const [application] = await npqApplications(client);
    const shown = await client.get(`${NPQ_API}/npq-applications/${application.id}`, { token: AMBITION });
    expect(shown.body.data).toEqual(application);
    const other = await client.get(`${NPQ_API}/npq-applications/${application.id}`, { token: "teach-first" });
    expect([other.status, other.body]).toEqual([404, NPQ_NOT_FOUND]);
    expect(other.headers.get("cache-control")).toBe("no-store");
  });
});

describe("POST /npq/api/v3/npq-applications/{id}/accept", () => {
  it("accepts a pending application with a funded place, and the person becomes a participant", async () => {
    const { client } = testSandbox();
    const pending = await npqApplication(client, (a) => a.status === "pending" && capped(a) && a.eligible_for_funding);
    const accepted = await client.post(`${NPQ_API}/npq-applications/${pending.id}/accept`, {
      token: AMBITION,
      body: npqBody("npq-application-accept", { funded_place: true }),
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.data.attributes).toMatchObject({ status: "accepted", funded_place: true });
    const participant = await client.get(`${NPQ_API}/participants/npq/${pending.attributes.participant_id}`, {
      token: AMBITION,
    });
    expect(participant.status).toBe(200);
  });

  it("produces every rule of acceptNpqApplication through HTTP", async () => {
    const { client } = testSandbox();
    const accept = (id: string, attributes?: Record<string, unknown>) => () =>
      client.post(`${NPQ_API}/npq-applications/${id}/accept`, {
        token: AMBITION,
        ...(attributes === undefined ? {} : { body: npqBody("npq-application-accept", attributes) }),
      });
    const M = NPQ_ACCEPT_RULE_MESSAGES;
    const pending = await npqApplication(client, (a) => a.status === "pending" && capped(a) && a.eligible_for_funding);
    const zero = await npqApplication(
      client,
      (a) => a.status === "pending" && a.cohort === "2026" && a.cohort_suffix === "a",
    );
    const accepted = await npqApplication(client, (a) => a.status === "accepted");
    const rejected = await npqApplication(client, (a) => a.status === "rejected");
    const ineligible = await npqApplication(client, (a) => a.status === "pending" && !a.eligible_for_funding);
    // The seeded person who applied to UCL and to Ambition for one course and cohort; UCL accepted them.
    const ucl = (await npqApplications(client, "ucl-institute-of-education")).map(
      (application) => application.attributes,
    );
    const again = await npqApplication(
      client,
      (a) =>
        a.status === "pending" && ucl.some((b) => b.participant_id === a.participant_id && b.status === "accepted"),
    );
    // The additional support offer has no default schedule in any cohort.
    const aso = await npqApplication(client, (a) => a.course_identifier === "npq-additional-support-offer");
    const cases: Record<number, RuleCase> = {
      1: { send: accept(pending.id, { funded_place: "yes" }), expected: [M[1]] },
      2: { send: accept(zero.id, { funded_place: true }), expected: [M[2]] },
      3: { send: accept(accepted.id, { funded_place: true }), expected: [M[3]] },
      4: { send: accept(rejected.id, { funded_place: true }), expected: [M[4]] },
      5: { send: accept(again.id, { funded_place: true }), expected: [M[5]] },
      6: { send: accept(ineligible.id, { funded_place: true }), expected: [M[6]] },
      7: {
        send: accept(pending.id, { funded_place: true, schedule_identifier: "npq-no-such-schedule" }),
        expected: [M[7]],
      },
      8: {
        unreachable: "a course without a default schedule in the cohort is the bare 404 first (NPQ rules §Q5)",
        send: accept(aso.id, { funded_place: true }),
        expected: [],
        answered: { status: 404, body: NPQ_NOT_FOUND },
      },
      9: { send: accept(pending.id, { funded_place: true, schedule_identifier: "npq-ehco-june" }), expected: [M[9]] },
    };
    await expectRuleCases("acceptNpqApplication", cases);
  });

  it("refuses data without attributes, and an unknown application with the bare 404", async () => {
    const { client } = testSandbox();
    const pending = await npqApplication(client, (a) => a.status === "pending");
    const bad = await client.post(`${NPQ_API}/npq-applications/${pending.id}/accept`, {
      token: AMBITION,
      body: { data: {} },
    });
    expect([bad.status, bad.body]).toEqual([400, npqBadRequest(NPQ_REQUEST_MESSAGES.jsonStructureRequired)]);
    const unknown = await client.post(`${NPQ_API}/npq-applications/00000000-0000-4000-8000-000000000000/accept`, {
      token: AMBITION,
    });
    expect([unknown.status, unknown.body]).toEqual([404, NPQ_NOT_FOUND]);
  });
});

describe("POST /npq/api/v3/npq-applications/{id}/reject", () => {
  it("rejects a pending application, and refuses to reject it twice", async () => {
    const { client } = testSandbox();
    const pending = await npqApplication(client, (a) => a.status === "pending");
    const rejected = await client.post(`${NPQ_API}/npq-applications/${pending.id}/reject`, { token: AMBITION });
    expect(rejected.body.data.attributes).toMatchObject({
      status: "rejected",
      reason_for_rejection: "rejected_by_provider",
    });
    const again = await client.post(`${NPQ_API}/npq-applications/${pending.id}/reject`, { token: AMBITION });
    expect([again.status, again.body]).toEqual([422, errors(NPQ_REJECT_RULE_MESSAGES[1])]);
  });

  it("produces every rule of rejectNpqApplication through HTTP", async () => {
    const { client, enrolled, started } = await declaring();
    expect((await npqDeclare(client, started)).status).toBe(200);
    const pending = await npqApplication(client, (a) => a.status === "pending");
    expect((await client.post(`${NPQ_API}/npq-applications/${pending.id}/reject`, { token: AMBITION })).status).toBe(
      200,
    );
    const reject = (id: string) => () => client.post(`${NPQ_API}/npq-applications/${id}/reject`, { token: AMBITION });
    const cases: Record<number, RuleCase> = {
      1: { send: reject(pending.id), expected: [NPQ_REJECT_RULE_MESSAGES[1]] },
      // An accepted application with a declaration that can be or was paid.
      2: { send: reject(enrolled.id), expected: [NPQ_REJECT_RULE_MESSAGES[2]] },
    };
    await expectRuleCases("rejectNpqApplication", cases);
  });
});

describe("PUT /npq/api/v3/npq-applications/{id}/change-funded-place", () => {
  it("changes a capped application's funded place", async () => {
    const { client } = testSandbox();
    const funded = await npqApplication(client, (a) => a.status === "accepted" && capped(a) && a.funded_place === true);
    const changed = await client.put(`${NPQ_API}/npq-applications/${funded.id}/change-funded-place`, {
      token: AMBITION,
      body: npqBody("npq-application-change-funded-place", { funded_place: false }),
    });
    expect([changed.status, changed.body.data.attributes.funded_place]).toEqual([200, false]);
  });

  it("produces every rule of changeNpqApplicationFundedPlace through HTTP", async () => {
    const { client, enrolled, started } = await declaring();
    expect((await npqDeclare(client, started)).status).toBe(200);
    const change = (id: string, fundedPlace: unknown) => () =>
      client.put(`${NPQ_API}/npq-applications/${id}/change-funded-place`, {
        token: AMBITION,
        body: npqBody("npq-application-change-funded-place", { funded_place: fundedPlace }),
      });
    const M = NPQ_CHANGE_FUNDED_PLACE_RULE_MESSAGES;
    // Enrolments without declarations (the seeded ones may have some by now).
    const funded = await npqFixtureApplication(client, { funded_place: true });
    const pending = await npqApplication(client, (a) => a.status === "pending" && capped(a));
    const ineligible = await npqFixtureApplication(client, { eligible_for_funding: false });
    const full = await npqApplication(client, (a) => a.status === "accepted" && a.cohort === "2023");
    const cases: Record<number, RuleCase> = {
      1: { send: change(funded.id, "maybe"), expected: [M[1]] },
      2: { send: change(pending.id, true), expected: [M[2]] },
      3: { send: change(ineligible.id, true), expected: [M[3]] },
      4: { send: change(full.id, true), expected: [M[4]] },
      // A declaration that can be or was paid.
      5: { send: change(enrolled.id, false), expected: [M[5]] },
    };
    await expectRuleCases("changeNpqApplicationFundedPlace", cases);
  });
});
