/**
 * @module
 * `@lpkit/sdk`: typed clients for DfE's Lead Provider APIs v3, the ECT/mentor one and the NPQ one, generated from
 * the Lead Provider Kit's OpenAPI documents, with bearer auth, typed errors by status, retries with backoff for safe
 * methods, async pagination, `updated_since` (and NPQ outcomes' `created_since`) sync and declaration builders that know each API's rules; and a client
 * for the control API of the Lead Provider Kit sandbox (reset, clock, fixtures, payments, faults).
 */
export {
  ECF_PRODUCTION_BASE_URL,
  ECF_SANDBOX_BASE_URL,
  NPQ_PRODUCTION_BASE_URL,
  NPQ_SANDBOX_BASE_URL,
} from "./base-urls.ts";
export { createEcfClient, type EcfClientOptions, SDK_USER_AGENT } from "./client.ts";
export type {
  AnyEcfClient,
  AnyLeadProviderClient,
  AnyNpqClient,
  EcfClient,
  EcfPath,
  NpqClient,
  NpqPath,
  PathsOf,
  SuccessResult,
  ThrowingClient,
  ThrowingEcfClient,
  ThrowingNpqClient,
} from "./client-types.ts";
export type { ApiClientOptions } from "./create-api-client.ts";
export {
  buildDeclaration,
  type CohortBefore2025,
  type CohortInput,
  type CohortYear,
  type DeclarationInput,
  type EvidenceOptions,
  evidenceOptions,
} from "./declarations.ts";
export { courseIdentifierOf } from "./enrolment-course.ts";
export {
  type ApiErrorItem,
  type ApiErrorMatch,
  BadRequestError,
  LeadProviderApiError,
  type LeadProviderApiErrorInit,
  NetworkError,
  NotFoundError,
  RateLimitError,
  ServerError,
  UnauthorizedError,
  UnprocessableError,
} from "./errors.ts";
export type * from "./ids.ts";
export type {
  CreatedSincePath,
  ListItem,
  ListPath,
  ListPathParams,
  ListQuery,
  SyncPath,
} from "./list-endpoints.ts";
export type { TokenSource } from "./middleware/bearer-auth.ts";
export { createNpqClient, type NpqClientOptions } from "./npq-client.ts";
export {
  buildNpqDeclaration,
  NPQ_COURSE_GROUPS,
  type NpqCourseGroup,
  type NpqDeclarationInput,
  npqCourseGroupOf,
  npqDeclarationTypesFor,
  npqNeedsHasPassed,
} from "./npq-declarations.ts";
export type * from "./npq-spec-types.ts";
export * from "./npq-spec-values.ts";
export {
  DEFAULT_PER_PAGE,
  MAX_PER_PAGE,
  type Page,
  type PaginateArgs,
  type PaginateOptions,
  paginate,
  paginatePages,
} from "./pagination.ts";
export { DEFAULT_RETRY_OPTIONS, type RetryEvent, type RetryOptions } from "./retry/retry-options.ts";
export {
  LPKIT_SANDBOX_BASE_URL,
  LPKIT_SANDBOX_ECF_PREFIX,
  LPKIT_SANDBOX_NPQ_PREFIX,
  sandboxEcfBaseUrl,
  sandboxNpqBaseUrl,
} from "./sandbox/sandbox-base-url.ts";
export {
  createSandboxClient,
  type SandboxClient,
  type SandboxClientOptions,
  type SandboxRequestFilter,
  type SandboxResetOptions,
  type SandboxScenarioFilter,
  type SandboxSetClockOptions,
  type SandboxStatementFilter,
  type SandboxWorldRequest,
} from "./sandbox/sandbox-client.ts";
export type {
  AnySandboxApiClient,
  SandboxApiClient,
  SandboxPath,
  ThrowingSandboxApiClient,
} from "./sandbox/sandbox-client-types.ts";
export type * from "./sandbox/sandbox-types.ts";
export type * from "./spec-types.ts";
export * from "./spec-values.ts";
export { type SyncOptions, type SyncResult, syncCreatedSince, syncUpdatedSince } from "./sync.ts";
export { SERVER_DATE_HEADER, serverDateHeaders, withServerDate } from "./time-travel.ts";
