import { ControlApiError } from "@lpkit/sandbox";
import { describe, expect, it } from "vitest";
import {
  BadRequestError,
  createEcfClient,
  LeadProviderApiError,
  NetworkError,
  NotFoundError,
  RateLimitError,
  ServerError,
  UnauthorizedError,
  UnprocessableError,
} from "../src/index.ts";
import { fakeApi, type Reply, TEST_BASE_URL, TEST_TOKEN } from "./support/fake-api.ts";
import { declaration, errors, NOT_FOUND, uuid } from "./support/fixtures.ts";
import { assertResponseMatchesSpec } from "./support/spec.ts";

const DUPLICATE = "A declaration has already been submitted that will be, or has been, paid for this event.";
const FUTURE = "The '#/declaration_date' value cannot be a future date. Check the date and try again.";
const VOID_PATH = "/api/v3/participant-declarations/{id}/void";
const DECLARATIONS = "/api/v3/participant-declarations";
const body = {
  data: {
    type: "participant-declaration",
    attributes: {
      participant_id: uuid(1),
      declaration_type: "started",
      declaration_date: "2025-10-01T10:00:00Z",
      course_identifier: "ecf-induction",
      evidence_held: "training-event-attended",
    },
  },
} as const;

function throwingClient(replies: readonly Reply[], token = TEST_TOKEN) {
  const api = fakeApi().on("PUT", VOID_PATH, replies).on("POST", DECLARATIONS, replies);
  const client = createEcfClient({ baseUrl: TEST_BASE_URL, token, fetch: api.fetch, throwOnError: true, retry: false });
  return { api, client };
}

async function rejection(promise: Promise<unknown>): Promise<LeadProviderApiError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(LeadProviderApiError);
  return error as LeadProviderApiError;
}

