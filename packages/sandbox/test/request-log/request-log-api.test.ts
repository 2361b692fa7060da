/**
 * The request log through HTTP: what the sandbox records of each request of a lead provider's client, and
 * `GET`/`DELETE /__sandbox/requests`, every response checked against spec/sandbox-v1.yaml.
 */
import { describe, expect, it } from "vitest";
import { CONTROL_MESSAGES, EXPECTED } from "../../src/control/messages.ts";
import type { RequestSummary } from "../../src/index.ts";
import { AMBITION, API, body, leadProviderId, TEACH_FIRST } from "../helpers/ecf.ts";
import { TEST_NOW, testSandbox } from "../helpers/test-sandbox.ts";

/** The real time the tests' sandboxes see: the log's `time`. */
const REAL = Date.parse("2026-01-12T14:03:27.415Z");
const UNKNOWN_PARTICIPANT = "0b7d2c1e-5f3a-4e8b-9c6d-1a2b3c4d5e6f";

const declaration = (participantId = UNKNOWN_PARTICIPANT) =>
  body("participant-declaration", {
    participant_id: participantId,
    declaration_type: "started",
    declaration_date: "2025-09-15T10:00:00Z",
    course_identifier: "ecf-induction",
    evidence_held: "training-event-attended",
  });

function sandboxWithLog(options: Parameters<typeof testSandbox>[0] = {}) {
  return testSandbox({ realTime: () => REAL, ...options });
}

