import { NPQ_REQUEST_MESSAGES, NPQ_TITLES } from "@lpkit/engine";
import { cohortFilter, filterText, readFilter, readTimeFilter, readUpdatedSince } from "../http/query/filters.ts";
import { readPagination } from "../http/query/pagination.ts";
import type { QueryHash } from "../http/query/parse-query.ts";
import { RequestError } from "../http/request-error.ts";

const UUID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `filter[participant_id]` on applications and declarations: each comma-separated item must have the `8-4-4-4-12`
 * hexadecimal shape, or the request is a 400 (NPQ rules §1.5); so must a list or hash (`filter[participant_id][]=…`),
 * which is not text. Blank is no filter. What the ids match is the engine's business.
 */
function readParticipantIdFilter(filter: QueryHash): string | undefined {
  const value = filter.participant_id;
  const raw = filterText(filter, "participant_id");
  if (value === undefined || value === null || (raw !== undefined && raw.trim() === "")) {
    return raw;
  }
  if (raw === undefined || !raw.split(",").every((item) => UUID_SHAPE.test(item))) {
    throw new RequestError(400, [
      { title: NPQ_TITLES.badRequest, detail: NPQ_REQUEST_MESSAGES.invalidParticipantIdFilter },
    ]);
  }
  return raw;
}

/**
 * `filter[created_since]` on the outcome list, read as `filter[updated_since]` is (NPQ rules §1.5), with its own 400.
 * Blank is no filter.
 */
export function readCreatedSince(filter: QueryHash): Date | undefined {
  const instant = readTimeFilter(filter, "created_since");
  if (instant === null) {
    throw new RequestError(400, [{ title: NPQ_TITLES.badRequest, detail: NPQ_REQUEST_MESSAGES.invalidCreatedSince }]);
  }
  return instant;
}

/**
 * The filters and page of the application and declaration lists, read in the service's order: the filter's shape,
 * `updated_since`, `participant_id`, then the page (NPQ rules §1.5), so that the first bad one gives the 400.
 */
export function readNpqListQuery(query: QueryHash) {
  const filter = readFilter(query);
  const updatedSince = readUpdatedSince(filter);
  const participantId = readParticipantIdFilter(filter);
  const page = readPagination(query);
  return { filter: { cohort: cohortFilter(filter), participantId, updatedSince }, page };
}
