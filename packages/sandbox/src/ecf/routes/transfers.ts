import { listTransfers, showTransfers } from "@lpkit/engine";
import type { ApiRoutes } from "../../http/api-routes.ts";
import { readFilter } from "../../http/query/filters.ts";
import type { EcfDependencies } from "../ecf-dependencies.ts";
import { ecfRequest, listParameters, listResponse, pathId, resultResponse } from "../ecf-request.ts";

/** GET /participants/transfers and GET /participants/{id}/transfers. */
export function transferRoutes(routes: ApiRoutes, dependencies: EcfDependencies): void {
  routes.get("/participants/transfers", (c) => {
    const request = ecfRequest(c, dependencies);
    const { updatedSince, page, sort } = listParameters(request.query);
    return listResponse(
      listTransfers(request.world, request.leadProviderId, { filter: { updatedSince }, sort, page }, request.now),
    );
  });

  routes.get("/participants/:id/transfers", (c) => {
    const request = ecfRequest(c, dependencies);
    readFilter(request.query);
    return resultResponse(showTransfers(request.world, request.leadProviderId, pathId(c), request.now));
  });
}