describe("throwing mode", () => {
  it("resolves with the data of a 2xx response", async () => {
    const { client } = throwingClient([{ status: 200, json: { data: declaration(1, { state: "voided" }) } }]);

    const { data } = await client.PUT(VOID_PATH, { params: { path: { id: uuid(20_001) } } });

    expect(data.data.attributes.state).toBe("voided");
  });

  it("raises BadRequestError for 400", async () => {
    const detail = "Correct json data structure required. See API docs for reference.";
    const { client } = throwingClient([{ status: 400, json: errors({ title: "Bad request", detail }) }]);

    const error = await rejection(client.POST(DECLARATIONS, { body }));

    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({ name: "BadRequestError", status: 400, method: "POST", path: DECLARATIONS });
    expect(error.has({ title: "Bad request", detail })).toBe(true);
    expect(error.message).toBe(`POST ${DECLARATIONS} responded 400: Bad request: ${detail}`);
  });

  it("raises UnauthorizedError for 401, with the service's single-error body", async () => {
    const { client } = throwingClient([], "wrong-token");

    const error = await rejection(client.POST(DECLARATIONS, { body }));

    expect(error).toBeInstanceOf(UnauthorizedError);
    expect(error.status).toBe(401);
    expect(error.body).toEqual({ error: "HTTP Token: Access denied" });
    expect(error.errors).toEqual([]);
    expect(error.message).toBe(`POST ${DECLARATIONS} responded 401: HTTP Token: Access denied`);
  });

  it("raises NotFoundError for 404, with the path as sent", async () => {
    const { client } = throwingClient([{ status: 404, json: NOT_FOUND }]);

    const error = await rejection(client.PUT(VOID_PATH, { params: { path: { id: uuid(5) } } }));

    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({
      status: 404,
      method: "PUT",
      path: `/api/v3/participant-declarations/${uuid(5)}/void`,
    });
    expect(error.body).toEqual(NOT_FOUND);
    expect(error.response?.status).toBe(404);
  });

  it("raises UnprocessableError for 422, carrying every error and matching title/detail pairs", async () => {
    const { client } = throwingClient([
      {
        status: 422,
        json: errors({ title: "declaration_type", detail: DUPLICATE }, { title: "declaration_date", detail: FUTURE }),
      },
    ]);

    const error = await rejection(client.POST(DECLARATIONS, { body }));

    expect(error).toBeInstanceOf(UnprocessableError);
    expect(error.errors).toEqual([
      { title: "declaration_type", detail: DUPLICATE },
      { title: "declaration_date", detail: FUTURE },
    ]);
    expect(error.has({ title: "declaration_type", detail: DUPLICATE })).toBe(true);
    expect(error.has({ title: "declaration_date" })).toBe(true);
    expect(error.has({ detail: FUTURE })).toBe(true);
    expect(error.has({ title: "declaration_type", detail: FUTURE })).toBe(false);
    expect(error.has({ title: "evidence_held" })).toBe(false);
  });

  it("raises RateLimitError for 429, with Retry-After in seconds when sent", async () => {
    const { client } = throwingClient([
      { status: 429, text: "Retry later", headers: { "Retry-After": "120" } },
      { status: 429, text: "Retry later" },
    ]);

    const withHeader = await rejection(client.POST(DECLARATIONS, { body }));
    const withoutHeader = await rejection(client.POST(DECLARATIONS, { body }));

    expect(withHeader).toBeInstanceOf(RateLimitError);
    expect((withHeader as RateLimitError).retryAfter).toBe(120);
    expect(withHeader.body).toBe("Retry later");
    expect((withoutHeader as RateLimitError).retryAfter).toBeUndefined();
  });

  it("reads a Retry-After HTTP date as seconds from now", async () => {
    const inFiveMinutes = new Date(Date.now() + 300_000).toUTCString();
    const { client } = throwingClient([
      { status: 429, text: "Retry later", headers: { "Retry-After": inFiveMinutes } },
    ]);

    const error = (await rejection(client.POST(DECLARATIONS, { body }))) as RateLimitError;

    expect(error.retryAfter).toBeGreaterThan(290);
    expect(error.retryAfter).toBeLessThanOrEqual(300);
  });

  it("raises ServerError for 5xx, keeping a non-JSON body as text", async () => {
    const { client } = throwingClient([{ status: 503, gatewayText: "<h1>Service Unavailable</h1>" }]);

    const error = await rejection(client.POST(DECLARATIONS, { body }));

    expect(error).toBeInstanceOf(ServerError);
    expect(error.status).toBe(503);
    expect(error.body).toBe("<h1>Service Unavailable</h1>");
  });

  it("raises the base class for a 4xx without its own class", async () => {
    const api = fakeApi();
    const client = createEcfClient({
      baseUrl: TEST_BASE_URL,
      token: TEST_TOKEN,
      throwOnError: true,
      // A proxy in front of the API refusing the request; no API status, so no spec body to check.
      fetch: async () => new Response(null, { status: 403 }),
    });

    const error = await rejection(client.PUT(VOID_PATH, { params: { path: { id: uuid(1) } } }));

    expect(error.constructor).toBe(LeadProviderApiError);
    expect(error.status).toBe(403);
    expect(error.body).toBeUndefined();
    expect(api.requests).toHaveLength(0);
  });

  it("raises NetworkError when fetch rejects, with the original error as cause", async () => {
    const cause = new TypeError("fetch failed");
    const { client } = throwingClient([{ networkError: cause }]);

    const error = await rejection(client.POST(DECLARATIONS, { body }));

    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ status: undefined, method: "POST", path: DECLARATIONS, cause });
    expect(error.message).toBe(`POST ${DECLARATIONS} failed: fetch failed`);
  });

  it("lets middleware added with use() see, and replace, an error response before it throws", async () => {
    const { client } = throwingClient([{ status: 404, json: NOT_FOUND }]);
    const seen: number[] = [];
    const replacement = { data: declaration(1, { state: "voided" }) };
    assertResponseMatchesSpec("PUT", VOID_PATH, 200, "application/json", replacement);
    client.use({
      onResponse({ response }) {
        seen.push(response.status);
        return Response.json(replacement);
      },
    });

    const { data } = await client.PUT(VOID_PATH, { params: { path: { id: uuid(20_001) } } });

    expect(seen).toEqual([404]);
    expect(data.data.id).toBe(uuid(20_001));
  });
});

