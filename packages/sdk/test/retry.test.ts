import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  createEcfClient,
  NetworkError,
  RateLimitError,
  type RetryEvent,
  type RetryOptions,
  ServerError,
} from "../src/index.ts";
import { fakeApi, type Reply, TEST_BASE_URL, TEST_TOKEN } from "./support/fake-api.ts";
import { declaration, errors, NOT_FOUND, uuid } from "./support/fixtures.ts";

const STATEMENTS = "/api/v3/statements";
const DECLARATIONS = "/api/v3/participant-declarations";
const OK: Reply = { status: 200, json: { data: [] } };
const UNAVAILABLE: Reply = { status: 503, gatewayText: "Service Unavailable" };
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

function setup(replies: readonly Reply[], retry: RetryOptions | false = {}) {
  const delays: number[] = [];
  const api = fakeApi().on("GET", STATEMENTS, replies).on("POST", DECLARATIONS, replies);
  const onRetry = (event: RetryEvent) => delays.push(event.delayMs);
  const options = retry === false ? false : { random: () => 0.5, onRetry, ...retry };
  const client = createEcfClient({ baseUrl: TEST_BASE_URL, token: TEST_TOKEN, fetch: api.fetch, retry: options });
  return { api, client, delays };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe("retries", () => {
  it("retries a GET after a 503 once the backoff has elapsed", async () => {
    const { api, client } = setup([UNAVAILABLE, OK]);

    const call = client.GET(STATEMENTS);
    await vi.advanceTimersByTimeAsync(249); // first backoff: 0.5 × 500 ms
    expect(api.requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);

    const { data, response } = await call;
    expect(api.requests).toHaveLength(2);
    expect(response.status).toBe(200);
    expect(data).toEqual({ data: [] });
  });

  it.each([
    [429, { status: 429, text: "Retry later" }],
    [502, { status: 502, gatewayText: "Bad Gateway" }],
    [503, UNAVAILABLE],
    [504, { status: 504, gatewayText: "Gateway Timeout" }],
  ] as const)("retries a GET answered %i", async (_status, reply) => {
    const { api, client } = setup([reply, OK]);

    const call = client.GET(STATEMENTS);
    await vi.runAllTimersAsync();

    expect((await call).response.status).toBe(200);
    expect(api.requests).toHaveLength(2);
  });

  it("retries a GET whose fetch rejected", async () => {
    const { api, client } = setup([{ networkError: new TypeError("fetch failed") }, OK]);

    const call = client.GET(STATEMENTS);
    await vi.runAllTimersAsync();

    expect((await call).response.status).toBe(200);
    expect(api.requests).toHaveLength(2);
  });

  it.each([
    [
      400,
      {
        status: 400,
        json: errors({ title: "Bad request", detail: "The filter '#/updated_since' must be a valid ISO 8601 date" }),
      },
    ],
    [401, undefined],
    [500, { status: 500, gatewayText: "Internal Server Error" }],
  ] as const)("does not retry a GET answered %i", async (status, reply) => {
    const { api, client } = setup(reply ? [reply] : [OK]);
    const unauthorised = createEcfClient({ baseUrl: TEST_BASE_URL, token: "wrong", fetch: api.fetch });

    const { response } = await (reply ? client : unauthorised).GET(STATEMENTS);

    expect(response.status).toBe(status);
    expect(api.requests).toHaveLength(1);
  });

  it("does not retry a 404 or 422", async () => {
    const api = fakeApi()
      .on("GET", "/api/v3/statements/{id}", [{ status: 404, json: NOT_FOUND }])
      .on("POST", DECLARATIONS, [
        { status: 422, json: errors({ title: "declaration_type", detail: "Enter a valid declaration type." }) },
      ]);
    const client = createEcfClient({
      baseUrl: TEST_BASE_URL,
      token: TEST_TOKEN,
      fetch: api.fetch,
      retry: { methods: ["GET", "POST"] },
    });

    await client.GET("/api/v3/statements/{id}", { params: { path: { id: uuid(1) } } });
    await client.POST(DECLARATIONS, { body });

    expect(api.requests).toHaveLength(2);
  });

  it("makes maxAttempts attempts in all, then returns the last response", async () => {
    const { api, client, delays } = setup([UNAVAILABLE]);

    const call = client.GET(STATEMENTS);
    await vi.runAllTimersAsync();

    expect((await call).response.status).toBe(503);
    expect(api.requests).toHaveLength(3);
    expect(delays).toEqual([250, 500]);
  });

  it("raises the final failure in throwing mode", async () => {
    const api = fakeApi().on("GET", STATEMENTS, [{ networkError: new TypeError("socket hang up") }]);
    const client = createEcfClient({
      baseUrl: TEST_BASE_URL,
      token: TEST_TOKEN,
      fetch: api.fetch,
      throwOnError: true,
      retry: { maxAttempts: 4 },
    });

    const call = client.GET(STATEMENTS);
    const outcome = expect(call).rejects.toBeInstanceOf(NetworkError);
    await vi.runAllTimersAsync();

    await outcome;
    expect(api.requests).toHaveLength(4);
  });

  it("backs off exponentially up to maxDelayMs, with full jitter", async () => {
    const { client, delays } = setup([UNAVAILABLE], {
      maxAttempts: 6,
      baseDelayMs: 100,
      maxDelayMs: 1000,
      random: () => 0.999,
    });

    const call = client.GET(STATEMENTS);
    await vi.runAllTimersAsync();
    await call;

    // Ceilings 100, 200, 400, 800, then capped at 1000; the delay is just under each.
    expect(delays).toEqual([99, 199, 399, 799, 999]);
  });

  it("keeps every jittered delay within [0, ceiling)", async () => {
    const zero = setup([UNAVAILABLE], { random: () => 0 });
    const call = zero.client.GET(STATEMENTS);
    await vi.runAllTimersAsync();
    await call;
    expect(zero.delays).toEqual([0, 0]);

    const samples = Array.from({ length: 200 }, (_, index) => index / 200);
    const random = () => samples.shift() ?? 0;
    const spread = setup([UNAVAILABLE], { maxAttempts: 201, baseDelayMs: 400, maxDelayMs: 400, random });
    const many = spread.client.GET(STATEMENTS);
    await vi.runAllTimersAsync();
    await many;
    expect(Math.min(...spread.delays)).toBe(0);
    expect(Math.max(...spread.delays)).toBeLessThan(400);
    expect(new Set(spread.delays).size).toBeGreaterThan(100);
  });

  it("waits exactly the Retry-After seconds instead of the backoff", async () => {
    const { api, client, delays } = setup([{ status: 429, text: "Retry later", headers: { "Retry-After": "3" } }, OK]);

    const call = client.GET(STATEMENTS);
    await vi.advanceTimersByTimeAsync(2999);
    expect(api.requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);

    expect((await call).response.status).toBe(200);
    expect(delays).toEqual([3000]);
  });

  it("waits until a Retry-After HTTP date", async () => {
    const now = Date.parse("2025-10-01T09:30:00Z");
    const { client, delays } = setup(
      [
        {
          status: 503,
          gatewayText: "Down for maintenance",
          headers: { "Retry-After": "Wed, 01 Oct 2025 09:30:45 GMT" },
        },
        OK,
      ],
      { now: () => now },
    );

    const call = client.GET(STATEMENTS);
    await vi.runAllTimersAsync();

    expect((await call).response.status).toBe(200);
    expect(delays).toEqual([45_000]);
  });

  it("does not wait out a Retry-After longer than maxRetryAfterMs", async () => {
    const api = fakeApi().on("GET", STATEMENTS, [
      { status: 429, text: "Retry later", headers: { "Retry-After": "300" } },
    ]);
    const client = createEcfClient({ baseUrl: TEST_BASE_URL, token: TEST_TOKEN, fetch: api.fetch, throwOnError: true });

    const error = await client.GET(STATEMENTS).catch((reason: unknown) => reason);

    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfter).toBe(300);
    expect(api.requests).toHaveLength(1);
  });

  it("never retries a POST by default, whatever went wrong", async () => {
    const unavailable = setup([UNAVAILABLE, OK]);
    expect((await unavailable.client.POST(DECLARATIONS, { body })).response.status).toBe(503);
    expect(unavailable.api.requests).toHaveLength(1);

    const failing = setup([{ networkError: new TypeError("fetch failed") }, OK]);
    await expect(failing.client.POST(DECLARATIONS, { body })).rejects.toBeInstanceOf(NetworkError);
    expect(failing.api.requests).toHaveLength(1);
  });

  it("re-sends the same body on each attempt when POST is made retryable", async () => {
    const created: Reply = { status: 200, json: { data: declaration(1, { state: "eligible" }) } };
    const { api, client } = setup([UNAVAILABLE, { networkError: new TypeError("fetch failed") }, created], {
      methods: ["GET", "POST"],
    });

    const call = client.POST(DECLARATIONS, { body });
    await vi.runAllTimersAsync();

    expect((await call).response.status).toBe(200);
    expect(api.requests.map((request) => request.method)).toEqual(["POST", "POST", "POST"]);
    expect(api.requests.map((request) => JSON.parse(request.body))).toEqual([body, body, body]);
    expect(api.requests.map((request) => request.headers.get("Content-Type"))).toEqual(
      Array(3).fill("application/json"),
    );
  });

  it("runs middleware once per call, beneath which the attempts happen", async () => {
    const { api, client } = setup([UNAVAILABLE, UNAVAILABLE, OK]);
    const seen: string[] = [];
    client.use({
      onRequest: () => {
        seen.push("request");
      },
      onResponse: ({ response }) => {
        seen.push(`response ${response.status}`);
      },
    });

    const call = client.GET(STATEMENTS);
    await vi.runAllTimersAsync();
    await call;

    expect(api.requests).toHaveLength(3);
    expect(seen).toEqual(["request", "response 200"]);
  });

  it("stops waiting and rejects with the abort reason when the call is aborted", async () => {
    const { api, client } = setup([UNAVAILABLE, OK]);
    const controller = new AbortController();

    const call = client.GET(STATEMENTS, { signal: controller.signal });
    const outcome = expect(call).rejects.toThrow("user gave up");
    await vi.advanceTimersByTimeAsync(100);
    controller.abort(new Error("user gave up"));
    await vi.runAllTimersAsync();

    await outcome;
    expect(api.requests).toHaveLength(1);
  });

  it("uses an injected sleep instead of timers", async () => {
    vi.useRealTimers();
    const sleep = vi.fn(async (_ms: number) => undefined);
    const { api, client } = setup([UNAVAILABLE, UNAVAILABLE, OK], { sleep });

    await client.GET(STATEMENTS);

    expect(api.requests).toHaveLength(3);
    expect(sleep.mock.calls.map(([ms]) => ms)).toEqual([250, 500]);
  });

  it("makes a single attempt with retry: false", async () => {
    const { api, client } = setup([UNAVAILABLE, OK], false);

    expect((await client.GET(STATEMENTS)).response.status).toBe(503);
    expect(api.requests).toHaveLength(1);
  });

  it("rejects nonsensical settings when the client is created", () => {
    expect(() => setup([OK], { maxAttempts: 0 })).toThrow(RangeError);
    expect(() => setup([OK], { maxAttempts: 1.5 })).toThrow(RangeError);
    expect(() => setup([OK], { baseDelayMs: -1 })).toThrow(RangeError);
    expect(() => setup([OK], { maxDelayMs: Number.NaN })).toThrow(RangeError);
  });

  it("raises ServerError once 5xx retries run out in throwing mode", async () => {
    const api = fakeApi().on("GET", STATEMENTS, [UNAVAILABLE]);
    const client = createEcfClient({
      baseUrl: TEST_BASE_URL,
      token: TEST_TOKEN,
      fetch: api.fetch,
      throwOnError: true,
      retry: { maxAttempts: 2, random: () => 0 },
    });

    const call = client.GET(STATEMENTS);
    const outcome = expect(call).rejects.toBeInstanceOf(ServerError);
    await vi.runAllTimersAsync();

    await outcome;
    expect(api.requests).toHaveLength(2);
  });
});
