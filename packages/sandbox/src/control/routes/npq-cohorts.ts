import { NPQ_COHORT_FUNDINGS, type NpqCohort } from "@lpkit/engine";
import { Hono } from "hono";
import type { SandboxEnv } from "../../http/env.ts";
import { ControlBody } from "../control-body.ts";
import { dataResponse, outcomeResponse } from "../control-response.ts";
import { EXPECTED } from "../messages.ts";
import type { SandboxControl } from "../sandbox-control.ts";

/** A cohort as `POST /npq/cohorts` answers it (`NpqCohort` in spec/sandbox-v1.yaml). */
const renderNpqCohort = (cohort: NpqCohort) => ({
  identifier: cohort.id,
  start_year: cohort.startYear,
  suffix: cohort.suffix,
  funding: cohort.funding,
  registration_start_date: cohort.registrationStartDate,
});

/** `POST /npq/cohorts`: a new NPQ cohort with its schedules and every NPQ lead provider's statements. */
export function npqCohortRoutes(control: SandboxControl): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>();

  routes.post("/npq/cohorts", async (c) => {
    const body = await ControlBody.read(c.req.raw, ["identifier", "funding", "registration_start_date", "contracts"], {
      optional: false,
    });
    const created = control.createNpqCohort({
      identifier: body.npqCohort("identifier"),
      funding: body.required("funding", body.oneOf("funding", NPQ_COHORT_FUNDINGS, EXPECTED.npqCohortFunding)),
      registrationStartDate: body.date("registration_start_date"),
      contracts: body.boolean("contracts") ?? true,
    });
    return outcomeResponse(created, (cohort) => dataResponse(renderNpqCohort(cohort), 201));
  });

  return routes;
}
