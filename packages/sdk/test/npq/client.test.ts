/**
 * `createNpqClient` through the `fetch` option, against a fake that answers like spec/npq-v3.yaml's examples and
 * validates every reply against that spec. DfE's NPQ sandbox, and the kit's, do not serve the NPQ API to these
 * tests yet: they are about the client's own behaviour (auth, user agent, modes, typed errors). A later slice adds
 * integration tests against the kit's sandbox under `/npq`.
 */
import { NPQ_DECLARATION_RULE_MESSAGES, NPQ_PARTICIPANT_ID_CHANGED, NPQ_REQUEST_MESSAGES } from "@lpkit/engine";
import { describe, expect, it, vi } from "vitest";
import {
  buildNpqDeclaration,
  createNpqClient,
  LeadProviderApiError,
  NotFoundError,
  NPQ_PRODUCTION_BASE_URL,
  NPQ_SANDBOX_BASE_URL,
  SDK_USER_AGENT,
  UnauthorizedError,
  UnprocessableError,
} from "../../src/index.ts";
import { type FakeApi, fakeApi, TEST_BASE_URL, TEST_TOKEN } from "../support/fake-api.ts";
import { errors, uuid } from "../support/fixtures.ts";
import { npqApplication, npqDeclaration } from "../support/npq-fixtures.ts";
import { npqSpec } from "../support/spec.ts";

const APPLICATION = "/api/v3/npq-applications/{id}";
const DECLARATIONS = "/api/v3/participant-declarations";

interface SetupOptions {
  readonly token?: string;
  readonly userAgent?: string;
}

function clientOptions(api: FakeApi, options: SetupOptions) {
  return { baseUrl: TEST_BASE_URL, token: options.token ?? TEST_TOKEN, fetch: api.fetch, userAgent: options.userAgent };
}

/** A result-mode client on a fake NPQ API. */
function setup(options: SetupOptions = {}) {
  const api = fakeApi(npqSpec);
  return { api, client: createNpqClient(clientOptions(api, options)) };
}

/** A throwing client on a fake NPQ API. */
function setupThrowing(options: SetupOptions = {}) {
  const api = fakeApi(npqSpec);
  return { api, client: createNpqClient({ ...clientOptions(api, options), throwOnError: true }) };
}

