import { Hono } from "hono";
import { type RealTime, SandboxClock } from "./clock/sandbox-clock.ts";
import { createControlApp } from "./control/control-app.ts";
import { SandboxControl, type WorldBuilder } from "./control/sandbox-control.ts";
import type { ControlClient } from "./control-client/control-client-types.ts";
import { createControlClient } from "./control-client/create-control-client.ts";
import { createDocsApp } from "./docs/docs-app.ts";
import { createEcfApp, ECF_API_PREFIX } from "./ecf/ecf-app.ts";
import { createFinanceApp } from "./finance/finance-app.ts";
import { homeRoute } from "./home/home-route.ts";
import { type AllowedHosts, checkHost } from "./http/allowed-hosts.ts";
import { DEFAULT_BODY_LIMIT_BYTES, limitBodies } from "./http/body-limit.ts";
import { ignoreClientsGone } from "./http/client-gone.ts";
import type { SandboxEnv } from "./http/env.ts";
import { errorHandler, notFoundHandler, type UnexpectedErrorReporter } from "./http/fallbacks.ts";
import { FaultInjector } from "./http/faults.ts";
import { ECF_MOUNT, NPQ_MOUNT } from "./http/mounts.ts";
import { RateLimiter, type RateLimitOptions, REAL_RATE_LIMIT } from "./http/rate-limit.ts";
import { RememberingRouter } from "./http/remembering-router.ts";
import { routeNotFound } from "./http/responses.ts";
import { routePath } from "./http/route-path.ts";
import type { JournalStore } from "./journal/journal-store.ts";
import { parseJournal, type RecordedJournal } from "./journal/recorded-journal.ts";
import { SqliteJournalStore } from "./journal/sqlite-journal-store.ts";
import { createNpqApp, NPQ_API_PREFIX } from "./npq/npq-app.ts";
import { npqNotFound } from "./npq/npq-responses.ts";
import { logRequests } from "./request-log/log-requests.ts";
import type { RequestSummary } from "./request-log/render-entry.ts";
import { RequestLog, type RequestLogOptions } from "./request-log/request-log.ts";
import { DEFAULT_SEED, type SeedProgress, seededWorldBuilder } from "./seed/seeded-world.ts";
import { parseRfc3339 } from "./time/timestamps.ts";
import { dispatchToWorld, refuseUnknownWorld } from "./worlds/select-world.ts";
import { DEFAULT_WORLD } from "./worlds/world-names.ts";
import { Worlds } from "./worlds/worlds.ts";

export interface SandboxOptions {
  /** Seed of the world; the same seed (and clock) gives a byte-identical world. Default: a fixed seed. */
  readonly seed?: number;
  /** Freezes the clock at this instant before the world is built; real time when absent. */
  readonly now?: Date | string;
  /** Number of participants to generate beyond the standard world (e.g. 100000 for load tests). */
  readonly size?: number;
  /** Throttle like the real service (1,000 requests per 5 minutes per token), or with other numbers. Off by default. */
  readonly rateLimit?: boolean | RateLimitOptions;
  /** Progress of world building, for large sizes. */
  readonly onProgress?: (progress: SeedProgress) => void;
  /**
   * Called with unexpected errors (the client gets a 500 without details). Default: `console.error`. A client that
   * goes away mid-request is not one: it is neither reported nor answered.
   */
  readonly onUnexpectedError?: UnexpectedErrorReporter;
  /** The source of real time. Default: `Date.now`. */
  readonly realTime?: RealTime;
  /** The largest request body accepted, in bytes; larger ones get a 413. Default: 1 MiB. */
  readonly bodyLimit?: number;
  /**
   * Host names (a `Host` header's name, without the port) the sandbox answers for besides localhost, 127.0.0.1 and
   * [::1]; other hosts get a 403, which defeats DNS rebinding. `"any"` answers for every host. Default: loopback only.
   */
  readonly allowedHosts?: AllowedHosts;
  /** When set, every control request but `/__sandbox/health` must send `Authorization: Bearer <controlToken>`. */
  readonly controlToken?: string;
  /** Where the sandbox is served, e.g. `http://127.0.0.1:4010`, for the `servers` of `/docs/*.json`. Default: relative. */
  readonly origin?: string;
  /**
   * How much of the request log (`GET /__sandbox/requests`) to keep: `maxEntries` (default 1,000 requests) and
   * `maxBodyLength` (default 16,384 characters of each body). `false` keeps nothing.
   */
  readonly requestLog?: false | RequestLogOptions;
  /**
   * Called once each request of a lead provider's client is answered (what the request log records; not the control
   * API, `/docs` or `/`), with its summary: time, method, path, lead provider, status, duration and, for an error,
   * the first error's detail. `lpkit-sandbox` prints these. A callback that throws is reported as an unexpected error.
   */
  readonly onRequest?: (request: RequestSummary) => void;
  /**
   * A recorded journal to start from (NDJSON, as `GET /__sandbox/journal` or `sandbox.control.journal()` gives it):
   * the world of its header, every entry replayed. `seed`, `now` and `size` are the journal's then.
   */
  readonly journal?: string;
  /** With `journal`: stop after this entry, to look at the world just before a failing step. */
  readonly replayUntil?: number;
  /**
   * Keeps the journal in this SQLite file (Node.js only): every accepted write is committed before it is answered,
   * and a sandbox started on an existing file rebuilds its world from it (`seed`, `now` and `size` are the file's).
   */
  readonly data?: string;
  /** With `data`: a snapshot of the world every this many journal entries, so start-up stays fast. Default: 1,000. */
  readonly snapshotEvery?: number;
  /** Replaces the seeded world builder (for tests of the sandbox itself). */
  readonly buildWorld?: WorldBuilder;
}

