import { createWorld, TITLES } from "@lpkit/engine";
import { describe, expect, it } from "vitest";
import { servedUnderMount } from "../src/http/messages.ts";
import { SeededIds } from "../src/state/seeded-ids.ts";
import { NOT_FOUND, ROUTE_NOT_FOUND } from "./helpers/ecf.ts";
import { testSandbox } from "./helpers/test-sandbox.ts";

describe("unknown routes and methods", () => {
  it.each(["/ecf", "/ecf/", "/ecf/api/v3/nothing-here", "/ecf/api/v3/participants.xml", "/ecf/api/v2/participants"])(
    "answers %s as the real service answers a route it does not have",
    async (path) => {
      const { client } = testSandbox();
      const response = await client.get(path, { token: "ambition-institute" });
      expect(response.status).toBe(404);
      expect(response.body).toEqual(ROUTE_NOT_FOUND);
      expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
      // Rails' exceptions app answers outside the middleware that adds caching headers.
      expect(response.headers.get("cache-control")).toBeNull();
      expect(response.headers.get("etag")).toBeNull();
    },
  );

  it.each(["/npqx/api/v3/applications", "/__sandbox/nope", "/docs/nope"])(
    "answers %s, outside the real service, with the sandbox's own 404",
    async (path) => {
      const { client } = testSandbox();
      const response = await client.get(path, { token: "ambition-institute" });
      expect(response.status).toBe(404);
      expect(response.body).toEqual(NOT_FOUND);
    },
  );

  it.each([
    ["/api/v3/participants", "/ecf/api/v3/participants"],
    ["/api/v3/participants/", "/ecf/api/v3/participants"],
    ["/api/v3/participants/some-id/withdraw", "/ecf/api/v3/participants/some-id/withdraw"],
  ])("answers %s, a route only under /ecf, with a 404 naming the right path", async (path, right) => {
    const { client } = testSandbox();
    const response = await client.get(path, { token: "ambition-institute" });
    expect(response.status).toBe(404);
    expect(response.body).toEqual({
      errors: [{ title: TITLES.resourceNotFound, detail: servedUnderMount(path.replace(/\/$/, ""), "/ecf") }],
    });
    expect(response.body.errors[0].detail).toContain(`Did you mean ${right}?`);
  });

  it("answers 404 for an unknown path before checking the token", async () => {
    const { client } = testSandbox();
    const response = await client.get("/ecf/api/v3/nothing-here");
    expect(response.status).toBe(404);
    expect(response.body).toEqual(ROUTE_NOT_FOUND);
  });

  it("answers 405 with Allow for a method a known control API path does not support", async () => {
    const { client } = testSandbox();
    const response = await client.request("DELETE", "/__sandbox/health");
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, HEAD");
    expect(response.body).toEqual({
      errors: [
        { title: "Method not allowed", detail: "The DELETE method is not supported for this resource. Use GET, HEAD." },
      ],
    });
  });
});

describe("unexpected errors", () => {
  it("answer 500 in the service's format without leaking anything, and are reported", async () => {
    const reported: unknown[] = [];
    const { client } = testSandbox({
      onUnexpectedError: (error) => reported.push(error),
      // A world the sandbox cannot serialise: the digest fails deep inside a route.
      buildWorld: ({ seed }) => {
        const world = createWorld();
        (world.schools as Record<string, unknown>).broken = { id: "broken", secret: 1n };
        return { world, ids: new SeededIds(seed), scenarios: [] };
      },
    });
    const response = await client.get("/__sandbox/world");
    expect(response.status).toBe(500);
    expect(response.body).toEqual({
      errors: [
        {
          title: "Internal server error",
          detail: "The sandbox could not process this request. This is a fault of the sandbox, not of the request.",
        },
      ],
    });
    expect(response.text).not.toMatch(/BigInt|at |secret/);
    expect(reported).toHaveLength(1);
  });
});
