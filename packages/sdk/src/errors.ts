/**
 * @module
 * The error family raised by the SDK: one class per status the Lead Provider API answers with, all extending
 * {@link LeadProviderApiError}, so callers can `catch` once and branch with `instanceof`.
 */
import type { ErrorEntry } from "./generated/ecf-v3.ts";

/** One `{ title, detail }` entry of an `errors` array, as the API sends it. */
export type ApiErrorItem = ErrorEntry;

/** A partial `{ title, detail }` to look for with {@link LeadProviderApiError.has}. */
export interface ApiErrorMatch {
  readonly title?: string;
  readonly detail?: string;
}

/**
 * The brand of an API error, registered with `Symbol.for` so that every copy of the SDK, and `@lpkit/sandbox`'s
 * control client (whose `ControlApiError` has the same fields), share it. `instanceof` on the classes below
 * recognises a branded error by its status (docs/decisions/sandbox-one-control-api.md).
 */
const API_ERROR_BRAND = Symbol.for("@lpkit/lead-provider-api-error");

/** Which branded errors each class stands for, by status; filled in below the classes. */
const statusesOf = new Map<unknown, (status: number | undefined) => boolean>();

/** What the SDK knows about a failed call. */
export interface LeadProviderApiErrorInit {
  /** HTTP status, or `undefined` when no response arrived. */
  readonly status: number | undefined;
  /** HTTP method of the request, upper case. */
  readonly method: string;
  /** Path of the request as sent, without host or query (e.g. `/api/v3/participants/…/withdraw`). */
  readonly path: string;
  /** The response body: parsed JSON when it was JSON, the text otherwise, `undefined` when there was none. */
  readonly body?: unknown;
  /** The response, when there was one; its body has already been read. */
  readonly response?: Response | undefined;
  readonly cause?: unknown;
}

/**
 * Base class of every error the SDK raises for a call that did not succeed. Raised as is for statuses without a
 * dedicated class (403, 405, 409, …).
 *
 * @example
 * try {
 *   await client.GET("/api/v3/statements/{id}", { params: { path: { id } } });
 * } catch (error) {
 *   if (error instanceof LeadProviderApiError) {
 *     logger.warn({ status: error.status, method: error.method, path: error.path, body: error.body });
 *   }
 *   throw error;
 * }
 */
export class LeadProviderApiError extends Error {
  /**
   * `error instanceof UnprocessableError` holds for this class's own instances and also for any error carrying the
   * API error brand with the status the class stands for: an error of another copy of the SDK, or one thrown by
   * `@lpkit/sandbox`'s in-process control client. One test (`catch (error) { if (error instanceof ...) }`) then
   * serves every way of reaching the sandbox.
   */
  static override [Symbol.hasInstance]<Instance>(
    this: abstract new (
      ...args: never
    ) => Instance,
    value: unknown,
  ): value is Instance {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class `instanceof` was asked about, a subclass too.
    return Function.prototype[Symbol.hasInstance].call(this, value) || isBrandedAs(this, value);
  }

  override name = "LeadProviderApiError";
  /** HTTP status, or `undefined` for a {@link NetworkError}. */
  readonly status: number | undefined;
  readonly method: string;
  readonly path: string;
  /** The raw response body (parsed JSON when possible). */
  readonly body: unknown;
  readonly response: Response | undefined;
  /** The `errors[]` of the body when it has the API's `{ errors: [{ title, detail }] }` shape, else empty. */
  readonly errors: readonly ApiErrorItem[];

  constructor(init: LeadProviderApiErrorInit, message = describe(init)) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.method = init.method;
    this.path = init.path;
    this.body = init.body;
    this.response = init.response;
    this.errors = errorItemsOf(init.body);
  }

  /**
   * Whether the body lists an error matching every given field. Clients should match on `{ title, detail }`
   * pairs: the API may return several errors at once.
   *
   * @example
   * if (error instanceof UnprocessableError && error.has({ title: "declaration_type", detail: DUPLICATE })) { … }
   */
  has(match: ApiErrorMatch): boolean {
    return this.errors.some(
      (item) =>
        (match.title === undefined || item.title === match.title) &&
        (match.detail === undefined || item.detail === match.detail),
    );
  }
}

