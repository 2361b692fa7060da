import type { ControlClient } from "@lpkit/sandbox";
import { describe, expectTypeOf, it } from "vitest";
import {
  type AnySandboxApiClient,
  createSandboxClient,
  type NpqApplication,
  type Participant,
  type SandboxApiClient,
  type SandboxClient,
  type SandboxClockState,
  type SandboxFault,
  type SandboxLeadProvider,
  type SandboxNpqCohort,
  type SandboxNpqDeliveryPartner,
  type SandboxNpqParticipantIdChange,
  type SandboxRequestLogEntry,
  type SandboxStatementAdjustment,
  type SandboxStatementBreakdown,
  type SandboxStatementSummary,
  type SandboxWorld,
  type SandboxWorldSummary,
  type Statement,
  type ThrowingSandboxApiClient,
} from "../src/index.ts";

const options = { baseUrl: "http://127.0.0.1:4010" } as const;
const sandbox = createSandboxClient(options);
const throwing = createSandboxClient({ ...options, throwOnError: true });

describe("createSandboxClient", () => {
  it("picks the raw client's mode from throwOnError", () => {
    expectTypeOf(sandbox).toEqualTypeOf<SandboxClient<SandboxApiClient>>();
    expectTypeOf(throwing).toEqualTypeOf<SandboxClient<ThrowingSandboxApiClient>>();
    expectTypeOf(createSandboxClient({ ...options, throwOnError: Math.random() > 0.5 })).toEqualTypeOf<
      SandboxClient<AnySandboxApiClient>
    >();
  });

  it("types the helpers' results, whatever the mode", () => {
    expectTypeOf(sandbox.reset).returns.toEqualTypeOf<Promise<SandboxWorldSummary>>();
    expectTypeOf(sandbox.setClock).returns.toEqualTypeOf<Promise<SandboxClockState>>();
    expectTypeOf(sandbox.leadProviders).returns.toEqualTypeOf<Promise<SandboxLeadProvider[]>>();
    expectTypeOf(sandbox.injectFault).returns.toEqualTypeOf<Promise<SandboxFault>>();
    // What the control API documents: the lead provider's view, in the ECF API's types.
    expectTypeOf(sandbox.createParticipant).returns.toEqualTypeOf<Promise<Participant>>();
    expectTypeOf(sandbox.markStatementPaid).returns.toEqualTypeOf<Promise<Statement>>();
    // DfE finance's views, in the control API's own types.
    expectTypeOf(sandbox.statements).returns.toEqualTypeOf<Promise<SandboxStatementSummary[]>>();
    expectTypeOf(sandbox.statementBreakdown).returns.toEqualTypeOf<Promise<SandboxStatementBreakdown>>();
    expectTypeOf(sandbox.statementDeclarationsCsv).returns.toEqualTypeOf<Promise<string>>();
    expectTypeOf(sandbox.addStatementAdjustment).returns.toEqualTypeOf<Promise<SandboxStatementAdjustment>>();
    expectTypeOf(sandbox.removeStatementAdjustment).returns.toEqualTypeOf<Promise<void>>();
    expectTypeOf(sandbox.requests).returns.toEqualTypeOf<Promise<SandboxRequestLogEntry[]>>();
    expectTypeOf(sandbox.clearRequests).returns.toEqualTypeOf<Promise<void>>();
    expectTypeOf(sandbox.createWorld).returns.toEqualTypeOf<Promise<SandboxWorld>>();
    expectTypeOf(sandbox.worlds).returns.toEqualTypeOf<Promise<SandboxWorld[]>>();
    expectTypeOf(sandbox.deleteWorld).returns.toEqualTypeOf<Promise<void>>();
    // The NPQ fixtures: the application as the NPQ API shows it, the rest in the control API's own types.
    expectTypeOf(sandbox.changeNpqApplicationLeadProvider).returns.toEqualTypeOf<Promise<NpqApplication>>();
    expectTypeOf(sandbox.changeNpqParticipantId).returns.toEqualTypeOf<Promise<SandboxNpqParticipantIdChange>>();
    expectTypeOf(sandbox.createNpqCohort).returns.toEqualTypeOf<Promise<SandboxNpqCohort>>();
    expectTypeOf(sandbox.createNpqDeliveryPartner).returns.toEqualTypeOf<Promise<SandboxNpqDeliveryPartner>>();
  });

  it("checks the helpers' arguments against the control API's schemas", () => {
    expectTypeOf(sandbox.reset).toBeCallableWith({ seed: 1, now: new Date() });
    expectTypeOf(sandbox.reset).toBeCallableWith({ now: null });
    expectTypeOf(sandbox.setClock).toBeCallableWith("2025-10-01T09:30:00Z", { frozen: false });
    expectTypeOf(sandbox.injectFault).toBeCallableWith({ status: 503, count: 2, method: "GET" });
    // @ts-expect-error: a fault needs a status
    sandbox.injectFault({ count: 2 });
    // @ts-expect-error: methods are upper case, as HTTP spells them
    sandbox.injectFault({ status: 503, method: "get" });
    // @ts-expect-error: a participant needs a lead provider, a course and a cohort
    sandbox.createParticipant({ cohort: "2025" });
    expectTypeOf(sandbox.statements).toBeCallableWith({ fee_type: "service", status: "paid", cohort: "2025" });
    expectTypeOf(sandbox.statements).toBeCallableWith({ programme: "npq", cohort: "2026b" });
    // @ts-expect-error: the programmes are ecf and npq
    sandbox.statements({ programme: "both" });
    expectTypeOf(sandbox.statements).toBeCallableWith();
    // @ts-expect-error: fee types are output and service
    sandbox.statements({ fee_type: "services" });
    // @ts-expect-error: statuses are open, payable and paid
    sandbox.statements({ status: "closed" });
    expectTypeOf(sandbox.scenarios).toBeCallableWith({ programme: "npq", name: "npq-participant-ready-to-declare" });
    expectTypeOf(sandbox.scenarios).returns.resolves.items.toHaveProperty("programme").toEqualTypeOf<"ecf" | "npq">();
    // @ts-expect-error: the programmes are ecf and npq
    sandbox.scenarios({ programme: "itt" });
    expectTypeOf(sandbox.createNpqCohort).toBeCallableWith({
      identifier: "2027b",
      funding: "capped",
      contracts: false,
    });
    // @ts-expect-error: fundings are full, capped and zero
    sandbox.createNpqCohort({ identifier: "2027b", funding: "partial" });
    expectTypeOf(sandbox.changeNpqParticipantId).toBeCallableWith("0b7e3c5e-7a3a-4c59-9b43-2f1e3e0f9a11");
    // @ts-expect-error: an NPQ delivery partner needs cohorts
    sandbox.createNpqDeliveryPartner({ lead_provider_id: "0b7e3c5e-7a3a-4c59-9b43-2f1e3e0f9a11" });
    expectTypeOf(sandbox.requests).toBeCallableWith({ status: 422, method: "POST", since: 3, limit: 1 });
    expectTypeOf(sandbox.requests).toBeCallableWith({ status: "4xx", path: "/ecf/api/v3/participants" });
    // @ts-expect-error: a status class is a digit and "xx"
    sandbox.requests({ status: "4XX" });
    // @ts-expect-error: methods are upper case, as HTTP spells them
    sandbox.requests({ method: "post" });
  });

  it("types the raw client from the control API's spec", async () => {
    const { data } = await throwing.raw.GET("/__sandbox/world");
    expectTypeOf(data).toEqualTypeOf<SandboxWorldSummary>();
    // @ts-expect-error: the Lead Provider API's paths are not the control API's
    await throwing.raw.GET("/api/v3/participants");
    const result = await sandbox.raw.GET("/__sandbox/clock");
    expectTypeOf<undefined>().toExtend<typeof result.data>();
  });
});

/**
 * Each method as its parameters and result, both compared covariantly: method parameters alone are compared
 * bivariantly, which would let one side accept less than the other unnoticed.
 */
type Signatures<T> = {
  [Key in keyof T]: T[Key] extends (...args: infer Args) => infer Result ? { args: Args; result: Result } : T[Key];
};

/** Compiles only when `From` is assignable to `To`. */
type Assignable<From extends To, To> = From extends To ? true : false;

describe("@lpkit/sandbox's createControlClient", () => {
  type SdkHelpers = Signatures<Omit<SandboxClient, "raw">>;
  type SandboxHelpers = Signatures<ControlClient>;

  it("has the SDK client's helpers, no more, no fewer (everything but raw)", () => {
    expectTypeOf<keyof SandboxHelpers>().toEqualTypeOf<keyof SdkHelpers>();
  });

  it("is assignable to the SDK client's helpers and back, so the two cannot drift apart", () => {
    // A constraint is checked with plain assignability, which expect-type's `toExtend` does not always apply.
    expectTypeOf<Assignable<SandboxHelpers, SdkHelpers>>().toEqualTypeOf<true>();
    expectTypeOf<Assignable<SdkHelpers, SandboxHelpers>>().toEqualTypeOf<true>();
  });
});
