import { listDeliveryPartners, showDeliveryPartner } from "@lpkit/engine";
import type { ApiRoutes } from "../../http/api-routes.ts";
import { cohortFilter, readFilter } from "../../http/query/filters.ts";
import { readPagination } from "../../http/query/pagination.ts";
import type { EcfDependencies } from "../ecf-dependencies.ts";
import { ecfRequest, listResponse, pathId, resultResponse, sortParameter } from "../ecf-request.ts";

/** Delivery partners the provider works with in any cohort. The list takes no `updated_since` (ECF rules §1.5). */
export function deliveryPartnerRoutes(routes: ApiRoutes, dependencies: EcfDependencies): void {
  routes.get("/delivery-partners", (c) => {
    const request = ecfRequest(c, dependencies);
    const filter = readFilter(request.query);
    const page = readPagination(request.query);
    return listResponse(
      listDeliveryPartners(request.world, request.leadProviderId, {
        filter: { cohort: cohortFilter(filter) },
        sort: sortParameter(request.query),
        page,
      }),
    );
  });

  routes.get("/delivery-partners/:id", (c) => {
    const request = ecfRequest(c, dependencies);
    readFilter(request.query);
    return resultResponse(showDeliveryPartner(request.world, request.leadProviderId, pathId(c)));
  });
}
