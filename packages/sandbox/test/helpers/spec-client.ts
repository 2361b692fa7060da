/**
 * A test client over any transport (`app.request`, or `fetch` over a socket) that checks EVERY response against
 * `spec/`: JSON responses must carry `application/json; charset=utf-8` and a body that matches the documented
 * schema for the operation and status. Tests get the parsed body back.
 */
import { SpecValidator } from "./spec-validator.ts";

/**
 * Parsed response bodies. They are validated against the spec before a test sees them, so tests read them as plain
 * JSON rather than restating the spec's types.
 */
// biome-ignore lint/suspicious/noExplicitAny: see above.
export type Json = any;

export type Transport = (request: Request) => Response | Promise<Response>;

export interface RequestOptions {
  readonly token?: string | undefined;
  readonly body?: unknown;
  /** Sent as is (for malformed bodies); overrides `body`. */
  readonly rawBody?: string | undefined;
  readonly headers?: Record<string, string>;
}

export interface CheckedResponse<T = Json> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: T;
  readonly text: string;
}

/**
 * Statuses the sandbox itself can produce on any operation (control token, Host and Origin checks, body limit,
 * content type, injected faults, rate limit, crashes), each in the error format; and a 404 for a request that names a
 * world with `X-Sandbox-World` (one the sandbox may not hold), checked in `#check`.
 */
const SANDBOX_STATUSES = new Set([401, 403, 413, 415, 429, 500, 502, 503, 504]);

/** Whether the request picks a world other than the default one, which may not exist (a 404 of the sandbox's own). */
function namesWorld(headers: Headers): boolean {
  const world = headers.get("x-sandbox-world")?.trim() ?? "";
  return world !== "" && world !== "default";
}

/**
 * The NPQ service answers JSON without a charset (NPQ rules §1.3); the ECF service and the sandbox's own APIs with
 * `charset=utf-8`.
 */
function jsonContentType(pathname: string): string {
  return pathname === "/npq" || pathname.startsWith("/npq/") ? "application/json" : "application/json; charset=utf-8";
}

let shared: SpecValidator | undefined;

/** The validator over every document the sandbox serves, loaded once per test file. */
export function specValidator(): SpecValidator {
  shared ??= loadValidator();
  return shared;
}

function loadValidator(): SpecValidator {
  const validator = new SpecValidator().load("sandbox-v1", "");
  for (const [name, mount] of [
    ["ecf-v3", "/ecf"],
    ["npq-v3", "/npq"],
  ] as const) {
    try {
      validator.load(name, mount);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") {
        throw error;
      }
    }
  }
  return validator;
}

export class SpecClient {
  readonly #transport: Transport;
  readonly #base: string;
  readonly #validator: SpecValidator;
  /** Sent with every request unless the request sets them itself. */
  readonly #headers: HeadersInit;

  constructor(
    transport: Transport,
    base = "http://localhost",
    validator: SpecValidator = specValidator(),
    headers: HeadersInit = {},
  ) {
    this.#headers = headers;
    this.#transport = transport;
    this.#base = base;
    this.#validator = validator;
  }

  /** The same client, sending `headers` with every request too (say, `X-Sandbox-World`). */
  withHeaders(headers: Record<string, string>): SpecClient {
    return new SpecClient(this.#transport, this.#base, this.#validator, {
      ...Object.fromEntries(new Headers(this.#headers)),
      ...headers,
    });
  }

  get<T = Json>(path: string, options: RequestOptions = {}): Promise<CheckedResponse<T>> {
    return this.request("GET", path, options);
  }

  post<T = Json>(path: string, options: RequestOptions = {}): Promise<CheckedResponse<T>> {
    return this.request("POST", path, options);
  }

  put<T = Json>(path: string, options: RequestOptions = {}): Promise<CheckedResponse<T>> {
    return this.request("PUT", path, options);
  }

  async request<T = Json>(method: string, path: string, options: RequestOptions = {}): Promise<CheckedResponse<T>> {
    const headers = new Headers(this.#headers);
    new Headers(options.headers).forEach((value, name) => {
      headers.set(name, value);
    });
    if (options.token !== undefined) {
      headers.set("authorization", `Bearer ${options.token}`);
    }
    let body: string | undefined;
    if (options.rawBody !== undefined) {
      body = options.rawBody;
    } else if (options.body !== undefined && method !== "GET" && method !== "HEAD") {
      body = JSON.stringify(options.body);
      if (!headers.has("content-type")) {
        headers.set("content-type", "application/json");
      }
    }
    // A path is appended to the base rather than resolved against it: `//x` is a path here, not a host.
    const url = path.startsWith("/") ? new URL(`${this.#base.replace(/\/+$/, "")}${path}`) : new URL(path, this.#base);
    const response = await this.#transport(new Request(url, { method, headers, body: body ?? null }));
    const text = await response.text();
    const contentType = response.headers.get("content-type") ?? "";
    let parsed: unknown = text;
    if (method === "HEAD" || (response.status === 204 && text === "")) {
      // No body to check.
    } else if (response.status === 304) {
      this.#checkNotModified(method, url.pathname, contentType, text);
    } else if (contentType.includes("json") && !contentType.includes("ndjson")) {
      const expected = jsonContentType(url.pathname);
      if (contentType !== expected) {
        throw new Error(`${method} ${path}: content-type is "${contentType}", not "${expected}"`);
      }
      parsed = JSON.parse(text) as unknown;
      this.#check(method, url.pathname, response.status, parsed, namesWorld(headers));
    } else if (
      // The API reference and the finance dashboard are pages for people (HTML, their files, a CSV download), which
      // no OpenAPI document describes.
      !path.startsWith("/docs") &&
      !path.startsWith("/finance") &&
      !this.#documentsMediaType(method, url.pathname, response.status, contentType)
    ) {
      throw new Error(`${method} ${path}: answered ${response.status} with content-type "${contentType}": ${text}`);
    }
    return { status: response.status, headers: response.headers, body: parsed as T, text };
  }

  /** A response that is not JSON (a CSV download) must be one the operation documents, media type and all. */
  #documentsMediaType(method: string, pathname: string, status: number, contentType: string): boolean {
    const operation = this.#validator.findOperation(method, pathname);
    const mediaType = contentType.split(";")[0]?.trim() ?? "";
    return operation !== undefined && this.#validator.documentsMediaType(operation, status, mediaType);
  }

  /** A `304` must be documented by the operation, and carry no body and no content type. */
  #checkNotModified(method: string, pathname: string, contentType: string, text: string): void {
    const operation = this.#validator.findOperation(method, pathname);
    if (operation === undefined || !operation.statuses.includes("304")) {
      throw new Error(`${method} ${pathname}: answered 304, which the spec does not document`);
    }
    if (text !== "" || contentType !== "") {
      throw new Error(`${method} ${pathname}: a 304 carries a body or a content type ("${contentType}": ${text})`);
    }
  }

  #check(method: string, pathname: string, status: number, body: unknown, world: boolean): void {
    const unknownWorld = world && status === 404;
    const operation = this.#validator.findOperation(method, pathname);
    const documented = operation?.statuses.includes(String(status)) ?? false;
    if (operation !== undefined && !unknownWorld && (documented || !SANDBOX_STATUSES.has(status))) {
      this.#validator.validate(operation, status, body);
    } else {
      this.#validator.validate(undefined, status, body, pathname, unknownWorld);
    }
  }
}
