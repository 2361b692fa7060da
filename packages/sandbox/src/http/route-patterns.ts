/**
 * Paths against the API's route patterns (`/ecf/api/v3/participants/:id`), a `:param` segment standing for any one
 * non-empty segment.
 */

function segmentsOf(path: string): string[] {
  return path.slice(1).split("/");
}

function beginsPattern(segments: readonly string[], route: string): boolean {
  const routeSegments = segmentsOf(route);
  return (
    segments.length <= routeSegments.length &&
    segments.every((segment, index) => {
      const routeSegment = routeSegments[index] ?? "";
      return routeSegment.startsWith(":") ? segment !== "" : segment === routeSegment;
    })
  );
}

/**
 * Which fault paths can ever fire. A fault's `path` is a prefix of the request's path, compared segment by
 * segment (`src/http/faults.ts`), and faults fire only on the lead provider APIs' routes. So a path can fire when
 * its segments begin some API route's pattern.
 */
export function canMatchRoute(path: string, routes: readonly string[]): boolean {
  const trimmed = path.endsWith("/") ? path.slice(0, -1) : path;
  if (trimmed === "") {
    return true;
  }
  const segments = segmentsOf(trimmed);
  return routes.some((route) => beginsPattern(segments, route));
}

/** Whether some route's pattern is exactly this path (a request path, already normalised by `routePath`). */
function isRoute(path: string, routes: readonly string[]): boolean {
  const segments = segmentsOf(path);
  return routes.some((route) => segmentsOf(route).length === segments.length && beginsPattern(segments, route));
}

/** The mount (`/ecf`) under which this request path is a route, for the hint of a 404 outside every mount. */
export function mountServing(path: string, routes: readonly string[]): string | undefined {
  return mountsOf(routes).find((mount) => isRoute(`${mount}${path}`, routes));
}

function mountsOf(routes: readonly string[]): string[] {
  return [...new Set(routes.map((route) => `/${segmentsOf(route)[0] ?? ""}`))];
}

/** The path with an API's mount (`/ecf`) in front when that one can fire, for a "did you mean" hint. */
export function pathUnderMount(path: string, routes: readonly string[]): string | undefined {
  for (const mount of mountsOf(routes)) {
    if (!path.startsWith(`${mount}/`) && canMatchRoute(`${mount}${path}`, routes)) {
      return `${mount}${path}`;
    }
  }
  return undefined;
}
