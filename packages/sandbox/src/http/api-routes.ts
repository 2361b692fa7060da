import type { Context, Hono, MiddlewareHandler } from "hono";
import { every } from "hono/combine";
import type { SandboxEnv } from "./env.ts";

type ApiHandler = (c: Context<SandboxEnv>) => Response | Promise<Response>;

/** Registers the routes of one API version, each behind the same guards (authentication, server date). */
export interface ApiRoutes {
  get(path: string, handler: ApiHandler): void;
  post(path: string, handler: ApiHandler): void;
  put(path: string, handler: ApiHandler): void;
}

/**
 * Guards are attached per route rather than with `use("/api/*")` so that an unknown path is a 404 before any
 * token check, as on the real service (its router answers before its controllers authenticate).
 */
export function apiRoutes(app: Hono<SandboxEnv>, prefix: string, guards: MiddlewareHandler<SandboxEnv>[]): ApiRoutes {
  const guard = every(...guards) as MiddlewareHandler<SandboxEnv>;
  return {
    get: (path, handler) => {
      app.get(`${prefix}${path}`, guard, handler);
    },
    post: (path, handler) => {
      app.post(`${prefix}${path}`, guard, handler);
    },
    put: (path, handler) => {
      app.put(`${prefix}${path}`, guard, handler);
    },
  };
}
