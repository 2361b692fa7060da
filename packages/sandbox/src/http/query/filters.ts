import { parseIso8601 } from "../../time/timestamps.ts";
import {
  BAD_PARAMETER_TITLE,
  BAD_REQUEST_TITLE,
  FILTER_NOT_A_HASH,
  SCHOOLS_COHORT_REQUIRED,
  UPDATED_SINCE_INVALID,
} from "../messages.ts";
import { RequestError } from "../request-error.ts";
import type { QueryHash } from "./parse-query.ts";
import { decodeFormComponent, isQueryHash } from "./parse-query.ts";

/**
 * The `filter` hash. Every endpoint checks its shape, list or show: `?filter=abc` is a 400 (ECF rules §1.5).
 * What each filter's value means (comma lists, UUID checks, integer casts) is the engine's business; the
 * sandbox hands over the raw text.
 */
export function readFilter(query: QueryHash): QueryHash {
  const filter = query.filter;
  if (filter === undefined) {
    return Object.create(null);
  }
  if (!isQueryHash(filter)) {
    throw new RequestError(400, [{ title: BAD_PARAMETER_TITLE, detail: FILTER_NOT_A_HASH }]);
  }
  return filter;
}

/** A filter's raw text; a nested value (`filter[cohort][]=2025`) is not text and counts as absent. */
export function filterText(filter: QueryHash, key: string): string | undefined {
  const value = filter[key];
  return typeof value === "string" ? value : undefined;
}

const isBlank = (value: string | undefined): value is undefined => value === undefined || value.trim() === "";

/** `filter[cohort]` on schools: required, a 400 of its own when missing or blank. */
export function readRequiredSchoolCohort(filter: QueryHash): string {
  const value = filterText(filter, "cohort");
  if (isBlank(value)) {
    throw new RequestError(400, [{ title: BAD_PARAMETER_TITLE, detail: SCHOOLS_COHORT_REQUIRED }]);
  }
  return value;
}

/**
 * `filter[updated_since]`: URL-decoded a second time (so a literal `+` in an offset becomes a space and fails,
 * as on the real service), then read as ISO 8601. Blank means no filter; unreadable is a 400.
 */
export function readUpdatedSince(filter: QueryHash): Date | undefined {
  const value = filterText(filter, "updated_since");
  if (isBlank(value)) {
    return undefined;
  }
  const instant = parseIso8601(decodeFormComponent(value));
  if (instant === undefined) {
    throw new RequestError(400, [{ title: BAD_REQUEST_TITLE, detail: UPDATED_SINCE_INVALID }]);
  }
  return instant;
}
