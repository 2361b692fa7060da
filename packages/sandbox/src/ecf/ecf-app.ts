import { Hono } from "hono";
import { apiRoutes } from "../http/api-routes.ts";
import { bearerAuth } from "../http/bearer-auth.ts";
import { conditionalGet } from "../http/conditional-get.ts";
import type { SandboxEnv } from "../http/env.ts";
import type { FaultInjector } from "../http/faults.ts";
import { injectFaults } from "../http/faults.ts";
import { queryParameters } from "../http/query/query-parameters.ts";
import type { RateLimiter } from "../http/rate-limit.ts";
import { rateLimit } from "../http/rate-limit.ts";
import { serverDate } from "../http/server-date.ts";
import type { EcfDependencies } from "./ecf-dependencies.ts";
import { ECF_RESOURCE_ROUTES } from "./routes/index.ts";

export interface EcfAppOptions extends EcfDependencies {
  readonly faults: FaultInjector;
  readonly rateLimiter: RateLimiter | undefined;
}

/** Where the API's routes live under the service's base URL. */
export const ECF_API_PREFIX = "/api/v3";

/**
 * The ECF (ECTs and mentors) Lead Provider API, mounted at `/ecf` so that `http://localhost:4010/ecf` stands in
 * for the real base URL. Order per request: Rails' caching headers (outermost, as Rack::ETag sits above the rest),
 * injected faults, rate limit (like the real service's Rack layer), then per route: query parameters, bearer token,
 * server date, and the route itself. A path or method with no route falls through to the sandbox's not-found
 * handler, which answers as the real service does (ECF rules §1.6).
 */
export function createEcfApp(options: EcfAppOptions): Hono<SandboxEnv> {
  const app = new Hono<SandboxEnv>({ strict: false });
  app.use("/api/*", conditionalGet());
  app.use("/api/*", injectFaults(options.faults));
  if (options.rateLimiter !== undefined) {
    app.use(
      "/api/*",
      rateLimit(
        options.rateLimiter,
        (token) => options.state().resolveToken(token),
        () => options.clock.realNow(),
      ),
    );
  }
  const routes = apiRoutes(app, ECF_API_PREFIX, [
    queryParameters(),
    bearerAuth((token) => options.state().resolveToken(token)),
    serverDate(options.clock),
  ]);
  for (const register of ECF_RESOURCE_ROUTES) {
    register(routes, options);
  }
  return app;
}
