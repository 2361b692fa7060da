/**
 * Requests that no operation of `spec/` describes: a documented path with a method it does not take, or a path
 * next to a documented one (old ECF paths, other versions, a `.json` suffix, extra segments). Under `/ecf` the
 * sandbox answers as the real service does, `{"error":"Resource not found"}` (404) for an unknown path and a wrong
 * method alike (ECF rules §1.6); the control API keeps its own 404 and 405. Never a 5xx, always an error in the
 * API's shape.
 */

import { REQUEST_MESSAGES } from "@lpkit/engine";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AMBITION } from "../helpers/ecf.ts";
import { expectWellFormedAnswer, FUZZ_SEED, fuzzRuns, fuzzTimeout, worldIds } from "../helpers/fuzz.ts";
import type { IdPools } from "../helpers/schema-values.ts";
import { specOperations } from "../helpers/spec-operations.ts";
import type { GeneratedRequest } from "../helpers/spec-requests.ts";
import { testSandbox } from "../helpers/test-sandbox.ts";

const unexpected: unknown[] = [];
const { client } = testSandbox({ onUnexpectedError: (error) => unexpected.push(error) });
const operations = [...specOperations("ecf-v3", "/ecf"), ...specOperations("sandbox-v1", "")];
const METHODS = ["GET", "PUT", "POST", "DELETE", "PATCH"] as const;
let pools: IdPools;

beforeAll(async () => {
  pools = await worldIds(client, AMBITION);
});

afterAll(() => {
  expect(unexpected).toEqual([]);
});

/** Each documented path, with `{id}` filled by a real participant id (or a statement's, for the control API). */
const filledPaths = () =>
  [...new Set(operations.map((operation) => operation.path))].map((template) => ({
    template,
    path: template.replace(
      /\{[^}]+\}/,
      (template.startsWith("/__sandbox/statements") ? pools.controlStatement : pools.participant)?.[0] ?? "",
    ),
  }));

/** Paths beside the documented ones. */
const NEIGHBOURS = [
  (path: string) => `${path}.json`,
  (path: string) => `${path}/`,
  (path: string) => `${path}//`,
  (path: string) => `${path}/extra`,
  (path: string) => `${path}/ecf`,
  (path: string) => path.replace("/api/v3", "/api/v1"),
  (path: string) => path.replace("/api/v3", "/api/v3/ecf"),
  (path: string) => path.toUpperCase(),
  (path: string) => `${path}/%2e%2e/%2e%2e`,
];

function unrouted(): fc.Arbitrary<GeneratedRequest> {
  const documented = new Set(operations.map((operation) => `${operation.method} ${operation.path}`));
  const wrongMethod = fc
    .tuple(fc.constantFrom(...filledPaths()), fc.constantFrom(...METHODS))
    .filter(([{ template }, method]) => !documented.has(`${method} ${template}`))
    .map(([{ path }, method]) => ({ method, path }));
  const neighbour = fc
    .tuple(fc.constantFrom(...filledPaths()), fc.constantFrom(...NEIGHBOURS), fc.constantFrom(...METHODS))
    .map(([{ path }, change, method]) => ({ method, path: change(path) }));
  return fc.oneof(wrongMethod, neighbour).map(({ method, path }) => ({
    method,
    path,
    headers: {
      authorization: `Bearer ${AMBITION}`,
      ...(method === "GET" ? {} : { "content-type": "application/json" }),
    },
    rawBody: method === "GET" ? undefined : "{}",
  }));
}

describe("repeated slashes", () => {
  // The real router squeezes repeated slashes and drops a trailing one before it matches a route.
  it("answer as the path without them", async () => {
    const list = await client.get("/ecf/api/v3//participants//", { token: AMBITION });
    expect(list.status).toBe(200);
  });
});

describe("a method an ECF path does not take", () => {
  it("is the service's route-not-found 404, as for an unknown path, before the token is read", async () => {
    const documented = new Set(operations.map((operation) => `${operation.method} ${operation.path}`));
    const ecfPaths = filledPaths().filter(({ template }) => template.startsWith("/ecf/"));
    let checked = 0;
    for (const { template, path } of ecfPaths) {
      for (const method of METHODS.filter((candidate) => !documented.has(`${candidate} ${template}`))) {
        const response = await client.request(method, path, { headers: { authorization: "Bearer not-a-token" } });
        expect(response.status, `${method} ${template}`).toBe(404);
        expect(response.body, `${method} ${template}`).toEqual({ error: REQUEST_MESSAGES.routeNotFound });
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});

describe(`requests no operation describes (seed ${FUZZ_SEED})`, () => {
  it(
    "get no 5xx, and errors in the API's shape",
    async () => {
      const statuses = new Set<number>();
      await fc.assert(
        fc.asyncProperty(unrouted(), async (request) => {
          const { status } = await expectWellFormedAnswer(client, request);
          // The real service has no 405: under /ecf a wrong method is a 404 like any unknown route.
          expect(request.path.startsWith("/ecf/") && status === 405, `${request.method} ${request.path}`).toBe(false);
          statuses.add(status);
        }),
        { seed: FUZZ_SEED, numRuns: fuzzRuns(300) },
      );
      expect(statuses.has(404)).toBe(true);
    },
    fuzzTimeout(300),
  );
});
