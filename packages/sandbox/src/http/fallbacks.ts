import type { ErrorHandler, Hono, NotFoundHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import type { SandboxEnv } from "./env.ts";
import { METHOD_NOT_ALLOWED_TITLE, methodNotAllowed, NOT_FOUND_TITLE, servedUnderMount } from "./messages.ts";
import { RequestError } from "./request-error.ts";
import { errorResponse, internalError, notFound } from "./responses.ts";
import { mountServing } from "./route-patterns.ts";

/**
 * Any path nothing answers. Under a real service's mount (`/ecf`, `/npq`), also for a known path with a method it does
 * not support, the real service's own answer: Rails routes neither, and its exceptions app answers
 * `{"error":"Resource not found"}` (ECF rules §1.6; the NPQ service's adds `no-store`, NPQ rules §1.3). Elsewhere (`/`, `/__sandbox`, `/docs`) the sandbox's own
 * 404 in the API's error format, whose detail names the right path when the request's path is a route under a
 * mount (`/api/v3/participants`: a base URL without `/ecf`). See docs/decisions/sandbox-unknown-routes.md and
 * docs/decisions/sandbox-refused-mistakes.md.
 */
export function notFoundHandler(
  services: readonly ServiceMount[],
  routes: () => readonly string[],
): NotFoundHandler<SandboxEnv> {
  return (c) => {
    const path = new URL(c.req.url).pathname;
    const service = services.find(({ mount }) => path === mount || path.startsWith(`${mount}/`));
    if (service !== undefined) {
      c.set("routeNotFound", true);
      return service.answer();
    }
    const mount = mountServing(c.req.path, routes());
    if (mount !== undefined) {
      return errorResponse(404, [{ title: NOT_FOUND_TITLE, detail: servedUnderMount(c.req.path, mount) }]);
    }
    return notFound();
  };
}

/** A real service's mount (`/ecf`, `/npq`) and its answer to a path or method it has no route for. */
export interface ServiceMount {
  readonly mount: string;
  readonly answer: () => Response;
}

export type UnexpectedErrorReporter = (error: unknown, request: Request) => void;

/**
 * Parsing errors become their response; anything else is a 500 in the service's error format, reported to the
 * sandbox's logger and never echoed to the client (no stack, no message).
 */
export function errorHandler(report: UnexpectedErrorReporter): ErrorHandler<SandboxEnv> {
  return (error, c) => {
    if (error instanceof RequestError) {
      return error.toResponse();
    }
    if (error instanceof HTTPException && error.status < 500) {
      return errorResponse(error.status, [{ title: "Bad request", detail: error.message || "Bad request" }]);
    }
    report(error, c.req.raw);
    return internalError();
  };
}

/**
 * Answers 405 with an `Allow` header for a method a known path does not support, instead of a bare 404: the
 * sandbox's own APIs only (the control API); see docs/decisions/sandbox-unknown-routes.md. Call after every route of `app` is registered: it reads them from `app.routes`.
 */
export function answerUnsupportedMethods<E extends SandboxEnv>(app: Hono<E>): void {
  const allowed = new Map<string, Set<string>>();
  for (const route of app.routes) {
    if (route.method === "ALL") {
      continue;
    }
    const methods = allowed.get(route.path) ?? new Set<string>();
    methods.add(route.method);
    allowed.set(route.path, methods);
  }
  for (const [path, methods] of allowed) {
    if (methods.has("GET")) {
      methods.add("HEAD");
    }
    const list = [...methods].sort();
    app.all(path, (c) =>
      errorResponse(405, [{ title: METHOD_NOT_ALLOWED_TITLE, detail: methodNotAllowed(c.req.method, list) }], {
        allow: list.join(", "),
      }),
    );
  }
}