describe("the request log", () => {
  it("records each ECF API request: time, method, path, query, lead provider, status, duration and both bodies", async () => {
    const { client } = sandboxWithLog();
    const ambitionId = await leadProviderId(client);
    const page = await client.get(`${API}/statements?filter[cohort]=2025`, { token: AMBITION });
    const refused = await client.post(`${API}/participant-declarations`, { token: AMBITION, body: declaration() });
    expect(refused.status).toBe(422);

    const { status, body: listed } = await client.get("/__sandbox/requests");

    expect(status).toBe(200);
    const [statements, submission] = listed.data;
    expect(listed.data).toHaveLength(2);
    expect(statements).toMatchObject({
      time: "2026-01-12T14:03:27.415Z",
      sandbox_time: TEST_NOW,
      method: "GET",
      path: `${API}/statements`,
      query: "filter[cohort]=2025",
      lead_provider: { id: ambitionId, name: "Ambition Institute" },
      status: 200,
      error_detail: null,
      request_body: null,
      response_body: { content_type: "application/json; charset=utf-8", text: page.text, truncated: false },
    });
    expect(statements.response_body.json).toEqual(page.body);
    expect(statements.duration_ms).toBeGreaterThanOrEqual(0);
    expect(submission).toMatchObject({
      id: statements.id + 1,
      method: "POST",
      path: `${API}/participant-declarations`,
      query: "",
      status: 422,
      error_detail: refused.body.errors[0].detail,
      request_body: { content_type: "application/json", json: declaration(), truncated: false },
      response_body: { json: refused.body, text: refused.text },
    });
  });

  it("leaves out the sandbox's own pages and APIs, itself included, but not paths nothing serves", async () => {
    const { client } = sandboxWithLog();
    await client.get("/__sandbox/world");
    await client.get("/__sandbox/requests");
    await client.get("/docs");
    await client.get("/", { headers: { accept: "text/html" } });
    const stray = await client.get("/api/v3/participants", { token: AMBITION });

    const logged = (await client.get("/__sandbox/requests")).body.data;

    expect(logged.map((entry: RequestSummary) => entry.path)).toEqual(["/api/v3/participants"]);
    // A base URL without /ecf: the hint is in the log, as the client got it.
    expect(logged[0].error_detail).toBe(stray.body.errors[0].detail);
  });

  it("gives the first error's detail of every error, in the body's own shape", async () => {
    const { client } = sandboxWithLog({ rateLimit: { limit: 1, periodMs: 60_000 } });
    const unauthorised = await client.get(`${API}/statements`, { token: "not-a-token" });
    const unknownRoute = await client.get(`${API}/nothing-here`, { token: AMBITION });
    await client.get(`${API}/statements`, { token: TEACH_FIRST });
    const throttled = await client.get(`${API}/statements`, { token: TEACH_FIRST });
    await client.post("/__sandbox/faults", { body: { status: 503, path: `${API}/schools` } });
    const fault = await client.get(`${API}/schools`, { token: AMBITION });

    const logged = (await client.get("/__sandbox/requests?status=4xx")).body.data;
    const failed = (await client.get("/__sandbox/requests?status=503")).body.data;

    expect(logged.map((entry: RequestSummary) => [entry.status, entry.error_detail])).toEqual([
      [401, unauthorised.body.error],
      [404, unknownRoute.body.error],
      [429, throttled.text.trim()],
    ]);
    expect(logged[0].lead_provider).toBeNull();
    expect(logged[2].response_body).toMatchObject({ content_type: "text/plain", text: throttled.text });
    expect(failed.map((entry: RequestSummary) => entry.error_detail)).toEqual([fault.body.errors[0].detail]);
  });

  it("shows a body no route read, and never reads one refused as too large", async () => {
    const { client } = sandboxWithLog({ bodyLimit: 1024 });
    await client.post(`${API}/participant-declarations`, { token: "not-a-token", body: declaration() });
    await client.post(`${API}/participant-declarations`, {
      token: AMBITION,
      rawBody: "participant_id=1",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    const tooLarge = await client.post(`${API}/participant-declarations`, {
      token: AMBITION,
      rawBody: "x".repeat(1025),
      headers: { "content-type": "text/plain", "content-length": "1025" },
    });
    expect(tooLarge.status).toBe(413);

    const logged = (await client.get("/__sandbox/requests")).body.data;

    expect(logged.map((entry: { request_body: unknown }) => entry.request_body)).toEqual([
      { content_type: "application/json", text: JSON.stringify(declaration()), json: declaration(), truncated: false },
      { content_type: "application/x-www-form-urlencoded", text: "participant_id=1", truncated: false },
      null,
    ]);
  });

  it("records the instant a request ran at, X-With-Server-Date included, and no response body for a HEAD", async () => {
    const { client } = sandboxWithLog();
    await client.get(`${API}/statements`, {
      token: AMBITION,
      headers: { "x-with-server-date": "2026-02-01T08:00:00Z" },
    });
    await client.request("HEAD", `${API}/statements`, { token: AMBITION });

    const [travelled, head] = (await client.get("/__sandbox/requests")).body.data;

    expect(travelled.sandbox_time).toBe("2026-02-01T08:00:00Z");
    expect(head).toMatchObject({ method: "HEAD", status: 200, response_body: null, sandbox_time: TEST_NOW });
  });

  it("is the same list in-process, through sandbox.control.requests()", async () => {
    const { sandbox, client } = sandboxWithLog();
    await client.get(`${API}/statements`, { token: AMBITION });
    const listed = (await client.get("/__sandbox/requests?method=GET")).body.data;
    expect(await sandbox.control.requests({ method: "GET" })).toEqual(listed);
  });
});

describe("GET /__sandbox/requests filters", () => {
  async function loggedSandbox() {
    const { client } = sandboxWithLog();
    await client.get(`${API}/statements`, { token: AMBITION });
    await client.get(`${API}/participants`, { token: TEACH_FIRST });
    await client.post(`${API}/participant-declarations`, { token: AMBITION, body: declaration() });
    await client.get(`${API}/participants-x`, { token: AMBITION });
    await client.get(`${API}/participants/${UNKNOWN_PARTICIPANT}`, { token: AMBITION });
    return client;
  }

  it.each([
    ["", ["/statements", "/participants", "/participant-declarations", "/participants-x", "/participants/{id}"]],
    ["?path=/ecf/api/v3/participants", ["/participants", "/participants/{id}"]],
    ["?path=/ecf/api/v3/participants/", ["/participants", "/participants/{id}"]],
    ["?method=POST", ["/participant-declarations"]],
    ["?status=200", ["/statements", "/participants"]],
    ["?status=4xx", ["/participant-declarations", "/participants-x", "/participants/{id}"]],
    ["?status=404", ["/participants-x", "/participants/{id}"]],
    ["?status=5xx", []],
    ["?since=3", ["/participants-x", "/participants/{id}"]],
    ["?limit=2", ["/participants-x", "/participants/{id}"]],
    ["?status=4xx&method=GET&limit=1", ["/participants/{id}"]],
  ])("%s", async (query, expected) => {
    const client = await loggedSandbox();
    const response = await client.get(`/__sandbox/requests${query}`);
    expect(response.status).toBe(200);
    const paths = response.body.data.map((entry: RequestSummary) =>
      entry.path.replace(API, "").replace(UNKNOWN_PARTICIPANT, "{id}"),
    );
    expect(paths).toEqual(expected);
  });

  it("filters by lead provider, whatever the case of the id", async () => {
    const client = await loggedSandbox();
    const teachFirst = await leadProviderId(client, TEACH_FIRST);
    const listed = await client.get(`/__sandbox/requests?lead_provider_id=${teachFirst.toUpperCase()}`);
    expect(listed.body.data.map((entry: RequestSummary) => entry.path)).toEqual([`${API}/participants`]);
  });

  it.each([
    ["lead_provider_id=ambition", CONTROL_MESSAGES.parameterMustBe("lead_provider_id", EXPECTED.uuid)],
    ["path=ecf/api/v3", CONTROL_MESSAGES.parameterMustBe("path", EXPECTED.path)],
    [`path=/${"a".repeat(2048)}`, CONTROL_MESSAGES.parameterMustBe("path", EXPECTED.path)],
    ["method=get", CONTROL_MESSAGES.parameterMustBe("method", EXPECTED.requestMethod)],
    ["status=4x", CONTROL_MESSAGES.parameterMustBe("status", EXPECTED.requestStatus)],
    ["status=600", CONTROL_MESSAGES.parameterMustBe("status", EXPECTED.requestStatus)],
    ["status=6xx", CONTROL_MESSAGES.parameterMustBe("status", EXPECTED.requestStatus)],
    ["since=-1", CONTROL_MESSAGES.parameterMustBe("since", EXPECTED.requestId)],
    ["since=1.5", CONTROL_MESSAGES.parameterMustBe("since", EXPECTED.requestId)],
    ["since=99999999999999999", CONTROL_MESSAGES.parameterMustBe("since", EXPECTED.requestId)],
    ["limit=0", CONTROL_MESSAGES.parameterMustBe("limit", EXPECTED.limit)],
    ["status=200&status=404", CONTROL_MESSAGES.repeatedParameter("status")],
    ["lead_provider=x", CONTROL_MESSAGES.unknownParameter("lead_provider")],
  ])("refuses ?%s with a 400", async (query, detail) => {
    const { client } = sandboxWithLog();
    const response = await client.get(`/__sandbox/requests?${query}`);
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ errors: [{ title: "Bad request", detail }] });
  });
});

