/**
 * Requests generated from `spec/ecf-v3.yaml` for every operation, valid and mutated, against one seeded sandbox:
 * whatever arrives, the answer is never a 5xx, always matches the spec for its status, and every error is in the
 * API's shape. One sandbox serves every operation; the valid requests change its world as they go (declarations
 * made, participants withdrawn), which widens what the later requests meet.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AMBITION } from "../helpers/ecf.ts";
import {
  documentedOperationLabels,
  expectWellFormedAnswer,
  FUZZ_SEED,
  fuzzRuns,
  fuzzTimeout,
  worldIds,
} from "../helpers/fuzz.ts";
import { specOperations } from "../helpers/spec-operations.ts";
import { type RequestContext, requestFor } from "../helpers/spec-requests.ts";
import { testSandbox } from "../helpers/test-sandbox.ts";

const unexpected: unknown[] = [];
const { client } = testSandbox({ onUnexpectedError: (error) => unexpected.push(error) });
const operations = specOperations("ecf-v3", "/ecf");
let context: RequestContext;

beforeAll(async () => {
  const providers = (await client.get("/__sandbox/lead-providers")).body.data as { token: string }[];
  context = {
    pools: await worldIds(client, AMBITION),
    token: AMBITION,
    otherTokens: providers.map((provider) => provider.token).filter((token) => token !== AMBITION),
  };
});

afterAll(() => {
  expect(unexpected).toEqual([]);
});

describe(`generated ECF API requests (seed ${FUZZ_SEED})`, () => {
  it("cover every operation the spec validator knows", () => {
    expect(operations.map((operation) => operation.label)).toEqual(documentedOperationLabels("ecf-v3", "/ecf"));
  });

  it.each(operations.map((operation) => [operation.label, operation] as const))(
    "%s: no 5xx, answers as the spec documents, errors in the API's shape",
    async (label, operation) => {
      const statuses = new Set<number>();
      await fc.assert(
        fc.asyncProperty(
          fc.boolean().chain((valid) => requestFor(operation, context, valid)),
          async (request) => {
            statuses.add((await expectWellFormedAnswer(client, request)).status);
          },
        ),
        { seed: FUZZ_SEED, numRuns: fuzzRuns(150) },
      );
      // Requests that only ever met one answer would test little. Each operation refuses some; reads also answer
      // some with data, and writes get some past the body checks to the records and rules (a random valid body
      // rarely passes every rule of a declaration or a partnership).
      expect(
        [...statuses].some((status) => status >= 400),
        `${label} never refused`,
      ).toBe(true);
      const reached = operation.method === "GET" ? [200] : [200, 404, 422];
      expect(
        [...statuses].some((status) => reached.includes(status)),
        `${label}: ${[...statuses]}`,
      ).toBe(true);
    },
    fuzzTimeout(150),
  );
});
