import { declarationView, showDeclaration } from "@lpkit/engine";
import type { ApiRoutes } from "../../http/api-routes.ts";
import { readAttributes } from "../../http/body/attributes.ts";
import { cohortFilter, filterText, readFilter } from "../../http/query/filters.ts";
import { jsonTextResponse } from "../../http/responses.ts";
import { execute } from "../../journal/journaled-execute.ts";
import { declarationsPageText } from "../../record-texts/cached-pages.ts";
import type { EcfDependencies } from "../ecf-dependencies.ts";
import { ecfRequest, listParameters, pathId, resultResponse } from "../ecf-request.ts";

/** Declarations: list, show, submit (ECF rules §3, §4) and void (5.2). */
export function participantDeclarationRoutes(routes: ApiRoutes, dependencies: EcfDependencies): void {
  routes.get("/participant-declarations", (c) => {
    const request = ecfRequest(c, dependencies);
    // No sort on this endpoint: `sort` is ignored, as on the real service.
    const { filter, updatedSince, page } = listParameters(request.query);
    return jsonTextResponse(
      declarationsPageText(request.world, request.leadProviderId, {
        filter: {
          cohort: cohortFilter(filter),
          participantId: filterText(filter, "participant_id"),
          deliveryPartnerId: filterText(filter, "delivery_partner_id"),
          updatedSince,
        },
        page,
      }),
    );
  });

  routes.get("/participant-declarations/:id", (c) => {
    const request = ecfRequest(c, dependencies);
    readFilter(request.query);
    return resultResponse(showDeclaration(request.world, request.leadProviderId, pathId(c)));
  });

  routes.post("/participant-declarations", async (c) => {
    const attributes = await readAttributes(c.req.raw, [
      "participant_id",
      "declaration_type",
      "declaration_date",
      "course_identifier",
      "evidence_held",
    ]);
    const request = ecfRequest(c, dependencies);
    const result = execute(
      request.world,
      {
        type: "submitDeclaration",
        leadProviderId: request.leadProviderId,
        participantId: attributes.participant_id,
        declarationType: attributes.declaration_type,
        declarationDate: attributes.declaration_date,
        courseIdentifier: attributes.course_identifier,
        evidenceHeld: attributes.evidence_held,
      },
      request.commandContext,
    );
    return resultResponse(result, (declaration) => declarationView(request.world, declaration));
  });

  routes.put("/participant-declarations/:id/void", (c) => {
    const request = ecfRequest(c, dependencies);
    const result = execute(
      request.world,
      { type: "voidDeclaration", leadProviderId: request.leadProviderId, declarationId: pathId(c) },
      request.commandContext,
    );
    return resultResponse(result, (declaration) => declarationView(request.world, declaration));
  });
}
