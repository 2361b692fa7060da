/**
 * Requests generated from `spec/sandbox-v1.yaml` for every operation of the control API, valid and mutated: no
 * 5xx, answers as the spec documents, errors in the API's shape. Only control requests go to this sandbox, so the
 * faults a valid `POST /__sandbox/faults` sets (which act on the ECF API alone) cannot turn into 5xx here.
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

/** The content types a cross-site form may post without a CORS preflight. */
const SIMPLE_FORM_TYPES = ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data"];

const unexpected: unknown[] = [];
const { client } = testSandbox({ onUnexpectedError: (error) => unexpected.push(error) });
const operations = specOperations("sandbox-v1", "");
let context: RequestContext;

beforeAll(async () => {
  context = { pools: await worldIds(client, AMBITION), token: undefined, otherTokens: [] };
});

afterAll(() => {
  expect(unexpected).toEqual([]);
});

describe(`generated control API requests (seed ${FUZZ_SEED})`, () => {
  it("cover every operation the spec validator knows", () => {
    expect(operations.map((operation) => operation.label)).toEqual(documentedOperationLabels("sandbox-v1", ""));
  });

  it.each(operations.map((operation) => [operation.label, operation] as const))(
    "%s: no 5xx, answers as the spec documents, errors in the API's shape",
    async (label, operation) => {
      const statuses = new Set<number>();
      await fc.assert(
        fc.asyncProperty(
          fc.boolean().chain((valid) => requestFor(operation, context, valid)),
          async (request) => {
            const { status } = await expectWellFormedAnswer(client, request);
            // What a web page can send without a preflight never reaches a control write
            // (docs/decisions/sandbox-network-exposure.md).
            const type = request.headers["content-type"];
            if (request.rawBody && type !== undefined && SIMPLE_FORM_TYPES.some((simple) => type.startsWith(simple))) {
              expect(status, `${request.method} ${request.path} as ${type}`).toBe(415);
            }
            statuses.add(status);
          },
        ),
        // A valid reset seeds a whole new world (tens of milliseconds each): fewer of those.
        { seed: FUZZ_SEED, numRuns: fuzzRuns(operation.path.endsWith("/reset") ? 12 : 40) },
      );
      // Generated requests reach the operation itself: some succeed, or are refused past the body checks.
      expect(
        [...statuses].some((status) => status < 300 || status === 404 || status === 422),
        label,
      ).toBe(true);
    },
    fuzzTimeout(40),
  );
});
