/**
 * @module
 * The surface of {@link ControlClient}: exactly the helpers of `@lpkit/sdk`'s `SandboxClient` (all but its `raw`
 * openapi-fetch client), typed from this package's own copy of the control API's types. A type test of the SDK
 * checks that the two are assignable to each other, so they cannot drift apart.
 */
import type { components as npqComponents } from "./generated/npq-v3.gen.ts";
import type { components, operations } from "./generated/sandbox-v1.gen.ts";

/** The control API's schemas (`spec/sandbox-v1.yaml`), the ECF API's ones it refers to included. */
export type ControlSchemas = components["schemas"];

/** The NPQ API's schemas: what the NPQ fixtures answer with (the control API's document gives their envelope). */
type NpqSchemas = npqComponents["schemas"];

/** Options of {@link ControlClient.reset}. */
export interface ControlResetOptions {
  /** Seed of the new world. Default: the seed the sandbox was started (or last reset) with. */
  readonly seed?: number;
  /**
   * Freezes the clock at this instant (to the second) before the world is built; `null` returns it to real time.
   * Default: the clock is left as it is.
   */
  readonly now?: Date | string | null;
}

/** Options of {@link ControlClient.createWorld}. */
export interface ControlWorldRequest {
  /** 1 to 64 lower-case letters, digits or hyphens. Default: a generated name (`world-1`, ...). */
  readonly name?: string;
  /** Seed of the new world. Default: the seed the sandbox was started with. */
  readonly seed?: number;
  /** Freezes the new world's clock at this instant (to the second). Default (or `null`): real time. */
  readonly now?: Date | string | null;
}

/** Options of {@link ControlClient.setClock}. */
export interface ControlSetClockOptions {
  /** `true` (the default) stands the clock still at `now`; `false` lets it run from there. */
  readonly frozen?: boolean;
}

/** Filters of {@link ControlClient.scenarios}, as the control API spells them. */
export type ControlScenarioFilter = NonNullable<operations["getScenarios"]["parameters"]["query"]>;

/** Filters of {@link ControlClient.statements}, as the control API spells them; every one given must match. */
export type ControlStatementFilter = NonNullable<operations["getStatements"]["parameters"]["query"]>;

/**
 * Filters of {@link ControlClient.requests}, as the control API spells them; every one given must match. `status`
 * is a status (`422`) or a class (`"4xx"`).
 */
export type ControlRequestFilter = Omit<NonNullable<operations["getRequests"]["parameters"]["query"]>, "status"> & {
  readonly status?: number | `${1 | 2 | 3 | 4 | 5}xx`;
};

/**
 * The sandbox's control API as async functions, with the API's own shapes (snake_case, RFC 3339 strings). Every
 * call goes through the HTTP routes of `/__sandbox`, so validation, answers and errors are the wire's; a refused
 * call rejects with a {@link ControlApiError} (`BadRequestError`, `NotFoundError`, `UnprocessableError`, ... as
 * `name`), which the SDK's error classes recognise with `instanceof`.
 */
