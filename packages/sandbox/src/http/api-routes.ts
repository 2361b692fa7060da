import type { Context, Hono, MiddlewareHandler, Next } from "hono";
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
 * token check, as on the real service (its router answers before its controllers authenticate). They are the
 * route's first handler, run in order by {@link inTurn}.
 */
export function apiRoutes(app: Hono<SandboxEnv>, prefix: string, guards: MiddlewareHandler<SandboxEnv>[]): ApiRoutes {
  const guard = inTurn(guards);
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

/**
 * The guards as one middleware, each calling the next, as `hono/combine`'s `every` runs them: a guard that answers
 * (the 401) without calling `next` ends the request with its answer, and a thrown error goes to the app's handler.
 * `every` builds a new chain of wrappers on every request, which cost a measurable share of a declaration
 * submission (docs/decisions/engine-write-path-speed.md); this chain is built once.
 */
function inTurn(guards: readonly MiddlewareHandler<SandboxEnv>[]): MiddlewareHandler<SandboxEnv> {
  const run = async (c: Context<SandboxEnv>, next: Next, index: number): Promise<void> => {
    const guard = guards[index];
    if (guard === undefined) {
      await next();
      return;
    }
    const answer = await guard(c, () => run(c, next, index + 1));
    if (answer !== undefined && !c.finalized) {
      c.res = answer;
    }
  };
  return (c, next) => run(c, next, 0);
}
