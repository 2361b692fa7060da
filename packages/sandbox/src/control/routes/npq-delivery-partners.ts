import { Hono } from "hono";
import type { SandboxEnv } from "../../http/env.ts";
import { ControlBody } from "../control-body.ts";
import { dataResponse, outcomeResponse } from "../control-response.ts";
import type { SandboxControl } from "../sandbox-control.ts";
import { TEXT_LIMITS } from "../text-limits.ts";

/** `POST /npq/delivery-partners`: an NPQ delivery partner working with a lead provider in some cohorts. */
export function npqDeliveryPartnerRoutes(control: SandboxControl): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>();

  routes.post("/npq/delivery-partners", async (c) => {
    const body = await ControlBody.read(c.req.raw, ["name", "lead_provider_id", "cohorts"], { optional: false });
    const created = control.createNpqDeliveryPartner({
      name: body.text("name", { maxLength: TEXT_LIMITS.name }),
      leadProviderId: body.uuid("lead_provider_id", { required: true }),
      cohorts: body.npqCohorts("cohorts"),
    });
    return outcomeResponse(created, ({ partner, cohorts }) =>
      dataResponse({ id: partner.id, name: partner.name, cohorts }, 201),
    );
  });

  return routes;
}
