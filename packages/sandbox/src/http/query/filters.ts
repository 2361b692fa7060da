import { parseRubyTimeIso8601 } from "../../time/ruby-time-iso8601.ts";
import {
  BAD_PARAMETER_TITLE,
  BAD_REQUEST_TITLE,
  FILTER_NOT_A_HASH,
  SCHOOLS_COHORT_REQUIRED,
  UPDATED_SINCE_INVALID,
} from "../messages.ts";
import { RequestError } from "../request-error.ts";
import type { QueryHash, QueryValue } from "./parse-query.ts";
import { decodeFormComponent, isQueryHash } from "./parse-query.ts";

/**
 * The `filter` hash. Every endpoint checks its shape, list or show: `?filter=abc` is a 400 (ECF rules §1.5), while a
 * bare `?filter` (no `=`, Ruby's nil) counts as no filter. What each filter's value means (comma lists, UUID checks,
 * integer casts) is the engine's business; the sandbox hands over the raw text.
 */
export function readFilter(query: QueryHash): QueryHash {
  const filter = query.filter;
  if (filter === undefined || filter === null) {
    return Object.create(null);
  }
  if (!isQueryHash(filter)) {
    throw new RequestError(400, [{ title: BAD_PARAMETER_TITLE, detail: FILTER_NOT_A_HASH }], {}, "filterNotHash");
  }
  return filter;
}

/** A filter's raw text; a nested value (`filter[participant_id][]=…`) is not text and counts as absent. */
export function filterText(filter: QueryHash, key: string): string | undefined {
  const value = filter[key];
  return typeof value === "string" ? value : undefined;
}

/**
 * `filter[cohort]` as the service reads it on list endpoints: text, or the list of `filter[cohort][]=…`. An item of
 * the list that is not text (`filter[cohort][][x]=1`) stays in the list as an empty string, which matches nothing,
 * as Ruby's `to_s` of a hash matches no year (ECF rules §1.5).
 */
export function cohortFilter(filter: QueryHash): string | readonly string[] | undefined {
  const value = filter.cohort;
  if (Array.isArray(value)) {
    return value.map((item) => (typeof item === "string" ? item : ""));
  }
  return typeof value === "string" ? value : undefined;
}

/**
 * `filter[cohort]` on schools: only the key is required (`filter[cohort]=` passes and lists nothing); a missing key
 * is a 400 of its own (ECF rules §1.5). The value is handed over as `cohortFilter` reads it; anything else (a hash,
 * a bare `filter[cohort]`) names no cohort.
 */
export function readRequiredSchoolCohort(filter: QueryHash): string | readonly string[] | null {
  if (!Object.hasOwn(filter, "cohort")) {
    throw new RequestError(400, [{ title: BAD_PARAMETER_TITLE, detail: SCHOOLS_COHORT_REQUIRED }]);
  }
  return cohortFilter(filter) ?? null;
}

/** Rails' `blank?`: nil, an empty list or hash, or text of Unicode white space only. */
function isRubyBlank(value: QueryValue | undefined): boolean {
  if (value === undefined || value === null) {
    return true;
  }
  if (typeof value === "string") {
    return /^[\s\u0085]*$/u.test(value.replaceAll("\uFEFF", "x"));
  }
  return Array.isArray(value) ? value.length === 0 : Object.keys(value).length === 0;
}

/**
 * A date-time filter (`filter[updated_since]`, ECF rules §1.5; `filter[created_since]` on the NPQ outcomes, NPQ rules
 * §1.5): blank means no filter; otherwise URL-decoded a second time (so a literal `+` in an offset becomes a space and
 * fails, as on the real service) and read as Ruby's `Time.iso8601` does. `null` for anything it cannot read, including
 * a list or hash, where the service fails with a 500: the caller answers its own 400.
 */
export function readTimeFilter(filter: QueryHash, key: string): Date | undefined | null {
  const value = filter[key];
  if (isRubyBlank(value)) {
    return undefined;
  }
  const decoded = typeof value === "string" ? decodeFormComponent(value) : undefined;
  return (decoded === undefined ? undefined : parseRubyTimeIso8601(decoded)) ?? null;
}

/** `filter[updated_since]`, read by {@link readTimeFilter}; the 400 when it cannot be read. */
export function readUpdatedSince(filter: QueryHash): Date | undefined {
  const instant = readTimeFilter(filter, "updated_since");
  if (instant === null) {
    throw new RequestError(400, [{ title: BAD_REQUEST_TITLE, detail: UPDATED_SINCE_INVALID }], {}, "updatedSince");
  }
  return instant;
}
