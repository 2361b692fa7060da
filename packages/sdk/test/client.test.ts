import { describe, expect, it, vi } from "vitest";
import { createEcfClient, ECF_PRODUCTION_BASE_URL, ECF_SANDBOX_BASE_URL, SDK_USER_AGENT } from "../src/index.ts";
import { fakeApi, TEST_BASE_URL, TEST_TOKEN } from "./support/fake-api.ts";
import { NOT_FOUND, participant, statement, uuid } from "./support/fixtures.ts";
import { specServers } from "./support/spec.ts";

describe("createEcfClient", () => {
  it("sends the token as a bearer Authorization header", async () => {
    const api = fakeApi().on("GET", "/api/v3/statements/{id}", () => ({ status: 200, json: { data: statement(1) } }));
    const client = createEcfClient({ baseUrl: TEST_BASE_URL, token: TEST_TOKEN, fetch: api.fetch });

    const { data } = await client.GET("/api/v3/statements/{id}", { params: { path: { id: uuid(30_001) } } });

    expect(data?.data.id).toBe(uuid(30_001));
    expect(api.requests[0]?.headers.get("Authorization")).toBe(`Bearer ${TEST_TOKEN}`);
    expect(api.requests[0]?.url.href).toBe(`${TEST_BASE_URL}/api/v3/statements/${uuid(30_001)}`);
  });

  it("reads a token function on every request", async () => {
    const api = fakeApi().on("GET", "/api/v3/statements", () => ({ status: 200, json: { data: [] } }));
    const token = vi.fn(async () => TEST_TOKEN);
    const client = createEcfClient({ baseUrl: TEST_BASE_URL, token, fetch: api.fetch });

    await client.GET("/api/v3/statements");
    await client.GET("/api/v3/statements");

    expect(token).toHaveBeenCalledTimes(2);
    expect(api.requests.map((request) => request.headers.get("Authorization"))).toEqual([
      `Bearer ${TEST_TOKEN}`,
      `Bearer ${TEST_TOKEN}`,
    ]);
  });

  it("returns the service's 401 body as the error when the token is wrong", async () => {
    const api = fakeApi();
    const client = createEcfClient({ baseUrl: TEST_BASE_URL, token: "not-a-token", fetch: api.fetch });

    const { data, error, response } = await client.GET("/api/v3/statements");

    expect(data).toBeUndefined();
    expect(error).toEqual({ error: "HTTP Token: Access denied" });
    expect(response.status).toBe(401);
  });

  it("refuses an empty token or base URL", () => {
    expect(() => createEcfClient({ baseUrl: TEST_BASE_URL, token: "" })).toThrow(TypeError);
    expect(() => createEcfClient({ baseUrl: TEST_BASE_URL, token: " " })).toThrow(TypeError);
    expect(() => createEcfClient({ baseUrl: "", token: TEST_TOKEN })).toThrow(TypeError);
  });

  it("identifies the SDK, and the integration when given, in User-Agent", async () => {
    const api = fakeApi().on("GET", "/api/v3/statements", () => ({ status: 200, json: { data: [] } }));

    await createEcfClient({ baseUrl: TEST_BASE_URL, token: TEST_TOKEN, fetch: api.fetch }).GET("/api/v3/statements");
    await createEcfClient({
      baseUrl: TEST_BASE_URL,
      token: TEST_TOKEN,
      fetch: api.fetch,
      userAgent: "acme-crm/2.3",
    }).GET("/api/v3/statements");

    expect(api.requests.map((request) => request.headers.get("User-Agent"))).toEqual([
      SDK_USER_AGENT,
      `acme-crm/2.3 ${SDK_USER_AGENT}`,
    ]);
  });

  it("sends extra headers and accepts a base URL with a trailing slash", async () => {
    const api = fakeApi().on("GET", "/api/v3/statements", () => ({ status: 200, json: { data: [] } }));
    const client = createEcfClient({
      baseUrl: `${TEST_BASE_URL}/`,
      token: TEST_TOKEN,
      fetch: api.fetch,
      headers: { "X-Request-Source": "nightly-sync" },
    });

    await client.GET("/api/v3/statements");

    expect(api.requests[0]?.url.href).toBe(`${TEST_BASE_URL}/api/v3/statements`);
    expect(api.requests[0]?.headers.get("X-Request-Source")).toBe("nightly-sync");
  });

  it("serialises filters and pages as deepObject query parameters", async () => {
    const api = fakeApi().on("GET", "/api/v3/participants", () => ({ status: 200, json: { data: [participant(1)] } }));
    const client = createEcfClient({ baseUrl: TEST_BASE_URL, token: TEST_TOKEN, fetch: api.fetch });

    await client.GET("/api/v3/participants", {
      params: { query: { filter: { cohort: "2024,2025", training_status: "active" }, page: { page: 2 } } },
    });

    const query = api.requests[0]?.url.searchParams;
    expect(query?.get("filter[cohort]")).toBe("2024,2025");
    expect(query?.get("filter[training_status]")).toBe("active");
    expect(query?.get("page[page]")).toBe("2");
  });

  it("looks up the global fetch on each request when none is given", async () => {
    const api = fakeApi().on("GET", "/api/v3/statements/{id}", () => ({ status: 404, json: NOT_FOUND }));
    const client = createEcfClient({ baseUrl: TEST_BASE_URL, token: TEST_TOKEN });
    // Stubbed after the client exists, as MSW's `server.listen()` may be.
    vi.stubGlobal("fetch", api.fetch);
    try {
      const { error } = await client.GET("/api/v3/statements/{id}", { params: { path: { id: uuid(1) } } });
      expect(error).toEqual(NOT_FOUND);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("exports DfE's production and sandbox origins, the spec's servers", () => {
    expect(ECF_PRODUCTION_BASE_URL).toBe("https://www.register-early-career-teachers.education.gov.uk");
    expect(ECF_SANDBOX_BASE_URL).toBe("https://sandbox.register-early-career-teachers.education.gov.uk");
    expect(specServers).toEqual([ECF_PRODUCTION_BASE_URL, ECF_SANDBOX_BASE_URL]);
  });
});