describe("non-throwing mode", () => {
  it("returns openapi-fetch's result object for an error status", async () => {
    const api = fakeApi().on("PUT", VOID_PATH, [
      {
        status: 422,
        json: errors({ title: "participant_declaration_id", detail: "The declaration has already been voided." }),
      },
    ]);
    const client = createEcfClient({ baseUrl: TEST_BASE_URL, token: TEST_TOKEN, fetch: api.fetch });

    const result = await client.PUT(VOID_PATH, { params: { path: { id: uuid(1) } } });

    expect(result.data).toBeUndefined();
    expect(result.response.status).toBe(422);
    expect(result.error).toEqual(
      errors({ title: "participant_declaration_id", detail: "The declaration has already been voided." }),
    );
  });

  it("still rejects with NetworkError when fetch rejects", async () => {
    const api = fakeApi().on("GET", "/api/v3/statements", [{ networkError: new TypeError("fetch failed") }]);
    const client = createEcfClient({ baseUrl: TEST_BASE_URL, token: TEST_TOKEN, fetch: api.fetch, retry: false });

    await expect(client.GET("/api/v3/statements")).rejects.toBeInstanceOf(NetworkError);
  });
});

describe("instanceof across copies and packages", () => {
  const control = (status: number | undefined) =>
    new ControlApiError({
      status,
      method: "POST",
      path: "/__sandbox/statements/x/mark-paid",
      body: errors({ title: "statement", detail: "No." }),
    });

  it("recognises the sandbox's in-process control errors by their status", () => {
    const refused = control(422);
    expect(refused).toBeInstanceOf(UnprocessableError);
    expect(refused).toBeInstanceOf(LeadProviderApiError);
    expect(refused).not.toBeInstanceOf(NotFoundError);
    expect(refused instanceof UnprocessableError && refused.has({ title: "statement", detail: "No." })).toBe(true);
    expect(control(400)).toBeInstanceOf(BadRequestError);
    expect(control(401)).toBeInstanceOf(UnauthorizedError);
    expect(control(404)).toBeInstanceOf(NotFoundError);
    expect(control(429)).toBeInstanceOf(RateLimitError);
    expect(control(503)).toBeInstanceOf(ServerError);
    expect(control(undefined)).toBeInstanceOf(NetworkError);
    expect(control(409)).toBeInstanceOf(LeadProviderApiError);
    expect(control(409)).not.toBeInstanceOf(ServerError);
  });

  it("recognises the errors of another copy of the SDK, and the other copy recognises these", async () => {
    // A query makes Vite load a second, separate instance of the module, as two installed copies would be.
    const specifier = "../src/errors.ts?second-copy";
    const copy = (await import(/* @vite-ignore */ specifier)) as typeof import("../src/errors.ts");
    expect(copy.UnprocessableError).not.toBe(UnprocessableError);
    const theirs = new copy.UnprocessableError({ status: 422, method: "GET", path: "/api/v3/statements" });
    expect(theirs).toBeInstanceOf(UnprocessableError);
    expect(theirs).not.toBeInstanceOf(BadRequestError);
    const ours = new NotFoundError({ status: 404, method: "GET", path: "/api/v3/statements/x" });
    expect(ours).toBeInstanceOf(copy.NotFoundError);
    expect(ours).toBeInstanceOf(copy.LeadProviderApiError);
  });

  it("is not fooled by an unbranded error with a status", () => {
    expect(Object.assign(new Error("422"), { status: 422 })).not.toBeInstanceOf(UnprocessableError);
    expect({ status: 422 }).not.toBeInstanceOf(LeadProviderApiError);
    expect(null).not.toBeInstanceOf(LeadProviderApiError);
  });
});