export interface Sandbox {
  /** The one Hono app: the HTTP server, the tests and the MSW adapter all run it. */
  readonly app: Hono<SandboxEnv>;
  /** `app.fetch`, bound: hand it any `Request`. */
  readonly fetch: (request: Request) => Promise<Response>;
  /**
   * The control API (`/__sandbox`) as async functions, in process: the client of {@link createControlClient} over
   * `sandbox.fetch`, so it takes, answers and refuses exactly what the HTTP API does, and throws its errors.
   */
  readonly control: ControlClient;
}

/**
 * Where the in-process control client says it sends its requests. A loopback name, which the Host check always
 * lets through; nothing leaves the process.
 */
const IN_PROCESS_ORIGIN = "http://localhost";

/**
 * The `SandboxControl` behind each sandbox's routes. Not part of the package's surface (the control API is, through
 * `sandbox.control`): the CLI's banner reads it, and the sandbox's own tests reach engine state through
 * {@link internalControl} from this module, which `src/index.ts` does not export.
 */
const internals = new WeakMap<Sandbox, SandboxControl>();

/** The engine-side control behind `sandbox`'s routes (see `internals`): for the CLI and the sandbox's tests. */
export function internalControl(sandbox: Sandbox): SandboxControl {
  const control = internals.get(sandbox);
  if (control === undefined) {
    throw new TypeError("internalControl: not a sandbox made by createSandbox");
  }
  return control;
}

/** The two services' API routes, each under its mount: faults fire on these, and `.json` suffixes are read here. */
const API_PREFIXES = [`${ECF_MOUNT}${ECF_API_PREFIX}`, `${NPQ_MOUNT}${NPQ_API_PREFIX}`] as const;

const reportToConsole: UnexpectedErrorReporter = (error, request) => {
  // biome-ignore lint/suspicious/noConsole: the sandbox's default logger for its own faults.
  console.error(`lpkit-sandbox: ${request.method} ${new URL(request.url).pathname} failed`, error);
};

function readNow(now: Date | string | undefined): Date | undefined {
  if (now === undefined || now instanceof Date) {
    return now;
  }
  const parsed = parseRfc3339(now);
  if (parsed === undefined) {
    throw new TypeError(`createSandbox: "now" must be an RFC 3339 date-time, got "${now}"`);
  }
  return parsed;
}

function readControlToken(token: string | undefined): string | undefined {
  if (token !== undefined && token.trim() === "") {
    throw new TypeError('createSandbox: "controlToken" must be a non-empty string when given');
  }
  return token;
}

function readRequestLog(requestLog: false | RequestLogOptions | undefined): RequestLogOptions {
  if (requestLog === false) {
    return { maxEntries: 0 };
  }
  for (const [name, value] of Object.entries(requestLog ?? {})) {
    if (value !== undefined && (!Number.isSafeInteger(value) || value < 0)) {
      throw new TypeError(`createSandbox: "requestLog.${name}" must be a whole number of at least 0, got ${value}`);
    }
  }
  return requestLog ?? {};
}

function readBodyLimit(bodyLimit: number | undefined): number {
  if (bodyLimit === undefined) {
    return DEFAULT_BODY_LIMIT_BYTES;
  }
  if (!Number.isSafeInteger(bodyLimit) || bodyLimit < 1) {
    throw new TypeError(`createSandbox: "bodyLimit" must be a whole number of bytes of at least 1, got ${bodyLimit}`);
  }
  return bodyLimit;
}

function readSnapshotEvery(every: number | undefined): number | undefined {
  if (every !== undefined && (!Number.isSafeInteger(every) || every < 1)) {
    throw new TypeError(`createSandbox: "snapshotEvery" must be a whole number of at least 1, got ${every}`);
  }
  return every;
}

/** Where the journal is kept (`data`) and what it starts from (`journal`): at most one of a file and a recording. */
function journalSource(options: SandboxOptions): { store?: JournalStore; recorded?: RecordedJournal } {
  if (options.replayUntil !== undefined && options.journal === undefined) {
    throw new TypeError('createSandbox: "replayUntil" needs a "journal" to replay');
  }
  const recorded = options.journal === undefined ? undefined : parseJournal(options.journal, options.replayUntil);
  if (options.data === undefined) {
    return { recorded };
  }
  const store = new SqliteJournalStore(options.data);
  if (recorded !== undefined && store.header() !== undefined) {
    store.close();
    throw new TypeError(`createSandbox: "${options.data}" already holds a journal; replay into a new data file`);
  }
  return { store, recorded };
}

