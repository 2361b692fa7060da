import type { MiddlewareHandler } from "hono";
import { FORBIDDEN_TITLE, hostNotAllowed } from "./messages.ts";
import { errorResponse } from "./responses.ts";

/** Host names the sandbox answers for, compared without the port; or `"any"` to answer for every one. */
export type AllowedHosts = readonly string[] | "any";

/** The loopback names: always allowed, so a sandbox on this machine is reachable however it is addressed. */
const LOOPBACK_HOSTS = ["localhost", "127.0.0.1", "[::1]"] as const;

/** The host name of a `Host` value or an origin's host, lower case, without the port. */
function hostName(host: string): string {
  const lower = host.trim().toLowerCase();
  if (lower.startsWith("[")) {
    const end = lower.indexOf("]");
    return end === -1 ? lower : lower.slice(0, end + 1);
  }
  const colon = lower.lastIndexOf(":");
  return colon === -1 ? lower : lower.slice(0, colon);
}

/** Whether the sandbox answers for `host` (a `Host` header value, with or without a port). */
function isAllowedHost(host: string, allowed: AllowedHosts): boolean {
  if (allowed === "any") {
    return true;
  }
  const name = hostName(host);
  return LOOPBACK_HOSTS.some((loopback) => loopback === name) || allowed.some((entry) => hostName(entry) === name);
}

/**
 * Refuses a request whose `Host` is not a name the sandbox answers for: a web page on another site that has
 * pointed its own name at this machine (DNS rebinding) is same-origin to the browser, but still sends its own name
 * as the `Host` (docs/decisions/sandbox-network-exposure.md).
 */
export function checkHost(allowed: AllowedHosts): MiddlewareHandler {
  const hostOf = memoisedHosts();
  return async (c, next) => {
    const host = hostOf(c.req.url);
    if (!isAllowedHost(host, allowed)) {
      return errorResponse(403, [{ title: FORBIDDEN_TITLE, detail: hostNotAllowed(hostName(host)) }]);
    }
    await next();
    return;
  };
}

/** How many origins `memoisedHosts` remembers: a client uses one or two; more than this are forgotten all at once. */
const REMEMBERED_ORIGINS = 64;

/**
 * `new URL(url).host`, parsed once per origin: a client sends every request to the same origin, and parsing a whole
 * URL per request was a measurable share of a declaration submission. The host is read from the URL's start up to
 * the first `/` after `//`, which holds the whole authority (whatever ends it, `/`, `\`, `?` or `#`, is in that
 * start or ends it), so it is the same host the whole URL has.
 */
function memoisedHosts(): (url: string) => string {
  const hosts = new Map<string, string>();
  return (url) => {
    const slash = url.indexOf("/", url.indexOf("//") + 2);
    const origin = slash === -1 ? url : url.slice(0, slash);
    let host = hosts.get(origin);
    if (host === undefined) {
      host = new URL(origin).host;
      if (hosts.size >= REMEMBERED_ORIGINS) {
        hosts.clear();
      }
      hosts.set(origin, host);
    }
    return host;
  };
}
