import type { MiddlewareHandler } from "hono";
import {
  BAD_REQUEST_TITLE,
  INJECTED_FAULT_DETAIL,
  INTERNAL_ERROR_TITLE,
  NOT_FOUND_TITLE,
  NOTHING_FOUND,
  TOO_MANY_REQUESTS_TITLE,
  UNAUTHORISED_BODY,
} from "./messages.ts";
import { type ApiError, errorResponse, jsonResponse } from "./responses.ts";

/** A failure armed through the control API: the next `remaining` matching API requests answer `status`. */
export interface Fault {
  readonly id: string;
  readonly status: number;
  remaining: number;
  /** Path prefix the request must start with (e.g. `/ecf/api/v3/participant-declarations`); all API paths if absent. */
  readonly path: string | undefined;
  /** HTTP method the request must use; any method if absent. */
  readonly method: string | undefined;
}

export interface FaultInput {
  readonly status: number;
  /** How many matching requests fail; 1 when absent, as in `POST /__sandbox/faults`. */
  readonly count?: number;
  readonly path?: string | undefined;
  readonly method?: string | undefined;
}

/** Armed faults in the order they were added; the first one that matches a request fires. */
export class FaultInjector {
  #faults: Fault[] = [];
  #nextId = 1;
  readonly #routes: () => readonly string[];

  /** `routes`: the patterns of the API routes faults can fire on (`/ecf/api/v3/participants/:id`, ...). */
  constructor(routes: () => readonly string[]) {
    this.#routes = routes;
  }

  /** The patterns of the API routes faults can fire on, to refuse a fault that never would. */
  routes(): readonly string[] {
    return this.#routes();
  }

  add(input: FaultInput): Fault {
    const fault: Fault = {
      id: `fault-${this.#nextId++}`,
      status: input.status,
      remaining: input.count ?? 1,
      path: input.path,
      method: input.method?.toUpperCase(),
    };
    this.#faults.push(fault);
    return fault;
  }

  list(): readonly Fault[] {
    return this.#faults.map((fault) => ({ ...fault }));
  }

  clear(): void {
    this.#faults = [];
  }

  /** Consumes one firing of the first fault matching the request, if any. */
  take(method: string, path: string): Fault | undefined {
    const fault = this.#faults.find(
      (candidate) =>
        (candidate.method === undefined || candidate.method === method.toUpperCase()) &&
        (candidate.path === undefined || matchesPrefix(path, candidate.path)),
    );
    if (fault === undefined) {
      return undefined;
    }
    fault.remaining -= 1;
    if (fault.remaining <= 0) {
      this.#faults = this.#faults.filter((candidate) => candidate !== fault);
    }
    return fault;
  }
}

/** `/a/b` matches `/a/b`, `/a/b/c` and `/a/b?x`, not `/a/bc`. */
export function matchesPrefix(path: string, prefix: string): boolean {
  const trimmed = prefix.endsWith("/") ? prefix.slice(0, -1) : prefix;
  return path === trimmed || path.startsWith(`${trimmed}/`) || trimmed === "";
}

const TITLES: Record<number, string> = {
  400: BAD_REQUEST_TITLE,
  404: NOT_FOUND_TITLE,
  429: TOO_MANY_REQUESTS_TITLE,
  500: INTERNAL_ERROR_TITLE,
  502: "Bad gateway",
  503: "Service unavailable",
  504: "Gateway timeout",
};

/** The entries and headers of an injected fault's error body, for a status no service defines a body of its own for. */
export function faultError(status: number): { errors: ApiError[]; headers: Record<string, string> } {
  const headers: Record<string, string> = status === 429 || status === 503 ? { "retry-after": "1" } : {};
  return { errors: [{ title: TITLES[status] ?? `Error ${status}`, detail: INJECTED_FAULT_DETAIL }], headers };
}

/** The body an injected fault answers with: the service's own body for statuses it defines, else its format. */
export function faultResponse(status: number): Response {
  if (status === 401) {
    return jsonResponse(UNAUTHORISED_BODY, 401);
  }
  if (status === 404) {
    return errorResponse(404, [{ title: NOT_FOUND_TITLE, detail: NOTHING_FOUND }]);
  }
  const { errors, headers } = faultError(status);
  return errorResponse(status, errors, headers);
}

/** Answers the first armed fault matching the request; `respond` words it as the API's service does. */
export function injectFaults(
  faults: FaultInjector,
  respond: (status: number) => Response = faultResponse,
): MiddlewareHandler {
  return async (c, next) => {
    const fault = faults.take(c.req.method, c.req.path);
    if (fault !== undefined) {
      return respond(fault.status);
    }
    await next();
    return;
  };
}
