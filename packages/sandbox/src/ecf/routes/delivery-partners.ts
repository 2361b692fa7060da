import { listDeliveryPartners, showDeliveryPartner } from "@lpkit/engine";
import type { ApiRoutes } from "../../http/api-routes.ts";
import { filterText, readFilter } from "../../http/query/filters.ts";
import type { EcfDependencies } from "../ecf-dependencies.ts";
import { ecfRequest, listParameters, listResponse, pathId, resultResponse } from "../ecf-request.ts";

/** Delivery partners the provider works with in any cohort. */
export function deliveryPartnerRoutes(routes: ApiRoutes, dependencies: EcfDependencies): void {
  routes.get("/delivery-partners", (c) => {
    const request = ecfRequest(c, dependencies);
    const { filter, page, sort } = listParameters(request.query);
    return listResponse(
      listDeliveryPartners(request.world, request.leadProviderId, {
        filter: { cohort: filterText(filter, "cohort") },
        sort,
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
