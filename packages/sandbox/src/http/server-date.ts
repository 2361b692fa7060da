import type { MiddlewareHandler } from "hono";
import type { SandboxClock } from "../clock/sandbox-clock.ts";
import { parseIso8601 } from "../time/timestamps.ts";
import type { SandboxEnv } from "./env.ts";
import { BAD_REQUEST_TITLE, SERVER_DATE_INVALID } from "./messages.ts";
import { RequestError } from "./request-error.ts";

const SERVER_DATE_HEADER = "x-with-server-date";

/**
 * Fixes the request's instant once: `X-With-Server-Date` when sent (the real sandbox's time travel, ECF rules
 * §1.6), otherwise the sandbox clock. Everything the request does (future-date checks, statement selection,
 * "today") uses this one instant. An unreadable header is a 400 rather than silently using the clock.
 */
export function serverDate(clock: SandboxClock): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    const header = c.req.header(SERVER_DATE_HEADER);
    if (header === undefined || header.trim() === "") {
      c.set("now", clock.now());
    } else {
      const instant = parseIso8601(header.trim());
      if (instant === undefined) {
        // Thrown, so that each service's error handler answers it in its own format.
        throw new RequestError(400, [{ title: BAD_REQUEST_TITLE, detail: SERVER_DATE_INVALID }]);
      }
      c.set("now", instant);
    }
    await next();
    return;
  };
}
