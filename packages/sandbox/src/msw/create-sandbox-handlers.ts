import { type HttpHandler, http } from "msw";
import type { ControlClient } from "../control-client/control-client-types.ts";
import { createControlClient } from "../control-client/create-control-client.ts";
import { createSandbox, type SandboxOptions } from "../create-sandbox.ts";
import { NPQ_MOUNT } from "../http/mounts.ts";
import { WORLD_HEADER } from "../worlds/world-names.ts";
import {
  controlPattern,
  copyRequest,
  ECF_SANDBOX_BASE_URL,
  NPQ_SANDBOX_BASE_URL,
  parseBaseUrl,
  toSandboxRequest,
} from "./base-url.ts";
import { createEcfHttp, type EcfHttp } from "./ecf-http.ts";

/** Options of {@link createSandboxHandlers}: those of `createSandbox`, and where the API is expected. */
export interface SandboxHandlersOptions extends SandboxOptions {
  /**
   * The base URL your code sends its requests to: the handlers answer everything under it. Default: DfE's sandbox,
   * {@link ECF_SANDBOX_BASE_URL}. The API's paths (`/api/v3/...`) follow it, as with the real service; a path
   * prefix is kept, so `http://127.0.0.1:4010/ecf` (a local sandbox) works as well.
   */
  readonly baseUrl?: string;
  /**
   * The base URL your code sends its NPQ API requests to. Default: DfE's NPQ sandbox, {@link NPQ_SANDBOX_BASE_URL}.
   * A path prefix is kept, so `http://127.0.0.1:4010/npq` (a local sandbox) works as well.
   */
  readonly npqBaseUrl?: string;
  /**
   * A world of the sandbox (docs/decisions/sandbox-isolated-worlds.md) that every handled request without an
   * `X-Sandbox-World` header, and every call of the returned `sandbox`, is for. Create it first:
   * `await sandbox.createWorld({ name: world })`. Default: the default world.
   */
  readonly world?: string;
}

/** What {@link createSandboxHandlers} gives a test suite. */
export interface SandboxHandlers {
  /**
   * For `setupServer(...handlers)` (or `setupWorker`): the sandbox answers every request under the base URL. A
   * plain array, as MSW's own functions (`getResponse`, ...) take.
   */
  readonly handlers: HttpHandler[];
  /**
   * The control API in process, as async functions with the API's shapes: the same helpers as the SDK's
   * `createSandboxClient` (`reset()`, `setClock()`, `createParticipant()`, `markStatementPaid()`, `injectFault()`,
   * `statements()`, `leadProviders()`, ...), over `sandbox.fetch`, throwing the same errors.
   */
  readonly sandbox: ControlClient;
  /** Typed per-test overrides under the same base URL, for `server.use(...)`; see {@link createEcfHttp}. */
  readonly http: EcfHttp;
  /** The base URL the handlers answer the ECF API for, without a trailing slash. */
  readonly baseUrl: string;
  /** The base URL the handlers answer the NPQ API for, without a trailing slash. */
  readonly npqBaseUrl: string;
  /**
   * Where the handlers also answer the control API (`/__sandbox/*`): the base URL's origin, as `lpkit-sandbox`
   * serves it (`http://127.0.0.1:4010` for `http://127.0.0.1:4010/ecf`). `createSandboxClient({ baseUrl:
   * controlBaseUrl })` of `@lpkit/sdk` then works under MSW unchanged.
   */
  readonly controlBaseUrl: string;
}

/**
 * MSW request handlers backed by a real sandbox: every request under the ECF or the NPQ base URL is answered by the
 * same Hono
 * app that `lpkit-sandbox` serves, in-process. State carries over from one request to the next (a declaration you
 * submit can be voided, a statement DfE pays turns its declarations `paid`), and every rule, status and error
 * message is the sandbox's own. There is one world per call: build it once per test file and `await sandbox.reset()`
 * between tests.
 *
 * MSW is a peer dependency of this entry point only; `@lpkit/sandbox` itself never loads it.
 *
 * @example
 * import { createSandboxHandlers } from "@lpkit/sandbox/msw";
 * import { setupServer } from "msw/node";
 *
 * const { handlers, sandbox } = createSandboxHandlers({ now: "2025-10-01T09:30:00Z" });
 * const server = setupServer(...handlers);
 * beforeAll(() => server.listen({ onUnhandledFrame: "error" })); // MSW 2: onUnhandledRequest
 * afterEach(async () => {
 *   server.resetHandlers();
 *   await sandbox.reset();
 * });
 * afterAll(() => server.close());
 */
export function createSandboxHandlers(options: SandboxHandlersOptions = {}): SandboxHandlers {
  const { baseUrl = ECF_SANDBOX_BASE_URL, npqBaseUrl = NPQ_SANDBOX_BASE_URL, world, ...sandboxOptions } = options;
  const base = parseBaseUrl(baseUrl);
  const npqBase = parseBaseUrl(npqBaseUrl, "npqBaseUrl");
  // In-process, requests carry the base URL's host (DfE's, by default) and come from the test's own code: no Host
  // check. The control token, when given, is still required, and the in-process client sends it.
  const created = createSandbox({ allowedHosts: "any", ...sandboxOptions });
  // Requests the code under test sends name no world: they go to the handlers' one, unless they name their own.
  const sandbox = { fetch: (request: Request) => created.fetch(inWorld(request, world)) };
  // One catch-all handler rather than one per operation: unknown paths and methods then get the service's own
  // 404 and 405 answers instead of MSW's "unhandled request", exactly as over HTTP.
  const ecf = http.all(base.pattern, async ({ request }) => sandbox.fetch(await toSandboxRequest(request, base)));
  const npq = http.all(npqBase.pattern, async ({ request }) =>
    sandbox.fetch(await toSandboxRequest(request, npqBase, NPQ_MOUNT)),
  );
  // First: at an origin base URL, the ECF handler's pattern covers `/__sandbox` too.
  const control = http.all(controlPattern(base.origin), async ({ request }) =>
    sandbox.fetch(await copyRequest(request)),
  );
  return {
    // The NPQ handler before the ECF one: a base URL with a path (`…/npq`) is more specific than an origin.
    handlers: [control, npq, ecf],
    sandbox: createControlClient({
      baseUrl: base.origin,
      fetch: sandbox.fetch,
      controlToken: sandboxOptions.controlToken,
      world,
    }),
    http: createEcfHttp({ baseUrl: base.href }),
    baseUrl: base.href,
    npqBaseUrl: npqBase.href,
    controlBaseUrl: base.origin,
  };
}

/** `request` with `X-Sandbox-World: world` when it names none and a world is given. */
function inWorld(request: Request, world: string | undefined): Request {
  if (world === undefined || request.headers.has(WORLD_HEADER)) {
    return request;
  }
  const named = new Request(request);
  named.headers.set(WORLD_HEADER, world);
  return named;
}
