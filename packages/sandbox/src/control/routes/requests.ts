import { Hono } from "hono";
import type { SandboxEnv } from "../../http/env.ts";
import type { StatusClass } from "../../request-log/request-log.ts";
import { ControlQuery } from "../control-query.ts";
import { dataResponse } from "../control-response.ts";
import { EXPECTED } from "../messages.ts";
import type { SandboxControl } from "../sandbox-control.ts";

const REQUEST_FILTERS = ["lead_provider_id", "path", "method", "status", "since", "limit"];

const REQUEST_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

/** `422`, or a class such as `4xx`. */
const STATUS = /^[1-5](\d\d|xx)$/;
/** A path prefix, as a fault's `path` is: from the root, and no longer than a fault's. */
const PATH_PREFIX = /^\/.{0,2047}$/s;

function statusFilter(value: string | undefined): number | StatusClass | undefined {
  if (value === undefined) {
    return undefined;
  }
  return value.endsWith("xx") ? (value as StatusClass) : Number(value);
}

/**
 * `/requests`: the request log. Lists what lead providers' clients sent and got, oldest first, filtered; clears it.
 * A malformed filter, one given twice or an unknown parameter is a 400, so a typo never silently lists everything.
 */
export function requestRoutes(control: SandboxControl): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>();

  routes.get("/requests", (c) => {
    const query = ControlQuery.read(c.req.url, REQUEST_FILTERS);
    const anyCount = { min: 0, max: Number.MAX_SAFE_INTEGER };
    return dataResponse(
      control.requests({
        leadProviderId: query.uuid("lead_provider_id"),
        path: query.matching("path", PATH_PREFIX, EXPECTED.path),
        method: query.oneOf("method", REQUEST_METHODS, EXPECTED.requestMethod),
        status: statusFilter(query.matching("status", STATUS, EXPECTED.requestStatus)),
        since: query.integer("since", anyCount, EXPECTED.requestId),
        limit: query.integer("limit", { ...anyCount, min: 1 }, EXPECTED.limit),
      }),
    );
  });

  routes.delete("/requests", () => {
    control.clearRequests();
    return new Response(null, { status: 204 });
  });

  return routes;
}
