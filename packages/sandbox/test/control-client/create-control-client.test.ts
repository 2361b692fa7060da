/**
 * `createControlClient` over a sandbox in process (`sandbox.fetch`), every answer checked against `spec/`: the
 * control API's shapes, its refusals as `ControlApiError`s with the SDK's fields and names, and what the client
 * itself refuses before sending.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { API_ERROR_BRAND, ControlApiError, createControlClient } from "../../src/index.ts";
import { specCheckedFetch } from "../helpers/spec-checked-fetch.ts";
import { TEST_NOW, testSandbox } from "../helpers/test-sandbox.ts";

const { sandbox } = testSandbox();
const control = createControlClient({ baseUrl: "http://localhost", fetch: specCheckedFetch(sandbox.fetch) });
beforeEach(() => control.reset({ now: TEST_NOW }));

async function rejection(promise: Promise<unknown>): Promise<ControlApiError> {
  const error = await promise.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ControlApiError);
  return error as ControlApiError;
}

async function ambitionId(): Promise<string> {
  const ambition = (await control.leadProviders()).find(({ token }) => token === "ambition-institute");
  return ambition?.id ?? "";
}

describe("createControlClient", () => {
  it("answers in the control API's shapes, envelopes removed", async () => {
    expect(await control.health()).toEqual({ status: "ok" });
    expect(control.ecfBaseUrl).toBe("http://localhost/ecf");
    const participant = await control.createParticipant({
      lead_provider_id: await ambitionId(),
      course_identifier: "ecf-induction",
      cohort: "2025",
    });
    expect(participant).toMatchObject({ type: "participant", attributes: { ecf_enrolments: [{ cohort: "2025" }] } });
    const [statement] = await control.statements({ lead_provider_id: await ambitionId(), cohort: "2025" });
    expect(statement).toMatchObject({ cohort: "2025", lead_provider_name: "Ambition Institute" });
    expect(await control.statementDeclarationsCsv(statement?.id ?? "")).toMatch(/^[a-z_,]+\r\n/);
    const npq = await control.statements({ programme: "npq", cohort: "2026b", status: "open" });
    expect(npq.length).toBeGreaterThan(0);
    expect(npq.every((row) => row.programme === "npq" && row.cohort === "2026b")).toBe(true);
    const ready = await control.scenarios({ programme: "npq", name: "npq-participant-ready-to-declare" });
    expect(ready.length).toBeGreaterThan(0);
    expect(ready.every((row) => row.programme === "npq" && row.resources.delivery_partner_id !== undefined)).toBe(true);
  });

  it("takes the clock as an RFC 3339 string or a Date, sent to the second", async () => {
    expect(await control.setClock("2025-12-01T09:00:00+01:00")).toEqual({ now: "2025-12-01T08:00:00Z", frozen: true });
    expect(await control.setClock(new Date("2025-12-02T09:00:00.750Z"), { frozen: false })).toMatchObject({
      frozen: false,
    });
    expect(await control.setClock(null)).toMatchObject({ frozen: false });
    expect((await control.reset({ seed: 7, now: "2025-10-01T09:30:00Z" })).seed).toBe(7);
  });

  it("refuses a clock that is not an instant before sending anything, as the SDK does", async () => {
    await expect(control.setClock("1 December")).rejects.toThrow(
      new RangeError('now must be a valid Date or an RFC 3339 date-time, got "1 December"'),
    );
    await expect(control.reset({ now: "2025-13-01" })).rejects.toThrow(RangeError);
  });

  it("rejects a refusal with the SDK error's fields, and its class name for the status", async () => {
    const refused = await rejection(control.injectFault({ status: 42 }));
    expect(refused).toMatchObject({ name: "BadRequestError", status: 400, method: "POST", path: "/__sandbox/faults" });
    expect(refused.errors).toHaveLength(1);
    expect(refused.has({ title: "Bad request" })).toBe(true);
    expect(refused.message).toMatch(/^POST \/__sandbox\/faults responded 400: Bad request: '#\/status'/);
    expect(refused[API_ERROR_BRAND]).toBe(true);

    const missing = await rejection(control.markStatementPaid("no-such-statement"));
    expect(missing).toMatchObject({ name: "NotFoundError", status: 404 });
    expect(missing.path).toBe("/__sandbox/statements/no-such-statement/mark-paid");

    const [open] = await control.statements({ lead_provider_id: await ambitionId(), cohort: "2025", status: "open" });
    const early = await rejection(control.markStatementPayable(open?.id ?? ""));
    expect(early).toMatchObject({ name: "UnprocessableError", status: 422 });
    expect(early.has({ title: "statement" })).toBe(true);
  });

  it("sends the control token when given one", async () => {
    const guarded = testSandbox({ controlToken: "s3cret" }).sandbox;
    const without = createControlClient({ baseUrl: "http://localhost", fetch: specCheckedFetch(guarded.fetch) });
    expect(await rejection(without.world())).toMatchObject({ name: "UnauthorizedError", status: 401 });
    const withToken = createControlClient({
      baseUrl: "http://localhost",
      fetch: specCheckedFetch(guarded.fetch),
      controlToken: "s3cret",
    });
    expect((await withToken.world()).seed).toBeTypeOf("number");
    // createSandbox's own client carries the sandbox's token.
    expect((await guarded.control.world()).seed).toBeTypeOf("number");
  });

  it("reports a fetch that fails as a NetworkError with its cause", async () => {
    const cause = new TypeError("fetch failed");
    const offline = createControlClient({ baseUrl: "http://127.0.0.1:9", fetch: () => Promise.reject(cause) });
    const failed = await rejection(offline.clock());
    expect(failed).toMatchObject({ name: "NetworkError", status: undefined, method: "GET", path: "/__sandbox/clock" });
    expect(failed.cause).toBe(cause);
    expect(failed.message).toBe("GET /__sandbox/clock failed: fetch failed");
  });

  it("adds an adjustment to an NPQ statement and removes it, answering nothing", async () => {
    const [open] = await control.statements({ programme: "npq", fee_type: "output", status: "open" });
    const id = open?.id ?? "";
    const adjustment = await control.addStatementAdjustment(id, { description: "Variation", amount: "12.5" });
    expect(adjustment).toEqual({ id: expect.any(String), description: "Variation", amount: "12.50" });
    expect((await control.statementBreakdown(id)).adjustments).toEqual([adjustment]);
    expect(await control.removeStatementAdjustment(id, adjustment.id)).toBeUndefined();
    expect((await control.statementBreakdown(id)).adjustments).toEqual([]);
  });

  it("disarms faults, answering nothing", async () => {
    await control.injectFault({ status: 503, path: "/ecf/api/v3/statements" });
    expect(await control.faults()).toHaveLength(1);
    expect(await control.clearFaults()).toBeUndefined();
    expect(await control.faults()).toEqual([]);
  });

  it("creates, lists and deletes worlds, and with `world` sends every call to one", async () => {
    const created = await control.createWorld({ name: "client-world", now: new Date("2025-11-01T09:00:00.400Z") });
    expect(created).toEqual({ name: "client-world", seed: 4010, now: "2025-11-01T09:00:00Z", frozen: true });
    const inWorld = createControlClient({
      baseUrl: "http://localhost",
      fetch: specCheckedFetch(sandbox.fetch),
      world: "client-world",
    });
    await inWorld.setClock("2026-01-01T00:00:00Z");
    expect((await inWorld.clock()).now).toBe("2026-01-01T00:00:00Z");
    expect((await control.clock()).now).toBe("2025-10-01T09:30:00Z");
    expect((await inWorld.worlds()).map((world) => world.name)).toEqual(["default", "client-world"]);
    await inWorld.deleteWorld("client-world");
    expect((await rejection(inWorld.clock())).status).toBe(404);
    expect((await rejection(control.deleteWorld("default"))).status).toBe(422);
  });
});
