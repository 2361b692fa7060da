import type { Context, MiddlewareHandler } from "hono";
import type { SandboxClock } from "../clock/sandbox-clock.ts";
import { readBearerToken } from "../http/bearer-auth.ts";
import { requestTextOf } from "../http/body/read-json-body.ts";
import type { SandboxEnv, TokenResolver } from "../http/env.ts";
import type { UnexpectedErrorReporter } from "../http/fallbacks.ts";
import { jsonHeadersOf, jsonTextOf } from "../http/responses.ts";
import { errorDetailOf } from "./error-detail.ts";
import { type RequestSummary, renderRequestSummary } from "./render-entry.ts";
import type { CapturedBody, RequestLog } from "./request-log.ts";

export interface LogRequestsOptions {
  readonly log: RequestLog;
  readonly clock: SandboxClock;
  /** The lead provider of a bearer token, in the current world. */
  readonly resolveToken: TokenResolver;
  /** Called with each request logged, once answered. */
  readonly onRequest: ((summary: RequestSummary) => void) | undefined;
  /** Where an `onRequest` that throws is reported: the client's answer does not change. */
  readonly report: UnexpectedErrorReporter;
}

/**
 * The sandbox's own pages and APIs, which the log leaves out: the control API (a test's own set-up, and
 * `GET /__sandbox/requests` reading the log), the API reference, the finance dashboard and the home page. Everything
 * else is what a lead provider's client sent: the ECF API, and paths no API serves (a base URL without `/ecf`).
 */
const UNLOGGED_PREFIXES = ["/__sandbox", "/docs", "/finance"];
const UNLOGGED_PATHS = new Set(["/", "/favicon.ico"]);

function isLogged(path: string): boolean {
  return (
    !UNLOGGED_PATHS.has(path) && !UNLOGGED_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`))
  );
}

/** The path and query of a request URL as sent, without parsing the URL (this runs on every request). */
function splitUrl(url: string): { path: string; query: string } {
  const pathStart = url.indexOf("/", url.indexOf("//") + 2);
  if (pathStart === -1) {
    return { path: "/", query: "" };
  }
  const queryStart = url.indexOf("?", pathStart);
  const hashStart = url.indexOf("#", pathStart);
  const end = hashStart === -1 ? url.length : hashStart;
  return queryStart === -1 || queryStart > end
    ? { path: url.slice(pathStart, end), query: "" }
    : { path: url.slice(pathStart, queryStart), query: url.slice(queryStart + 1, end) };
}

const PAYLOAD_TOO_LARGE = 413;
/** How long the log waits for a request body no route read (normally already sent with the request). */
const UNREAD_BODY_WAIT_MS = 1000;
/** The status `ignoreClientsGone` gives a request whose client went away: its body may be half read. */
const CLIENT_CLOSED_REQUEST = 499;

/**
 * The request body's text: the one the route read when it read one (no second read), else read now when the
 * request has a body nobody read (a 401, an injected fault, a body not declared as JSON). A body refused as too large
 * is never read.
 */
async function requestText(request: Request, status: number): Promise<string | undefined> {
  const read = requestTextOf(request);
  if (read !== undefined || status === PAYLOAD_TOO_LARGE || status === CLIENT_CLOSED_REQUEST) {
    return read;
  }
  // A GET's headers say whether it has a body; touching `body` on @hono/node-server's requests costs a full Request.
  if (request.method === "GET" || request.method === "HEAD") {
    return undefined;
  }
  if (request.body === null || request.bodyUsed) {
    return undefined;
  }
  // The answer waits for this read: a client that holds its body back until it sees the answer gets it after
  // UNREAD_BODY_WAIT_MS, without its body in the log, rather than never.
  let cancel = () => {};
  const givenUp = new Promise<undefined>((resolve) => {
    const timer = setTimeout(() => resolve(undefined), UNREAD_BODY_WAIT_MS);
    cancel = () => clearTimeout(timer);
  });
  try {
    return await Promise.race([request.text(), givenUp]);
  } catch {
    return undefined;
  } finally {
    cancel();
  }
}

const isText = (contentType: string | null): boolean =>
  contentType !== null && /^(text\/|[^;]*\bjson\b)/i.test(contentType);

/**
 * The response body's text: known without reading it for every response `jsonResponse` made (every JSON answer of
 * the ECF API), read from a copy for the few others (the rate limit's plain-text 429).
 */
async function responseText(request: Request, response: Response): Promise<string | undefined> {
  if (request.method === "HEAD") {
    return undefined;
  }
  const known = jsonTextOf(response);
  if (known !== undefined || response.body === null || !isText(response.headers.get("content-type"))) {
    return known;
  }
  try {
    return await response.clone().text();
  } catch {
    return undefined;
  }
}

/**
 * The response's `Content-Type`, read from the headers `jsonResponse` was given when it made the response: reading
 * `response.headers` would build the `Headers` that the caching headers spared it (`conditionalGet`).
 */
function responseContentType(response: Response): string | null {
  const known = jsonHeadersOf(response);
  return known === undefined ? response.headers.get("content-type") : (known["content-type"] ?? null);
}

function leadProviderOf(c: Context<SandboxEnv>, resolveToken: TokenResolver) {
  const token = readBearerToken(c.req.header("authorization"));
  return token === undefined ? undefined : resolveToken(token);
}

/**
 * Records every request a lead provider's client sends (see `UNLOGGED_PREFIXES`) in the request log, once answered,
 * and hands `onRequest` its summary. It keeps references to the texts the sandbox already holds: a JSON response's
 * text as `jsonResponse` made it, a request's as `readJsonBody` read it; a body is only copied when it is longer than
 * the log keeps (docs/decisions/sandbox-request-log.md).
 */
export function logRequests(options: LogRequestsOptions): MiddlewareHandler<SandboxEnv> {
  const { log, clock, onRequest } = options;
  return async (c, next) => {
    const { path, query } = splitUrl(c.req.url);
    if (!isLogged(path) || (!log.keeps && onRequest === undefined)) {
      await next();
      return;
    }
    const receivedAt = clock.realNow();
    const started = performance.now();
    await next();
    const durationMs = Math.round((performance.now() - started) * 100) / 100;
    try {
      const request = c.req.raw;
      const response = c.res;
      const { status } = response;
      // Without a log, a response is read only for an error's detail.
      const responseBody = log.keeps || status >= 400 ? await responseText(request, response) : undefined;
      const requestBody = log.keeps ? await requestText(request, status) : undefined;
      const capture = (contentType: string | null, text: string | undefined): CapturedBody | undefined =>
        text === undefined || !log.keeps ? undefined : log.capture(contentType ?? undefined, text);
      const entry = log.record({
        receivedAt,
        sandboxNow: c.get("now") ?? clock.now(),
        method: request.method,
        path,
        query,
        leadProvider: c.get("leadProvider") ?? leadProviderOf(c, options.resolveToken),
        status,
        durationMs,
        errorDetail: status >= 400 && responseBody !== undefined ? errorDetailOf(responseBody) : undefined,
        requestBody: capture(request.headers.get("content-type"), requestBody),
        responseBody: capture(responseContentType(response), responseBody),
      });
      onRequest?.(renderRequestSummary(entry));
    } catch (error) {
      options.report(error, c.req.raw);
    }
  };
}
