import type { ApiRoutes } from "../../http/api-routes.ts";
import type { NpqDependencies } from "../npq-dependencies.ts";
import { npqApplicationRoutes } from "./applications.ts";
import { npqDeliveryPartnerRoutes } from "./delivery-partners.ts";
import { npqOutcomeRoutes } from "./outcomes.ts";
import { npqParticipantDeclarationRoutes } from "./participant-declarations.ts";
import { npqParticipantRoutes } from "./participants.ts";
import { npqStatementRoutes } from "./statements.ts";

export type RegisterNpqRoutes = (routes: ApiRoutes, dependencies: NpqDependencies) => void;

/**
 * One file per resource. Outcomes come before participants: `/participants/npq/outcomes` must win over
 * `/participants/npq/{id}`.
 */
export const NPQ_RESOURCE_ROUTES: readonly RegisterNpqRoutes[] = [
  npqApplicationRoutes,
  npqOutcomeRoutes,
  npqParticipantRoutes,
  npqParticipantDeclarationRoutes,
  npqDeliveryPartnerRoutes,
  npqStatementRoutes,
];
