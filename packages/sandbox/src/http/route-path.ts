import { getPathNoStrict } from "hono/utils/url";

const JSON_SUFFIX = ".json";

/**
 * The path the router matches a request on. Trailing slashes are ignored, as in Rails. Under the API prefix a
 * `.json` suffix is dropped as well: every real route ends in Rails' optional `(.:format)`, so
 * `/api/v3/participants.json` and `/api/v3/participants/{id}/defer.json` are the same routes as without it
 * (ECF rules §1.1). Other suffixes are not accepted: see docs/decisions/sandbox-unknown-routes.md.
 */
export function routePath(apiPrefix: string): (request: Request) => string {
  return (request) => {
    const path = getPathNoStrict(request);
    if (path.startsWith(`${apiPrefix}/`) && path.endsWith(JSON_SUFFIX)) {
      return path.slice(0, -JSON_SUFFIX.length);
    }
    return path;
  };
}
