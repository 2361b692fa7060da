/**
 * Requests that no operation of `spec/` describes: a documented path with a method it does not take, or a path
 * next to a documented one (old ECF paths, other versions, a `.json` suffix, extra segments). Whatever the sandbox
 * answers (404 or 405 today; the real service's `{"error":"Resource not found"}` for both is issue 10's fidelity 7),
 * it is never a 5xx and always an error in the API's shape.
 */
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
  // FINDING (issue 10, fidelity 11): the real service's router squeezes repeated slashes and drops a trailing one
  // before routing, so `/api/v3/participants//` is the participant list there; here it is a 404, which the spec
  // does not document for that path. Left to the routing work of fidelity 7/11; when it lands this test passes
  // and `it.fails` must become `it`.
  it.fails("answer as the path without them", async () => {
    const list = await client.get("/ecf/api/v3/participants//", { token: AMBITION });
    expect(list.status).toBe(200);
  });
});

describe(`requests no operation describes (seed ${FUZZ_SEED})`, () => {
  it(
    "get no 5xx, and errors in the API's shape",
    async () => {
      const statuses = new Set<number>();
      await fc.assert(
        fc.asyncProperty(unrouted(), async (request) => {
          statuses.add((await expectWellFormedAnswer(client, request)).status);
        }),
        { seed: FUZZ_SEED, numRuns: fuzzRuns(300) },
      );
      expect([...statuses].some((status) => status === 404 || status === 405)).toBe(true);
    },
    fuzzTimeout(300),
  );
});
