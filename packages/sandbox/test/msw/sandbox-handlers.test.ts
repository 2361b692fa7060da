/**
 * `createSandboxHandlers` under `setupServer` from `msw/node`, driven with the global `fetch` as a provider's code
 * would be: the real rules and messages, state across requests, the control functions in-process.
 */
import { DECLARATION_RULE_MESSAGES, REQUEST_MESSAGES } from "@lpkit/engine";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createSandbox } from "../../src/index.ts";
import { createSandboxHandlers, ECF_SANDBOX_BASE_URL, NPQ_SANDBOX_BASE_URL } from "../../src/msw/index.ts";
import { NPQ_NOT_FOUND } from "../helpers/npq.ts";
import { SpecClient } from "../helpers/spec-client.ts";
import { AMBITION, apiClient, startedDeclaration, TEST_NOW } from "./support/msw-api.ts";

const unexpected: unknown[] = [];
const { handlers, sandbox, baseUrl, npqBaseUrl, controlBaseUrl } = createSandboxHandlers({
  now: TEST_NOW,
  onUnexpectedError: (error) => unexpected.push(error),
});
const server = setupServer(...handlers);
const api = apiClient();

beforeAll(() => server.listen({ onUnhandledFrame: "error" }));
beforeEach(() => sandbox.reset());
afterEach(() => {
  server.resetHandlers();
  expect(unexpected.splice(0), "errors the sandbox hit (it answered 500)").toEqual([]);
});
afterAll(() => server.close());

async function ambitionId(): Promise<string> {
  const account = (await sandbox.leadProviders()).find((candidate) => candidate.token === AMBITION);
  if (account === undefined) {
    throw new Error("Ambition Institute is not in the seeded world");
  }
  return account.id;
}

/** A new 2025 ECT of Ambition's, eligible for funding, made in-process. */
async function newEct(): Promise<string> {
  const lead_provider_id = await ambitionId();
  return (await sandbox.createParticipant({ lead_provider_id, course_identifier: "ecf-induction", cohort: "2025" })).id;
}

describe("createSandboxHandlers", () => {
  it("answers for DfE's sandbox URL by default", () => {
    expect(baseUrl).toBe(ECF_SANDBOX_BASE_URL);
  });

  it("answers the NPQ API at DfE's NPQ sandbox URL, byte for byte as the app does at /npq", async () => {
    expect(npqBaseUrl).toBe(NPQ_SANDBOX_BASE_URL);
    const twin = createSandbox({ now: TEST_NOW });
    const path = "/api/v3/npq-applications?page[per_page]=3";
    const headers = { authorization: `Bearer ${AMBITION}` };
    const direct = await twin.app.request(`/npq${path}`, { headers });
    const intercepted = await fetch(`${NPQ_SANDBOX_BASE_URL}${path}`, { headers });
    expect(intercepted.status).toBe(200);
    expect(intercepted.headers.get("content-type")).toBe("application/json");
    expect(await intercepted.text()).toBe(await direct.text());
    const unknown = await fetch(`${NPQ_SANDBOX_BASE_URL}/api/v3/nothing-here`, { headers });
    expect([unknown.status, await unknown.json()]).toEqual([404, NPQ_NOT_FOUND]);
  });

  it("answers byte for byte as the sandbox app does over HTTP", async () => {
    const twin = createSandbox({ now: TEST_NOW });
    const path = "/api/v3/participants?page[per_page]=5&sort=-updated_at";
    const direct = await twin.app.request(`/ecf${path}`, { headers: { authorization: `Bearer ${AMBITION}` } });
    const intercepted = await api.get(path);

    expect(intercepted.status).toBe(200);
    expect(intercepted.body.data).toHaveLength(5);
    expect(intercepted.text).toBe(await direct.text());
    expect(intercepted.headers.get("content-type")).toBe(direct.headers.get("content-type"));
  });

  it("keeps state from one request to the next: declare, read back, void", async () => {
    const participantId = await newEct();
    const declared = await api.post("/api/v3/participant-declarations", { body: startedDeclaration(participantId) });
    expect(declared.status).toBe(200);
    const id: string = declared.body.data.id;
    expect(declared.body.data.attributes).toMatchObject({ participant_id: participantId, state: "eligible" });

    const read = await api.get(`/api/v3/participant-declarations/${id}`);
    expect(read.body.data.attributes.state).toBe("eligible");

    const voided = await api.put(`/api/v3/participant-declarations/${id}/void`);
    expect(voided.status).toBe(200);
    expect(voided.body.data.attributes.state).toBe("voided");
  });

  it("gives the service's own errors, in its validation order", async () => {
    const participantId = await newEct();
    await api.post("/api/v3/participant-declarations", { body: startedDeclaration(participantId) });

    const repeated = await api.post("/api/v3/participant-declarations", { body: startedDeclaration(participantId) });
    expect(repeated.status).toBe(422);
    expect(repeated.body).toEqual({ errors: [DECLARATION_RULE_MESSAGES[8]] });

    const malformed = await api.post("/api/v3/participant-declarations", { rawBody: "{not json" });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors[0].detail).toBe(REQUEST_MESSAGES.jsonStructureRequired);

    const anonymous = await api.get("/api/v3/participants", { token: undefined });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toEqual({ error: REQUEST_MESSAGES.accessDenied });
  });

  it("answers unknown paths and methods under the base URL as the service does, not as unhandled requests", async () => {
    const unknown = await api.get("/api/v3/no-such-resource");
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ error: REQUEST_MESSAGES.routeNotFound });

    const wrongMethod = await api.request("DELETE", "/api/v3/participants");
    expect(wrongMethod.status).toBe(404);
    expect(wrongMethod.body).toEqual({ error: REQUEST_MESSAGES.routeNotFound });
  });

  it("answers with the .json suffix, ETag and 304 as the server does", async () => {
    const list = await api.get("/api/v3/statements.json");
    expect(list.status).toBe(200);
    const etag = list.headers.get("etag") ?? "";
    expect(etag).toMatch(/^W\/"[0-9a-f]{32}"$/);
    expect(list.headers.get("cache-control")).toBe("max-age=0, private, must-revalidate");

    const again = await api.get("/api/v3/statements", { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
    expect(again.text).toBe("");
  });

  it("leaves other origins alone", async () => {
    await expectUnhandled("https://www.register-early-career-teachers.education.gov.uk/api/v3/participants");
    await expectUnhandled(`${ECF_SANDBOX_BASE_URL}.example/api/v3/participants`);
  });

  it("passes request headers through: X-With-Server-Date moves one request in time", async () => {
    const participantId = await newEct();
    const early = await api.post("/api/v3/participant-declarations", {
      body: startedDeclaration(participantId),
      headers: { "x-with-server-date": "2025-09-01T09:00:00Z" },
    });
    expect(early.status).toBe(422);
    expect(JSON.stringify(early.body)).toContain("declaration_date");
  });
});

