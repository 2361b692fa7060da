/**
 * An in-memory stand-in for a Lead Provider API, injected as the client's `fetch`. It answers like the real
 * service (auth first, JSON envelopes, the spec's statuses) and refuses to send any response the spec does not
 * document: every reply is validated against the API's document (spec/ecf-v3.yaml unless told otherwise) before it
 * leaves.
 */
import type { OpenApiDocument } from "./openapi-document.ts";
import { ecfSpec } from "./spec.ts";

export const TEST_BASE_URL = "https://lead-provider-api.test";
export const TEST_TOKEN = "ambition-institute";

/** A reply a handler gives; `json` and `text` replies are checked against the spec before they are sent. */
export type Reply =
  | { readonly status: number; readonly json: unknown; readonly headers?: Record<string, string> }
  | { readonly status: number; readonly text: string; readonly headers?: Record<string, string> }
  /** A response from something in front of the API (gateway, load balancer): allowed for 5xx only. */
  | { readonly status: number; readonly gatewayText: string; readonly headers?: Record<string, string> }
  /** `fetch` rejects, as it does when the connection fails. */
  | { readonly networkError: Error };

interface RecordedRequest {
  readonly method: string;
  readonly url: URL;
  /** The spec path template the request matched, e.g. `/api/v3/participants/{id}`. */
  readonly path: string;
  readonly params: Readonly<Record<string, string>>;
  readonly headers: Headers;
  /** The body as text; `""` when there was none. */
  readonly body: string;
  /** The second argument openapi-fetch passed to fetch, if any. */
  readonly init: RequestInit | undefined;
}

export type Handler = (request: RecordedRequest) => Reply | Promise<Reply>;

export interface FakeApi {
  /** Answers `method path` (a spec template) with `handler`, or with each reply of a list in turn (the last repeats). */
  on(method: string, path: string, handler: Handler | readonly Reply[]): FakeApi;
  /** The `fetch` to give the client. */
  readonly fetch: (request: Request, init?: RequestInit) => Promise<Response>;
  /** Every request that reached the fake, in order (retries included). */
  readonly requests: RecordedRequest[];
}

/**
 * Creates a fake of the API `spec` describes (the ECF API by default); requests without a handler make `fetch`
 * reject with a message naming them.
 */
export function fakeApi(spec: OpenApiDocument = ecfSpec): FakeApi {
  const handlers = new Map<string, Handler>();
  const requests: RecordedRequest[] = [];
  const api: FakeApi = {
    on(method, path, handler) {
      if (!spec.paths.includes(path)) {
        throw new Error(`${path} is not a path of the spec`);
      }
      handlers.set(`${method.toUpperCase()} ${path}`, typeof handler === "function" ? handler : sequence(handler));
      return api;
    },
    requests,
    async fetch(request, init) {
      // As fetch does: an aborted request rejects with the signal's reason and reaches no server.
      request.signal.throwIfAborted();
      const url = new URL(request.url);
      const match = spec.matchPath(url.pathname);
      if (match === undefined) {
        throw new Error(`No spec path matches ${request.method} ${url.pathname}`);
      }
      const recorded: RecordedRequest = {
        method: request.method,
        url,
        path: match.path,
        params: match.params,
        headers: new Headers(request.headers),
        body: await request.text(),
        init,
      };
      requests.push(recorded);
      if (request.headers.get("Authorization") !== `Bearer ${TEST_TOKEN}`) {
        return send(spec, recorded, { status: 401, json: { error: "HTTP Token: Access denied" } });
      }
      const handler = handlers.get(`${request.method} ${match.path}`);
      if (handler === undefined) {
        throw new Error(`Unhandled request ${request.method} ${match.path}`);
      }
      return send(spec, recorded, await handler(recorded));
    },
  };
  return api;
}

function send(spec: OpenApiDocument, request: RecordedRequest, reply: Reply): Response {
  if ("networkError" in reply) {
    throw reply.networkError;
  }
  const { status } = reply;
  if ("json" in reply) {
    spec.assertResponse(request.method, request.path, status, "application/json", reply.json);
    return new Response(JSON.stringify(reply.json), {
      status,
      headers: { "Content-Type": "application/json; charset=utf-8", ...reply.headers },
    });
  }
  if ("text" in reply) {
    spec.assertResponse(request.method, request.path, status, "text/plain", reply.text);
    return new Response(reply.text, { status, headers: { "Content-Type": "text/plain", ...reply.headers } });
  }
  if (status < 500) {
    throw new Error(`Only 5xx may come from a gateway; ${status} must be a documented reply`);
  }
  return new Response(reply.gatewayText, { status, headers: { "Content-Type": "text/html", ...reply.headers } });
}

function sequence(replies: readonly Reply[]): Handler {
  let next = 0;
  return () => {
    const reply = replies[Math.min(next, replies.length - 1)];
    next++;
    if (reply === undefined) {
      throw new Error("An empty reply list");
    }
    return reply;
  };
}
