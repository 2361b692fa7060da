import { Hono } from "hono";
import type { SandboxEnv } from "../../http/env.ts";
import { ControlBody } from "../control-body.ts";
import { dataResponse, outcomeResponse } from "../control-response.ts";
import type { SandboxControl } from "../sandbox-control.ts";
import { TEXT_LIMITS } from "../text-limits.ts";

/** `POST /delivery-partners`: a delivery partner working with a lead provider in some cohorts. */
export function deliveryPartnerRoutes(control: SandboxControl): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>();

  routes.post("/delivery-partners", async (c) => {
    const body = await ControlBody.read(c.req.raw, ["name", "lead_provider_id", "cohorts"], { optional: false });
    const created = control.createDeliveryPartner({
      name: body.text("name", { maxLength: TEXT_LIMITS.name }),
      leadProviderId: body.uuid("lead_provider_id", { required: true }),
      cohorts: body.cohortYears("cohorts"),
    });
    return outcomeResponse(created, (partner) => dataResponse({ id: partner.id, name: partner.name }, 201));
  });

  return routes;
}
