/**
 * The shared retry policy on an NPQ client, through the `fetch` option, against a fake that answers as
 * spec/npq-v3.yaml documents (the rate limit's 429 is the plain text `Retry later`, with no `Retry-After`). About
 * the SDK's own retries: integration tests against the kit's NPQ sandbox come with a later slice.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  buildNpqDeclaration,
  createNpqClient,
  RateLimitError,
  type RetryOptions,
  ServerError,
  withServerDate,
} from "../../src/index.ts";
import { fakeApi, type Reply, TEST_BASE_URL, TEST_TOKEN } from "../support/fake-api.ts";
import { uuid } from "../support/fixtures.ts";
import { npqDeclaration } from "../support/npq-fixtures.ts";
import { npqSpec } from "../support/spec.ts";

const APPLICATIONS = "/api/v3/npq-applications";
const DECLARATIONS = "/api/v3/participant-declarations";
const RATE_LIMITED: Reply = { status: 429, text: "Retry later" };
const UNAVAILABLE: Reply = { status: 503, gatewayText: "Service Unavailable" };

function setup(replies: readonly Reply[], retry: RetryOptions = {}) {
  const api = fakeApi(npqSpec).on("GET", APPLICATIONS, replies).on("POST", DECLARATIONS, replies);
  const client = createNpqClient({
    baseUrl: TEST_BASE_URL,
    token: TEST_TOKEN,
    fetch: api.fetch,
    retry: { random: () => 0.5, ...retry },
    throwOnError: true,
  });
  return { api, client };
}

const body = buildNpqDeclaration({
  participant_id: uuid(1),
  course_identifier: "npq-leading-literacy",
  declaration_type: "retained-1",
  declaration_date: "2026-01-20T09:00:00Z",
});

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe("retries on the NPQ API", () => {
  it("backs off a rate-limited GET with jitter and tries again", async () => {
    const { api, client } = setup([RATE_LIMITED, { status: 200, json: { data: [] } }]);

    const call = client.GET(APPLICATIONS);
    await vi.advanceTimersByTimeAsync(249); // first backoff: 0.5 × 500 ms
    expect(api.requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);

    expect((await call).data).toEqual({ data: [] });
    expect(api.requests).toHaveLength(2);
  });

  it("throws a RateLimitError once the attempts run out, with no retryAfter", async () => {
    const { api, client } = setup([RATE_LIMITED]);

    const call = client.GET(APPLICATIONS).catch((reason: unknown) => reason);
    await vi.runAllTimersAsync();
    const error = await call;

    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ status: 429, retryAfter: undefined });
    expect(api.requests).toHaveLength(3);
  });

  it("does not retry a declaration: a POST is not idempotent", async () => {
    const { api, client } = setup([UNAVAILABLE, { status: 200, json: { data: npqDeclaration(1) } }]);

    const call = client.POST(DECLARATIONS, { body }).catch((reason: unknown) => reason);
    await vi.runAllTimersAsync();

    expect(await call).toBeInstanceOf(ServerError);
    expect(api.requests).toHaveLength(1);
  });

  it("sends X-With-Server-Date through withServerDate, on every attempt", async () => {
    const { api, client } = setup([UNAVAILABLE, { status: 200, json: { data: [] } }]);

    const call = withServerDate(client, "2026-04-20T09:00:00Z").GET(APPLICATIONS);
    await vi.runAllTimersAsync();
    await call;

    expect(api.requests.map((request) => request.headers.get("X-With-Server-Date"))).toEqual([
      "2026-04-20T09:00:00Z",
      "2026-04-20T09:00:00Z",
    ]);
  });
});
