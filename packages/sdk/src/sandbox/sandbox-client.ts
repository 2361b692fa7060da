/**
 * @module
 * `createSandboxClient`: a client for the control API of the Lead Provider Kit sandbox (`/__sandbox`), built like
 * the ECF client (retries, user agent, typed errors), with one typed helper per operation a test suite needs.
 */
import { type ApiClientOptions, createApiClient } from "../create-api-client.ts";
import type { CourseIdentifier, Participant, Statement } from "../generated/ecf-v3.ts";
import type { NpqApplication } from "../generated/npq-v3.ts";
import type { operations, paths } from "../generated/sandbox-v1.ts";
import { bearerAuth, type TokenSource } from "../middleware/bearer-auth.ts";
import { dataOrThrow, type FetchResult } from "../response-error.ts";
import { formatRfc3339, parseInstant } from "../rfc3339.ts";
import { sandboxEcfBaseUrl, sandboxNpqBaseUrl } from "./sandbox-base-url.ts";
import type { AnySandboxApiClient, SandboxApiClient, ThrowingSandboxApiClient } from "./sandbox-client-types.ts";
import type {
  SandboxClockState,
  SandboxDeliveryPartner,
  SandboxDeliveryPartnerFixture,
  SandboxFault,
  SandboxFaultRequest,
  SandboxHealth,
  SandboxLeadProvider,
  SandboxNpqApplicationFixture,
  SandboxNpqCohort,
  SandboxNpqCohortFixture,
  SandboxNpqDeliveryPartner,
  SandboxNpqDeliveryPartnerFixture,
  SandboxNpqLeadProvider,
  SandboxNpqParticipantIdChange,
  SandboxParticipantFixture,
  SandboxRequestLogEntry,
  SandboxScenario,
  SandboxSchool,
  SandboxSchoolFixture,
  SandboxStatementAdjustment,
  SandboxStatementAdjustmentRequest,
  SandboxStatementBreakdown,
  SandboxStatementSummary,
  SandboxWorld,
  SandboxWorldSummary,
} from "./sandbox-types.ts";

/** Options of {@link createSandboxClient}. */
export interface SandboxClientOptions extends ApiClientOptions {
  /**
   * Where the sandbox listens, without `/__sandbox` (the paths carry it): {@link LPKIT_SANDBOX_BASE_URL} for
   * `lpkit-sandbox` with its defaults, or e.g. `http://127.0.0.1:${port}` for one a test started on port 0.
   */
  readonly baseUrl: string;
  /**
   * The sandbox's control token, when it was started with one (`lpkit-sandbox --control-token`, `createSandbox({
   * controlToken })`): sent as `Authorization: Bearer <token>` on every control request.
   */
  readonly controlToken?: TokenSource;
  /**
   * The mode of {@link SandboxClient.raw} only: the helpers always reject with a {@link LeadProviderApiError}
   * subclass, whichever mode.
   */
  readonly throwOnError?: boolean;
}

/** Options of {@link SandboxClient.reset}. */
export interface SandboxResetOptions {
  /** Seed of the new world. Default: the seed the sandbox was started (or last reset) with. */
  readonly seed?: number;
  /**
   * Freezes the clock at this instant (to the second) before the world is built; `null` returns it to real time.
   * Default: the clock is left as it is.
   */
  readonly now?: Date | string | null;
}

/** Options of {@link SandboxClient.createWorld}. */
export interface SandboxWorldRequest {
  /** 1 to 64 lower-case letters, digits or hyphens. Default: a generated name (`world-1`, ...). */
  readonly name?: string;
  /** Seed of the new world. Default: the seed the sandbox was started with. */
  readonly seed?: number;
  /** Freezes the new world's clock at this instant (to the second). Default (or `null`): real time. */
  readonly now?: Date | string | null;
}

/** Options of {@link SandboxClient.setClock}. */
export interface SandboxSetClockOptions {
  /** `true` (the default) stands the clock still at `now`; `false` lets it run from there. */
  readonly frozen?: boolean;
}

/** Filters of {@link SandboxClient.scenarios}, as the control API spells them. */
export type SandboxScenarioFilter = NonNullable<operations["getScenarios"]["parameters"]["query"]>;

