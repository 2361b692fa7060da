/**
 * What the generated-request tests share: a fixed, overridable seed, the ids of the seeded world to draw from, and
 * the check every answer must pass (no 5xx; a body the spec documents for its status; errors in the API's shape).
 */
import { expect } from "vitest";
import type { IdPools } from "./schema-values.ts";
import { type CheckedResponse, type SpecClient, specValidator } from "./spec-client.ts";
import type { GeneratedRequest } from "./spec-requests.ts";

/**
 * The seed of every generated-request test: fixed so a run is reproducible, overridable to explore further
 * (`LPKIT_FUZZ_SEED=7 npx vitest run --project sandbox test/robustness`). fast-check prints it with any
 * counterexample, with the `path` that replays exactly that case.
 */
export const FUZZ_SEED = Number(process.env.LPKIT_FUZZ_SEED ?? 20_261_206);

/** How many requests each operation gets; more with `LPKIT_FUZZ_RUNS`. */
export function fuzzRuns(defaultRuns: number): number {
  return Number(process.env.LPKIT_FUZZ_RUNS ?? defaultRuns);
}

/** A test's time limit: room for the default runs on a busy CI machine, and more when more runs are asked for. */
export function fuzzTimeout(defaultRuns: number): number {
  return 30_000 * Math.max(1, fuzzRuns(defaultRuns) / defaultRuns);
}

async function ids(client: SpecClient, path: string, token?: string): Promise<string[]> {
  const response = await client.get(path, token === undefined ? {} : { token });
  return (response.body.data as { id: string }[]).map((item) => item.id);
}

/** Ids of the world as one lead provider (by token) sees it, and the control API's own. */
export async function worldIds(client: SpecClient, token: string): Promise<IdPools> {
  const api = "/ecf/api/v3";
  const all = "page[per_page]=3000";
  return {
    participant: await ids(client, `${api}/participants?${all}`, token),
    declaration: await ids(client, `${api}/participant-declarations?${all}`, token),
    statement: await ids(client, `${api}/statements?${all}`, token),
    deliveryPartner: await ids(client, `${api}/delivery-partners?${all}`, token),
    partnership: await ids(client, `${api}/partnerships?${all}`, token),
    school: await ids(client, `${api}/schools?filter[cohort]=2025&${all}`, token),
    unfundedMentor: await ids(client, `${api}/unfunded-mentors?${all}`, token),
    leadProvider: await ids(client, "/__sandbox/lead-providers"),
    // The ECF API's statements, which every statement route takes (the NPQ ones have no breakdown).
    controlStatement: (await ids(client, "/__sandbox/statements?programme=ecf")).slice(0, 200),
  };
}

/**
 * An error body in the API's shape: `{"errors":[{"title","detail"}]}`, or the single `error` string of a 401 (and,
 * once unknown paths answer as the real service does, of `{"error":"Resource not found"}`).
 */
function isErrorBody(body: unknown): boolean {
  if (typeof body !== "object" || body === null) {
    return false;
  }
  const { errors, error } = body as { errors?: unknown; error?: unknown };
  if (typeof error === "string") {
    return Object.keys(body).length === 1;
  }
  return (
    Array.isArray(errors) &&
    errors.length > 0 &&
    errors.every(
      (entry) =>
        typeof entry === "object" &&
        entry !== null &&
        typeof (entry as { title?: unknown }).title === "string" &&
        typeof (entry as { detail?: unknown }).detail === "string",
    )
  );
}

/**
 * Sends the request through the spec-checking client (which throws unless the answer matches the spec for its
 * operation and status) and checks what the spec cannot say: no 5xx, and every error in the API's shape. A 429
 * may be the real service's `text/plain` `Retry later`.
 */
export async function expectWellFormedAnswer(client: SpecClient, request: GeneratedRequest): Promise<CheckedResponse> {
  const response = await client.request(request.method, request.path, {
    headers: request.headers,
    rawBody: request.rawBody,
  });
  const where = `${request.method} ${request.path.slice(0, 300)}`;
  expect(response.status, `${where}: ${response.text.slice(0, 500)}`).toBeLessThan(500);
  const plainTextRateLimit = response.status === 429 && typeof response.body === "string";
  if (response.status >= 400 && !plainTextRateLimit) {
    expect(isErrorBody(response.body), `${where} answered ${response.status}: ${response.text.slice(0, 500)}`).toBe(
      true,
    );
  }
  return response;
}

/**
 * Every operation the spec validator knows in one document, labelled as the generators label theirs
 * (`GET /ecf/api/v3/participants`), so a suite can show it covers them all.
 */
export function documentedOperationLabels(document: "ecf-v3" | "sandbox-v1", mount: string): string[] {
  const labels = specValidator()
    .operations()
    .filter((operation) => operation.document === `lpkit-spec://${document}`)
    .map((operation) => `${operation.method.toUpperCase()} ${mount}${operation.template}`);
  expect(labels.length).toBeGreaterThan(0);
  return labels;
}