/**
 * Builds a sandbox: a seeded world behind the ECF Lead Provider API (`/ecf`) and the NPQ one (`/npq`), the control
 * API (`/__sandbox`), the API reference (`/docs`) and DfE's finance dashboard (`/finance`). Routes translate HTTP to
 * engine commands and queries; no rule lives in a route.
 */
export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const controlToken = readControlToken(options.controlToken);
  // Worlds created later are memory only: the `--data` file and a replayed journal are the default world's.
  const worlds = new Worlds((name, request) => ({
    name,
    ...buildWorld(
      { ...options, seed: request.seed ?? options.seed, now: request.now ?? undefined },
      { controlToken, journal: {} },
    ),
  }));
  const main = buildWorld(options, { controlToken, journal: journalSource(options), worlds });
  worlds.addDefault({ name: DEFAULT_WORLD, ...main });
  const { app, control } = main;

  const fetch = async (request: Request) => app.fetch(request);
  const sandbox: Sandbox = {
    app,
    fetch,
    control: createControlClient({ baseUrl: IN_PROCESS_ORIGIN, fetch, controlToken }),
  };
  internals.set(sandbox, control);
  return sandbox;
}

/**
 * One world: its clock, faults, rate-limit counters, request log, journal and state, behind an app serving every
 * path. The default world's app (given `worlds`) first hands requests for other worlds to their own apps.
 */
function buildWorld(
  options: SandboxOptions,
  world: {
    controlToken: string | undefined;
    journal: { store?: JournalStore; recorded?: RecordedJournal };
    worlds?: Worlds;
  },
): { app: Hono<SandboxEnv>; control: SandboxControl } {
  const clock = new SandboxClock(options.realTime);
  const now = readNow(options.now);
  if (now !== undefined) {
    clock.freeze(now);
  }
  // Read when needed, once every route is registered: faults fire only on the two APIs' routes.
  const apiRoutes = (): string[] =>
    app.routes
      .filter((route) => route.method !== "ALL" && API_PREFIXES.some((prefix) => route.path.startsWith(`${prefix}/`)))
      .map((route) => route.path);
  const faults = new FaultInjector(apiRoutes);
  const rateLimiter =
    options.rateLimit === undefined || options.rateLimit === false
      ? undefined
      : new RateLimiter(options.rateLimit === true ? REAL_RATE_LIMIT : options.rateLimit);
  const requests = new RequestLog(readRequestLog(options.requestLog));
  const { store, recorded } = world.journal;
  // A journal names the world it applies to: its size wins over the option's.
  const size = (store?.header() ?? recorded?.header)?.size ?? options.size;
  let control: SandboxControl;
  try {
    control = new SandboxControl({
      clock,
      faults,
      rateLimiter,
      requests,
      seed: options.seed ?? DEFAULT_SEED,
      size,
      store,
      recorded,
      snapshotEvery: readSnapshotEvery(options.snapshotEvery),
      build: options.buildWorld ?? seededWorldBuilder({ size, onProgress: options.onProgress }),
    });
  } catch (error) {
    store?.close();
    throw error;
  }

  const app = new Hono<SandboxEnv>({ getPath: routePath(API_PREFIXES), router: new RememberingRouter() });
  if (world.worlds !== undefined) {
    // Outermost: another world's request is its world's from the start, logged in that world's request log.
    app.use(dispatchToWorld(world.worlds));
  }
  const report = options.onUnexpectedError ?? reportToConsole;
  const onError = ignoreClientsGone(errorHandler(report));
  app.onError(onError);
  app.notFound(
    notFoundHandler(
      [
        { mount: ECF_MOUNT, answer: routeNotFound },
        { mount: NPQ_MOUNT, answer: npqNotFound },
      ],
      apiRoutes,
    ),
  );
  // Every answer of this world is logged, a refused host or an oversized body too.
  app.use(
    logRequests({
      log: requests,
      clock,
      resolveToken: (token) => control.state.resolveToken(token),
      onRequest: options.onRequest,
      report,
    }),
  );
  // Before any route: a request for another host, or with an oversized body, costs nothing more.
  app.use(checkHost(options.allowedHosts ?? []));
  app.use(limitBodies(readBodyLimit(options.bodyLimit)));
  if (world.worlds !== undefined) {
    app.use(refuseUnknownWorld(world.worlds));
  }
  const controlToken = world.controlToken;
  homeRoute(app, control, controlToken);
  app.route("/__sandbox", createControlApp(control, controlToken, world.worlds));
  app.route("/docs", createDocsApp(options.origin?.replace(/\/+$/, "")));
  app.route("/finance", createFinanceApp(control, controlToken));
  app.route(ECF_MOUNT, createEcfApp({ state: () => control.state, clock, faults, rateLimiter }));
  app.route(NPQ_MOUNT, createNpqApp({ state: () => control.state, clock, faults, rateLimiter, onError }));

  return { app, control };
}
