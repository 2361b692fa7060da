import { formatTimestamp } from "../time/timestamps.ts";
import type { CapturedBody, LoggedRequest } from "./request-log.ts";

/**
 * A logged request without its bodies, as the control API spells it (spec/sandbox-v1.yaml, `RequestSummary`): what
 * `createSandbox({ onRequest })` is called with, and what `lpkit-sandbox --log-format json` prints.
 */
export interface RequestSummary {
  readonly id: number;
  /** Real time of arrival, RFC 3339 with milliseconds. */
  readonly time: string;
  /** The sandbox's instant the request ran at (its clock, or `X-With-Server-Date`), RFC 3339. */
  readonly sandbox_time: string;
  readonly method: string;
  readonly path: string;
  readonly query: string;
  readonly lead_provider: { readonly id: string; readonly name: string } | null;
  readonly status: number;
  readonly duration_ms: number;
  readonly error_detail: string | null;
}

/** A request or response body as the control API shows it. */
export interface LoggedBody {
  readonly content_type: string | null;
  readonly text: string;
  readonly truncated: boolean;
  /** The text parsed, when it is whole JSON. */
  readonly json?: unknown;
}

/** A logged request with its bodies: an item of `GET /__sandbox/requests`. */
export interface RequestLogEntry extends RequestSummary {
  readonly request_body: LoggedBody | null;
  readonly response_body: LoggedBody | null;
}

export function renderRequestSummary(entry: LoggedRequest): RequestSummary {
  return {
    id: entry.id,
    time: new Date(entry.receivedAt).toISOString(),
    sandbox_time: formatTimestamp(entry.sandboxNow),
    method: entry.method,
    path: entry.path,
    query: entry.query,
    lead_provider:
      entry.leadProvider === undefined ? null : { id: entry.leadProvider.id, name: entry.leadProvider.name },
    status: entry.status,
    duration_ms: entry.durationMs,
    error_detail: entry.errorDetail ?? null,
  };
}

const isJson = (contentType: string | undefined): boolean =>
  contentType !== undefined && /^[^;]*\bjson\b/i.test(contentType);

/** Parsed only now, when listed: the log keeps text, so that recording a request never parses a body again. */
function renderBody(body: CapturedBody | undefined): LoggedBody | null {
  if (body === undefined) {
    return null;
  }
  const rendered = { content_type: body.contentType ?? null, text: body.text, truncated: body.truncated };
  if (body.truncated || !isJson(body.contentType)) {
    return rendered;
  }
  try {
    return { ...rendered, json: JSON.parse(body.text) as unknown };
  } catch {
    return rendered;
  }
}

export function renderRequestLogEntry(entry: LoggedRequest): RequestLogEntry {
  return {
    ...renderRequestSummary(entry),
    request_body: renderBody(entry.requestBody),
    response_body: renderBody(entry.responseBody),
  };
}
