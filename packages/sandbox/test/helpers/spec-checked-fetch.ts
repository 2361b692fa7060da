import { SpecClient, type Transport } from "./spec-client.ts";

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
      headers: Object.fromEntries(request.headers),
      rawBody: hasBody ? await request.text() : undefined,
    });
    const empty = checked.status === 204 || checked.status === 304 || request.method === "HEAD";
    return new Response(empty ? null : checked.text, { status: checked.status, headers: checked.headers });
  };
}
