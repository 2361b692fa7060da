import { getPathNoStrict } from "hono/utils/url";

const JSON_SUFFIX = ".json";
const REPEATED_SLASHES = /\/{2,}/g;

function withoutTrailingSlash(path: string): string {
  return path.length > 1 && path.endsWith("/") ? path.slice(0, -1) : path;
}

/**
 * The path the router matches a request on. As in Rails, whose router normalises a path before matching it,
 * repeated slashes count as one and a trailing slash is ignored (`/api/v3/participants//` is the list). Under the
 * API prefixes (one per service) a `.json` suffix is dropped as well: every real route ends in Rails' optional `(.:format)`, so
 * `/api/v3/participants.json` and `/api/v3/participants/{id}/defer.json` are the same routes as without it
 * (ECF rules §1.1). Other suffixes are not accepted: see docs/decisions/sandbox-unknown-routes.md.
 */
export function routePath(apiPrefixes: readonly string[]): (request: Request) => string {
  return (request) => {
    const path = withoutTrailingSlash(getPathNoStrict(request).replace(REPEATED_SLASHES, "/"));
    if (apiPrefixes.some((prefix) => path.startsWith(`${prefix}/`)) && path.endsWith(JSON_SUFFIX)) {
      return path.slice(0, -JSON_SUFFIX.length);
    }
    return path;
  };
}
