import type { Context, MiddlewareHandler } from "hono";
import { hex, loadNodeCrypto } from "../platform/node-crypto.ts";
import type { SandboxEnv } from "./env.ts";
import { RecentEtags } from "./recent-etags.ts";
import { jsonHeadersOf, jsonTextOf, jsonTextResponseWithHeaders } from "./responses.ts";

/** What Rack::ETag adds beside an ETag it computed (ECF rules §1.3). */
const REVALIDATE = "max-age=0, private, must-revalidate";
/** What Rails tells Rack::ETag to add to every other response it sees. */
const NO_CACHE = "no-cache";

/** Rack::ETag tags only these statuses. */
const TAGGED_STATUSES = new Set([200, 201]);

/** Rack::ETag's weak tag: the first 32 hex digits of the SHA-256 of the body. */
async function weakEtag(body: string | Uint8Array<ArrayBuffer>): Promise<string> {
  if (typeof body !== "string") {
    return computeWeakEtag(body);
  }
  const known = recentEtags.find(body);
  if (known !== undefined) {
    return known;
  }
  const etag = await computeWeakEtag(body);
  recentEtags.remember(body, etag);
  return etag;
}

async function computeWeakEtag(body: string | Uint8Array<ArrayBuffer>): Promise<string> {
  const node = await loadNodeCrypto();
  const digest =
    node === undefined
      ? hex(new Uint8Array(await crypto.subtle.digest("SHA-256", typeof body === "string" ? encode(body) : body)))
      : // One call, without a Hash object: about a third cheaper than `createHash` for bodies this small.
        node.hash("sha256", body, "hex");
  return `W/"${digest.slice(0, 32)}"`;
}

/** The tags of the last few bodies: a client polling the same page gets its tag without hashing it again. */
const recentEtags = new RecentEtags();

const encode = (text: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(text);

/** Rack::ConditionalGet: only a GET (or HEAD) answered 200 whose ETag is exactly the `If-None-Match` sent. */
function notModified(c: Context<SandboxEnv>, status: number, etag: string | null): boolean {
  const method = c.req.raw.method;
  // The request's header is read last: a write (most requests this middleware sees under load) never needs it.
  return (
    (method === "GET" || method === "HEAD") && status === 200 && etag !== null && c.req.header("if-none-match") === etag
  );
}

/**
 * The caching headers every Rails app sends by default, and its answer to `If-None-Match` (ECF rules §1.3):
 * a 200 or 201 with a body gets `ETag: W/"..."` and `Cache-Control: max-age=0, private, must-revalidate`; any other
 * response `Cache-Control: no-cache`; a GET whose `If-None-Match` equals the ETag gets `304` with no body and no
 * `Content-Type`. A path no route matches is left alone, as Rails answers those outside these middlewares.
 *
 * A response made by `jsonResponse` (every JSON answer of the APIs) is answered anew with its headers and these in
 * one plain object, without building its `Headers` (see `withCachingHeaders`); any other has the headers set on it,
 * its body read to tag it, and is rebuilt only then.
 */
export function conditionalGet(): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    await next();
    if (c.get("routeNotFound") === true) {
      return;
    }
    const response = c.res;
    const answer = await withCachingHeaders(c, response);
    if (answer !== undefined) {
      c.res = undefined;
      c.res = answer;
      return;
    }
    const { status, headers } = response;
    const taggable = TAGGED_STATUSES.has(status) && !headers.has("etag") && !headers.has("last-modified");
    const text = taggable ? jsonTextOf(response) : undefined;
    const bytes = taggable && text === undefined ? new Uint8Array(await response.arrayBuffer()) : undefined;
    const body = text ?? bytes;
    const tagged = body !== undefined && body.length > 0;
    if (tagged) {
      headers.set("etag", await weakEtag(body));
    }
    if (!headers.has("cache-control")) {
      headers.set("cache-control", tagged ? REVALIDATE : NO_CACHE);
    }
    if (notModified(c, status, headers.get("etag"))) {
      headers.delete("content-type");
      headers.delete("content-length");
      c.res = undefined;
      c.res = new Response(null, { status: 304, headers });
    } else if (bytes !== undefined) {
      // The body was read to tag it: answer with the bytes read.
      c.res = undefined;
      c.res = new Response(bytes, { status, headers });
    }
  };
}

/**
 * The same answer as the general path of `conditionalGet` for a response `jsonResponse` made, as a new response
 * whose headers are one plain object: @hono/node-server writes such an object as it is, where a `Headers` object
 * (which reading or setting `response.headers` builds) is copied back into one first. The names are sorted, as
 * iterating a `Headers` gives them, so they reach the wire in the same order (only `Content-Length`, which Node
 * then adds itself, comes after `Date`, `Connection` and `Keep-Alive` rather than before them; the decision record
 * says why that is safe). Undefined when the general path must answer: the response is not one `jsonResponse`
 * made, it already carries a caching header, or it becomes a 304.
 */
async function withCachingHeaders(c: Context<SandboxEnv>, response: Response): Promise<Response | undefined> {
  const text = jsonTextOf(response);
  const given = jsonHeadersOf(response);
  if (text === undefined || given === undefined || "etag" in given || "last-modified" in given) {
    return undefined;
  }
  const { status } = response;
  const tagged = TAGGED_STATUSES.has(status) && text.length > 0;
  const etag = tagged ? await weakEtag(text) : undefined;
  if (notModified(c, status, etag ?? null)) {
    return undefined;
  }
  const cacheControl = given["cache-control"] ?? (tagged ? REVALIDATE : NO_CACHE);
  const contentType = given["content-type"];
  // Most answers were given their content type alone: their three headers, already in order.
  if (contentType !== undefined && Object.keys(given).length === 1) {
    const headers: Record<string, string> =
      etag === undefined
        ? { "cache-control": cacheControl, "content-type": contentType }
        : { "cache-control": cacheControl, "content-type": contentType, etag };
    return jsonTextResponseWithHeaders(text, status, headers);
  }
  const headers: Record<string, string> = { ...given, "cache-control": cacheControl };
  if (etag !== undefined) {
    headers.etag = etag;
  }
  return jsonTextResponseWithHeaders(text, status, sortedByName(headers));
}

/** The same headers, their names in ascending order. */
function sortedByName(headers: Record<string, string>): Record<string, string> {
  const sorted: Record<string, string> = {};
  for (const name of Object.keys(headers).sort()) {
    sorted[name] = headers[name] as string;
  }
  return sorted;
}
