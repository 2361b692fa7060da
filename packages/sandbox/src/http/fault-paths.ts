/**
 * Which fault paths can ever fire. A fault's `path` is a prefix of the request's path, compared segment by
 * segment (`src/http/faults.ts`), and faults fire only on the lead provider APIs' routes. So a path can fire when
 * its segments begin some API route's pattern, a `:param` segment standing for any one segment.
 */
export function canMatchRoute(path: string, routes: readonly string[]): boolean {
  const trimmed = path.endsWith("/") ? path.slice(0, -1) : path;
  if (trimmed === "") {
    return true;
  }
  const segments = trimmed.slice(1).split("/");
  return routes.some((route) => {
    const routeSegments = route.slice(1).split("/");
    return (
      segments.length <= routeSegments.length &&
      segments.every((segment, index) => {
        const routeSegment = routeSegments[index] ?? "";
        return routeSegment.startsWith(":") ? segment !== "" : segment === routeSegment;
      })
    );
  });
}

/** The path with an API's mount (`/ecf`) in front when that one can fire, for a "did you mean" hint. */
export function pathUnderMount(path: string, routes: readonly string[]): string | undefined {
  const mounts = new Set(routes.map((route) => `/${route.slice(1).split("/")[0] ?? ""}`));
  for (const mount of mounts) {
    if (!path.startsWith(`${mount}/`) && canMatchRoute(`${mount}${path}`, routes)) {
      return `${mount}${path}`;
    }
  }
  return undefined;
}
