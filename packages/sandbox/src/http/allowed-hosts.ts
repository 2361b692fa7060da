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
  return async (c, next) => {
    const host = new URL(c.req.url).host;
    if (!isAllowedHost(host, allowed)) {
      return errorResponse(403, [{ title: FORBIDDEN_TITLE, detail: hostNotAllowed(hostName(host)) }]);
    }
    await next();
    return;
  };
}
