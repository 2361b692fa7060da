/** Request-level (400/401/404) messages, byte for byte as the service sends them (ECF rules §1.2-1.6). */
export const REQUEST_MESSAGES = {
  /** 401 body is `{"error": <this>}`, not the usual `errors` array. */
  accessDenied: "HTTP Token: Access denied",
  jsonStructureRequired: "Correct json data structure required. See API docs for reference.",
  invalidPagination: "The '#/page[page]' and '#/page[per_page]' parameter values must be a valid positive number",
  invalidUpdatedSince: "The filter '#/updated_since' must be a valid ISO 8601 date",
  filterMustBeHash: "Filter must be a hash",
  cohortFilterRequired: "The filter '#/cohort' must be included in your request",
  notFound: "Nothing could be found for the provided details",
  /** The body `{"error": <this>}` of a path or method the API has no route for (ECF rules §1.6). */
  routeNotFound: "Resource not found",
} as const;
