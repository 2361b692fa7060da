import type { ApiRoutes } from "../../http/api-routes.ts";
import type { NpqDependencies } from "../npq-dependencies.ts";
import { npqApplicationRoutes } from "./applications.ts";
import { npqOutcomeRoutes } from "./outcomes.ts";
import { npqParticipantRoutes } from "./participants.ts";
import { npqStatementRoutes } from "./statements.ts";

export type RegisterNpqRoutes = (routes: ApiRoutes, dependencies: NpqDependencies) => void;

/**
 * One file per resource; declarations and delivery partners come in a later slice. Outcomes come before participants:
 * `/participants/npq/outcomes` must win over `/participants/npq/{id}`.
 */
export const NPQ_RESOURCE_ROUTES: readonly RegisterNpqRoutes[] = [
  npqApplicationRoutes,
  npqOutcomeRoutes,
  npqParticipantRoutes,
  npqStatementRoutes,
];
