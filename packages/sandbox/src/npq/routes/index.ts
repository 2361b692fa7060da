import type { ApiRoutes } from "../../http/api-routes.ts";
import type { NpqDependencies } from "../npq-dependencies.ts";
import { npqApplicationRoutes } from "./applications.ts";
import { npqParticipantRoutes } from "./participants.ts";

export type RegisterNpqRoutes = (routes: ApiRoutes, dependencies: NpqDependencies) => void;

/** One file per resource; declarations, outcomes, statements and delivery partners come in a later slice. */
export const NPQ_RESOURCE_ROUTES: readonly RegisterNpqRoutes[] = [npqApplicationRoutes, npqParticipantRoutes];
