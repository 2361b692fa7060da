import type { ApiRoutes } from "../../http/api-routes.ts";
import type { NpqDependencies } from "../npq-dependencies.ts";
import { npqApplicationRoutes } from "./applications.ts";
import { npqDeliveryPartnerRoutes } from "./delivery-partners.ts";
import { npqParticipantDeclarationRoutes } from "./participant-declarations.ts";
import { npqParticipantRoutes } from "./participants.ts";

export type RegisterNpqRoutes = (routes: ApiRoutes, dependencies: NpqDependencies) => void;

/** One file per resource; outcomes and statements come in a later slice. */
export const NPQ_RESOURCE_ROUTES: readonly RegisterNpqRoutes[] = [
  npqApplicationRoutes,
  npqParticipantRoutes,
  npqParticipantDeclarationRoutes,
  npqDeliveryPartnerRoutes,
];
