import type { ApiRoutes } from "../../http/api-routes.ts";
import type { EcfDependencies } from "../ecf-dependencies.ts";

export type RegisterRoutes = (routes: ApiRoutes, dependencies: EcfDependencies) => void;

/** One file per resource; order matters where paths overlap (`/participants/transfers` before `/participants/:id`). */
export const ECF_RESOURCE_ROUTES: readonly RegisterRoutes[] = [];
