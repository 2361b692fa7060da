import type { ApiRoutes } from "../../http/api-routes.ts";
import type { EcfDependencies } from "../ecf-dependencies.ts";
import { deliveryPartnerRoutes } from "./delivery-partners.ts";
import { participantDeclarationRoutes } from "./participant-declarations.ts";
import { participantRoutes } from "./participants.ts";
import { partnershipRoutes } from "./partnerships.ts";
import { schoolRoutes } from "./schools.ts";
import { statementRoutes } from "./statements.ts";
import { transferRoutes } from "./transfers.ts";
import { unfundedMentorRoutes } from "./unfunded-mentors.ts";

export type RegisterRoutes = (routes: ApiRoutes, dependencies: EcfDependencies) => void;

/** One file per resource. Transfers come first: `/participants/transfers` must win over `/participants/{id}`. */
export const ECF_RESOURCE_ROUTES: readonly RegisterRoutes[] = [
  transferRoutes,
  participantRoutes,
  participantDeclarationRoutes,
  statementRoutes,
  deliveryPartnerRoutes,
  partnershipRoutes,
  schoolRoutes,
  unfundedMentorRoutes,
];