describe("createNpqClient", () => {
  it("sends the token as a bearer Authorization header, to the base URL and the spec's path", async () => {
    const { api, client } = setup();
    api.on("GET", APPLICATION, () => ({ status: 200, json: { data: npqApplication(1) } }));

    const { data } = await client.GET(APPLICATION, { params: { path: { id: uuid(40_001) } } });

    expect(data?.data.type).toBe("npq_application");
    expect(api.requests[0]?.headers.get("Authorization")).toBe(`Bearer ${TEST_TOKEN}`);
    expect(api.requests[0]?.url.href).toBe(`${TEST_BASE_URL}/api/v3/npq-applications/${uuid(40_001)}`);
  });

  it("reads a token function on every request", async () => {
    const token = vi.fn(() => TEST_TOKEN);
    const api = fakeApi(npqSpec).on("GET", "/api/v3/statements", () => ({ status: 200, json: { data: [] } }));
    const client = createNpqClient({ baseUrl: TEST_BASE_URL, token, fetch: api.fetch });

    await client.GET("/api/v3/statements");
    await client.GET("/api/v3/statements");

    expect(token).toHaveBeenCalledTimes(2);
  });

  it("identifies the SDK, and the integration when given, in User-Agent", async () => {
    const { api, client } = setup({ userAgent: "acme-npq/1.0" });
    api.on("GET", "/api/v3/statements", () => ({ status: 200, json: { data: [] } }));

    await client.GET("/api/v3/statements");

    expect(api.requests[0]?.headers.get("User-Agent")).toBe(`acme-npq/1.0 ${SDK_USER_AGENT}`);
  });

  it("refuses an empty token or base URL, naming the NPQ token", () => {
    expect(() => createNpqClient({ baseUrl: TEST_BASE_URL, token: " " })).toThrow("The NPQ API token");
    expect(() => createNpqClient({ baseUrl: "", token: TEST_TOKEN })).toThrow("createNpqClient: baseUrl");
  });

  it("returns the service's 401 body as the error in result mode", async () => {
    const { client } = setup({ token: "ecf-token-of-the-same-provider" });

    const { data, error, response } = await client.GET("/api/v3/statements");

    expect(data).toBeUndefined();
    expect(error).toEqual({ error: NPQ_REQUEST_MESSAGES.accessDenied });
    expect(response.status).toBe(401);
  });

  it("throws typed errors by status in throwing mode", async () => {
    const { api, client } = setupThrowing();
    api.on("GET", APPLICATION, () => ({ status: 404, json: { error: NPQ_REQUEST_MESSAGES.notFound } }));

    const error = await client
      .GET(APPLICATION, { params: { path: { id: uuid(9) } } })
      .catch((reason: unknown) => reason);

    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 404, method: "GET", path: `/api/v3/npq-applications/${uuid(9)}` });
    expect((error as Error).message).toContain(NPQ_REQUEST_MESSAGES.notFound);
    await expect(setupThrowing({ token: "nope" }).client.GET("/api/v3/statements")).rejects.toBeInstanceOf(
      UnauthorizedError,
    );
  });

  it("sends a built declaration and reports a refused one as an UnprocessableError", async () => {
    const { api, client } = setupThrowing();
    const duplicate = NPQ_DECLARATION_RULE_MESSAGES[16];
    api.on("POST", DECLARATIONS, [
      { status: 200, json: { data: npqDeclaration(1) } },
      { status: 422, json: errors(duplicate) },
    ]);
    const body = buildNpqDeclaration({
      participant_id: uuid(1),
      course_identifier: "npq-headship",
      declaration_type: "started",
      declaration_date: "2025-10-14T09:00:00Z",
      delivery_partner_id: uuid(900),
    });

    const { data } = await client.POST(DECLARATIONS, { body });
    const error = await client.POST(DECLARATIONS, { body }).catch((reason: unknown) => reason);

    expect(data.data.attributes.state).toBe("eligible");
    expect(JSON.parse(api.requests[0]?.body ?? "")).toEqual(body);
    expect(error).toBeInstanceOf(UnprocessableError);
    expect((error as UnprocessableError).has(duplicate)).toBe(true);
  });

  it("throws a merged participant id's 410 as a LeadProviderApiError carrying the body", async () => {
    const { api, client } = setupThrowing();
    const ids = { from: uuid(1), to: uuid(2) };
    const gone = {
      errors: [
        {
          title: NPQ_PARTICIPANT_ID_CHANGED.title,
          detail: NPQ_PARTICIPANT_ID_CHANGED.detail(ids),
          participant_id_changes: [
            { from_participant_id: ids.from, to_participant_id: ids.to, changed_at: "2025-11-03T10:12:44Z" },
          ],
        },
      ],
    };
    api.on("GET", "/api/v3/participants/npq/{id}", () => ({ status: 410, json: gone }));

    const error = await client
      .GET("/api/v3/participants/npq/{id}", { params: { path: { id: ids.from } } })
      .catch((reason: unknown) => reason);

    expect(error).toBeInstanceOf(LeadProviderApiError);
    expect(error).toMatchObject({ status: 410, body: gone });
    expect((error as LeadProviderApiError).errors).toEqual([
      { title: NPQ_PARTICIPANT_ID_CHANGED.title, detail: NPQ_PARTICIPANT_ID_CHANGED.detail(ids) },
    ]);
  });

  it("has the spec's servers as its base URL constants", () => {
    expect(npqSpec.servers).toEqual([NPQ_PRODUCTION_BASE_URL, NPQ_SANDBOX_BASE_URL]);
  });
});
