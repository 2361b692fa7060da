import { Hono } from "hono";
import type { SandboxEnv } from "../../http/env.ts";
import { dataResponse } from "../control-response.ts";
import { renderLeadProvider } from "../render.ts";
import type { SandboxControl } from "../sandbox-control.ts";

/** `/lead-providers`: the seeded lead providers with the tokens a test authenticates with. */
export function leadProviderRoutes(control: SandboxControl): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>();

  routes.get("/lead-providers", () => dataResponse(control.leadProviders().map(renderLeadProvider)));

  return routes;
}