/** Filters of {@link SandboxClient.statements}, as the control API spells them; every one given must match. */
export type SandboxStatementFilter = NonNullable<operations["getStatements"]["parameters"]["query"]>;

/**
 * Filters of {@link SandboxClient.requests}, as the control API spells them; every one given must match. `status`
 * is a status (`422`) or a class (`"4xx"`).
 */
export type SandboxRequestFilter = Omit<NonNullable<operations["getRequests"]["parameters"]["query"]>, "status"> & {
  readonly status?: number | `${1 | 2 | 3 | 4 | 5}xx`;
};

/**
 * A client for the sandbox's control API: typed helpers for what only DfE, schools or time can do, plus the raw
 * openapi-fetch client for anything else. Every helper resolves with the response's content (envelopes removed)
 * and rejects with a {@link LeadProviderApiError} subclass: `BadRequestError` for a malformed request,
 * `NotFoundError` for an unknown id, `UnprocessableError` when the world does not allow it.
 */
export interface SandboxClient<Raw extends AnySandboxApiClient = AnySandboxApiClient> {
  /** The openapi-fetch client for `/__sandbox/*`, typed from the control API's spec, in the mode you chose. */
  readonly raw: Raw;
  /** The sandbox's base URL, as given. */
  readonly baseUrl: string;
  /** The base URL of the sandbox's ECF Lead Provider API, for {@link createEcfClient}. */
  readonly ecfBaseUrl: string;
  /** The base URL of the sandbox's NPQ Lead Provider API, for {@link createNpqClient}. */
  readonly npqBaseUrl: string;
  /** `GET /__sandbox/health`: resolves once the sandbox answers (retried like any GET). */
  health(): Promise<SandboxHealth>;
  /** `GET /__sandbox/world`: the seed, digest, clock and record counts of the current world. */
  world(): Promise<SandboxWorldSummary>;
  /** `GET /__sandbox/lead-providers`: every lead provider with its bearer token and cohorts. */
  leadProviders(): Promise<SandboxLeadProvider[]>;
  /**
   * `POST /__sandbox/reset`: throws the world away and seeds a new one; armed faults and rate-limit counters are
   * cleared. Resolves with the new world's summary.
   */
  reset(options?: SandboxResetOptions): Promise<SandboxWorldSummary>;
  /** `GET /__sandbox/clock`: the sandbox's "now", and whether it stands still. */
  clock(): Promise<SandboxClockState>;
  /**
   * `PUT /__sandbox/clock`: freezes the clock at `now` (to the second), lets it run from there with
   * `{ frozen: false }`, or returns it to real time with `null`. The world is not rebuilt.
   */
  setClock(now: Date | string | null, options?: SandboxSetClockOptions): Promise<SandboxClockState>;
  /** `GET /__sandbox/scenarios`: named situations of the seeded world and the ids that reach them. */
  scenarios(filter?: SandboxScenarioFilter): Promise<SandboxScenario[]>;
  /**
   * `GET /__sandbox/npq/lead-providers`: the NPQ API's eight lead providers with their NPQ ids, bearer tokens (the
   * same as on the ECF API for a lead provider in both) and the cohorts they have contracts for (`2025a`).
   */
  npqLeadProviders(): Promise<SandboxNpqLeadProvider[]>;
  /**
   * `POST /__sandbox/npq/applications`: registers an NPQ application, pending or already accepted (with a training
   * status) or rejected. Resolves with the application as its lead provider sees it through
   * `GET /api/v3/npq-applications/{id}`.
   */
  createNpqApplication(fixture: SandboxNpqApplicationFixture): Promise<NpqApplication>;
  /**
   * `POST /__sandbox/npq/applications/{id}/change-lead-provider`: what DfE support does when a participant moves
   * provider. Resolves with the application as the new lead provider sees it; the old one no longer sees it, and the
   * declarations stay with the lead provider that made them (the new one sees them but cannot void them).
   */
  changeNpqApplicationLeadProvider(applicationId: string, leadProviderId: string): Promise<NpqApplication>;
  /**
   * `POST /__sandbox/npq/participants/{id}/change-id`: DfE merges the participant into `toParticipantId`, or moves
   * them to a new id. The old id then answers `410` with `participant_id_changes` on the NPQ API.
   */
  changeNpqParticipantId(participantId: string, toParticipantId?: string): Promise<SandboxNpqParticipantIdChange>;
  /**
   * `POST /__sandbox/npq/cohorts`: a cohort (`2027a`, `2026c`; a bare year means suffix `a`) with its schedules and,
   * for each NPQ lead provider, two years of monthly statements from its registration start date (default 1 April of
   * the start year), with contracts unless `contracts: false`.
   */
  createNpqCohort(fixture: SandboxNpqCohortFixture): Promise<SandboxNpqCohort>;
  /** `POST /__sandbox/npq/delivery-partners`: an NPQ delivery partner working with a lead provider in some cohorts. */
  createNpqDeliveryPartner(fixture: SandboxNpqDeliveryPartnerFixture): Promise<SandboxNpqDeliveryPartner>;
  /**
   * `POST /__sandbox/participants`: registers a participant (or a second role of an existing one) with a lead
   * provider, creating the school, partnership and training period it needs. Resolves with the participant as
   * that lead provider sees it through `GET /api/v3/participants/{id}`.
   */
  createParticipant(fixture: SandboxParticipantFixture): Promise<Participant>;
  /**
   * `POST /__sandbox/participants/{id}/eligible-for-funding`: what an appropriate body (for an ECT) or mentor
   * registration does; the role's `submitted` declarations become `eligible`. Resolves with the participant as
   * the first lead provider training them sees it.
   */
  makeEligibleForFunding(participantId: string, courseIdentifier: CourseIdentifier): Promise<Participant>;
  /** `POST /__sandbox/schools`: creates a school, eligible for funding unless told otherwise. */
  createSchool(fixture?: SandboxSchoolFixture): Promise<SandboxSchool>;
  /** `POST /__sandbox/delivery-partners`: creates a delivery partner working with a lead provider. */
  createDeliveryPartner(fixture: SandboxDeliveryPartnerFixture): Promise<SandboxDeliveryPartner>;
  /**
   * `POST /__sandbox/statements/{id}/mark-payable`: what DfE's nightly job does once the statement's cut-off date
   * has passed (move the clock first). Resolves with the statement as its lead provider sees it.
   */
  markStatementPayable(statementId: string): Promise<Statement>;
  /**
   * `POST /__sandbox/statements/{id}/mark-paid`: authorises payment of a payable statement; its payable
   * declarations become `paid` and those awaiting clawback `clawed-back`.
   */
  markStatementPaid(statementId: string): Promise<Statement>;
  /**
   * `GET /__sandbox/statements`: every lead provider's statements as DfE finance lists them, service fee statements
   * included (the Lead Provider API shows output statements only), by payment date, then lead provider name, then
   * cohort. Filter by `lead_provider_id`, `cohort`, `fee_type` (`output` or `service`) and `status`.
   */
  statements(filter?: SandboxStatementFilter): Promise<SandboxStatementSummary[]>;
  /**
   * `GET /__sandbox/statements/{id}/breakdown`: what any statement (output or service fee) pays, band by band, as
   * DfE finance calculates it from the world at the time of the call. `calculation` is what `calculateStatement` of
   * `@lpkit/engine` returns, amounts as strings of pounds.
   */
  statementBreakdown(statementId: string): Promise<SandboxStatementBreakdown>;
  /**
   * `POST /__sandbox/statements/{id}/adjustments`: adds an additional adjustment (a description and a non-zero
   * amount in pounds, negative to take money off) to an ECF or NPQ statement that is not paid; the breakdown counts
   * it into the total. Resolves with it and the id that removes it.
   */
  addStatementAdjustment(
    statementId: string,
    adjustment: SandboxStatementAdjustmentRequest,
  ): Promise<SandboxStatementAdjustment>;
  /** `DELETE /__sandbox/statements/{id}/adjustments/{adjustment_id}`: takes an adjustment off a statement not paid. */
  removeStatementAdjustment(statementId: string, adjustmentId: string): Promise<void>;
  /**
   * `GET /__sandbox/statements/{id}/declarations.csv`: the declarations paid, clawed back or voided on a statement,
   * one row each with its band and amount, as RFC 4180 text (CRLF line ends, a header row; the header only for a
   * service fee statement).
   */
  statementDeclarationsCsv(statementId: string): Promise<string>;
  /**
   * `GET /__sandbox/journal`: every change the sandbox accepted, as NDJSON text (a header line, then one entry a
   * line). Save it (a CI artefact, say) to replay the run elsewhere: `lpkit-sandbox --replay <file>` or
   * `createSandbox({ journal })` rebuild the same world.
   */
  journal(): Promise<string>;
  /**
   * `POST /__sandbox/worlds`: a new isolated world (its own records, clock, faults, rate-limit counters and
   * journal), from `seed`, frozen at `now`; a name is generated when none is given. Use it with clients whose
   * `world` option is its name.
   */
  createWorld(world?: SandboxWorldRequest): Promise<SandboxWorld>;
  /** `GET /__sandbox/worlds`: every world of the sandbox, the default world first. */
  worlds(): Promise<SandboxWorld[]>;
  /** `DELETE /__sandbox/worlds/{name}`: deletes a world and everything in it (not the default world). */
  deleteWorld(name: string): Promise<void>;
  /**
   * `POST /__sandbox/faults`: the next `count` (default 1) Lead Provider API requests whose path starts with
   * `path` (e.g. `/ecf/api/v3/participants`; any path without it) and use `method` (any without it) answer
   * `status` instead, before authentication. A `path` no API route begins (one without `/ecf`, or a misspelt
   * one) would never fire, and is refused with a `BadRequestError` whose detail names the path that would.
   */
  injectFault(fault: SandboxFaultRequest): Promise<SandboxFault>;
  /** `GET /__sandbox/faults`: the faults still armed, in firing order. */
  faults(): Promise<SandboxFault[]>;
  /** `DELETE /__sandbox/faults`: disarms every fault. */
  clearFaults(): Promise<void>;
  /**
   * `GET /__sandbox/requests`: the last requests lead providers' clients sent the sandbox (the ECF API, and paths it
   * does not serve; not the control API), oldest first, with what it answered: method, path, query, lead provider,
   * status, duration, the first error's detail, and both bodies (`text`, and `json` when whole JSON). Filter by
   * `lead_provider_id`, `path` (a prefix), `method`, `status` (`422` or `"4xx"`), `since` (only requests after
   * that id) and `limit` (only the last n). The log keeps the last 1,000 requests and 16,384 characters of each
   * body (`truncated: true` beyond), and a reset empties it.
   *
   * @example
   * const [last] = await sandbox.requests({ path: "/ecf/api/v3/participant-declarations", limit: 1 });
   * expect(last?.request_body?.json).toMatchObject({ data: { attributes: { declaration_type: "started" } } });
   */
  requests(filter?: SandboxRequestFilter): Promise<SandboxRequestLogEntry[]>;
  /** `DELETE /__sandbox/requests`: empties the request log (ids go on from the last one). */
  clearRequests(): Promise<void>;
}