describe("the request log's bounds", () => {
  it("keeps the last maxEntries requests; ids go on", async () => {
    const { client } = sandboxWithLog({ requestLog: { maxEntries: 3 } });
    for (let index = 0; index < 5; index += 1) {
      await client.get(`${API}/statements?n=${index}`, { token: AMBITION });
    }
    const logged = (await client.get("/__sandbox/requests")).body.data;
    expect(logged.map((entry: RequestSummary) => [entry.id, entry.query])).toEqual([
      [3, "n=2"],
      [4, "n=3"],
      [5, "n=4"],
    ]);
  });

  it("cuts a body at maxBodyLength, says so and gives no json; a surrogate pair is never split", async () => {
    const { client } = sandboxWithLog({ requestLog: { maxBodyLength: 10 } });
    await client.post(`${API}/participant-declarations`, {
      token: AMBITION,
      rawBody: '{"a":"123😀"}',
      headers: { "content-type": "application/json" },
    });
    const [entry] = (await client.get("/__sandbox/requests")).body.data;
    expect(entry.request_body).toEqual({ content_type: "application/json", text: '{"a":"123', truncated: true });
    expect(entry.response_body).toMatchObject({ truncated: true });
    expect(entry.response_body.text).toHaveLength(10);
    expect(entry.response_body).not.toHaveProperty("json");
  });

  it("keeps nothing with requestLog: false", async () => {
    const { client } = sandboxWithLog({ requestLog: false });
    await client.get(`${API}/statements`, { token: AMBITION });
    expect((await client.get("/__sandbox/requests")).body.data).toEqual([]);
  });

  it("refuses bounds that are not whole numbers", () => {
    expect(() => sandboxWithLog({ requestLog: { maxEntries: -1 } })).toThrow(
      'createSandbox: "requestLog.maxEntries" must be a whole number of at least 0, got -1',
    );
  });
});

