import { listNpqDeliveryPartners, showNpqDeliveryPartner } from "@lpkit/engine";
import { pathId, sortParameter } from "../../ecf/ecf-request.ts";
import type { ApiRoutes } from "../../http/api-routes.ts";
import { filterText, readFilter } from "../../http/query/filters.ts";
import { readPagination } from "../../http/query/pagination.ts";
import type { NpqDependencies } from "../npq-dependencies.ts";
import { npqListResponse, npqRequest, npqResultResponse } from "../npq-request.ts";

/**
 * GET /delivery-partners and GET /delivery-partners/{id} (NPQ rules §1.1, §2.5): those linked to the lead provider in
 * any cohort. The list takes `filter[cohort]` (one year) and `sort`; `updated_since` is not read at all, so a value
 * that is not a date is no 400 here (NPQ rules §1.5).
 */
export function npqDeliveryPartnerRoutes(routes: ApiRoutes, dependencies: NpqDependencies): void {
  routes.get("/delivery-partners", (c) => {
    const request = npqRequest(c, dependencies);
    const filter = readFilter(request.query);
    const page = readPagination(request.query);
    return npqListResponse(
      listNpqDeliveryPartners(request.world, request.leadProviderId, {
        filter: { cohort: filterText(filter, "cohort") },
        sort: sortParameter(request.query),
        page,
      }),
    );
  });

  routes.get("/delivery-partners/:id", (c) => {
    const request = npqRequest(c, dependencies);
    readFilter(request.query);
    return npqResultResponse(showNpqDeliveryPartner(request.world, request.leadProviderId, pathId(c)));
  });
}
