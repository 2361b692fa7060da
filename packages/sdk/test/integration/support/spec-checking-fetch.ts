/**
 * A `fetch` that checks every response of the real sandbox against `spec/` before handing it to the SDK: the ECF
 * spec for `/ecf/api/...`, the control API's for `/__sandbox/...`. Violations are collected rather than thrown (a
 * throw inside `fetch` would reach the test as a `NetworkError` and hide what was wrong); each suite asserts that
 * none were found.
 */
import type { OpenApiDocument } from "../../support/openapi-document.ts";
import { ecfSpec, npqSpec, sandboxSpec } from "../../support/spec.ts";

type FetchFunction = (request: Request, init?: RequestInit) => Promise<Response>;

const MOUNTS: readonly { readonly prefix: string; readonly document: OpenApiDocument }[] = [
  { prefix: "/ecf", document: ecfSpec },
  { prefix: "/npq", document: npqSpec },
  { prefix: "", document: sandboxSpec },
];

export interface SpecCheckingFetch {
  readonly fetch: FetchFunction;
  /** One line per response that the spec does not allow. */
  readonly violations: string[];
}

export function specCheckingFetch(): SpecCheckingFetch {
  const violations: string[] = [];
  // Captured now, so that this fetch can itself be stubbed in as the global one.
  const platformFetch = globalThis.fetch;
  return {
    violations,
    async fetch(request, init) {
      const method = request.method;
      const response = await platformFetch(request, init);
      const text = await response.clone().text();
      const { pathname } = new URL(request.url);
      try {
        checkResponse(method, pathname, response, text);
      } catch (error) {
        violations.push(`${method} ${pathname} → ${response.status}: ${(error as Error).message}`);
      }
      return response;
    },
  };
}

function checkResponse(method: string, pathname: string, response: Response, text: string): void {
  const mount = MOUNTS.find(({ prefix }) => prefix === "" || pathname.startsWith(`${prefix}/`));
  const document = mount?.document;
  const relative = pathname.slice(mount?.prefix.length ?? 0);
  const match = document?.matchPath(relative);
  if (document === undefined || match === undefined || !document.hasOperation(method, match.path)) {
    throw new Error("no operation of spec/ describes this request");
  }
  const mediaType = (response.headers.get("content-type") ?? "").split(";")[0]?.trim() ?? "";
  const documented = document.documentedResponse(method, match.path, response.status);
  if (documented === undefined) {
    // Statuses an operation does not list can only come from in front of the API (a gateway's 5xx) or from a fault
    // injected through the control API; both must be in the shared error format.
    const body = mediaType === "application/json" ? JSON.parse(text) : text;
    if (response.status < 500 && !isInjectedFault(body)) {
      throw new Error(`status ${response.status} is not documented`);
    }
    sandboxSpec.assertSchema("#/components/schemas/ErrorResponse", body, "error body");
    return;
  }
  if (documented.content === undefined) {
    if (text !== "") {
      throw new Error(`the spec documents no body, got ${JSON.stringify(text.slice(0, 200))}`);
    }
    return;
  }
  const body = mediaType === "application/json" ? JSON.parse(text) : text;
  document.assertResponse(method, match.path, response.status, mediaType, body);
}

/** The detail of every response of an injected fault, as the control API documents it. */
export const INJECTED_FAULT_DETAIL =
  "This failure was injected through the sandbox control API (POST /__sandbox/faults).";

function isInjectedFault(body: unknown): boolean {
  const errors = (body as { errors?: unknown } | null)?.errors;
  return (
    Array.isArray(errors) && errors.some((item) => (item as { detail?: unknown })?.detail === INJECTED_FAULT_DETAIL)
  );
}
