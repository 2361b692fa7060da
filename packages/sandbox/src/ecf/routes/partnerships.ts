import { listPartnerships, partnershipView, showPartnership } from "@lpkit/engine";
import type { ApiRoutes } from "../../http/api-routes.ts";
import { readAttributes } from "../../http/body/attributes.ts";
import { cohortFilter, filterText, readFilter } from "../../http/query/filters.ts";
import { execute } from "../../journal/journaled-execute.ts";
import type { EcfDependencies } from "../ecf-dependencies.ts";
import { ecfRequest, listParameters, listResponse, pathId, resultResponse } from "../ecf-request.ts";

/** The provider's school partnerships: list, show, create (ECF rules §7.1) and change delivery partner (7.2). */
export function partnershipRoutes(routes: ApiRoutes, dependencies: EcfDependencies): void {
  routes.get("/partnerships", (c) => {
    const request = ecfRequest(c, dependencies);
    const { filter, updatedSince, page, sort } = listParameters(request.query);
    return listResponse(
      listPartnerships(
        request.world,
        request.leadProviderId,
        {
          filter: {
            cohort: cohortFilter(filter),
            deliveryPartnerId: filterText(filter, "delivery_partner_id"),
            updatedSince,
          },
          sort,
          page,
        },
        request.now,
      ),
    );
  });

  routes.get("/partnerships/:id", (c) => {
    const request = ecfRequest(c, dependencies);
    readFilter(request.query);
    return resultResponse(showPartnership(request.world, request.leadProviderId, pathId(c), request.now));
  });

  routes.post("/partnerships", async (c) => {
    const attributes = await readAttributes(c.req.raw, ["cohort", "school_id", "delivery_partner_id"]);
    const request = ecfRequest(c, dependencies);
    const result = execute(
      request.world,
      {
        type: "createPartnership",
        leadProviderId: request.leadProviderId,
        cohort: attributes.cohort,
        schoolId: attributes.school_id,
        deliveryPartnerId: attributes.delivery_partner_id,
      },
      request.commandContext,
    );
    return resultResponse(result, (partnership) => partnershipView(request.world, partnership, request.now));
  });

  routes.put("/partnerships/:id", async (c) => {
    const request = ecfRequest(c, dependencies);
    // Here the lookup comes before the body: an unknown partnership is a 404 whatever the body (ECF rules §6).
    const existing = showPartnership(request.world, request.leadProviderId, pathId(c), request.now);
    if (!existing.ok) {
      return resultResponse(existing);
    }
    const attributes = await readAttributes(c.req.raw, ["delivery_partner_id"]);
    const result = execute(
      request.world,
      {
        type: "updatePartnership",
        leadProviderId: request.leadProviderId,
        partnershipId: pathId(c),
        deliveryPartnerId: attributes.delivery_partner_id,
      },
      request.commandContext,
    );
    return resultResponse(result, (partnership) => partnershipView(request.world, partnership, request.now));
  });
}