describe("emptying the request log", () => {
  it("DELETE /__sandbox/requests empties it; ids go on, so since still works", async () => {
    const { client } = sandboxWithLog();
    await client.get(`${API}/statements`, { token: AMBITION });
    const cleared = await client.request("DELETE", "/__sandbox/requests");
    expect(cleared.status).toBe(204);
    expect((await client.get("/__sandbox/requests")).body.data).toEqual([]);
    await client.get(`${API}/statements`, { token: AMBITION });
    expect(
      (await client.get("/__sandbox/requests?since=1")).body.data.map((entry: RequestSummary) => entry.id),
    ).toEqual([2]);
  });

  it("a reset empties it too", async () => {
    const { client } = sandboxWithLog();
    await client.get(`${API}/statements`, { token: AMBITION });
    expect((await client.post("/__sandbox/reset")).status).toBe(200);
    expect((await client.get("/__sandbox/requests")).body.data).toEqual([]);
  });

  it("needs the control token when the sandbox has one", async () => {
    const { client } = sandboxWithLog({ controlToken: "s3cret" });
    expect((await client.get("/__sandbox/requests")).status).toBe(401);
    expect((await client.request("DELETE", "/__sandbox/requests")).status).toBe(401);
    expect((await client.get("/__sandbox/requests", { token: "s3cret" })).status).toBe(200);
  });
});

describe("createSandbox({ onRequest })", () => {
  it("is called with each logged request's summary, without bodies, even when the log keeps nothing", async () => {
    const seen: RequestSummary[] = [];
    const { client } = sandboxWithLog({ requestLog: false, onRequest: (summary) => seen.push(summary) });
    await client.get("/__sandbox/world");
    await client.get(`${API}/statements`, { token: "not-a-token" });
    expect(seen).toEqual([
      {
        id: 1,
        time: "2026-01-12T14:03:27.415Z",
        sandbox_time: TEST_NOW,
        method: "GET",
        path: `${API}/statements`,
        query: "",
        lead_provider: null,
        status: 401,
        duration_ms: expect.any(Number),
        error_detail: expect.any(String),
      },
    ]);
  });

  it("reports a callback that throws, and the client's answer does not change", async () => {
    const reported: unknown[] = [];
    const { client } = sandboxWithLog({
      onRequest: () => {
        throw new Error("printer broke");
      },
      onUnexpectedError: (error) => reported.push(error),
    });
    expect((await client.get(`${API}/statements`, { token: AMBITION })).status).toBe(200);
    expect(reported).toEqual([new Error("printer broke")]);
    expect((await client.get("/__sandbox/requests")).body.data).toHaveLength(1);
  });
});
