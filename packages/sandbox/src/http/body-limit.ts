import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { PAYLOAD_TOO_LARGE_TITLE, payloadTooLarge } from "./messages.ts";
import { errorResponse } from "./responses.ts";

/**
 * The default request-body limit: 1 MiB. The largest real request (a declaration, or a control fixture) is under
 * 2 KB, so this refuses nothing a client means to send while keeping a hostile body from being buffered and parsed.
 */
export const DEFAULT_BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * Refuses a body over `maxBytes` with 413 in the service's error format before anything reads it: a declared
 * `Content-Length` is checked up front, and a streamed body is counted as it arrives and abandoned at the limit.
 */
export function limitBodies(maxBytes: number): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => errorResponse(413, [{ title: PAYLOAD_TOO_LARGE_TITLE, detail: payloadTooLarge(maxBytes) }]),
  });
}
