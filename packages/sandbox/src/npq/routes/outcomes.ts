import { listNpqOutcomes, listNpqParticipantOutcomes, npqOutcomeView } from "@lpkit/engine";
import { pathId } from "../../ecf/ecf-request.ts";
import type { ApiRoutes } from "../../http/api-routes.ts";
import { readFilter } from "../../http/query/filters.ts";
import { type Pagination, readPagination } from "../../http/query/pagination.ts";
import { RequestError } from "../../http/request-error.ts";
import { executeNpq } from "../../journal/journaled-execute.ts";
import { readNpqAttributes } from "../npq-attributes.ts";
import type { NpqDependencies } from "../npq-dependencies.ts";
import { readCreatedSince } from "../npq-filters.ts";
import { npqListResponse, npqRequest, npqResultResponse } from "../npq-request.ts";

/**
 * GET /participants/npq/outcomes, and GET and POST /participants/npq/{id}/outcomes (NPQ rules §6). Registered before
 * the participant routes, so that `/participants/npq/outcomes` is the list rather than a participant named `outcomes`.
 */
export function npqOutcomeRoutes(routes: ApiRoutes, dependencies: NpqDependencies): void {
  // `created_since` is read before the page, as the service's controller reads them (NPQ rules §6.1).
  routes.get("/participants/npq/outcomes", (c) => {
    const request = npqRequest(c, dependencies);
    const createdSince = readCreatedSince(readFilter(request.query));
    const page = readPagination(request.query);
    return npqListResponse(listNpqOutcomes(request.world, request.leadProviderId, { filter: { createdSince }, page }));
  });

  // The 410 and 404 come before the page is read (NPQ rules §6.2): the service checks the id change in a
  // before-action and finds the participant before paging, so a bad page for an unknown id is a 404.
  routes.get("/participants/npq/:id/outcomes", (c) => {
    const request = npqRequest(c, dependencies);
    const page = attemptPagination(() => readPagination(request.query));
    const result = listNpqParticipantOutcomes(request.world, request.leadProviderId, pathId(c), {
      page: page instanceof RequestError ? undefined : page,
    });
    if (result.ok && page instanceof RequestError) {
      throw page;
    }
    return result.ok ? npqListResponse(result.value) : npqResultResponse(result);
  });

  // The body is read before the participant is looked up (NPQ rules §6.3): a bad body is a 400 for anyone.
  routes.post("/participants/npq/:id/outcomes", async (c) => {
    const attributes = await readNpqAttributes(c.req.raw, ["course_identifier", "state", "completion_date"]);
    const request = npqRequest(c, dependencies);
    const result = executeNpq(
      request.world,
      {
        type: "recordNpqOutcome",
        leadProviderId: request.leadProviderId,
        participantId: pathId(c),
        courseIdentifier: attributes.course_identifier,
        state: attributes.state,
        completionDate: attributes.completion_date,
      },
      request.commandContext,
    );
    return npqResultResponse(result, npqOutcomeView);
  });
}

/** The page, or the 400 it would be, kept until the participant has been found. */
function attemptPagination(read: () => Pagination): Pagination | RequestError {
  try {
    return read();
  } catch (error) {
    if (error instanceof RequestError) {
      return error;
    }
    throw error;
  }
}
