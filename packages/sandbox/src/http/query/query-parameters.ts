import type { MiddlewareHandler } from "hono";
import type { SandboxEnv } from "../env.ts";
import { parseQuery } from "./parse-query.ts";

/**
 * Builds the request's query parameters before anything else of the route runs. The real service builds them as its
 * controller starts, before its authentication callback, so a query string Rails refuses is a 400 even without a
 * token (ECF rules §1.5).
 */
export function queryParameters(): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    c.set("query", parseQuery(new URL(c.req.url).search));
    await next();
  };
}
