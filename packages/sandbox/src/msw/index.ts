/**
 * @module
 * `@lpkit/sandbox/msw`: the sandbox in-process, as MSW request handlers. Every request your code sends to the
 * API's base URL is answered by the same app `lpkit-sandbox` serves (real rules, real messages, state that
 * persists between requests), with the control functions at hand and typed overrides for canned answers.
 * Requires `msw` (2.x or 3.x), a peer dependency of this entry point only.
 */
export { ECF_SANDBOX_BASE_URL, NPQ_SANDBOX_BASE_URL } from "./base-url.ts";
export { createSandboxHandlers, type SandboxHandlers, type SandboxHandlersOptions } from "./create-sandbox-handlers.ts";
export { createEcfHttp, type EcfHttp, type EcfHttpOptions } from "./ecf-http.ts";
export type {
  EcfMethod,
  EcfOperation,
  EcfPathFor,
  EcfPathParams,
  EcfPaths,
  EcfRequest,
  EcfRequestBody,
  EcfResolver,
  EcfResolverInfo,
  EcfResponse,
  EcfResponseBuilder,
  EcfResponseHelper,
  EcfResponseInit,
  EcfStatus,
} from "./ecf-http-types.ts";
