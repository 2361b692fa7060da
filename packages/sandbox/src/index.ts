export type { RealTime } from "./clock/sandbox-clock.ts";
export type { WorldBuilder } from "./control/sandbox-control.ts";
export {
  API_ERROR_BRAND,
  ControlApiError,
  type ControlApiErrorItem,
  type ControlApiErrorMatch,
} from "./control-client/control-api-error.ts";
export type {
  ControlClient,
  ControlRequestFilter,
  ControlResetOptions,
  ControlScenarioFilter,
  ControlSchemas,
  ControlSetClockOptions,
  ControlStatementFilter,
  ControlWorldRequest,
} from "./control-client/control-client-types.ts";
export type { ControlFetch } from "./control-client/control-request.ts";
export { type ControlClientOptions, createControlClient } from "./control-client/create-control-client.ts";
export type { Sandbox, SandboxOptions } from "./create-sandbox.ts";
export { createSandbox } from "./create-sandbox.ts";
export type { LeadProviderIdentity, SandboxEnv } from "./http/env.ts";
export type { RateLimitOptions } from "./http/rate-limit.ts";
export { REAL_RATE_LIMIT } from "./http/rate-limit.ts";
export type { LoggedBody, RequestLogEntry, RequestSummary } from "./request-log/render-entry.ts";
export type { RequestLogOptions } from "./request-log/request-log.ts";
export type { SeedProgress } from "./seed/seeded-world.ts";
export { DEFAULT_SEED } from "./seed/seeded-world.ts";
