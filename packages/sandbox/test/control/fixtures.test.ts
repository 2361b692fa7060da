import { FINANCE_MESSAGES, FIXTURE_MESSAGES } from "@lpkit/engine";
import { beforeEach, describe, expect, it } from "vitest";
import { internalControl } from "../../src/create-sandbox.ts";
import { AMBITION, API, body, errors, leadProviderId, NOT_FOUND } from "../helpers/ecf.ts";
import { specValidator } from "../helpers/spec-client.ts";
import { testSandbox } from "../helpers/test-sandbox.ts";

const { sandbox, client } = testSandbox();
beforeEach(() => internalControl(sandbox).reset());

describe("POST /__sandbox/participants", () => {
  it("creates a participant, a school and a partnership, answering as the provider sees them", async () => {
    const response = await client.post("/__sandbox/participants", {
      body: {
        lead_provider_id: await leadProviderId(client),
        course_identifier: "ecf-mentor",
        cohort: "2025",
        full_name: "Ada Lovelace",
        teacher_reference_number: "1234567",
      },
    });
    expect(response.status).toBe(201);
    expect(response.body.data.attributes).toMatchObject({
      full_name: "Ada Lovelace",
      teacher_reference_number: "1234567",
    });
    const [enrolment] = response.body.data.attributes.ecf_enrolments;
    expect(enrolment).toMatchObject({ participant_type: "mentor", cohort: "2025", eligible_for_funding: true });
    const shown = await client.get(`${API}/participants/${response.body.data.id}`, { token: AMBITION });
    expect(shown.body).toEqual(response.body);
  });

  it("adds the other role to an existing participant", async () => {
    const lead = await leadProviderId(client);
    const ect = await client.post("/__sandbox/participants", {
      body: { lead_provider_id: lead, course_identifier: "ecf-induction", cohort: "2025" },
    });
    const mentor = await client.post("/__sandbox/participants", {
      body: {
        lead_provider_id: lead,
        course_identifier: "ecf-mentor",
        cohort: "2025",
        participant_id: ect.body.data.id,
      },
    });
    expect(mentor.status).toBe(201);
    expect(
      mentor.body.data.attributes.ecf_enrolments.map((e: { participant_type: string }) => e.participant_type),
    ).toEqual(["ect", "mentor"]);
  });

  it("records uplifts on the school it creates", async () => {
    const response = await client.post("/__sandbox/participants", {
      body: {
        lead_provider_id: await leadProviderId(client),
        course_identifier: "ecf-induction",
        cohort: "2024",
        training_start_date: "2024-09-02",
        sparsity_uplift: true,
      },
    });
    expect(response.body.data.attributes.ecf_enrolments[0]).toMatchObject({
      sparsity_uplift: true,
      pupil_premium_uplift: false,
    });
  });

  it.each([
    [{}, "Enter a '#/lead_provider_id'."],
    [{ lead_provider_id: "x" }, "'#/lead_provider_id' must be a UUID."],
    [{ lead_provider_id: "42ada55f-e7a9-477b-bb84-79db06f871ea", cohort: "2025" }, "Enter a '#/course_identifier'."],
    [
      { lead_provider_id: "42ada55f-e7a9-477b-bb84-79db06f871ea", course_identifier: "npq", cohort: "2025" },
      "'#/course_identifier' must be ecf-induction or ecf-mentor.",
    ],
    [
      { lead_provider_id: "42ada55f-e7a9-477b-bb84-79db06f871ea", course_identifier: "ecf-induction", cohort: "25" },
      "'#/cohort' must be a cohort year such as \"2025\".",
    ],
    [
      {
        lead_provider_id: "42ada55f-e7a9-477b-bb84-79db06f871ea",
        course_identifier: "ecf-induction",
        cohort: "2025",
        training_start_date: "2025-02-30",
      },
      "'#/training_start_date' must be a date such as 2025-09-01.",
    ],
    [
      {
        lead_provider_id: "42ada55f-e7a9-477b-bb84-79db06f871ea",
        course_identifier: "ecf-induction",
        cohort: "2025",
        school_id: "00000000-0000-4000-8000-000000000000",
        sparsity_uplift: true,
      },
      "'#/sparsity_uplift' can only be given when the sandbox creates the school; leave out '#/school_id' or '#/sparsity_uplift'.",
    ],
  ])("refuses %j with 400", async (request, detail) => {
    const response = await client.post("/__sandbox/participants", { body: request });
    expect(response.status).toBe(400);
    expect(response.body).toEqual(errors(["Bad request", detail]));
  });

  it.each([
    ["malformed JSON", '{"lead_provider_id": '],
    ["an empty body", ""],
    ["a JSON array", "[]"],
    ["a JSON string", '"participant"'],
  ])("refuses %s with 400", async (_name, rawBody) => {
    const response = await client.post("/__sandbox/participants", {
      rawBody,
      headers: { "content-type": "application/json" },
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual(errors(["Bad request", "The request body must be a JSON object."]));
  });

  it.each([
    [
      { course: "ecf-induction" },
      "'#/course' is not a field of this request. Check the sandbox API reference at /docs.",
    ],
    [
      { schedule_identifier: "ecf-standard-june" },
      "'#/schedule_identifier' must be one of the twelve schedule identifiers, such as ecf-standard-september.",
    ],
    [{ eligible_for_funding: "yes" }, "'#/eligible_for_funding' must be true or false."],
    [{ full_name: 42 }, "'#/full_name' must be text."],
    [{ school_id: "school-1" }, "'#/school_id' must be a UUID."],
    [{ cohort: 2025.5 }, "'#/cohort' must be a cohort year such as \"2025\"."],
  ])("refuses the field %j with 400", async (field, detail) => {
    const response = await client.post("/__sandbox/participants", {
      body: {
        lead_provider_id: await leadProviderId(client),
        course_identifier: "ecf-induction",
        cohort: "2025",
        ...field,
      },
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual(errors(["Bad request", detail]));
  });

  it.each([
    [{ cohort: "2019" }, "cohort", FIXTURE_MESSAGES.unknownCohort(2019)],
    [{ school_id: "00000000-0000-4000-8000-000000000000" }, "school_id", FIXTURE_MESSAGES.unknownSchool],
    [
      { delivery_partner_id: "00000000-0000-4000-8000-000000000000" },
      "delivery_partner_id",
      FIXTURE_MESSAGES.unknownDeliveryPartner,
    ],
    [{ participant_id: "00000000-0000-4000-8000-000000000000" }, "participant_id", FIXTURE_MESSAGES.unknownParticipant],
    [{ email: " " }, "email", FIXTURE_MESSAGES.enterEmail],
  ])("refuses %j with 422", async (field, title, detail) => {
    const before = (await client.get("/__sandbox/world")).body.counts;
    const response = await client.post("/__sandbox/participants", {
      body: {
        lead_provider_id: await leadProviderId(client),
        course_identifier: "ecf-induction",
        cohort: "2025",
        ...field,
      },
    });
    expect(response.status).toBe(422);
    expect(response.body).toEqual(errors([title, detail]));
    expect((await client.get("/__sandbox/world")).body.counts.teachers).toBe(before.teachers);
  });

  it("refuses a role the participant already has", async () => {
    const lead = await leadProviderId(client);
    const ect = await client.post("/__sandbox/participants", {
      body: { lead_provider_id: lead, course_identifier: "ecf-induction", cohort: "2025" },
    });
    const again = await client.post("/__sandbox/participants", {
      body: {
        lead_provider_id: lead,
        course_identifier: "ecf-induction",
        cohort: "2025",
        participant_id: ect.body.data.id,
      },
    });
    expect(again.status).toBe(422);
    expect(again.body).toEqual(errors(["participant_id", FIXTURE_MESSAGES.roleAlreadyRegistered("ect")]));
  });

  it("gives every participant an email, the one given or a made-up one", async () => {
    const lead = await leadProviderId(client);
    const given = await client.post("/__sandbox/participants", {
      body: { lead_provider_id: lead, course_identifier: "ecf-induction", cohort: "2025", email: "ada@example.com" },
    });
    expect(given.body.data.attributes.ecf_enrolments[0].email).toBe("ada@example.com");
    const madeUp = await client.post("/__sandbox/participants", {
      body: { lead_provider_id: lead, course_identifier: "ecf-mentor", cohort: "2025" },
    });
    expect(madeUp.body.data.attributes.ecf_enrolments[0].email).toMatch(/^\S+@example\.org$/);
  });

  it("refuses what the world does not allow with 422, creating nothing", async () => {
    const before = (await client.get("/__sandbox/world")).body;
    const unknownProvider = await client.post("/__sandbox/participants", {
      body: {
        lead_provider_id: "00000000-0000-4000-8000-000000000000",
        course_identifier: "ecf-induction",
        cohort: "2025",
      },
    });
    expect(unknownProvider.status).toBe(422);
    expect(unknownProvider.body).toEqual(errors(["lead_provider_id", FIXTURE_MESSAGES.unknownLeadProvider]));
    const capita = await client.post("/__sandbox/participants", {
      body: {
        lead_provider_id: await leadProviderId(client, "capita"),
        course_identifier: "ecf-induction",
        cohort: "2025",
      },
    });
    expect(capita.body).toEqual(errors(["cohort", FIXTURE_MESSAGES.leadProviderNotInCohort(2025)]));
    const badSchedule = await client.post("/__sandbox/participants", {
      body: {
        lead_provider_id: await leadProviderId(client),
        course_identifier: "ecf-induction",
        cohort: "2025",
        school_id: (await client.post("/__sandbox/schools")).body.data.id,
        schedule_identifier: "ecf-replacement-september",
      },
    });
    expect(badSchedule.body).toEqual(errors(["schedule_identifier", "Replacement schedules are for mentors only."]));
    const after = (await client.get("/__sandbox/world")).body;
    expect(after.counts.teachers).toBe(before.counts.teachers);
    expect(after.counts.schools).toBe(before.counts.schools + 1);
  });
});

describe("POST /__sandbox/participants/{id}/eligible-for-funding", () => {
  it("checks the course, the participant and the role", async () => {
    const ect = await client.post("/__sandbox/participants", {
      body: {
        lead_provider_id: await leadProviderId(client),
        course_identifier: "ecf-induction",
        cohort: "2025",
        eligible_for_funding: false,
      },
    });
    const path = `/__sandbox/participants/${ect.body.data.id}/eligible-for-funding`;
    const missing = await client.post(path, { body: {} });
    expect(missing.status).toBe(400);
    expect(missing.body).toEqual(errors(["Bad request", "Enter a '#/course_identifier'."]));
    const unknown = await client.post(
      "/__sandbox/participants/00000000-0000-4000-8000-000000000000/eligible-for-funding",
      {
        body: { course_identifier: "ecf-induction" },
      },
    );
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual(NOT_FOUND);
    const otherRole = await client.post(path, { body: { course_identifier: "ecf-mentor" } });
    expect(otherRole.status).toBe(422);
    expect(otherRole.body).toEqual(errors(["participant_id", FINANCE_MESSAGES.roleNotRegistered("mentor")]));
    const made = await client.post(path, { body: { course_identifier: "ecf-induction" } });
    expect(made.status).toBe(200);
    expect(made.body.data.attributes.ecf_enrolments[0].eligible_for_funding).toBe(true);
  });
});

describe("POST /__sandbox/schools and /__sandbox/delivery-partners", () => {
  it("creates a school with defaults and one with given details", async () => {
    const plain = await client.post("/__sandbox/schools");
    expect(plain.status).toBe(201);
    expect(plain.body.data.name).toMatch(/^Sandbox School \d+$/);
    const detailed = await client.post("/__sandbox/schools", {
      body: { name: "Hill Top Academy", urn: "654321", induction_programme_choice: "school_led" },
    });
    expect(detailed.body.data).toMatchObject({ name: "Hill Top Academy", urn: "654321" });
    const duplicate = await client.post("/__sandbox/schools", { body: { urn: "654321" } });
    expect(duplicate.status).toBe(422);
    expect(duplicate.body).toEqual(errors(["urn", FIXTURE_MESSAGES.urnTaken("654321")]));
  });

  it("creates a delivery partner the provider can partner with", async () => {
    const created = await client.post("/__sandbox/delivery-partners", {
      body: { name: "Fenland Teaching Hub", lead_provider_id: await leadProviderId(client), cohorts: ["2025"] },
    });
    expect(created.status).toBe(201);
    const shown = await client.get(`${API}/delivery-partners/${created.body.data.id}`, { token: AMBITION });
    expect(shown.body.data.attributes).toMatchObject({ name: "Fenland Teaching Hub", cohort: ["2025"] });
    const school = await client.post("/__sandbox/schools");
    const partnership = await client.post(`${API}/partnerships`, {
      token: AMBITION,
      body: body("partnership", {
        cohort: "2025",
        school_id: school.body.data.id,
        delivery_partner_id: created.body.data.id,
      }),
    });
    expect(partnership.status).toBe(200);
  });

  it("refuses a delivery partner without cohorts", async () => {
    const response = await client.post("/__sandbox/delivery-partners", {
      body: { lead_provider_id: await leadProviderId(client), cohorts: [] },
    });
    expect(response.body).toEqual(
      errors(["Bad request", '\'#/cohorts\' must be a non-empty list of cohort years such as ["2024", "2025"].']),
    );
  });
});

describe("statements: mark payable and paid", () => {
  it("moves a statement through payment with its declarations, after its cut-off date", async () => {
    const participant = await client.post("/__sandbox/participants", {
      body: {
        lead_provider_id: await leadProviderId(client),
        course_identifier: "ecf-induction",
        cohort: "2025",
        training_start_date: "2025-09-01",
      },
    });
    const declaration = await client.post(`${API}/participant-declarations`, {
      token: AMBITION,
      body: body("participant-declaration", {
        participant_id: participant.body.data.id,
        declaration_type: "started",
        declaration_date: "2025-09-20T10:00:00Z",
        course_identifier: "ecf-induction",
        evidence_held: "training-event-attended",
      }),
    });
    const statementId = declaration.body.data.attributes.statement_id;

    const tooEarly = await client.post(`/__sandbox/statements/${statementId}/mark-payable`);
    expect(tooEarly.status).toBe(422);
    expect(tooEarly.body).toEqual(errors(["statement", FINANCE_MESSAGES.deadlineNotPassed("2025-10-31")]));

    await client.put("/__sandbox/clock", { body: { now: "2025-11-02T09:00:00Z" } });
    const payable = await client.post(`/__sandbox/statements/${statementId}/mark-payable`);
    expect(payable.status).toBe(200);
    expect(payable.body.data).toMatchObject({ id: statementId, type: "statement", attributes: { paid: false } });
    const declared = () =>
      client.get(`${API}/participant-declarations/${declaration.body.data.id}`, { token: AMBITION });
    expect((await declared()).body.data.attributes.state).toBe("payable");

    const paid = await client.post(`/__sandbox/statements/${statementId}/mark-paid`);
    expect(paid.body.data.attributes.paid).toBe(true);
    expect((await declared()).body.data.attributes.state).toBe("paid");
    const again = await client.post(`/__sandbox/statements/${statementId}/mark-paid`);
    expect(again.status).toBe(422);
    expect(again.body.errors).toContainEqual({ title: "statement", detail: FINANCE_MESSAGES.alreadyPaid });
  });

  it("answers 404 for an unknown statement", async () => {
    const response = await client.post("/__sandbox/statements/00000000-0000-4000-8000-000000000000/mark-paid");
    expect(response.status).toBe(404);
  });
});

describe("GET /__sandbox/scenarios", () => {
  it("names every scenario for every provider delivering the current cohort, with ids that exist", async () => {
    const all = (await client.get("/__sandbox/scenarios?programme=ecf")).body.data as {
      name: string;
      lead_provider_id: string;
      resources: Record<string, string>;
    }[];
    const names = new Set(all.map((scenario) => scenario.name));
    expect([...names].sort()).toEqual(
      [
        "ect-expression-of-interest-only",
        "ect-joining",
        "ect-not-yet-eligible-for-funding",
        "ect-ready-to-declare",
        "ect-leaving-for-another-provider",
        "ect-transferred-to-new-school",
        "ect-with-paid-started-declaration",
        "ect-withdrawn-active-with-another-provider",
        "ect-withdrawn-resumable",
        "mentor-deferred",
        "mentor-leaving",
        "mentor-ready-to-declare",
        "school-ineligible-for-funding",
        "school-led-school",
        "school-without-partnership",
      ].sort(),
    );
    // Every provider but Capita, whose cohorts (2021, 2022) have closed.
    expect(new Set(all.map((scenario) => scenario.lead_provider_id)).size).toBe(6);
    const ambition = await leadProviderId(client);
    const filtered = (await client.get(`/__sandbox/scenarios?lead_provider_id=${ambition}&name=ect-joining`)).body.data;
    expect(filtered).toHaveLength(1);
    const joining = await client.get(`${API}/participants/${filtered[0].resources.participant_id}`, {
      token: AMBITION,
    });
    expect(joining.body.data.attributes.ecf_enrolments[0].participant_status).toBe("joining");
  });
});

describe("the control API's document", () => {
  it("describes every route the sandbox serves outside the ECF API and /docs", () => {
    const operations = specValidator()
      .operations()
      .filter((operation) => operation.document === "lpkit-spec://sandbox-v1")
      .map((operation) => `${operation.method.toUpperCase()} ${operation.template.replace(/\{[^}]+\}/g, ":id")}`);
    const served = sandbox.app.routes
      .filter((route) => (route.path.startsWith("/__sandbox") || route.path === "/") && route.method !== "ALL")
      // A route's parameters are named for the code (`:adjustmentId`), the spec's for the wire (`{adjustment_id}`).
      .map((route) => `${route.method} ${route.path.replace(/:[A-Za-z]+/g, ":id")}`);
    expect(new Set(served)).toEqual(new Set(operations));
  });
});
