import {
  type NpqCommand,
  type NpqDeclaration,
  npqDeclarationView,
  type Outcome,
  showNpqDeclaration,
} from "@lpkit/engine";
import { resolveNpqDeclarationToModify } from "@lpkit/engine/internal";
import type { Context } from "hono";
import { pathId } from "../../ecf/ecf-request.ts";
import type { ApiRoutes } from "../../http/api-routes.ts";
import type { SandboxEnv } from "../../http/env.ts";
import { readFilter } from "../../http/query/filters.ts";
import { executeNpq } from "../../journal/journaled-execute.ts";
import { npqDeclarationsPageText } from "../../record-texts/cached-pages.ts";
import { readNpqAttributes } from "../npq-attributes.ts";
import type { NpqDependencies } from "../npq-dependencies.ts";
import { readNpqListQuery } from "../npq-filters.ts";
import { type NpqRequest, npqRequest, npqResultResponse } from "../npq-request.ts";
import { npqJsonText } from "../npq-responses.ts";

/**
 * GET /participant-declarations, GET /participant-declarations/{id}, POST /participant-declarations and the void and
 * change-delivery-partner actions (NPQ rules §5). The list takes no `sort` (always `created_at`, NPQ rules §5.6).
 */
export function npqParticipantDeclarationRoutes(routes: ApiRoutes, dependencies: NpqDependencies): void {
  routes.get("/participant-declarations", (c) => {
    const request = npqRequest(c, dependencies);
    const { filter, page } = readNpqListQuery(request.query);
    return npqJsonText(
      npqDeclarationsPageText(request.world, request.leadProviderId, {
        filter,
        page,
      }),
    );
  });

  routes.get("/participant-declarations/:id", (c) => {
    const request = npqRequest(c, dependencies);
    readFilter(request.query);
    return npqResultResponse(showNpqDeclaration(request.world, request.leadProviderId, pathId(c)));
  });

  // The body is read first: `data.attributes` missing is a 400 before any rule (NPQ rules §5.2).
  routes.post("/participant-declarations", async (c) => {
    const attributes = await readNpqAttributes(c.req.raw, [
      "participant_id",
      "declaration_type",
      "declaration_date",
      "course_identifier",
      "has_passed",
      "delivery_partner_id",
      "secondary_delivery_partner_id",
    ]);
    return declarationAction(c, dependencies, (request) => ({
      type: "submitNpqDeclaration",
      leadProviderId: request.leadProviderId,
      participantId: attributes.participant_id,
      declarationType: attributes.declaration_type,
      declarationDate: attributes.declaration_date,
      courseIdentifier: attributes.course_identifier,
      hasPassed: attributes.has_passed,
      deliveryPartnerId: attributes.delivery_partner_id,
      secondaryDeliveryPartnerId: attributes.secondary_delivery_partner_id,
    }));
  });

  // No body is read (NPQ rules §5.4).
  routes.put("/participant-declarations/:id/void", (c) =>
    declarationAction(c, dependencies, (request) => ({
      type: "voidNpqDeclaration",
      leadProviderId: request.leadProviderId,
      declarationId: pathId(c),
    })),
  );

  // The service finds the declaration (404) and checks who made it (403) before it reads the body (400).
  routes.put("/participant-declarations/:id/change-delivery-partner", async (c) => {
    const request = npqRequest(c, dependencies);
    const target = resolveNpqDeclarationToModify(request.world, request.leadProviderId, pathId(c));
    if (!target.ok) {
      return npqResultResponse(target);
    }
    const attributes = await readNpqAttributes(c.req.raw, ["delivery_partner_id", "secondary_delivery_partner_id"]);
    return declarationAction(c, dependencies, () => ({
      type: "changeNpqDeclarationDeliveryPartner",
      leadProviderId: request.leadProviderId,
      declarationId: target.value.id,
      deliveryPartnerId: attributes.delivery_partner_id,
      secondaryDeliveryPartnerId: attributes.secondary_delivery_partner_id,
    }));
  });
}

type DeclarationCommand = Extract<
  NpqCommand,
  { type: "submitNpqDeclaration" | "voidNpqDeclaration" | "changeNpqDeclarationDeliveryPartner" }
>;

/** Runs the command and answers with the declaration as the lead provider now sees it. */
function declarationAction(
  c: Context<SandboxEnv>,
  dependencies: NpqDependencies,
  command: (request: NpqRequest) => DeclarationCommand,
): Response {
  const request = npqRequest(c, dependencies);
  const result = executeNpq(request.world, command(request), request.commandContext) as Outcome<NpqDeclaration>;
  return npqResultResponse(result, (declaration) => npqDeclarationView(request.world, declaration));
}
