import { DECLARATION_RULE_MESSAGES as DECLARATION } from "@lpkit/engine";
import { beforeAll, describe, expect, it } from "vitest";
import { internalControl } from "../../src/create-sandbox.ts";
import {
  AMBITION,
  API,
  body,
  NOT_FOUND,
  ROUTE_NOT_FOUND,
  STRUCTURE_REQUIRED,
  scenario,
  UNAUTHORISED,
} from "../helpers/ecf.ts";
import { specValidator } from "../helpers/spec-client.ts";
import { testSandbox } from "../helpers/test-sandbox.ts";

const { sandbox, client } = testSandbox();
const SOME_ID = "00000000-0000-4000-8000-000000000000";

/** Every operation of spec/ecf-v3.yaml as a concrete request. */
const operations = specValidator()
  .operations()
  .filter((operation) => operation.document === "lpkit-spec://ecf-v3")
  .map((operation) => ({
    method: operation.method.toUpperCase(),
    path: `/ecf${operation.template.replace("{id}", SOME_ID)}`,
    operationId: operation.operationId,
  }));

describe("the spec's operations", () => {
  it("are all served (24 operations)", async () => {
    expect(operations).toHaveLength(24);
    for (const { method, path } of operations) {
      const response = await client.request(method, path, { token: AMBITION, body: {} });
      expect([200, 400, 404, 422], `${method} ${path}`).toContain(response.status);
      expect(response.status === 405).toBe(false);
    }
  });
});

describe("authentication (ECF rules §1.2)", () => {
  it.each(operations)("$method $path answers 401 without a token", async ({ method, path }) => {
    const response = await client.request(method, path, { body: {} });
    expect(response.status).toBe(401);
    expect(response.body).toEqual(UNAUTHORISED);
    expect(response.headers.get("www-authenticate")).toBeNull();
  });

  it.each([
    ["an unknown token", { authorization: "Bearer not-a-provider" }],
    ["a token of another scheme", { authorization: "Basic YW1iaXRpb24taW5zdGl0dXRl" }],
    ["an empty bearer", { authorization: "Bearer " }],
  ])("answers 401 for %s", async (_name, headers) => {
    const response = await client.get(`${API}/participants`, { headers });
    expect(response.status).toBe(401);
    expect(response.text).toBe('{"error":"HTTP Token: Access denied"}');
  });

  it("accepts Rails' Token form too", async () => {
    const response = await client.get(`${API}/statements`, { headers: { authorization: 'Token token="capita"' } });
    expect(response.status).toBe(200);
  });

  it("checks the token before anything else", async () => {
    const response = await client.get(`${API}/schools?filter=abc&page[page]=0`);
    expect(response.status).toBe(401);
  });
});

