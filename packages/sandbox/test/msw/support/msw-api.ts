/**
 * Requests as a provider's code sends them: through the global `fetch`, which MSW intercepts, to the API's own
 * URLs. Every JSON response is checked against spec/ like the rest of the sandbox's tests: a path under the base
 * URL is the ECF document's path, which the validator knows under the sandbox's `/ecf` mount.
 */
import { expect } from "vitest";
import { ECF_SANDBOX_BASE_URL } from "../../../src/msw/index.ts";
import { type Json, specValidator } from "../../helpers/spec-client.ts";

export const AMBITION = "ambition-institute";
export const TEST_NOW = "2025-10-01T09:30:00Z";

export interface ApiResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  readonly body: Json;
}

export interface ApiRequestOptions {
  readonly token?: string | undefined;
  readonly body?: unknown;
  readonly rawBody?: string;
  readonly headers?: Record<string, string>;
}

/** Statuses the sandbox can answer on any operation (faults, rate limit), beyond what each operation documents. */
const SANDBOX_STATUSES = new Set([429, 500, 502, 503, 504]);

export function apiClient(baseUrl = ECF_SANDBOX_BASE_URL, defaultToken: string | undefined = AMBITION) {
  const base = new URL(baseUrl);
  const basePath = base.pathname.replace(/\/+$/, "");

  async function request(method: string, path: string, options: ApiRequestOptions = {}): Promise<ApiResponse> {
    const headers = new Headers(options.headers);
    const token = "token" in options ? options.token : defaultToken;
    if (token !== undefined) {
      headers.set("authorization", `Bearer ${token}`);
    }
    let body: string | undefined = options.rawBody;
    if (body === undefined && options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers.set("content-type", "application/json");
    }
    const url = new URL(`${base.origin}${basePath}${path}`);
    const response = await fetch(url, { method, headers, body });
    const text = await response.text();
    const contentType = response.headers.get("content-type") ?? "";
    let parsed: Json = text;
    if (contentType.includes("json")) {
      expect(contentType).toBe("application/json; charset=utf-8");
      parsed = JSON.parse(text);
      check(method, url.pathname, response.status, parsed);
    }
    return { status: response.status, headers: response.headers, text, body: parsed };
  }

  function check(method: string, pathname: string, status: number, body: unknown): void {
    const validator = specValidator();
    const ecfPath = `/ecf${pathname.slice(basePath.length)}`;
    const operation = validator.findOperation(method, ecfPath);
    const documented = operation?.statuses.includes(String(status)) ?? false;
    validator.validate(
      operation !== undefined && (documented || !SANDBOX_STATUSES.has(status)) ? operation : undefined,
      status,
      body,
      ecfPath,
    );
  }

  return {
    request,
    get: (path: string, options?: ApiRequestOptions) => request("GET", path, options),
    post: (path: string, options?: ApiRequestOptions) => request("POST", path, options),
    put: (path: string, options?: ApiRequestOptions) => request("PUT", path, options),
  };
}

/** `{"data":{"type":...,"attributes":{...}}}` */
const envelope = (type: string, attributes: Record<string, unknown>) => ({ data: { type, attributes } });

/** A `started` declaration of a 2025 ECT, dated inside the milestone and before TEST_NOW. */
export const startedDeclaration = (participantId: string) =>
  envelope("participant-declaration", {
    participant_id: participantId,
    declaration_type: "started",
    declaration_date: "2025-09-20T10:00:00Z",
    course_identifier: "ecf-induction",
    evidence_held: "training-event-attended",
  });
