import { SpecClient, type Transport } from "./spec-client.ts";

const FRAMING_HEADERS = new Set(["content-length", "host", "connection", "transfer-encoding", "keep-alive"]);

/**
 * A `fetch` over `transport` whose every response is checked against `spec/` (by {@link SpecClient}) before it is
 * handed on: for clients under test that take a `fetch`, such as `createControlClient`.
 */
export function specCheckedFetch(transport: Transport): (request: Request) => Promise<Response> {
  return async (request) => {
    const url = new URL(request.url);
    const client = new SpecClient(transport, url.origin);
    const hasBody = request.method !== "GET" && request.method !== "HEAD";
    const checked = await client.request(request.method, `${url.pathname}${url.search}`, {
      // The message's own framing (length, host, connection) is the new request's to set.
      headers: Object.fromEntries([...request.headers].filter(([name]) => !FRAMING_HEADERS.has(name))),
      rawBody: hasBody ? await request.text() : undefined,
    });
    const empty = checked.status === 204 || checked.status === 304 || request.method === "HEAD";
    return new Response(empty ? null : checked.text, { status: checked.status, headers: checked.headers });
  };
}