export interface ControlClient {
  /** The sandbox's base URL, as given (where `/__sandbox` is found). */
  readonly baseUrl: string;
  /** The base URL of the sandbox's ECF Lead Provider API (`<baseUrl>/ecf`). */
  readonly ecfBaseUrl: string;
  /** The base URL of the sandbox's NPQ Lead Provider API (`<baseUrl>/npq`). */
  readonly npqBaseUrl: string;
  /** `GET /__sandbox/health`. */
  health(): Promise<ControlSchemas["Health"]>;
  /** `GET /__sandbox/world`: the seed, digest, clock and record counts of the current world. */
  world(): Promise<ControlSchemas["WorldSummary"]>;
  /** `GET /__sandbox/lead-providers`: every lead provider with its bearer token and cohorts. */
  leadProviders(): Promise<ControlSchemas["LeadProvider"][]>;
  /** `POST /__sandbox/reset`: a fresh world (faults and rate-limit counters cleared); resolves with its summary. */
  reset(options?: ControlResetOptions): Promise<ControlSchemas["WorldSummary"]>;
  /** `GET /__sandbox/clock`: the sandbox's "now", and whether it stands still. */
  clock(): Promise<ControlSchemas["Clock"]>;
  /** `PUT /__sandbox/clock`: freezes at `now` (a `Date` or an RFC 3339 string), runs from it, or `null` for real time. */
  setClock(now: Date | string | null, options?: ControlSetClockOptions): Promise<ControlSchemas["Clock"]>;
  /** `GET /__sandbox/scenarios`: named situations of the seeded world and the ids that reach them. */
  scenarios(filter?: ControlScenarioFilter): Promise<ControlSchemas["Scenario"][]>;
  /** `GET /__sandbox/npq/lead-providers`: the NPQ API's lead providers, their tokens and cohort identifiers. */
  npqLeadProviders(): Promise<ControlSchemas["NpqLeadProvider"][]>;
  /** `POST /__sandbox/npq/applications`: resolves with the application as its lead provider sees it. */
  createNpqApplication(fixture: ControlSchemas["NpqApplicationFixture"]): Promise<NpqSchemas["NpqApplication"]>;
  /** `POST /__sandbox/npq/applications/{id}/change-lead-provider`: resolves with it as the new lead provider sees it. */
  changeNpqApplicationLeadProvider(
    applicationId: string,
    leadProviderId: string,
  ): Promise<NpqSchemas["NpqApplication"]>;
  /** `POST /__sandbox/npq/participants/{id}/change-id`: merges into `toParticipantId`, or moves to a new id. */
  changeNpqParticipantId(
    participantId: string,
    toParticipantId?: string,
  ): Promise<ControlSchemas["NpqParticipantIdChanged"]["data"]>;
  /** `POST /__sandbox/npq/cohorts`: a cohort with its schedules and every NPQ lead provider's statements. */
  createNpqCohort(fixture: ControlSchemas["NpqCohortFixture"]): Promise<ControlSchemas["NpqCohort"]>;
  /** `POST /__sandbox/npq/delivery-partners`. */
  createNpqDeliveryPartner(
    fixture: ControlSchemas["NpqDeliveryPartnerFixture"],
  ): Promise<ControlSchemas["NpqDeliveryPartnerCreated"]["data"]>;
  /** `POST /__sandbox/participants`: resolves with the participant as the lead provider sees them. */
  createParticipant(fixture: ControlSchemas["ParticipantFixture"]): Promise<ControlSchemas["Participant"]>;
  /** `POST /__sandbox/participants/{id}/eligible-for-funding`. */
  makeEligibleForFunding(
    participantId: string,
    courseIdentifier: ControlSchemas["CourseIdentifier"],
  ): Promise<ControlSchemas["Participant"]>;
  /** `POST /__sandbox/schools`. */
  createSchool(fixture?: ControlSchemas["SchoolFixture"]): Promise<ControlSchemas["SchoolCreated"]["data"]>;
  /** `POST /__sandbox/delivery-partners`. */
  createDeliveryPartner(
    fixture: ControlSchemas["DeliveryPartnerFixture"],
  ): Promise<ControlSchemas["DeliveryPartnerCreated"]["data"]>;
  /** `POST /__sandbox/statements/{id}/mark-payable`: resolves with the statement as its lead provider sees it. */
  markStatementPayable(statementId: string): Promise<ControlSchemas["Statement"]>;
  /** `POST /__sandbox/statements/{id}/mark-paid`. */
  markStatementPaid(statementId: string): Promise<ControlSchemas["Statement"]>;
  /** `GET /__sandbox/statements`: every lead provider's statements as DfE finance lists them. */
  statements(filter?: ControlStatementFilter): Promise<ControlSchemas["StatementSummary"][]>;
  /** `GET /__sandbox/statements/{id}/breakdown`: what a statement pays, band by band. */
  statementBreakdown(statementId: string): Promise<ControlSchemas["StatementBreakdown"]>;
  /** `POST /__sandbox/statements/{id}/adjustments`: an adjustment on a statement that is not paid. */
  addStatementAdjustment(
    statementId: string,
    adjustment: ControlSchemas["StatementAdjustmentRequest"],
  ): Promise<ControlSchemas["StatementAdjustment"]>;
  /** `DELETE /__sandbox/statements/{id}/adjustments/{adjustment_id}`. */
  removeStatementAdjustment(statementId: string, adjustmentId: string): Promise<void>;
  /** `GET /__sandbox/statements/{id}/declarations.csv`, as RFC 4180 text. */
  statementDeclarationsCsv(statementId: string): Promise<string>;
  /** `POST /__sandbox/faults`: the next matching ECF API requests answer `status` instead. */
  injectFault(fault: ControlSchemas["FaultRequest"]): Promise<ControlSchemas["Fault"]>;
  /** `GET /__sandbox/faults`: the faults still armed, in firing order. */
  faults(): Promise<ControlSchemas["Fault"][]>;
  /** `DELETE /__sandbox/faults`: disarms every fault. */
  clearFaults(): Promise<void>;
  /** `GET /__sandbox/requests`: the last requests lead providers' clients sent the sandbox, oldest first. */
  requests(filter?: ControlRequestFilter): Promise<ControlSchemas["RequestLogEntry"][]>;
  /** `DELETE /__sandbox/requests`: empties the request log (ids go on from the last one). */
  clearRequests(): Promise<void>;
  /**
   * `GET /__sandbox/journal`: every change the sandbox accepted, as NDJSON text (a header line, then one entry a
   * line). Save it to replay the run elsewhere: `lpkit-sandbox --replay <file>` or `createSandbox({ journal })`.
   */
  journal(): Promise<string>;
  /**
   * `POST /__sandbox/worlds`: a new isolated world (its own records, clock, faults, rate-limit counters and
   * journal), from `seed`, frozen at `now`; a name is generated when none is given. Use it with a client whose
   * `world` is its name.
   */
  createWorld(world?: ControlWorldRequest): Promise<ControlSchemas["World"]>;
  /** `GET /__sandbox/worlds`: every world of the sandbox, the default world first. */
  worlds(): Promise<ControlSchemas["World"][]>;
  /** `DELETE /__sandbox/worlds/{name}`: deletes a world and everything in it (not the default world). */
  deleteWorld(name: string): Promise<void>;
}
