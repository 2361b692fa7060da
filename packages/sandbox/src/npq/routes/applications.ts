import {
  type NpqApplication,
  type NpqCommand,
  npqApplicationView,
  type Outcome,
  showNpqApplication,
} from "@lpkit/engine";
import type { Context } from "hono";
import { pathId, sortParameter } from "../../ecf/ecf-request.ts";
import type { ApiRoutes } from "../../http/api-routes.ts";
import type { SandboxEnv } from "../../http/env.ts";
import { readFilter } from "../../http/query/filters.ts";
import { executeNpq } from "../../journal/journaled-execute.ts";
import { npqApplicationsPageText } from "../../record-texts/cached-pages.ts";
import { readNpqAttributes } from "../npq-attributes.ts";
import type { NpqDependencies } from "../npq-dependencies.ts";
import { readNpqListQuery } from "../npq-filters.ts";
import { type NpqRequest, npqRequest, npqResultResponse } from "../npq-request.ts";
import { npqJsonText } from "../npq-responses.ts";

/** GET /npq-applications, GET /npq-applications/{id} and accept, reject, change funded place (NPQ rules §2.1, §3). */
export function npqApplicationRoutes(routes: ApiRoutes, dependencies: NpqDependencies): void {
  routes.get("/npq-applications", (c) => {
    const request = npqRequest(c, dependencies);
    const { filter, page } = readNpqListQuery(request.query);
    return npqJsonText(
      npqApplicationsPageText(request.world, request.leadProviderId, {
        filter,
        sort: sortParameter(request.query),
        page,
      }),
    );
  });

  routes.get("/npq-applications/:id", (c) => {
    const request = npqRequest(c, dependencies);
    readFilter(request.query);
    return npqResultResponse(showNpqApplication(request.world, request.leadProviderId, pathId(c)));
  });

  routes.post("/npq-applications/:id/accept", async (c) => {
    const attributes = await readNpqAttributes(c.req.raw, ["funded_place", "schedule_identifier"], {
      dataOptional: true,
    });
    return applicationAction(c, dependencies, (request) => ({
      type: "acceptNpqApplication",
      leadProviderId: request.leadProviderId,
      applicationId: pathId(c),
      fundedPlace: attributes.funded_place,
      scheduleIdentifier: attributes.schedule_identifier,
    }));
  });

  // Any body is ignored (NPQ rules §3.2).
  routes.post("/npq-applications/:id/reject", (c) =>
    applicationAction(c, dependencies, (request) => ({
      type: "rejectNpqApplication",
      leadProviderId: request.leadProviderId,
      applicationId: pathId(c),
    })),
  );

  routes.put("/npq-applications/:id/change-funded-place", async (c) => {
    const attributes = await readNpqAttributes(c.req.raw, ["funded_place"]);
    return applicationAction(c, dependencies, (request) => ({
      type: "changeNpqFundedPlace",
      leadProviderId: request.leadProviderId,
      applicationId: pathId(c),
      fundedPlace: attributes.funded_place,
    }));
  });
}

type ApplicationCommand = Extract<
  NpqCommand,
  { type: "acceptNpqApplication" | "rejectNpqApplication" | "changeNpqFundedPlace" }
>;

/** Runs the action and answers with the application as the lead provider now sees it. */
function applicationAction(
  c: Context<SandboxEnv>,
  dependencies: NpqDependencies,
  command: (request: NpqRequest) => ApplicationCommand,
): Response {
  const request = npqRequest(c, dependencies);
  const result = executeNpq(request.world, command(request), request.commandContext) as Outcome<NpqApplication>;
  return npqResultResponse(result, (application) => npqApplicationView(request.world, application));
}
