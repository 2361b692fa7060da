/**
 * The error every control client call rejects with, whichever way the sandbox is reached (a socket, MSW, in
 * process): the fields of `@lpkit/sdk`'s `LeadProviderApiError` (`status`, `method`, `path`, `body`, `errors`,
 * `has()`) and its class name per status as `name`. It carries the SDK's brand, so `error instanceof
 * UnprocessableError` (the SDK's class) holds for it too, without the sandbox depending on the SDK
 * (docs/decisions/sandbox-one-control-api.md).
 */

/**
 * The brand the SDK's error classes recognise (`Symbol.for`, so one registry key across packages and copies); the
 * SDK's `src/errors.ts` names the same key, and a test of the SDK holds the two together.
 */
export const API_ERROR_BRAND: unique symbol = Symbol.for("@lpkit/lead-provider-api-error");

/** One `{ title, detail }` entry of an `errors` array, as the control API sends it. */
export interface ControlApiErrorItem {
  readonly title: string;
  readonly detail: string;
}

/** What {@link ControlApiError.has} looks for: every field given must match. */
export interface ControlApiErrorMatch {
  readonly title?: string;
  readonly detail?: string;
}

interface ControlApiErrorInit {
  /** The HTTP status, or `undefined` when no response arrived. */
  readonly status: number | undefined;
  readonly method: string;
  /** The request's path, without origin or query. */
  readonly path: string;
  readonly body?: unknown;
  readonly response?: Response | undefined;
  readonly cause?: unknown;
}

/** The SDK's class name for a status: what `name` says, so logs read the same in every mode. */
function nameFor(status: number | undefined): string {
  switch (status) {
    case undefined:
      return "NetworkError";
    case 400:
      return "BadRequestError";
    case 401:
      return "UnauthorizedError";
    case 404:
      return "NotFoundError";
    case 422:
      return "UnprocessableError";
    case 429:
      return "RateLimitError";
    default:
      return status >= 500 ? "ServerError" : "LeadProviderApiError";
  }
}

export class ControlApiError extends Error {
  readonly [API_ERROR_BRAND] = true;
  override name: string;
  /** The HTTP status, or `undefined` when `fetch` itself failed (then `cause` is its error). */
  readonly status: number | undefined;
  readonly method: string;
  readonly path: string;
  /** The response body: parsed JSON when it was JSON, the text otherwise, `undefined` when there was none. */
  readonly body: unknown;
  readonly response: Response | undefined;
  /** The `errors[]` of the body when it has the API's `{ errors: [{ title, detail }] }` shape, else empty. */
  readonly errors: readonly ControlApiErrorItem[];

  constructor(init: ControlApiErrorInit) {
    super(describe(init), init.cause === undefined ? undefined : { cause: init.cause });
    this.name = nameFor(init.status);
    this.status = init.status;
    this.method = init.method;
    this.path = init.path;
    this.body = init.body;
    this.response = init.response;
    this.errors = errorItemsOf(init.body);
  }

  /** Whether the body lists an error matching every given field (the API may report several at once). */
  has(match: ControlApiErrorMatch): boolean {
    return this.errors.some(
      (item) =>
        (match.title === undefined || item.title === match.title) &&
        (match.detail === undefined || item.detail === match.detail),
    );
  }
}

/** The SDK's message: `POST /__sandbox/faults responded 400: Bad request: ...`, or why no response came. */
function describe(init: ControlApiErrorInit): string {
  if (init.status === undefined) {
    const reason = init.cause instanceof Error ? init.cause.message : String(init.cause);
    return `${init.method} ${init.path} failed: ${reason}`;
  }
  const summary = errorItemsOf(init.body)
    .map((item) => [item.title, item.detail].filter(Boolean).join(": "))
    .join("; ");
  const fallback = typeof init.body === "string" ? init.body.trim().slice(0, 200) : "";
  const single = isRecord(init.body) && typeof init.body.error === "string" ? init.body.error : "";
  const reason = summary || single || fallback;
  return `${init.method} ${init.path} responded ${init.status}${reason ? `: ${reason}` : ""}`;
}

function errorItemsOf(body: unknown): readonly ControlApiErrorItem[] {
  if (!isRecord(body) || !Array.isArray(body.errors)) {
    return [];
  }
  return body.errors.filter(isRecord).map((item) => ({
    title: typeof item.title === "string" ? item.title : "",
    detail: typeof item.detail === "string" ? item.detail : "",
  }));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}
