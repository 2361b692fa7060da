import { listUnfundedMentors, showUnfundedMentor } from "@lpkit/engine";
import type { ApiRoutes } from "../../http/api-routes.ts";
import { readFilter } from "../../http/query/filters.ts";
import type { EcfDependencies } from "../ecf-dependencies.ts";
import { ecfRequest, listParameters, listResponse, pathId, resultResponse } from "../ecf-request.ts";

/** Mentors of the provider's ECTs whom the provider does not train. */
export function unfundedMentorRoutes(routes: ApiRoutes, dependencies: EcfDependencies): void {
  routes.get("/unfunded-mentors", (c) => {
    const request = ecfRequest(c, dependencies);
    const { updatedSince, page, sort } = listParameters(request.query);
    return listResponse(
      listUnfundedMentors(request.world, request.leadProviderId, { filter: { updatedSince }, sort, page }, request.now),
    );
  });

  routes.get("/unfunded-mentors/:id", (c) => {
    const request = ecfRequest(c, dependencies);
    readFilter(request.query);
    return resultResponse(showUnfundedMentor(request.world, request.leadProviderId, pathId(c), request.now));
  });
}