/**
 * Creates a client for the control API of a running Lead Provider Kit sandbox.
 *
 * @example
 * const sandbox = createSandboxClient({ baseUrl: LPKIT_SANDBOX_BASE_URL });
 * await sandbox.reset({ seed: 42, now: "2025-10-01T09:30:00Z" });
 * const [provider] = await sandbox.leadProviders();
 * const client = createEcfClient({ baseUrl: sandbox.ecfBaseUrl, token: provider.token, throwOnError: true });
 */
export function createSandboxClient(
  options: SandboxClientOptions & { readonly throwOnError: true },
): SandboxClient<ThrowingSandboxApiClient>;
export function createSandboxClient(
  options: SandboxClientOptions & { readonly throwOnError?: false },
): SandboxClient<SandboxApiClient>;
export function createSandboxClient(options: SandboxClientOptions): SandboxClient<AnySandboxApiClient>;
export function createSandboxClient(options: SandboxClientOptions): SandboxClient<AnySandboxApiClient> {
  const api =
    options.controlToken === undefined
      ? createApiClient<paths>("createSandboxClient", options)
      : createApiClient<paths>(
          "createSandboxClient",
          options,
          bearerAuth(options.controlToken, "The sandbox control token"),
        );

  return {
    raw: api,
    baseUrl: options.baseUrl,
    ecfBaseUrl: sandboxEcfBaseUrl(options.baseUrl),
    npqBaseUrl: sandboxNpqBaseUrl(options.baseUrl),
    health: async () => content(await api.GET("/__sandbox/health"), "GET", "/__sandbox/health"),
    world: async () => content(await api.GET("/__sandbox/world"), "GET", "/__sandbox/world"),
    leadProviders: async () =>
      content(await api.GET("/__sandbox/lead-providers"), "GET", "/__sandbox/lead-providers").data,
    reset: async (reset = {}) => {
      const body = {
        ...(reset.seed === undefined ? {} : { seed: reset.seed }),
        ...(reset.now === undefined ? {} : { now: instantOrNull(reset.now) }),
      };
      return content(await api.POST("/__sandbox/reset", { body }), "POST", "/__sandbox/reset");
    },
    clock: async () => content(await api.GET("/__sandbox/clock"), "GET", "/__sandbox/clock"),
    setClock: async (now, clock = {}) => {
      const body = { now: instantOrNull(now), ...(clock.frozen === undefined ? {} : { frozen: clock.frozen }) };
      return content(await api.PUT("/__sandbox/clock", { body }), "PUT", "/__sandbox/clock");
    },
    scenarios: async (filter) => {
      const result = await api.GET("/__sandbox/scenarios", { params: { query: filter } });
      return content(result, "GET", "/__sandbox/scenarios").data;
    },
    npqLeadProviders: async () =>
      content(await api.GET("/__sandbox/npq/lead-providers"), "GET", "/__sandbox/npq/lead-providers").data,
    createNpqApplication: async (fixture) => {
      const result = await api.POST("/__sandbox/npq/applications", { body: fixture });
      // The control API's document gives the envelope only; the body is the NPQ API's `NpqApplicationResponse`.
      return content(result, "POST", "/__sandbox/npq/applications").data as NpqApplication;
    },
    changeNpqApplicationLeadProvider: async (applicationId, leadProviderId) => {
      const path = "/__sandbox/npq/applications/{id}/change-lead-provider";
      const result = await api.POST(path, {
        params: { path: { id: applicationId } },
        body: { lead_provider_id: leadProviderId },
      });
      // The control API's document gives the envelope only; the body is the NPQ API's `NpqApplicationResponse`.
      return content(result, "POST", path).data as NpqApplication;
    },
    changeNpqParticipantId: async (participantId, toParticipantId) => {
      const path = "/__sandbox/npq/participants/{id}/change-id";
      const result = await api.POST(path, {
        params: { path: { id: participantId } },
        body: toParticipantId === undefined ? {} : { to_participant_id: toParticipantId },
      });
      return content(result, "POST", path).data;
    },
    createNpqCohort: async (fixture) =>
      content(await api.POST("/__sandbox/npq/cohorts", { body: fixture }), "POST", "/__sandbox/npq/cohorts").data,
    createNpqDeliveryPartner: async (fixture) => {
      const result = await api.POST("/__sandbox/npq/delivery-partners", { body: fixture });
      return content(result, "POST", "/__sandbox/npq/delivery-partners").data;
    },
    createParticipant: async (fixture) => {
      const result = await api.POST("/__sandbox/participants", { body: fixture });
      return content(result, "POST", "/__sandbox/participants").data;
    },
    makeEligibleForFunding: async (participantId, courseIdentifier) => {
      const path = "/__sandbox/participants/{id}/eligible-for-funding";
      const result = await api.POST(path, {
        params: { path: { id: participantId } },
        body: { course_identifier: courseIdentifier },
      });
      return content(result, "POST", path).data;
    },
    createSchool: async (fixture = {}) =>
      content(await api.POST("/__sandbox/schools", { body: fixture }), "POST", "/__sandbox/schools").data,
    createDeliveryPartner: async (fixture) => {
      const result = await api.POST("/__sandbox/delivery-partners", { body: fixture });
      return content(result, "POST", "/__sandbox/delivery-partners").data;
    },
    markStatementPayable: async (statementId) => {
      const path = "/__sandbox/statements/{id}/mark-payable";
      const result = await api.POST(path, { params: { path: { id: statementId } } });
      return content(result, "POST", path).data;
    },
    markStatementPaid: async (statementId) => {
      const path = "/__sandbox/statements/{id}/mark-paid";
      const result = await api.POST(path, { params: { path: { id: statementId } } });
      return content(result, "POST", path).data;
    },
    statements: async (filter) => {
      const result = await api.GET("/__sandbox/statements", { params: { query: filter } });
      return content(result, "GET", "/__sandbox/statements").data;
    },
    statementBreakdown: async (statementId) => {
      const path = "/__sandbox/statements/{id}/breakdown";
      const result = await api.GET(path, { params: { path: { id: statementId } } });
      return content(result, "GET", path).data;
    },
    addStatementAdjustment: async (statementId, adjustment) => {
      const path = "/__sandbox/statements/{id}/adjustments";
      const result = await api.POST(path, { params: { path: { id: statementId } }, body: adjustment });
      return content(result, "POST", path).data;
    },
    removeStatementAdjustment: async (statementId, adjustmentId) => {
      const path = "/__sandbox/statements/{id}/adjustments/{adjustment_id}";
      const result = await api.DELETE(path, { params: { path: { id: statementId, adjustment_id: adjustmentId } } });
      dataOrThrow(result, "DELETE", path);
    },
    statementDeclarationsCsv: async (statementId) => {
      const path = "/__sandbox/statements/{id}/declarations.csv";
      const result = await api.GET(path, { params: { path: { id: statementId } }, parseAs: "text" });
      return content(result, "GET", path);
    },
    journal: async () => {
      const path = "/__sandbox/journal";
      const result = await api.GET(path, { parseAs: "text" });
      return content(result, "GET", path);
    },
    injectFault: async (fault) =>
      content(await api.POST("/__sandbox/faults", { body: fault }), "POST", "/__sandbox/faults").data,
    faults: async () => content(await api.GET("/__sandbox/faults"), "GET", "/__sandbox/faults").data,
    clearFaults: async () => {
      dataOrThrow(await api.DELETE("/__sandbox/faults"), "DELETE", "/__sandbox/faults");
    },
    requests: async (filter = {}) => {
      const { status, ...rest } = filter;
      const query = status === undefined ? rest : { ...rest, status: String(status) };
      return content(await api.GET("/__sandbox/requests", { params: { query } }), "GET", "/__sandbox/requests").data;
    },
    clearRequests: async () => {
      dataOrThrow(await api.DELETE("/__sandbox/requests"), "DELETE", "/__sandbox/requests");
    },
    createWorld: async (world = {}) => {
      const body = {
        ...(world.name === undefined ? {} : { name: world.name }),
        ...(world.seed === undefined ? {} : { seed: world.seed }),
        ...(world.now === undefined ? {} : { now: instantOrNull(world.now) }),
      };
      return content(await api.POST("/__sandbox/worlds", { body }), "POST", "/__sandbox/worlds").data;
    },
    worlds: async () => content(await api.GET("/__sandbox/worlds"), "GET", "/__sandbox/worlds").data,
    deleteWorld: async (name) => {
      const path = "/__sandbox/worlds/{name}";
      dataOrThrow(await api.DELETE(path, { params: { path: { name } } }), "DELETE", path);
    },
  };
}

/** The body of a successful call that must have one; a typed error otherwise. */
function content<Data>(result: FetchResult<Data>, method: string, path: string): Data {
  const data = dataOrThrow(result, method, path);
  if (data === undefined) {
    throw new TypeError(`${method} ${path} answered ${result.response.status} without a body`);
  }
  return data;
}

function instantOrNull(value: Date | string | null): string | null {
  return value === null ? null : formatRfc3339(parseInstant(value, "now"));
}
