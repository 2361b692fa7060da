import type { MiddlewareHandler } from "hono";
import { NOT_FOUND_TITLE } from "../http/messages.ts";
import { NPQ_MOUNT } from "../http/mounts.ts";
import { errorResponse } from "../http/responses.ts";
import { npqErrors } from "../npq/npq-responses.ts";
import { DEFAULT_WORLD, WORLD_HEADER, WORLD_MESSAGES, WORLDS_PATH } from "./world-names.ts";
import type { Worlds } from "./worlds.ts";

/** The world a request names, or undefined for the default world (no header, or `default`). */
function requestedWorld(request: Request): string | undefined {
  const name = request.headers.get(WORLD_HEADER)?.trim();
  return name === undefined || name === "" || name === DEFAULT_WORLD ? undefined : name;
}

/** `/__sandbox/worlds` manages worlds for the whole sandbox, so a job can create its world with the header set. */
function isWorldsPath(path: string): boolean {
  return path === WORLDS_PATH || path.startsWith(`${WORLDS_PATH}/`);
}

/**
 * Outermost, on the default world's app: a request for another existing world is answered by that world's app
 * whole (its own Host check, body limit, request log, guards and routes). A request for the default world, or for
 * an unknown one, goes on; {@link refuseUnknownWorld} answers the latter once the Host check has passed.
 */
export function dispatchToWorld(worlds: Worlds): MiddlewareHandler {
  return async (c, next) => {
    const name = requestedWorld(c.req.raw);
    const world = name === undefined || isWorldsPath(c.req.path) ? undefined : worlds.get(name);
    if (world !== undefined) {
      return world.app.fetch(c.req.raw);
    }
    await next();
    return;
  };
}

/** A 404 for a world the sandbox does not hold, in the answering service's own error format. */
export function refuseUnknownWorld(worlds: Worlds): MiddlewareHandler {
  return async (c, next) => {
    const name = requestedWorld(c.req.raw);
    if (name === undefined || isWorldsPath(c.req.path) || worlds.get(name) !== undefined) {
      await next();
      return;
    }
    const errors = [{ title: NOT_FOUND_TITLE, detail: WORLD_MESSAGES.unknownWorld(name) }];
    const path = c.req.path;
    // The NPQ API answers its `errors` as JSON without a charset; the ECF API and the sandbox's own routes alike.
    return path === NPQ_MOUNT || path.startsWith(`${NPQ_MOUNT}/`) ? npqErrors(404, errors) : errorResponse(404, errors);
  };
}
