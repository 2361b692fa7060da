import type { PageRequest } from "./pagination.ts";

/**
 * What the sandbox passes to a list query: the lenient filters as the raw query-string values (parsed here, see
 * `list-filters.ts`), `updated_since` already parsed (an unparsable value is the sandbox's 400), `sort` raw and the
 * validated page.
 */
export interface ListQuery<Filter> {
  readonly filter?: Filter;
  /** Raw `sort` value, e.g. `"-updated_at,created_at"`; ignored by endpoints without sorting. */
  readonly sort?: string;
  readonly page?: PageRequest;
}

/** `filter[updated_since]`, parsed by the sandbox (ISO 8601). */
export interface UpdatedSinceFilter {
  readonly updatedSince?: Date;
}
