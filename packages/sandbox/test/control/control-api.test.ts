import { describe, expect, it } from "vitest";
import { testSandbox } from "../helpers/test-sandbox.ts";

describe("GET /__sandbox/health", () => {
  it("answers ok", async () => {
    const { client } = testSandbox();
    const response = await client.get("/__sandbox/health");
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: "ok" });
  });
});

describe("GET /__sandbox/lead-providers", () => {
  it("lists the seven lead providers with parameterised names as tokens", async () => {
    const { client } = testSandbox();
    const response = await client.get("/__sandbox/lead-providers");
    expect(response.status).toBe(200);
    expect(response.body.data.map((provider: { token: string }) => provider.token)).toEqual([
      "ambition-institute",
      "best-practice-network",
      "capita",
      "teach-first",
      "national-institute-of-teaching",
      "education-development-trust",
      "ucl-institute-of-education",
    ]);
    expect(response.body.data[2]).toMatchObject({ name: "Capita", cohorts: ["2021", "2022"] });
  });
});

describe("/__sandbox/clock", () => {
  it("reports the frozen clock", async () => {
    const { client } = testSandbox();
    expect((await client.get("/__sandbox/clock")).body).toEqual({ now: "2025-10-01T09:30:00Z", frozen: true });
  });

  it("freezes, travels and releases", async () => {
    let real = Date.parse("2026-01-01T00:00:00Z");
    const { client } = testSandbox({ now: undefined, realTime: () => real });
    expect((await client.get("/__sandbox/clock")).body).toEqual({ now: "2026-01-01T00:00:00Z", frozen: false });

    const frozen = await client.put("/__sandbox/clock", { body: { now: "2024-05-01T12:00:00+01:00" } });
    expect(frozen.body).toEqual({ now: "2024-05-01T11:00:00Z", frozen: true });

    const running = await client.put("/__sandbox/clock", { body: { now: "2030-01-01T00:00:00Z", frozen: false } });
    expect(running.body).toEqual({ now: "2030-01-01T00:00:00Z", frozen: false });
    real += 90_000;
    expect((await client.get("/__sandbox/clock")).body).toEqual({ now: "2030-01-01T00:01:30Z", frozen: false });

    const released = await client.put("/__sandbox/clock", { body: { now: null } });
    expect(released.body).toEqual({ now: "2026-01-01T00:01:30Z", frozen: false });
  });

  it.each([
    [{}, "Enter a '#/now'."],
    [{ now: "tomorrow" }, "'#/now' must be an RFC 3339 date-time such as 2025-10-01T09:30:00Z, or null."],
    [{ now: "2025-10-01" }, "'#/now' must be an RFC 3339 date-time such as 2025-10-01T09:30:00Z, or null."],
    [{ now: "2025-10-01T00:00:00Z", frozen: "yes" }, "'#/frozen' must be true or false."],
    [{ now: null, when: 1 }, "'#/when' is not a field of this request. Check the sandbox API reference at /docs."],
  ])("refuses %j", async (body, detail) => {
    const { client } = testSandbox();
    const response = await client.put("/__sandbox/clock", { body });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ errors: [{ title: "Bad request", detail }] });
  });

  it.each(["", "{", "[]", '"now"'])("refuses the body %j", async (rawBody) => {
    const { client } = testSandbox();
    const response = await client.put("/__sandbox/clock", { rawBody, headers: { "content-type": "application/json" } });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      errors: [{ title: "Bad request", detail: "The request body must be a JSON object." }],
    });
  });
});

describe("/__sandbox/faults", () => {
  it("arms, lists and clears faults", async () => {
    const { client } = testSandbox();
    const armed = await client.post("/__sandbox/faults", {
      body: { status: 503, count: 2, path: "/ecf/api/v3/participants", method: "GET" },
    });
    expect(armed.status).toBe(201);
    expect(armed.body).toEqual({
      data: { id: "fault-1", status: 503, remaining: 2, path: "/ecf/api/v3/participants", method: "GET" },
    });
    await client.post("/__sandbox/faults", { body: { status: 500 } });
    expect((await client.get("/__sandbox/faults")).body.data).toHaveLength(2);

    const cleared = await client.request("DELETE", "/__sandbox/faults");
    expect(cleared.status).toBe(204);
    expect((await client.get("/__sandbox/faults")).body).toEqual({ data: [] });
  });

  it("makes the next matching API requests fail, then lets them through", async () => {
    const { client } = testSandbox();
    await client.post("/__sandbox/faults", { body: { status: 500, count: 1, path: "/ecf/api/v3/statements" } });
    const failed = await client.get("/ecf/api/v3/statements", { token: "ambition-institute" });
    expect(failed.status).toBe(500);
    expect(failed.body.errors[0].title).toBe("Internal server error");
    const next = await client.get("/ecf/api/v3/statements", { token: "ambition-institute" });
    expect(next.status).not.toBe(500);
  });

  it("never affects the control API", async () => {
    const { client } = testSandbox();
    await client.post("/__sandbox/faults", { body: { status: 503, count: 5 } });
    expect((await client.get("/__sandbox/health")).status).toBe(200);
  });

  it.each([
    [{}, "Enter a '#/status'."],
    [{ status: 200 }, "'#/status' must be an HTTP error status from 400 to 599."],
    [{ status: 500, count: 0 }, "'#/count' must be a whole number of at least 1."],
    [
      { status: 500, path: "ecf" },
      "'#/path' must be a path starting with /, such as /ecf/api/v3/participant-declarations.",
    ],
    [{ status: 500, method: "FETCH" }, "'#/method' must be one of GET, POST, PUT, PATCH, DELETE, HEAD."],
  ])("refuses %j", async (body, detail) => {
    const { client } = testSandbox();
    const response = await client.post("/__sandbox/faults", { body });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ errors: [{ title: "Bad request", detail }] });
  });
});

describe("POST /__sandbox/reset", () => {
  it("rebuilds the world, optionally freezing the clock first", async () => {
    const { client } = testSandbox();
    const reset = await client.post("/__sandbox/reset", { body: { seed: 7, now: "2024-01-01T00:00:00Z" } });
    expect(reset.status).toBe(200);
    expect(reset.body).toMatchObject({ seed: 7, now: "2024-01-01T00:00:00Z", frozen: true });
    expect((await client.get("/__sandbox/world")).body).toEqual(reset.body);
  });

  it("accepts an empty body and keeps the seed", async () => {
    const { client } = testSandbox({ seed: 99 });
    const reset = await client.post("/__sandbox/reset");
    expect(reset.body.seed).toBe(99);
  });

  it.each([
    [{ seed: -1 }, "'#/seed' must be an integer from 0 to 4294967295."],
    [{ seed: "1" }, "'#/seed' must be an integer from 0 to 4294967295."],
    [{ now: 5 }, "'#/now' must be an RFC 3339 date-time such as 2025-10-01T09:30:00Z, or null."],
  ])("refuses %j", async (body, detail) => {
    const { client } = testSandbox();
    const response = await client.post("/__sandbox/reset", { body });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ errors: [{ title: "Bad request", detail }] });
  });
});