describe("the in-process control functions", () => {
  it("reset() throws away what a test made", async () => {
    const participantId = await newEct();
    expect((await api.get(`/api/v3/participants/${participantId}`)).status).toBe(200);
    await sandbox.reset();
    expect((await api.get(`/api/v3/participants/${participantId}`)).status).toBe(404);
  });

  it("moves the clock, and the timestamps the sandbox writes follow it", async () => {
    await sandbox.setClock("2025-10-20T08:00:00Z");
    expect(await sandbox.clock()).toEqual({ now: "2025-10-20T08:00:00Z", frozen: true });
    const participantId = await newEct();
    const declared = await api.post("/api/v3/participant-declarations", { body: startedDeclaration(participantId) });
    expect(declared.body.data.attributes.created_at).toBe("2025-10-20T08:00:00Z");
  });

  it("arms faults: the next matching request fails, the one after succeeds", async () => {
    await sandbox.injectFault({ status: 503, count: 1, path: "/ecf/api/v3/statements", method: "GET" });
    const failed = await api.get("/api/v3/statements");
    expect(failed.status).toBe(503);
    expect((await api.get("/api/v3/statements")).status).toBe(200);
    expect(await sandbox.faults()).toEqual([]);
  });

  it("pays a statement: its declarations become paid, and voiding one starts a clawback", async () => {
    const participantId = await newEct();
    const declared = await api.post("/api/v3/participant-declarations", { body: startedDeclaration(participantId) });
    const { id, attributes } = declared.body.data;

    await sandbox.setClock(new Date("2025-11-01T09:00:00Z"));
    expect((await sandbox.markStatementPayable(attributes.statement_id)).id).toBe(attributes.statement_id);
    expect((await sandbox.markStatementPaid(attributes.statement_id)).attributes.paid).toBe(true);
    expect((await api.get(`/api/v3/participant-declarations/${id}`)).body.data.attributes.state).toBe("paid");

    const voided = await api.put(`/api/v3/participant-declarations/${id}/void`);
    expect(voided.body.data.attributes).toMatchObject({
      state: "awaiting-clawback",
      statement_id: attributes.statement_id,
    });
    expect(voided.body.data.attributes.clawback_statement_id).not.toBeNull();
  });

  it("lists the lead providers with the tokens the handlers accept", async () => {
    const providers = await sandbox.leadProviders();
    expect(providers.length).toBeGreaterThan(1);
    for (const provider of providers) {
      const response = await api.get("/api/v3/statements?page[per_page]=1", { token: provider.token });
      expect(response.status).toBe(200);
    }
  });
});

