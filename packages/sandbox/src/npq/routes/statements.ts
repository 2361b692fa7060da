import { listNpqStatements, showNpqStatement } from "@lpkit/engine";
import { listParameters, pathId } from "../../ecf/ecf-request.ts";
import type { ApiRoutes } from "../../http/api-routes.ts";
import { cohortFilter, readFilter } from "../../http/query/filters.ts";
import type { NpqDependencies } from "../npq-dependencies.ts";
import { npqListResponse, npqRequest, npqResultResponse } from "../npq-request.ts";

/**
 * GET /statements and GET /statements/{id} on the NPQ API (NPQ rules §2.5, §8): the lead provider's output-fee
 * statements, by payment date (no `sort`), filtered by `cohort` (start years) and `updated_since`.
 */
export function npqStatementRoutes(routes: ApiRoutes, dependencies: NpqDependencies): void {
  routes.get("/statements", (c) => {
    const request = npqRequest(c, dependencies);
    const { filter, updatedSince, page } = listParameters(request.query);
    return npqListResponse(
      listNpqStatements(request.world, request.leadProviderId, {
        filter: { cohort: cohortFilter(filter), updatedSince },
        page,
      }),
    );
  });

  routes.get("/statements/:id", (c) => {
    const request = npqRequest(c, dependencies);
    readFilter(request.query);
    return npqResultResponse(showNpqStatement(request.world, request.leadProviderId, pathId(c)));
  });
}
