import { ECF_MOUNT } from "../http/mounts.ts";

/**
 * DfE's sandbox of the ECF Lead Provider API (the `servers` entry of `spec/ecf-v3.yaml`): the origin the MSW
 * handlers answer for unless told otherwise, so that code under test keeps the configuration it has in staging.
 */
export const ECF_SANDBOX_BASE_URL = "https://sandbox.register-early-career-teachers.education.gov.uk";

/**
 * DfE's sandbox of the NPQ Lead Provider API (the `servers` entry of `spec/npq-v3.yaml`, NPQ rules §1.1): the origin
 * the MSW handlers answer the NPQ API for unless told otherwise.
 */
export const NPQ_SANDBOX_BASE_URL = "https://npq-registration-sandbox-web.teacherservices.cloud";

/**
 * A base URL as the handlers use it: an origin, optionally followed by a path prefix (e.g. the `/ecf` of a local
 * sandbox), under which the API's own paths (`/api/v3/...`) are found.
 */
export interface BaseUrl {
  /** The base URL without a trailing slash, as given. */
  readonly href: string;
  /** Matches the base URL and anything under it, on the URL without its query (as MSW matches). */
  readonly pattern: RegExp;
  /** Anchors API paths (`/api/v3/...`) under the base URL, for the typed overrides. */
  readonly prefix: string;
  readonly origin: string;
  /** The base URL's own path, without a trailing slash (`""` for an origin). */
  readonly path: string;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** Checks and normalises a base URL; a relative or malformed one throws a `TypeError` naming the option. */
export function parseBaseUrl(baseUrl: string, option = "baseUrl"): BaseUrl {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new TypeError(
      `${option} must be an absolute http(s) URL such as "${ECF_SANDBOX_BASE_URL}", got "${baseUrl}"`,
    );
  }
  if ((url.protocol !== "http:" && url.protocol !== "https:") || url.search !== "" || url.hash !== "") {
    throw new TypeError(`${option} must be an http(s) URL without query or fragment, got "${baseUrl}"`);
  }
  const path = url.pathname.replace(/\/+$/, "");
  const href = `${url.origin}${path}`;
  const prefix = escapeRegExp(href);
  return { href, origin: url.origin, path, prefix, pattern: new RegExp(`^${prefix}(?:/.*)?$`) };
}

/**
 * The request the sandbox app should see for a request sent under `base`: the same method, headers and body, on
 * the app's path for that API (`/ecf` or `/npq`). The body is read into memory, so the new request needs no
 * streaming (`duplex`) support.
 */
export async function toSandboxRequest(request: Request, base: BaseUrl, mount = ECF_MOUNT): Promise<Request> {
  const url = new URL(request.url);
  const rest = url.pathname.slice(base.path.length);
  return copyRequest(request, `${base.origin}${mount}${rest}${url.search}`);
}

/**
 * Matches the control API (`/__sandbox` and everything under it) at an origin, on the URL without its query. The
 * control API sits at the root of the sandbox's origin, as `lpkit-sandbox` serves it.
 */
export function controlPattern(origin: string): RegExp {
  return new RegExp(`^${escapeRegExp(origin)}/__sandbox(?:/.*)?$`);
}

/**
 * The same request at `target` (by default its own URL), with its body read into memory, so the new request needs
 * no streaming (`duplex`) support and carries no `AbortSignal` of another realm.
 */
export async function copyRequest(request: Request, target: string = request.url): Promise<Request> {
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  return new Request(target, {
    method: request.method,
    headers: request.headers,
    body: hasBody ? await request.arrayBuffer() : null,
  });
}
