import { listStatements, showStatement } from "@lpkit/engine";
import type { ApiRoutes } from "../../http/api-routes.ts";
import { cohortFilter, readFilter } from "../../http/query/filters.ts";
import type { EcfDependencies } from "../ecf-dependencies.ts";
import { ecfRequest, listParameters, listResponse, pathId, resultResponse } from "../ecf-request.ts";

/** Output statements of the provider, by payment date (no sort). */
export function statementRoutes(routes: ApiRoutes, dependencies: EcfDependencies): void {
  routes.get("/statements", (c) => {
    const request = ecfRequest(c, dependencies);
    const { filter, updatedSince, page } = listParameters(request.query);
    return listResponse(
      listStatements(request.world, request.leadProviderId, {
        filter: { cohort: cohortFilter(filter), updatedSince },
        page,
      }),
    );
  });

  routes.get("/statements/:id", (c) => {
    const request = ecfRequest(c, dependencies);
    readFilter(request.query);
    return resultResponse(showStatement(request.world, request.leadProviderId, pathId(c)));
  });
}
