import { Hono } from "hono";
import { apiRoutes } from "../http/api-routes.ts";
import { bearerAuth } from "../http/bearer-auth.ts";
import type { SandboxEnv } from "../http/env.ts";
import { answerUnsupportedMethods } from "../http/fallbacks.ts";
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

/**
 * The ECF (ECTs and mentors) Lead Provider API, mounted at `/ecf` so that `http://localhost:4010/ecf` stands in
 * for the real base URL. Order per request: injected faults, rate limit (like the real service's Rack layer),
 * then per route: query parameters, bearer token, server date, and the route itself.
 */
export function createEcfApp(options: EcfAppOptions): Hono<SandboxEnv> {
  const app = new Hono<SandboxEnv>({ strict: false });
  app.use("/api/*", injectFaults(options.faults));
  if (options.rateLimiter !== undefined) {
    app.use(
      "/api/*",
      rateLimit(options.rateLimiter, () => options.clock.realNow()),
    );
  }
  const routes = apiRoutes(app, "/api/v3", [
    queryParameters(),
    bearerAuth((token) => options.state().resolveToken(token)),
    serverDate(options.clock),
  ]);
  for (const register of ECF_RESOURCE_ROUTES) {
    register(routes, options);
  }
  answerUnsupportedMethods(app);
  return app;
}
