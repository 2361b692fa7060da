import type { Env, ErrorHandler } from "hono";

/** The error codes Node gives a request body whose connection closed before it was all read. */
const CLOSED_CONNECTION_CODES = new Set(["ECONNRESET", "ECONNABORTED", "ERR_STREAM_PREMATURE_CLOSE"]);

/** Whether `error` only says that the client went away: the request was aborted or its connection closed. */
function isClientGone(error: unknown, request: Request): boolean {
  if (request.signal.aborted) {
    return true;
  }
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === "string" && CLOSED_CONNECTION_CODES.has(code);
}

/**
 * nginx's "client closed request": the status of an answer that is never sent, because nobody is left to read it.
 * It stays in the server's own bookkeeping only.
 */
const CLIENT_CLOSED_REQUEST = 499;

/**
 * Puts a client that went away (an upload cut off halfway, a cancelled request) before `handle`: that is not a
 * fault of the sandbox, so it is neither reported nor answered with a 500. Anything else goes to `handle`.
 */
export function ignoreClientsGone<E extends Env>(handle: ErrorHandler<E>): ErrorHandler<E> {
  return (error, c) => {
    if (isClientGone(error, c.req.raw)) {
      return new Response(null, { status: CLIENT_CLOSED_REQUEST });
    }
    return handle(error, c);
  };
}
