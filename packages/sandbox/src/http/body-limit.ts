import type { MiddlewareHandler } from "hono";
import { PAYLOAD_TOO_LARGE_TITLE, payloadTooLarge } from "./messages.ts";
import { errorResponse } from "./responses.ts";

/**
 * The default request-body limit: 1 MiB. The largest real request (a declaration, or a control fixture) is under
 * 2 KB, so this refuses nothing a client means to send while keeping a hostile body from being buffered and parsed.
 */
export const DEFAULT_BODY_LIMIT_BYTES = 1024 * 1024;

/** A body, read up to `maxBytes`; `undefined` as soon as it proves longer. */
async function readAtMost(
  body: ReadableStream<Uint8Array>,
  maxBytes: number,
): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) {
      break;
    }
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Refuses a body over `maxBytes` with 413 in the service's error format before anything reads it: a declared
 * `Content-Length` is checked up front, and a body without one (chunked, or built in-process) is counted as it
 * arrives and abandoned at the limit. The same idea as Hono's `bodyLimit`, which cannot rebuild the lightweight
 * requests of `@hono/node-server` (`new Request(request, ...)` throws on them).
 */
export function limitBodies(maxBytes: number): MiddlewareHandler {
  const tooLarge = () => errorResponse(413, [{ title: PAYLOAD_TOO_LARGE_TITLE, detail: payloadTooLarge(maxBytes) }]);
  return async (c, next) => {
    const request = c.req.raw;
    // Headers first: on @hono/node-server, touching `body` turns its lightweight request into a full one, which
    // costs more than most requests' own work; a GET, or a body with a declared length, never needs that.
    if (request.method === "GET" || request.method === "HEAD") {
      await next();
      return;
    }
    const length = request.headers.get("content-length");
    if (length !== null && !request.headers.has("transfer-encoding")) {
      if (Number(length) > maxBytes) {
        return tooLarge();
      }
      await next();
      return;
    }
    if (request.body === null) {
      await next();
      return;
    }
    const bytes = await readAtMost(request.body, maxBytes);
    if (bytes === undefined) {
      return tooLarge();
    }
    c.req.raw = new Request(request.url, {
      method: request.method,
      headers: request.headers,
      body: bytes.byteLength === 0 ? null : bytes,
      signal: request.signal,
    });
    await next();
    return;
  };
}
