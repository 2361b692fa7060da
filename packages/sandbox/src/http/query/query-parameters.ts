import type { MiddlewareHandler } from "hono";
import type { SandboxEnv } from "../env.ts";
import { parseQuery } from "./parse-query.ts";

/**
 * Builds the request's query parameters before anything else of the route runs. The real service builds them as its
 * controller starts, before its authentication callback, so a query string Rails refuses is a 400 even without a
 * token (ECF rules §1.5).
 */
export function queryParameters(): MiddlewareHandler<SandboxEnv> {
  const searchOf = lastSearch();
  return async (c, next) => {
    c.set("query", parseQuery(searchOf(c.req.url)));
    await next();
  };
}

/**
 * `new URL(url).search`, parsed again only when the URL is not the last one: a client submitting declarations, or
 * polling a page, sends the same URL request after request, and parsing it each time was a measurable share of a
 * submission.
 */
function lastSearch(): (url: string) => string {
  let lastUrl: string | undefined;
  let search = "";
  return (url) => {
    if (url !== lastUrl) {
      search = new URL(url).search;
      lastUrl = url;
    }
    return search;
  };
}
