import { type ErrorHandler, Hono, type MiddlewareHandler } from "hono";
import { apiRoutes } from "../http/api-routes.ts";
import { bearerAuth } from "../http/bearer-auth.ts";
import { conditionalGet } from "../http/conditional-get.ts";
import type { SandboxEnv } from "../http/env.ts";
import { type FaultInjector, injectFaults } from "../http/faults.ts";
import { readFilter } from "../http/query/filters.ts";
import { queryParameters } from "../http/query/query-parameters.ts";
import { type RateLimiter, rateLimit } from "../http/rate-limit.ts";
import { RequestError } from "../http/request-error.ts";
import { serverDate } from "../http/server-date.ts";
import type { NpqDependencies } from "./npq-dependencies.ts";
import { npqFaultResponse, npqRequestErrorResponse, npqUnauthorised } from "./npq-responses.ts";
import { NPQ_RESOURCE_ROUTES } from "./routes/index.ts";

export interface NpqAppOptions extends NpqDependencies {
  readonly faults: FaultInjector;
  readonly rateLimiter: RateLimiter | undefined;
  /** The sandbox's handler for anything else thrown (a 500 without details). */
  readonly onError: ErrorHandler<SandboxEnv>;
}

/** Where the API's routes live under the NPQ service's base URL. */
export const NPQ_API_PREFIX = "/api/v3";

/** The NPQ controllers check the shape of `filter` before the token (NPQ rules §1.2). */
const filterShapeFirst: MiddlewareHandler<SandboxEnv> = async (c, next) => {
  readFilter(c.get("query"));
  await next();
};

/**
 * The NPQ Lead Provider API, mounted at `/npq` beside `/ecf` and built from the same HTTP layer: caching headers
 * (an ETag on a 200 with a body; `no-store` set by each answer, NPQ rules §1.3), injected faults, rate limit, then
 * per route: query parameters, the `filter` shape, bearer token (a token names the lead provider's NPQ id), server
 * date, and the route. The shared layer's request errors are worded as the NPQ service words them.
 */
export function createNpqApp(options: NpqAppOptions): Hono<SandboxEnv> {
  const app = new Hono<SandboxEnv>({ strict: false });
  app.onError((error, c) =>
    error instanceof RequestError ? npqRequestErrorResponse(error) : options.onError(error, c),
  );
  app.use("/api/*", conditionalGet());
  app.use("/api/*", injectFaults(options.faults, npqFaultResponse));
  if (options.rateLimiter !== undefined) {
    app.use(
      "/api/*",
      rateLimit(
        options.rateLimiter,
        (token) => options.state().resolveNpqToken(token),
        () => options.clock.realNow(),
        "npq",
      ),
    );
  }
  const routes = apiRoutes(app, NPQ_API_PREFIX, [
    queryParameters(),
    filterShapeFirst,
    bearerAuth((token) => options.state().resolveNpqToken(token), npqUnauthorised),
    serverDate(options.clock),
  ]);
  for (const register of NPQ_RESOURCE_ROUTES) {
    register(routes, options);
  }
  return app;
}