describe("envelopes and formats (ECF rules §1.3)", () => {
  it("answers lists as {data: [...]} with nothing else", async () => {
    const response = await client.get(`${API}/statements`, { token: AMBITION });
    expect(Object.keys(response.body)).toEqual(["data"]);
    expect(Array.isArray(response.body.data)).toBe(true);
  });

  it("renders timestamps in UTC without fractions and dates as YYYY-MM-DD", async () => {
    const response = await client.get(`${API}/statements`, { token: AMBITION });
    for (const statement of response.body.data) {
      expect(statement.attributes.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      expect(statement.attributes.cut_off_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe("error bodies (ECF rules §1.6)", () => {
  it("answers an unknown id with the 404 body", async () => {
    for (const path of [
      "participants",
      "participant-declarations",
      "statements",
      "delivery-partners",
      "partnerships",
      "unfunded-mentors",
    ]) {
      const response = await client.get(`${API}/${path}/${SOME_ID}`, { token: AMBITION });
      expect(response.status, path).toBe(404);
      expect(response.body).toEqual(NOT_FOUND);
    }
    const school = await client.get(`${API}/schools/${SOME_ID}?filter[cohort]=2025`, { token: AMBITION });
    expect(school.body).toEqual(NOT_FOUND);
  });

  it("answers an id that is not a UUID with the 404 body", async () => {
    const response = await client.get(`${API}/participants/not-a-uuid`, { token: AMBITION });
    expect(response.status).toBe(404);
    expect(response.body).toEqual(NOT_FOUND);
  });

  it.each([
    ["malformed JSON", '{"data": {"attributes": '],
    ["an empty body", ""],
    ["a JSON array", "[]"],
    ["a JSON string", '"data"'],
    ["no data", '{"attributes":{}}'],
    ["empty attributes", '{"data":{"attributes":{}}}'],
    ["only unknown attributes", '{"data":{"attributes":{"name":"x"}}}'],
  ])("answers %s with the structure 400", async (_name, rawBody) => {
    const response = await client.post(`${API}/participant-declarations`, {
      token: AMBITION,
      rawBody,
      headers: { "content-type": "application/json" },
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual(STRUCTURE_REQUIRED);
  });

  it("does not read a body that is not declared as JSON", async () => {
    const response = await client.post(`${API}/partnerships`, {
      token: AMBITION,
      rawBody: '{"data":{"attributes":{"cohort":"2025"}}}',
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual(STRUCTURE_REQUIRED);
  });
});

describe("unknown routes and methods", () => {
  it.each([
    ["DELETE", "/participants"],
    ["PATCH", "/participants"],
    ["POST", "/participants"],
    ["OPTIONS", "/participants"],
    ["PUT", `/participants/${SOME_ID}`],
    ["GET", `/participants/${SOME_ID}/defer`],
    ["DELETE", "/partnerships"],
  ])("answers %s %s as a route the service does not have: 404, no Allow", async (method, path) => {
    const response = await client.request(method, `${API}${path}`, { token: AMBITION });
    expect(response.status).toBe(404);
    expect(response.body).toEqual(ROUTE_NOT_FOUND);
    expect(response.headers.get("allow")).toBeNull();
  });

  it("ignores a trailing slash", async () => {
    expect((await client.get(`${API}/statements/`, { token: AMBITION })).status).toBe(200);
  });
});

describe("X-With-Server-Date", () => {
  beforeAll(() => internalControl(sandbox).reset());

  it("runs the request at that instant", async () => {
    const { resources } = await scenario(client, "ect-ready-to-declare");
    const statusAt = async (headers: Record<string, string>) => {
      const { body } = await client.get(`${API}/participants/${resources.participant_id}`, {
        token: AMBITION,
        headers,
      });
      return body.data.attributes.ecf_enrolments[0].participant_status;
    };
    expect(await statusAt({})).toBe("active");
    expect(await statusAt({ "x-with-server-date": "2021-01-01T00:00:00Z" })).toBe("joining");
    expect(await statusAt({ "x-with-server-date": "2021-01-01T00:00:00+01:00" })).toBe("joining");
  });

  it("also applies to commands: a declaration dated after the server date is in the future", async () => {
    const { resources } = await scenario(client, "ect-ready-to-declare");
    const response = await client.post(`${API}/participant-declarations`, {
      token: AMBITION,
      headers: { "x-with-server-date": "2025-09-01T00:00:00Z" },
      body: body("participant-declaration", {
        participant_id: resources.participant_id,
        declaration_type: "started",
        declaration_date: "2025-09-20T10:00:00Z",
        course_identifier: "ecf-induction",
        evidence_held: "training-event-attended",
      }),
    });
    expect(response.status).toBe(422);
    expect(response.body.errors).toContainEqual(DECLARATION[9]);
  });

  it("answers 400 when the header cannot be read", async () => {
    const response = await client.get(`${API}/statements`, {
      token: AMBITION,
      headers: { "x-with-server-date": "next tuesday" },
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      errors: [
        {
          title: "Bad request",
          detail: "The 'X-With-Server-Date' header must be an RFC 3339 date-time, for example 2025-10-01T09:30:00Z",
        },
      ],
    });
  });
});

describe("rate limit", () => {
  it("is off by default", async () => {
    for (let index = 0; index < 5; index++) {
      expect((await client.get(`${API}/statements`, { token: AMBITION })).status).toBe(200);
    }
  });

  it("answers Rack::Attack's plain-text 429 without Retry-After past the limit, per token", async () => {
    let time = Date.parse("2025-10-01T09:30:10Z");
    const limited = testSandbox({ rateLimit: { limit: 2, periodMs: 60_000 }, realTime: () => time });
    const call = (token: string) => limited.client.get(`${API}/statements`, { token });
    expect((await call(AMBITION)).status).toBe(200);
    expect((await call(AMBITION)).status).toBe(200);
    const refused = await call(AMBITION);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("content-type")).toBe("text/plain");
    expect(refused.headers.get("retry-after")).toBeNull();
    expect(refused.text).toBe("Retry later\n");
    expect((await call("capita")).status).toBe(200);
    time += 50_000;
    expect((await call(AMBITION)).status).toBe(200);
  });

  it("uses the real numbers when switched on", () => {
    const { sandbox: limited } = testSandbox({ rateLimit: true });
    expect(limited).toBeDefined();
  });
});