describe("base URLs", () => {
  it("keeps a path prefix: a client configured for a local sandbox's /ecf is answered too", async () => {
    const local = createSandboxHandlers({ now: TEST_NOW, baseUrl: "http://127.0.0.1:4010/ecf/" });
    expect(local.baseUrl).toBe("http://127.0.0.1:4010/ecf");
    server.use(...local.handlers);

    const response = await apiClient(local.baseUrl).get("/api/v3/statements?page[per_page]=1");
    expect(response.status).toBe(200);
    // Only under the prefix: the origin's other paths are not the sandbox's.
    await expectUnhandled("http://127.0.0.1:4010/api/v3/statements");
  });

  it("gives each call its own world", async () => {
    const other = createSandboxHandlers({ now: TEST_NOW, baseUrl: "https://other.test" });
    server.use(...other.handlers);
    const participantId = await newEct();
    expect((await api.get(`/api/v3/participants/${participantId}`)).status).toBe(200);
    expect((await apiClient("https://other.test").get(`/api/v3/participants/${participantId}`)).status).toBe(404);
  });

  it("starts from a recorded journal: the run's participant is there", async () => {
    const participantId = await newEct();
    const journal = await sandbox.journal();
    const replayed = createSandboxHandlers({ journal, baseUrl: "https://replayed.test" });
    server.use(...replayed.handlers);
    expect((await apiClient("https://replayed.test").get(`/api/v3/participants/${participantId}`)).status).toBe(200);
    expect((await replayed.sandbox.world()).digest).toBe((await sandbox.world()).digest);
  });

  it.each(["not a url", "/api/v3", "ftp://example.test", "https://example.test/?x=1", "https://example.test/#top"])(
    "refuses %j with a TypeError",
    (baseUrl) => {
      expect(() => createSandboxHandlers({ baseUrl, buildWorld: () => unreachable() })).toThrow(TypeError);
    },
  );
});

describe("the control API through MSW", () => {
  it("is answered at the base URL's origin, DfE's sandbox by default", async () => {
    expect(controlBaseUrl).toBe(ECF_SANDBOX_BASE_URL);
    const control = new SpecClient(fetch, ECF_SANDBOX_BASE_URL);
    const participantId = await newEct();
    await control.post("/__sandbox/faults", { body: { status: 503, path: "/ecf/api/v3/statements", count: 1 } });
    expect((await control.get("/__sandbox/faults")).body.data).toHaveLength(1);
    expect((await api.get("/api/v3/statements")).status).toBe(503);
    const reset = await control.post("/__sandbox/reset", { body: {} });
    expect(reset.status).toBe(200);
    expect((await api.get(`/api/v3/participants/${participantId}`)).status).toBe(404);
  });

  it("sits where lpkit-sandbox serves it for a local base URL, and only under /__sandbox", async () => {
    const local = createSandboxHandlers({ now: TEST_NOW, baseUrl: "http://127.0.0.1:4010/ecf" });
    expect(local.controlBaseUrl).toBe("http://127.0.0.1:4010");
    server.use(...local.handlers);
    const control = new SpecClient(fetch, local.controlBaseUrl);
    expect((await control.get("/__sandbox/clock")).body).toEqual({ now: TEST_NOW, frozen: true });
    // The control API's own 404 for an unknown control path, rather than MSW's unhandled request.
    expect((await control.get("/__sandbox/no-such-thing")).status).toBe(404);
    await expectUnhandled("http://127.0.0.1:4010/docs");
  });

  it("keeps the control token: without it, 401", async () => {
    const guarded = createSandboxHandlers({ now: TEST_NOW, baseUrl: "https://guarded.test", controlToken: "s3cret" });
    server.use(...guarded.handlers);
    const control = new SpecClient(fetch, guarded.controlBaseUrl);
    expect((await control.get("/__sandbox/world")).status).toBe(401);
    expect((await control.get("/__sandbox/world", { token: "s3cret" })).status).toBe(200);
    expect((await guarded.sandbox.world()).seed).toBeTypeOf("number");
  });
});

/** With `onUnhandledFrame: "error"`, MSW refuses a request no handler answers (rather than letting it out). */
async function expectUnhandled(url: string): Promise<void> {
  const report = vi.spyOn(console, "error").mockImplementation(() => {});
  try {
    await expect(fetch(url)).rejects.toThrow();
    expect(String(report.mock.calls[0]?.[0])).toContain("without a matching request handler");
  } finally {
    report.mockRestore();
  }
}

function unreachable(): never {
  throw new Error("the world is not built before the base URL is checked");
}
