import { listSchools, showSchool } from "@lpkit/engine";
import type { ApiRoutes } from "../../http/api-routes.ts";
import { filterText, readFilter, readRequiredSchoolCohort } from "../../http/query/filters.ts";
import type { EcfDependencies } from "../ecf-dependencies.ts";
import { ecfRequest, listParameters, listResponse, pathId, resultResponse } from "../ecf-request.ts";

/** Schools, always for one cohort: `filter[cohort]` is required on both endpoints. */
export function schoolRoutes(routes: ApiRoutes, dependencies: EcfDependencies): void {
  routes.get("/schools", (c) => {
    const request = ecfRequest(c, dependencies);
    let cohort: string | readonly string[] | null = null;
    const { filter, updatedSince, page, sort } = listParameters(request.query, (filter) => {
      cohort = readRequiredSchoolCohort(filter);
    });
    return listResponse(
      listSchools(request.world, request.leadProviderId, {
        filter: { cohort, urn: filterText(filter, "urn"), updatedSince },
        sort,
        page,
      }),
    );
  });

  routes.get("/schools/:id", (c) => {
    const request = ecfRequest(c, dependencies);
    const cohort = readRequiredSchoolCohort(readFilter(request.query));
    return resultResponse(showSchool(request.world, request.leadProviderId, pathId(c), cohort));
  });
}
