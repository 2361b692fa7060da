import { Hono } from "hono";
import type { SandboxEnv } from "../../http/env.ts";
import { dataResponse } from "../control-response.ts";
import { renderScenario } from "../render.ts";
import type { SandboxControl } from "../sandbox-control.ts";

/** `/scenarios`: named situations of the seeded world and the ids that reach them. */
export function scenarioRoutes(control: SandboxControl): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>();

  routes.get("/scenarios", (c) => {
    const scenarios = control.scenarios({
      leadProviderId: c.req.query("lead_provider_id"),
      name: c.req.query("name"),
    });
    return dataResponse(scenarios.map(renderScenario));
  });

  return routes;
}