/** 400: the request was malformed (body structure, pagination values, `filter[updated_since]`, …). */
export class BadRequestError extends LeadProviderApiError {
  override name = "BadRequestError";
  declare readonly status: 400;
}

/** 401: the token is missing or unknown. The body is `{ "error": "HTTP Token: Access denied" }`. */
export class UnauthorizedError extends LeadProviderApiError {
  override name = "UnauthorizedError";
  declare readonly status: 401;
}

/** 404: the resource does not exist or belongs to another lead provider. */
export class NotFoundError extends LeadProviderApiError {
  override name = "NotFoundError";
  declare readonly status: 404;
}

/**
 * 422: the service rejected the request; `errors` lists every `{ title, detail }` it reported.
 *
 * @example
 * if (error instanceof UnprocessableError && error.has({ title: "evidence_held" })) {
 *   // ask the user for evidence
 * }
 */
export class UnprocessableError extends LeadProviderApiError {
  override name = "UnprocessableError";
  declare readonly status: 422;
}

/** 429: the rate limit (1,000 requests per 5 minutes per token) was exceeded and retries, if any, ran out. */
export class RateLimitError extends LeadProviderApiError {
  override name = "RateLimitError";
  declare readonly status: 429;
  /** Seconds to wait according to the `Retry-After` header, or `undefined` when the server did not say. */
  readonly retryAfter: number | undefined;

  constructor(init: LeadProviderApiErrorInit & { readonly retryAfter: number | undefined }) {
    super(init);
    this.retryAfter = init.retryAfter;
  }
}

/** 5xx: the service failed, and retries, if any, ran out. */
export class ServerError extends LeadProviderApiError {
  override name = "ServerError";
}

/** `fetch` itself rejected (DNS, connection reset, TLS, …) on the last attempt. The original error is `cause`. */
export class NetworkError extends LeadProviderApiError {
  override name = "NetworkError";
  declare readonly status: undefined;

  constructor(init: Omit<LeadProviderApiErrorInit, "status" | "body" | "response">) {
    super({ ...init, status: undefined }, `${init.method} ${init.path} failed: ${messageOf(init.cause)}`);
  }
}

// On the prototype: every instance carries the brand, and the class's declared surface stays as it was.
Object.defineProperty(LeadProviderApiError.prototype, API_ERROR_BRAND, { value: true });
statusesOf.set(LeadProviderApiError, () => true);
statusesOf.set(BadRequestError, (status) => status === 400);
statusesOf.set(UnauthorizedError, (status) => status === 401);
statusesOf.set(NotFoundError, (status) => status === 404);
statusesOf.set(UnprocessableError, (status) => status === 422);
statusesOf.set(RateLimitError, (status) => status === 429);
statusesOf.set(ServerError, (status) => status !== undefined && status >= 500);
statusesOf.set(NetworkError, (status) => status === undefined);

/** Whether `value` carries the API error brand and a status `errorClass` stands for. */
function isBrandedAs(errorClass: unknown, value: unknown): boolean {
  const covers = statusesOf.get(errorClass);
  return (
    covers !== undefined &&
    isRecord(value) &&
    value[API_ERROR_BRAND] === true &&
    covers(typeof value.status === "number" ? value.status : undefined)
  );
}

function describe(init: LeadProviderApiErrorInit): string {
  const summary = errorItemsOf(init.body)
    .map((item) => [item.title, item.detail].filter(Boolean).join(": "))
    .join("; ");
  const fallback = typeof init.body === "string" ? init.body.trim().slice(0, 200) : "";
  const reason = summary || singleErrorOf(init.body) || fallback;
  return `${init.method} ${init.path} responded ${init.status}${reason ? `: ${reason}` : ""}`;
}

function errorItemsOf(body: unknown): readonly ApiErrorItem[] {
  if (!isRecord(body) || !Array.isArray(body.errors)) {
    return [];
  }
  return body.errors.filter(isRecord).map((item) => ({
    title: typeof item.title === "string" ? item.title : "",
    detail: typeof item.detail === "string" ? item.detail : "",
  }));
}

// The 401 body is `{ "error": "HTTP Token: Access denied" }`: a string, not the usual array.
function singleErrorOf(body: unknown): string | undefined {
  return isRecord(body) && typeof body.error === "string" ? body.error : undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isRecord(value: unknown): value is Record<PropertyKey, unknown> {
  return typeof value === "object" && value !== null;
}
